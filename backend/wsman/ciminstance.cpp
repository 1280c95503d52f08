#include "ciminstance.h"

#include <QStringList>
#include <QTimeZone>

QList<CimValue> CimInstance::values(const QString &name) const
{
    QList<CimValue> out;
    for (const auto &[key, value] : properties) {
        if (key == name)
            out.append(value);
    }
    return out;
}

std::optional<CimValue> CimInstance::value(const QString &name) const
{
    for (const auto &[key, value] : properties) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QString CimInstance::text(const QString &name) const
{
    const std::optional<CimValue> v = value(name);
    if (!v || v->isNull)
        return {};
    return v->text;
}

QStringList CimInstance::texts(const QString &name) const
{
    QStringList out;
    for (const auto &[key, value] : properties) {
        if (key == name && !value.isNull && !value.isInstance())
            out.append(value.text);
    }
    return out;
}

bool CimInstance::contains(const QString &name) const
{
    for (const auto &property : properties) {
        if (property.first == name)
            return true;
    }
    return false;
}

std::optional<bool> parseCimBoolean(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1"))
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<quint64> parseCimUnsigned(const QString &text)
{
    bool ok = false;
    const quint64 v = text.trimmed().toULongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<qint64> parseCimSigned(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

namespace {

// DMTF form "yyyymmddhhmmss.mmmmmmsUUU" (UUU = offset in minutes), which CIM uses natively.
QDateTime parseDmtfDateTime(const QString &t)
{
    if (t.size() != 25 || t.at(14) != QLatin1Char('.')
        || (t.at(21) != QLatin1Char('+') && t.at(21) != QLatin1Char('-')))
        return {};
    bool ok = true;
    auto number = [&](qsizetype from, qsizetype length) {
        bool fieldOk = false;
        const int v = QStringView(t).mid(from, length).toInt(&fieldOk);
        ok = ok && fieldOk;
        return v;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const int micro = number(15, 6);
    const QTime time(number(8, 2), number(10, 2), number(12, 2), micro / 1000);
    int offsetMinutes = number(22, 3);
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    if (t.at(21) == QLatin1Char('-'))
        offsetMinutes = -offsetMinutes;
    return QDateTime(date, time, QTimeZone(offsetMinutes * 60));
}

// "YYYY-MM-DDTHH:MM:SSZ", the form Windows sends, read without QDateTime::fromString() (which
// costs a listing of 2,500 tunnels 2 ms): the same value it gives, or an invalid QDateTime for
// anything else, which the general code below then reads.
QDateTime plainUtcDateTime(QStringView t)
{
    if (t.size() != 20 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':'
        || t[16] != u':' || t[19] != u'Z')
        return {};
    auto number = [&](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    // 24:00:00 (the end of a day) and leap seconds are left to QDateTime::fromString().
    if (!date.isValid() || date.year() < 1 || !QTime::isValid(hour, minute, second))
        return {};
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC); // as fromString() gives it
}

} // namespace

QDateTime parseCimDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (QDateTime plain = plainUtcDateTime(t); plain.isValid())
        return plain;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // More than three fractional digits (WinRM and OMI send microseconds): keep milliseconds.
        const qsizetype tPos = t.indexOf(QLatin1Char('T'));
        const qsizetype dotPos = tPos < 0 ? -1 : t.indexOf(QLatin1Char('.'), tPos);
        if (dotPos > 0) {
            qsizetype end = dotPos + 1;
            while (end < t.size() && t.at(end).isDigit())
                ++end;
            const QString fraction = t.mid(dotPos + 1, end - dotPos - 1).left(3);
            const QString trimmedText = t.left(dotPos + 1) + fraction + t.mid(end);
            dt = QDateTime::fromString(trimmedText, Qt::ISODateWithMs);
        }
    }
    if (!dt.isValid())
        dt = parseDmtfDateTime(t);
    return dt;
}

std::optional<qint64> parseCimIntervalMs(const QString &text)
{
    // xs:duration without years/months (CIM intervals never use them): PnDTnHnMn.nS
    const QString t = text.trimmed();
    if (t.size() < 2)
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (t.at(i) == QLatin1Char('-')) {
        negative = true;
        ++i;
    }
    if (i >= t.size() || t.at(i) != QLatin1Char('P'))
        return std::nullopt;
    ++i;
    bool inTime = false;
    bool any = false;
    double totalMs = 0;
    while (i < t.size()) {
        if (t.at(i) == QLatin1Char('T')) {
            if (inTime)
                return std::nullopt;
            inTime = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < t.size() && (t.at(i).isDigit() || t.at(i) == QLatin1Char('.')))
            ++i;
        if (i == start || i >= t.size())
            return std::nullopt;
        bool ok = false;
        const double number = t.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const QChar unit = t.at(i++);
        if (!inTime && unit == QLatin1Char('D'))
            totalMs += number * 86400000.0;
        else if (inTime && unit == QLatin1Char('H'))
            totalMs += number * 3600000.0;
        else if (inTime && unit == QLatin1Char('M'))
            totalMs += number * 60000.0;
        else if (inTime && unit == QLatin1Char('S'))
            totalMs += number * 1000.0;
        else
            return std::nullopt;
        any = true;
    }
    if (!any)
        return std::nullopt;
    // A server may send any number of digits; converting a double beyond qint64 is undefined.
    if (!(totalMs + 0.5 < 9.2e18))
        return std::nullopt;
    const auto ms = static_cast<qint64>(totalMs + 0.5);
    return negative ? -ms : ms;
}
