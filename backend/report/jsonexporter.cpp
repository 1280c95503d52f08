#include "jsonexporter.h"

#include "historyreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ReportText::isoTime(time)) : QJsonValue();
}

QJsonObject countsObject(const HistoryCounts &counts)
{
    QJsonObject o;
    for (DisconnectOutcomeKind kind :
         {DisconnectOutcomeKind::Disconnected, DisconnectOutcomeKind::AlreadyGone,
          DisconnectOutcomeKind::Failed, DisconnectOutcomeKind::Unknown,
          DisconnectOutcomeKind::InvalidAddress})
        o.insert(outcomeName(kind), counts.count(kind));
    o.insert(QStringLiteral("pending"), counts.pending);
    o.insert(QStringLiteral("sessions"), counts.total());
    return o;
}

QJsonObject itemObject(const HistoryItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("serverId"), item.serverId);
    o.insert(QStringLiteral("server"), item.serverName);
    o.insert(QStringLiteral("address"), item.address);
    o.insert(QStringLiteral("userNames"), QJsonArray::fromStringList(item.userNames));
    o.insert(QStringLiteral("hostName"), item.hostName);
    o.insert(QStringLiteral("externalAddress"), item.externalAddress);
    o.insert(QStringLiteral("tunnelType"), item.tunnelType);
    o.insert(QStringLiteral("connectedSince"), timeValue(item.connectedSince));
    // Doubles hold integers exactly up to 2^53 bytes: far beyond any tunnel's traffic.
    o.insert(QStringLiteral("bytesIn"), double(item.bytesIn));
    o.insert(QStringLiteral("bytesOut"), double(item.bytesOut));
    o.insert(QStringLiteral("outcome"),
             item.outcome ? QJsonValue(outcomeName(*item.outcome)) : QJsonValue());
    o.insert(QStringLiteral("message"), item.message);
    o.insert(QStringLiteral("code"), double(item.code));
    o.insert(QStringLiteral("settledAt"), timeValue(item.settledAt));
    return o;
}

} // namespace

QJsonObject JsonExporter::toJson(const HistoryReport &report)
{
    QJsonArray jobs;
    for (const HistoryReport::Job &entry : report.jobs) {
        const HistoryJob &job = entry.job;
        QJsonObject o;
        o.insert(QStringLiteral("id"), double(job.id));
        o.insert(QStringLiteral("operator"), job.info.operatorName);
        o.insert(QStringLiteral("workstation"), job.info.workstation);
        o.insert(QStringLiteral("reason"), job.info.reason);
        o.insert(QStringLiteral("source"), job.info.source);
        o.insert(QStringLiteral("state"), historyJobStateName(job.state));
        o.insert(QStringLiteral("startedAt"), timeValue(job.startedAt));
        o.insert(QStringLiteral("finishedAt"), timeValue(job.finishedAt));
        o.insert(QStringLiteral("servers"), QJsonArray::fromStringList(job.servers));
        HistoryCounts counts;
        QJsonArray sessions;
        for (const HistoryItem &item : entry.items) {
            counts.add(item.outcome);
            sessions.append(itemObject(item));
        }
        o.insert(QStringLiteral("counts"), countsObject(counts));
        o.insert(QStringLiteral("sessions"), sessions);
        jobs.append(o);
    }
    QJsonObject period;
    period.insert(QStringLiteral("from"), timeValue(report.effectiveFrom()));
    period.insert(QStringLiteral("to"), timeValue(report.effectiveTo()));

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("rras-console-history-report"));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("generatedAt"), timeValue(report.generatedAt));
    root.insert(QStringLiteral("generatedBy"), report.generatedBy);
    root.insert(QStringLiteral("operators"), QJsonArray::fromStringList(report.operators()));
    root.insert(QStringLiteral("period"), period);
    root.insert(QStringLiteral("totals"), countsObject(report.totals()));
    root.insert(QStringLiteral("jobs"), jobs);
    return root;
}

bool JsonExporter::write(const HistoryReport &report, QIODevice *device)
{
    return writeAll(device, QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented));
}
