#include "output.h"

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

QJsonObject tunnelObject(const ServerTunnel &row)
{
    const Tunnel &t = row.tunnel;
    QJsonObject o;
    o.insert(QLatin1String("server"), row.server);
    o.insert(QLatin1String("AuthMethod"), t.authMethod);
    o.insert(QLatin1String("Bandwidth"), qint64(t.bandwidth));
    o.insert(QLatin1String("ClientExternalAddress"), t.clientExternalAddress);
    o.insert(QLatin1String("ClientIPv4Address"), t.clientIPv4Address);
    o.insert(QLatin1String("ClientIPv6Address"), t.clientIPv6Address);
    o.insert(QLatin1String("ConnectionDuration"), qint64(t.connectionDuration));
    o.insert(QLatin1String("ConnectionStartTime"),
             t.connectionStartTime.isValid() ? QJsonValue(isoUtc(t.connectionStartTime))
                                             : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("ConnectionType"), t.connectionType);
    o.insert(QLatin1String("HealthStatus"), t.healthStatus);
    o.insert(QLatin1String("HostName"), t.hostName);
    o.insert(QLatin1String("RoutingDomain"), t.routingDomain);
    o.insert(QLatin1String("TotalBytesIn"), qint64(t.totalBytesIn));
    o.insert(QLatin1String("TotalBytesOut"), qint64(t.totalBytesOut));
    o.insert(QLatin1String("TransitionTechnology"), t.transitionTechnology);
    o.insert(QLatin1String("TunnelType"), t.tunnelType);
    o.insert(QLatin1String("UserActivityState"), t.userActivityState);
    o.insert(QLatin1String("UserName"), QJsonArray::fromStringList(t.userName));
    return o;
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

QByteArray formatTunnelsBody(const QList<ServerTunnel> &rows, OutputFormat format, bool first)
{
    QByteArray out;
    switch (format) {
    case OutputFormat::Json:
        // As QJsonDocument(array).toJson(Indented) lays out its elements: each object indented
        // by four spaces, separated by ",\n". One object at a time, so that a listing of many
        // servers never holds the whole document twice.
        for (const ServerTunnel &row : rows) {
            QByteArray object = QJsonDocument(tunnelObject(row)).toJson(QJsonDocument::Indented);
            object.chop(1); // the document's final newline
            if (!first)
                out += ",\n";
            first = false;
            out += "    ";
            out += object.replace("\n", "\n    ");
        }
        break;
    case OutputFormat::Csv:
        for (const ServerTunnel &row : rows) {
            const Tunnel &t = row.tunnel;
            // Same order as TunnelFields::names.
            out += csvLine(
                    {row.server, t.authMethod, QString::number(t.bandwidth),
                     t.clientExternalAddress, t.clientIPv4Address, t.clientIPv6Address,
                     QString::number(t.connectionDuration),
                     t.connectionStartTime.isValid() ? isoUtc(t.connectionStartTime) : QString(),
                     t.connectionType, t.healthStatus, t.hostName, t.routingDomain,
                     QString::number(t.totalBytesIn), QString::number(t.totalBytesOut),
                     t.transitionTechnology, t.tunnelType, t.userActivityState,
                     t.userName.join(u';')});
        }
        break;
    case OutputFormat::Table:
        break;
    }
    return out;
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
