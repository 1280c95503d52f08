#pragma once

#include "report/historyreport.h"
#include "store/historytypes.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

// Sessions and reports with awkward content, shared by the store, exporter and model tests:
// formula-looking user names, Unicode, commas and quotes, markup.
namespace HistoryTestData {

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

inline HistorySession session(const QString &serverId, const QString &serverName,
                              const QString &address, const QStringList &users,
                              const QString &hostName = {}, const QString &external = {},
                              const QString &tunnelType = QStringLiteral("Sstp"),
                              const QDateTime &since = {}, quint64 in = 0, quint64 out = 0)
{
    HistorySession s;
    s.key = {serverId, address};
    s.serverName = serverName;
    if (address.contains(u':'))
        s.tunnel.clientIPv6Address = address;
    else
        s.tunnel.clientIPv4Address = address;
    s.tunnel.userName = users;
    s.tunnel.hostName = hostName;
    s.tunnel.clientExternalAddress = external;
    s.tunnel.tunnelType = tunnelType;
    s.tunnel.connectionStartTime = since;
    s.tunnel.totalBytesIn = in;
    s.tunnel.totalBytesOut = out;
    return s;
}

// Eight sessions on two servers whose user names a spreadsheet or a browser would misread.
inline QList<HistorySession> awkwardSessions()
{
    return {
            session(QStringLiteral("srv1"), QStringLiteral("RRAS 1"), QStringLiteral("10.1.0.1"),
                    {QStringLiteral("=cmd|' /C calc'!A0")}, QStringLiteral("LAPTOP-01"),
                    QStringLiteral("203.0.113.10"), QStringLiteral("Sstp"),
                    utc(2024, 5, 1, 8, 0, 0), 123456789, 987654),
            session(QStringLiteral("srv1"), QStringLiteral("RRAS 1"), QStringLiteral("10.1.0.2"),
                    {QStringLiteral("+SUM(A1:A9)"), QStringLiteral("-2+3")},
                    QStringLiteral("laptop-02"), QStringLiteral("203.0.113.11"),
                    QStringLiteral("Ikev2"), utc(2024, 5, 1, 8, 30, 15), 42, 7),
            session(QStringLiteral("srv1"), QStringLiteral("RRAS 1"), QStringLiteral("10.1.0.3"),
                    {QStringLiteral("@admin")}, QStringLiteral("ws,3"),
                    QStringLiteral("198.51.100.7"), QStringLiteral("L2tp"),
                    utc(2024, 4, 30, 23, 59, 59), 0, 0),
            session(QStringLiteral("srv1"), QStringLiteral("RRAS 1"), QStringLiteral("10.1.0.4"),
                    {QStringLiteral("\tTAB\\user"), QStringLiteral("\rCR\\user")},
                    QStringLiteral("pc-4"), QStringLiteral("198.51.100.8")),
            session(QStringLiteral("srv2"), QStringLiteral("RRAS \"Zwei\""),
                    QStringLiteral("10.2.0.1"),
                    {QStringLiteral("CORP\\Zoë Ångström"), QStringLiteral("山田太郎")},
                    QStringLiteral("Bücher-PC"), QStringLiteral("2001:db8::7"),
                    QStringLiteral("Sstp"), utc(2024, 5, 1, 9, 0, 0), 1, 2),
            session(QStringLiteral("srv2"), QStringLiteral("RRAS \"Zwei\""),
                    QStringLiteral("fd00::2:1"), {QStringLiteral("O'Brien, \"Bob\"")},
                    QStringLiteral("<b>host</b>"), QStringLiteral("192.0.2.44"),
                    QStringLiteral("Ikev2")),
            session(QStringLiteral("srv2"), QStringLiteral("RRAS \"Zwei\""),
                    QStringLiteral("10.2.0.3"),
                    {QStringLiteral("<script>alert('x')</script>&amp;")}, QStringLiteral("h&m"),
                    QStringLiteral("192.0.2.45")),
            session(QStringLiteral("srv2"), QStringLiteral("RRAS \"Zwei\""),
                    QStringLiteral("10.2.0.4"), {QStringLiteral("CORP\\plain")},
                    QStringLiteral("line\nbreak"), QStringLiteral("192.0.2.46")),
    };
}

// One outcome per kind (and one session left pending) for the sessions above, in order.
inline QList<std::optional<DisconnectOutcome>> awkwardOutcomes()
{
    using K = DisconnectOutcomeKind;
    auto o = [](const QString &address, K kind, const QString &message = {}, quint32 code = 0) {
        return std::optional<DisconnectOutcome>(
                DisconnectOutcome{address, address, kind, message, code});
    };
    return {
            o(QStringLiteral("10.1.0.1"), K::Disconnected),
            o(QStringLiteral("10.1.0.2"), K::Disconnected),
            o(QStringLiteral("10.1.0.3"), K::AlreadyGone,
              QStringLiteral("Not in the server's list any more.")),
            o(QStringLiteral("10.1.0.4"), K::Failed,
              QStringLiteral("=HYPERLINK(\"http://x\"), \"denied\""), 2150859046u),
            o(QStringLiteral("10.2.0.1"), K::Unknown,
              QStringLiteral("The call timed out; a fresh listing could not settle it.")),
            o(QStringLiteral("fd00::2:1"), K::Disconnected),
            o(QStringLiteral("10.2.0.3"), K::InvalidAddress, QStringLiteral("<not an address>")),
            std::nullopt,
    };
}

// A report of two jobs built by hand (no store), with fixed times: the golden files' input.
inline HistoryReport awkwardReport()
{
    const QList<HistorySession> sessions = awkwardSessions();
    const QList<std::optional<DisconnectOutcome>> outcomes = awkwardOutcomes();
    HistoryReport report;
    report.generatedAt = utc(2024, 5, 2, 12, 0, 0);
    report.generatedBy = QStringLiteral("auditor");

    auto makeJob = [&](qint64 id, const QString &op, const QString &reason, int first, int count,
                       const QDateTime &started, const QDateTime &finished, HistoryJobState state) {
        HistoryReport::Job entry;
        entry.job.id = id;
        entry.job.info = {op, QStringLiteral("WS-%1").arg(id), reason, QStringLiteral("console")};
        entry.job.startedAt = started;
        entry.job.finishedAt = finished;
        entry.job.state = state;
        for (int i = first; i < first + count; ++i) {
            const HistorySession &s = sessions.at(i);
            HistoryItem item;
            item.jobId = id;
            item.sequence = i - first;
            item.serverId = s.key.serverId;
            item.serverName = s.serverName;
            item.address = s.key.address;
            item.userNames = s.tunnel.userName;
            item.hostName = s.tunnel.hostName;
            item.externalAddress = s.tunnel.clientExternalAddress;
            item.tunnelType = s.tunnel.tunnelType;
            item.connectedSince = s.tunnel.connectionStartTime;
            item.bytesIn = s.tunnel.totalBytesIn;
            item.bytesOut = s.tunnel.totalBytesOut;
            if (const auto &o = outcomes.at(i)) {
                item.outcome = o->outcome;
                item.message = o->message;
                item.code = o->code;
                item.settledAt = started.addMSecs(250 + 10 * i);
            }
            entry.job.counts.add(item.outcome);
            if (!entry.job.servers.contains(item.serverName))
                entry.job.servers.append(item.serverName);
            entry.items.append(item);
        }
        return entry;
    };
    report.jobs.append(makeJob(7, QStringLiteral("helpdesk1"), QStringLiteral("INC-1, \"urgent\""),
                               0, 4, utc(2024, 5, 1, 10, 15, 0, 500), utc(2024, 5, 1, 10, 15, 2),
                               HistoryJobState::Finished));
    report.jobs.append(makeJob(8, QStringLiteral("Jürgen"), QString(), 4, 4,
                               utc(2024, 5, 1, 11, 0, 0), QDateTime(), HistoryJobState::Running));
    return report;
}

} // namespace HistoryTestData
