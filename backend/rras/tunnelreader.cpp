#include "tunnelreader.h"

#include "rraslogging.h"
#include "wsman/ciminstance.h"

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
    QString warning;
    const quint64 parsed = tunnelNumberField(value->text, name, int(sizeof(T) * 8), &warning);
    if (!warning.isEmpty()) {
        qCWarning(lcRras).noquote() << "Tunnel field" << warning << "- kept as 0";
        if (warnings)
            warnings->append(warning);
    }
    return T(parsed);
}

QDateTime dateTimeField(const CimInstance &instance, const char *name, QStringList *warnings)
{
    const std::optional<CimValue> value = instance.value(QLatin1String(name));
    if (!value || value->isNull || value->isInstance())
        return {};
    QString warning;
    const QDateTime parsed = tunnelDateTimeField(value->text, name, &warning);
    if (!warning.isEmpty()) {
        qCWarning(lcRras).noquote() << "Tunnel field" << warning << "- left empty";
        if (warnings)
            warnings->append(warning);
    }
    return parsed;
}

} // namespace

quint64 tunnelNumberField(const QString &input, const char *name, int bits, QString *warning)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return 0;
    const quint64 max = bits >= 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << bits) - 1;
    bool ok = false;
    const qulonglong parsed = text.toULongLong(&ok);
    if (!ok || parsed > max) {
        *warning = QStringLiteral("%1: \"%2\" is not a valid %3-bit unsigned number")
                           .arg(QLatin1String(name), text)
                           .arg(bits);
        return 0;
    }
    return parsed;
}

QDateTime tunnelDateTimeField(const QString &text, const char *name, QString *warning)
{
    if (text.trimmed().isEmpty())
        return {};
    // Servers send local times with an offset; the Tunnel keeps UTC.
    QDateTime parsed = parseCimDateTime(text);
    // A time without a zone: WMI always sends one, so this is a foreign server; read it as UTC
    // rather than as this machine's local time.
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    parsed = parsed.toUTC();
    if (!parsed.isValid())
        *warning = QStringLiteral("%1: \"%2\" is not a date and time")
                           .arg(QLatin1String(name), text.trimmed());
    return parsed;
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
