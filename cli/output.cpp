#include "output.h"

#include "wsman/bytewriting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The address a row is about: the normal form, or what was typed when it is not an address.
QString outcomeAddress(const DisconnectOutcome &o)
{
    return o.address.isEmpty() ? o.requested : o.address;
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells)
        quoted.append(csvCell(cell));
    return quoted.join(u',').toUtf8() + "\r\n";
}

// Columns padded to the widest cell; the last column is not padded.
QByteArray table(const QStringList &headers, const QList<QStringList> &rows,
                 const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) -> QByteArray {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            QString cell = cells.at(i);
            // Keep the table one line per row whatever the server sent.
            cell.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
            if (rightAligned.value(i))
                cell = cell.rightJustified(widths.at(i));
            else if (!last)
                cell = cell.leftJustified(widths.at(i));
            text += cell;
            if (!last)
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text.toUtf8() + '\n';
    };
    QByteArray out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString humanBytes(quint64 bytes)
{
    return QLocale::c().formattedDataSize(qint64(std::min<quint64>(bytes, quint64(INT64_MAX))), 1,
                                          QLocale::DataSizeIecFormat);
}

} // namespace

QString csvCell(const QString &input)
{
    QString text = input;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

QString formatDuration(quint32 seconds)
{
    const quint32 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                                  .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                                  .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                  .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    //: Days of a duration, as in "3d 04:05:06".
    return QCoreApplication::translate("rrasctl", "%1d %2").arg(days).arg(clock);
}

namespace {

// The JSON and CSV rows of a listing are written straight into bytes: a listing of 20 servers is
// 50,000 rows, and a QJsonObject per row (then a document, then re-indented) cost rrasctl a
// quarter of its time. The bytes are exactly what QJsonDocument::toJson(Indented) and csvLine()
// wrote (tests/tst_output.cpp compares them).

// Encodes the non-ASCII unit `u` as UTF-8, with the low surrogate at `p` when `u` is a high one
// (then `p` moves past it). False for a lone surrogate, which each format writes its own way.
bool appendUtf8Unit(ByteWriting::Sink &out, char16_t u, const char16_t *&p, const char16_t *end)
{
    if (u < 0x800) {
        const char bytes[] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
        out.append(bytes, sizeof bytes);
    } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
        const char32_t c = QChar::surrogateToUcs4(u, *p++);
        const char bytes[] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                              char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
        out.append(bytes, sizeof bytes);
    } else if (QChar::isSurrogate(u)) {
        return false;
    } else {
        const char bytes[]
                = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
        out.append(bytes, sizeof bytes);
    }
    return true;
}

// `text` as UTF-8, every character as QJsonDocument escapes it: ", \ and the C0 controls (\b
// \f \n \r \t, else \u00xx), a lone surrogate as \uxxxx, everything else as is.
void appendJsonString(ByteWriting::Sink &out, QStringView text)
{
    auto hex = [](uint v) {
        return char(v < 10 ? '0' + v : 'a' + v - 10);
    };
    out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        ByteWriting::putAscii(out, run, p);
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x08:
                out += 'b';
                break;
            case 0x0c:
                out += 'f';
                break;
            case 0x0a:
                out += 'n';
                break;
            case 0x0d:
                out += 'r';
                break;
            case 0x09:
                out += 't';
                break;
            default: {
                const char escaped[] = {'u', '0', '0', hex(u >> 4), hex(u & 0xf)};
                out.append(escaped, sizeof escaped);
            }
            }
        } else if (!appendUtf8Unit(out, u, p, end)) { // a lone surrogate, escaped
            const char escaped[]
                    = {'\\',        'u', hex(u >> 12), hex((u >> 8) & 0xf), hex((u >> 4) & 0xf),
                       hex(u & 0xf)};
            out.append(escaped, sizeof escaped);
        }
    }
    out += '"';
}

// isoUtc(time) as UTF-8: "yyyy-MM-ddTHH:mm:ssZ" (what Qt::ISODate gives for UTC, milliseconds
// dropped), by hand for the years Qt writes that way, by Qt otherwise.
void appendIsoUtc(ByteWriting::Sink &out, const QDateTime &time)
{
    if (!ByteWriting::putIsoSeconds(out, time.toUTC())) {
        out += isoUtc(time).toUtf8();
        return;
    }
    out += 'Z';
}

using ByteWriting::put;

// One row as QJsonDocument(object).toJson(Indented) lays it out (keys sorted as QJsonObject
// sorts them, so "server" last), every line indented by four more spaces, without the final
// newline.
void appendJsonRow(ByteWriting::Sink &out, const QString &server, const Tunnel &t)
{
    auto key = [&out](const char *name) {
        put(out, "        \"");
        put(out, name);
        put(out, "\": ");
    };
    auto string = [&](const char *name, const QString &value) {
        key(name);
        appendJsonString(out, value);
        put(out, ",\n");
    };
    auto number = [&](const char *name, qint64 value) {
        key(name);
        ByteWriting::putNumber(out, value);
        put(out, ",\n");
    };
    put(out, "    {\n");
    string("AuthMethod", t.authMethod);
    number("Bandwidth", qint64(t.bandwidth));
    string("ClientExternalAddress", t.clientExternalAddress);
    string("ClientIPv4Address", t.clientIPv4Address);
    string("ClientIPv6Address", t.clientIPv6Address);
    number("ConnectionDuration", qint64(t.connectionDuration));
    key("ConnectionStartTime");
    if (t.connectionStartTime.isValid()) {
        out += '"';
        appendIsoUtc(out, t.connectionStartTime);
        out += '"';
    } else {
        put(out, "null");
    }
    put(out, ",\n");
    string("ConnectionType", t.connectionType);
    string("HealthStatus", t.healthStatus);
    string("HostName", t.hostName);
    string("RoutingDomain", t.routingDomain);
    number("TotalBytesIn", qint64(t.totalBytesIn));
    number("TotalBytesOut", qint64(t.totalBytesOut));
    string("TransitionTechnology", t.transitionTechnology);
    string("TunnelType", t.tunnelType);
    string("UserActivityState", t.userActivityState);
    key("UserName");
    put(out, "[\n");
    for (qsizetype i = 0; i < t.userName.size(); ++i) {
        put(out, "            ");
        appendJsonString(out, t.userName.at(i));
        put(out, i + 1 < t.userName.size() ? ",\n" : "\n");
    }
    put(out, "        ],\n");
    key("server");
    appendJsonString(out, server);
    put(out, "\n    }");
}

// `text` as QString::toUtf8() encodes it (a lone surrogate becomes '?').
void appendUtf8(ByteWriting::Sink &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t *run = p;
        while (p < end && *p < 0x80)
            ++p;
        ByteWriting::putAscii(out, run, p);
        if (p == end)
            break;
        const char16_t u = *p++;
        if (!appendUtf8Unit(out, u, p, end))
            out += '?'; // as QString::toUtf8() writes a lone surrogate
    }
}

// csvCell(text) as UTF-8, straight into `out`.
void appendCsvCell(ByteWriting::Sink &out, QStringView text)
{
    bool formula = false;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        formula = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
                || first == u'\r';
    }
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quoted = true;
            break;
        }
    }
    auto encode = [&out](QStringView piece) {
        appendUtf8(out, piece);
    };
    if (quoted)
        out += '"';
    if (formula)
        out += '\'';
    if (!quoted) {
        encode(text);
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            encode(text.sliced(from, i + 1 - from));
            out += '"';
            from = i + 1;
        }
    }
    encode(text.sliced(from));
    out += '"';
}

void appendCsvRow(ByteWriting::Sink &out, const QString &server, const Tunnel &t)
{
    // Same order as TunnelFields::names.
    appendCsvCell(out, server);
    out += ',';
    appendCsvCell(out, t.authMethod);
    out += ',';
    ByteWriting::putNumber(out, t.bandwidth);
    out += ',';
    appendCsvCell(out, t.clientExternalAddress);
    out += ',';
    appendCsvCell(out, t.clientIPv4Address);
    out += ',';
    appendCsvCell(out, t.clientIPv6Address);
    out += ',';
    ByteWriting::putNumber(out, t.connectionDuration);
    out += ',';
    if (t.connectionStartTime.isValid()) {
        const int year = t.connectionStartTime.toUTC().date().year();
        if (year >= 1 && year <= 9999)
            appendIsoUtc(out, t.connectionStartTime); // digits, '-', ':', 'T', 'Z': as is
        else
            appendCsvCell(out, isoUtc(t.connectionStartTime));
    }
    out += ',';
    for (const QString *cell :
         {&t.connectionType, &t.healthStatus, &t.hostName, &t.routingDomain}) {
        appendCsvCell(out, *cell);
        out += ',';
    }
    ByteWriting::putNumber(out, t.totalBytesIn);
    out += ',';
    ByteWriting::putNumber(out, t.totalBytesOut);
    out += ',';
    for (const QString *cell : {&t.transitionTechnology, &t.tunnelType, &t.userActivityState}) {
        appendCsvCell(out, *cell);
        out += ',';
    }
    appendCsvCell(out, t.userName.join(u';'));
    out += "\r\n";
}

} // namespace

QByteArray formatTunnelsHead(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return QByteArrayLiteral("[\n");
    case OutputFormat::Csv: {
        QStringList header{QStringLiteral("server")};
        for (const char *name : TunnelFields::names)
            header.append(QLatin1String(name));
        return csvLine(header);
    }
    case OutputFormat::Table:
        break;
    }
    return {};
}

namespace {

// formatTunnelsBody() over `count` rows, row(i) giving each one's server and Tunnel.
template<typename Row>
QByteArray formatTunnelRows(qsizetype count, Row row, OutputFormat format, bool first)
{
    QByteArray bytes;
    ByteWriting::Sink out(bytes, format == OutputFormat::Json ? count * 900 : count * 300);
    switch (format) {
    case OutputFormat::Json:
        // As QJsonDocument(array).toJson(Indented) lays out its elements: each object indented
        // by four spaces, separated by ",\n". One object at a time, so that a listing of many
        // servers never holds the whole document twice.
        for (qsizetype i = 0; i < count; ++i) {
            if (!first)
                put(out, ",\n");
            first = false;
            const auto [server, tunnel] = row(i);
            appendJsonRow(out, server, tunnel);
        }
        break;
    case OutputFormat::Csv:
        for (qsizetype i = 0; i < count; ++i) {
            const auto [server, tunnel] = row(i);
            appendCsvRow(out, server, tunnel);
        }
        break;
    case OutputFormat::Table:
        break;
    }
    out.finish();
    return bytes;
}

} // namespace

QByteArray formatTunnelsBody(const QList<ServerTunnel> &rows, OutputFormat format, bool first)
{
    return formatTunnelRows(
            rows.size(),
            [&](qsizetype i) {
                const ServerTunnel &r = rows.at(i);
                return std::pair<const QString &, const Tunnel &>(r.server, r.tunnel);
            },
            format, first);
}

QByteArray formatTunnelsBody(const QString &server, const QList<Tunnel> &tunnels,
                             OutputFormat format, bool first)
{
    return formatTunnelRows(
            tunnels.size(),
            [&](qsizetype i) {
                return std::pair<const QString &, const Tunnel &>(server, tunnels.at(i));
            },
            format, first);
}

QByteArray formatTunnelsTail(OutputFormat format, bool anyRows)
{
    if (format == OutputFormat::Json)
        return anyRows ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n");
    return {};
}

QByteArray formatTunnels(const QList<ServerTunnel> &rows, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
    case OutputFormat::Csv:
        return formatTunnelsHead(format) + formatTunnelsBody(rows, format, true)
                + formatTunnelsTail(format, !rows.isEmpty());
    case OutputFormat::Table: {
        const QStringList headers{
                QCoreApplication::translate("rrasctl", "Server"),
                QCoreApplication::translate("rrasctl", "User"),
                QCoreApplication::translate("rrasctl", "Tunnel IPv4"),
                QCoreApplication::translate("rrasctl", "Tunnel IPv6"),
                QCoreApplication::translate("rrasctl", "Host"),
                QCoreApplication::translate("rrasctl", "External"),
                //: Tunnel type column (Sstp, Ikev2, ...).
                QCoreApplication::translate("rrasctl", "Type"),
                QCoreApplication::translate("rrasctl", "Auth"),
                //: Column: when the connection started.
                QCoreApplication::translate("rrasctl", "Since"),
                QCoreApplication::translate("rrasctl", "Duration"),
                //: Column: bytes received from the client.
                QCoreApplication::translate("rrasctl", "In"),
                //: Column: bytes sent to the client.
                QCoreApplication::translate("rrasctl", "Out"),
                QCoreApplication::translate("rrasctl", "Activity"),
                //: Column: connection type (Vpn, DirectAccess).
                QCoreApplication::translate("rrasctl", "Connection"),
        };
        QList<QStringList> cells;
        cells.reserve(rows.size());
        for (const ServerTunnel &row : rows) {
            const Tunnel &t = row.tunnel;
            cells.append({row.server, t.userName.join(QStringLiteral(", ")), t.clientIPv4Address,
                          t.clientIPv6Address, t.hostName, t.clientExternalAddress, t.tunnelType,
                          t.authMethod,
                          t.connectionStartTime.isValid()
                                  ? t.connectionStartTime.toLocalTime().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : QString(),
                          formatDuration(t.connectionDuration), humanBytes(t.totalBytesIn),
                          humanBytes(t.totalBytesOut), t.userActivityState, t.connectionType});
        }
        QList<bool> right(headers.size(), false);
        right[9] = right[10] = right[11] = true;
        return table(headers, cells, right);
    }
    }
    return {};
}

QByteArray formatOutcomes(const QList<ServerOutcome> &rows, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const ServerOutcome &row : rows) {
            QJsonObject o;
            o.insert(QLatin1String("server"), row.server);
            o.insert(QLatin1String("address"), outcomeAddress(row.outcome));
            o.insert(QLatin1String("outcome"), outcomeName(row.outcome.outcome));
            o.insert(QLatin1String("message"), row.outcome.message);
            o.insert(QLatin1String("code"), qint64(row.outcome.code));
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    case OutputFormat::Csv: {
        QByteArray out = csvLine({QStringLiteral("server"), QStringLiteral("address"),
                                  QStringLiteral("outcome"), QStringLiteral("message"),
                                  QStringLiteral("code")});
        for (const ServerOutcome &row : rows) {
            out += csvLine({row.server, outcomeAddress(row.outcome),
                            outcomeName(row.outcome.outcome), row.outcome.message,
                            QString::number(row.outcome.code)});
        }
        return out;
    }
    case OutputFormat::Table: {
        const QStringList headers{
                QCoreApplication::translate("rrasctl", "Server"),
                QCoreApplication::translate("rrasctl", "Address"),
                QCoreApplication::translate("rrasctl", "Outcome"),
                QCoreApplication::translate("rrasctl", "Code"),
                QCoreApplication::translate("rrasctl", "Message"),
        };
        QList<QStringList> cells;
        for (const ServerOutcome &row : rows) {
            // The outcome keeps its stable name so that scripts can grep a table too.
            cells.append({row.server, outcomeAddress(row.outcome), outcomeName(row.outcome.outcome),
                          row.outcome.code ? QString::number(row.outcome.code) : QString(),
                          row.outcome.message});
        }
        return table(headers, cells, {false, false, false, true, false});
    }
    }
    return {};
}

QByteArray formatHistory(const QList<HistoryJob> &jobs, OutputFormat format)
{
    const DisconnectOutcomeKind kinds[]
            = {DisconnectOutcomeKind::Disconnected, DisconnectOutcomeKind::AlreadyGone,
               DisconnectOutcomeKind::Failed, DisconnectOutcomeKind::Unknown,
               DisconnectOutcomeKind::InvalidAddress};
    auto iso = [](const QDateTime &time) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const HistoryJob &job : jobs) {
            QJsonObject counts;
            for (DisconnectOutcomeKind kind : kinds)
                counts.insert(outcomeName(kind), job.counts.count(kind));
            counts.insert(QLatin1String("pending"), job.counts.pending);
            counts.insert(QLatin1String("sessions"), job.counts.total());
            QJsonObject o;
            o.insert(QLatin1String("id"), job.id);
            o.insert(QLatin1String("operator"), job.info.operatorName);
            o.insert(QLatin1String("workstation"), job.info.workstation);
            o.insert(QLatin1String("reason"), job.info.reason);
            o.insert(QLatin1String("source"), job.info.source);
            o.insert(QLatin1String("state"), historyJobStateName(job.state));
            o.insert(QLatin1String("startedAt"),
                     job.startedAt.isValid() ? QJsonValue(iso(job.startedAt))
                                             : QJsonValue(QJsonValue::Null));
            o.insert(QLatin1String("finishedAt"),
                     job.finishedAt.isValid() ? QJsonValue(iso(job.finishedAt))
                                              : QJsonValue(QJsonValue::Null));
            o.insert(QLatin1String("servers"), QJsonArray::fromStringList(job.servers));
            o.insert(QLatin1String("counts"), counts);
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    case OutputFormat::Csv: {
        QStringList header{QStringLiteral("id"),          QStringLiteral("started_at"),
                           QStringLiteral("finished_at"), QStringLiteral("state"),
                           QStringLiteral("operator"),    QStringLiteral("workstation"),
                           QStringLiteral("reason"),      QStringLiteral("source"),
                           QStringLiteral("servers"),     QStringLiteral("sessions")};
        for (DisconnectOutcomeKind kind : kinds)
            header.append(outcomeName(kind));
        header.append(QStringLiteral("pending"));
        QByteArray out = csvLine(header);
        for (const HistoryJob &job : jobs) {
            QStringList cells{QString::number(job.id),
                              iso(job.startedAt),
                              iso(job.finishedAt),
                              historyJobStateName(job.state),
                              job.info.operatorName,
                              job.info.workstation,
                              job.info.reason,
                              job.info.source,
                              job.servers.join(QStringLiteral("; ")),
                              QString::number(job.counts.total())};
            for (DisconnectOutcomeKind kind : kinds)
                cells.append(QString::number(job.counts.count(kind)));
            cells.append(QString::number(job.counts.pending));
            out += csvLine(cells);
        }
        return out;
    }
    case OutputFormat::Table: {
        const QStringList headers{
                //: Column: job number.
                QCoreApplication::translate("rrasctl", "Job"),
                //: Column: when the job started (local time).
                QCoreApplication::translate("rrasctl", "Started"),
                QCoreApplication::translate("rrasctl", "Operator"),
                QCoreApplication::translate("rrasctl", "State"),
                QCoreApplication::translate("rrasctl", "Sessions"),
                //: Column: sessions disconnected.
                QCoreApplication::translate("rrasctl", "Disc."),
                //: Column: sessions already gone.
                QCoreApplication::translate("rrasctl", "Gone"),
                QCoreApplication::translate("rrasctl", "Failed"),
                QCoreApplication::translate("rrasctl", "Unknown"),
                //: Column: invalid addresses.
                QCoreApplication::translate("rrasctl", "Invalid"),
                QCoreApplication::translate("rrasctl", "Servers"),
                QCoreApplication::translate("rrasctl", "Reason"),
        };
        QList<QStringList> cells;
        cells.reserve(jobs.size());
        for (const HistoryJob &job : jobs) {
            QStringList row{
                    QString::number(job.id),
                    job.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                    job.info.operatorName, historyJobStateName(job.state),
                    QString::number(job.counts.total())};
            for (DisconnectOutcomeKind kind : kinds)
                row.append(QString::number(job.counts.count(kind)));
            row.append(job.servers.join(QStringLiteral(", ")));
            row.append(job.info.reason);
            cells.append(row);
        }
        QList<bool> right(headers.size(), false);
        for (int i : {0, 4, 5, 6, 7, 8, 9})
            right[i] = true;
        return table(headers, cells, right);
    }
    }
    return {};
}
