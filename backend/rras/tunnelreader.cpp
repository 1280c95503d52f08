#include "tunnelreader.h"

#include "rraslogging.h"
#include "wsman/ciminstance.h"

#include <QRegularExpression>

#include <limits>

namespace {

QString stringField(const CimInstance &instance, const char *name)
{
    // A string property is scalar; if a server repeats it, the first value wins.
    return instance.text(QLatin1String(name));
}

template<typename T>
T numberField(const CimInstance &instance, const char *name, QStringList *warnings)
{
    const std::optional<CimValue> value = instance.value(QLatin1String(name));
    if (!value || value->isNull || value->isInstance())
        return 0;
    const QString text = value->text.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qulonglong parsed = text.toULongLong(&ok);
    if (!ok || parsed > std::numeric_limits<T>::max()) {
        const QString warning = QStringLiteral("%1: \"%2\" is not a valid %3-bit unsigned number")
                                        .arg(QLatin1String(name), text)
                                        .arg(sizeof(T) * 8);
        qCWarning(lcRras).noquote() << "Tunnel field" << warning << "- kept as 0";
        if (warnings)
            warnings->append(warning);
        return 0;
    }
    return T(parsed);
}

QDateTime dateTimeField(const CimInstance &instance, const char *name, QStringList *warnings)
{
    const std::optional<CimValue> value = instance.value(QLatin1String(name));
    if (!value || value->isNull || value->isInstance() || value->text.trimmed().isEmpty())
        return {};
    const QDateTime parsed = parseCimDateTime(value->text);
    if (!parsed.isValid()) {
        const QString warning = QStringLiteral("%1: \"%2\" is not a date and time")
                                        .arg(QLatin1String(name), value->text.trimmed());
        qCWarning(lcRras).noquote() << "Tunnel field" << warning << "- left empty";
        if (warnings)
            warnings->append(warning);
    }
    return parsed;
}

} // namespace

QDateTime parseCimDateTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};

    static const QRegularExpression iso(QStringLiteral(
            R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    static const QRegularExpression dmtf(QStringLiteral(
            R"(^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.(\d{6})([+-])(\d{3})$)"));

    auto build = [](int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, s, ms);
        if (!date.isValid() || !time.isValid())
            return QDateTime();
        // Qt 6.4 has no QTimeZone::fromSecondsAheadOfUtc: shift a UTC time by the offset.
        return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    };

    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        const QString fraction = m.captured(7);
        // Milliseconds: the first three digits; Windows sends seven, OMI six.
        const int ms
                = fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt();
        int offset = 0;
        const QString zone = m.captured(8);
        if (!zone.isEmpty() && zone != u'Z' && zone != u'z') {
            const QString digits = zone.mid(1).remove(u':');
            const int hours = digits.left(2).toInt();
            const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
            if (hours > 23 || minutes > 59)
                return {};
            offset = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
        }
        return build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms,
                     offset);
    }
    if (const QRegularExpressionMatch m = dmtf.match(text); m.hasMatch()) {
        // DMTF datetimes carry the offset in minutes.
        const int minutes = m.captured(9).toInt() * (m.captured(8) == u'-' ? -1 : 1);
        if (minutes < -24 * 60 || minutes > 24 * 60)
            return {};
        return build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                     m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).left(3).toInt(), minutes * 60);
    }
    return {};
}

Tunnel readTunnel(const CimInstance &instance, QStringList *warnings)
{
    Tunnel t;
    t.clientIPv4Address = stringField(instance, "ClientIPv4Address");
    t.clientIPv6Address = stringField(instance, "ClientIPv6Address");
    t.hostName = stringField(instance, "HostName");
    t.clientExternalAddress = stringField(instance, "ClientExternalAddress");
    t.tunnelType = stringField(instance, "TunnelType");
    t.transitionTechnology = stringField(instance, "TransitionTechnology");
    t.connectionStartTime = dateTimeField(instance, "ConnectionStartTime", warnings);
    t.connectionDuration = numberField<quint32>(instance, "ConnectionDuration", warnings);
    t.totalBytesIn = numberField<quint64>(instance, "TotalBytesIn", warnings);
    t.totalBytesOut = numberField<quint64>(instance, "TotalBytesOut", warnings);
    t.connectionType = stringField(instance, "ConnectionType");
    t.healthStatus = stringField(instance, "HealthStatus");
    t.authMethod = stringField(instance, "AuthMethod");
    t.userActivityState = stringField(instance, "UserActivityState");
    t.bandwidth = numberField<quint32>(instance, "Bandwidth", warnings);
    // string[]: repeated elements; a nil entry means an empty array.
    t.userName = instance.texts(QStringLiteral("UserName"));
    t.routingDomain = stringField(instance, "RoutingDomain");
    return t;
}

QList<Tunnel> readTunnels(const InvokeResult &result, QStringList *warnings)
{
    QList<Tunnel> tunnels;
    const QList<CimValue> items = result.output.values(QStringLiteral("cmdletOutput"));
    tunnels.reserve(items.size());
    for (const CimValue &item : items) {
        if (item.isNull)
            continue;
        if (!item.isInstance()) {
            const QString warning = QStringLiteral("cmdletOutput item is not an instance: \"%1\"")
                                            .arg(item.text.left(80));
            qCWarning(lcRras).noquote() << warning;
            if (warnings)
                warnings->append(warning);
            continue;
        }
        tunnels.append(readTunnel(*item.instance, warnings));
    }
    return tunnels;
}
