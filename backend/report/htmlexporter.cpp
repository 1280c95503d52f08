#include "htmlexporter.h"

#include "historyreport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

const char *const browserStyle = R"(
body { font-family: "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; font-size: 10pt;
       color: #111; margin: 1.5em; }
h1 { font-size: 16pt; margin: 0 0 0.5em 0; }
h2 { font-size: 12pt; margin: 1.4em 0 0.3em 0; }
p.meta { margin: 0 0 0.5em 0; }
table { border-collapse: collapse; }
table.summary th { text-align: left; padding: 1px 1.5em 1px 0; font-weight: 600; }
table.summary td { padding: 1px 0; }
table.items { width: 100%; }
table.items th, table.items td { border: 1px solid #999; padding: 2px 4px; text-align: left;
                                 vertical-align: top; }
table.items th { background: #e8e8e8; }
td.num { text-align: right; white-space: nowrap; }
td.outcome { white-space: nowrap; font-weight: 600; }
tr.failed td.outcome, tr.unknown td.outcome, tr.invalid td.outcome { color: #a40000; }
tr.disconnected td.outcome { color: #1a6b1a; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 8pt; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
}
)";

QString rowClass(std::optional<DisconnectOutcomeKind> outcome)
{
    if (!outcome)
        return QStringLiteral("pending");
    switch (*outcome) {
    case DisconnectOutcomeKind::Disconnected:
        return QStringLiteral("disconnected");
    case DisconnectOutcomeKind::AlreadyGone:
        return QStringLiteral("gone");
    case DisconnectOutcomeKind::Failed:
        return QStringLiteral("failed");
    case DisconnectOutcomeKind::Unknown:
        return QStringLiteral("unknown");
    case DisconnectOutcomeKind::InvalidAddress:
        return QStringLiteral("invalid");
    }
    return {};
}

QString period(const HistoryReport &report)
{
    const QString from = ReportText::readableTime(report.effectiveFrom());
    const QString to = ReportText::readableTime(report.effectiveTo());
    if (from.isEmpty() && to.isEmpty())
        return QCoreApplication::translate("HtmlExporter", "no jobs");
    //: A report's period: %1 and %2 are times.
    return QCoreApplication::translate("HtmlExporter", "%1 to %2")
            .arg(from.isEmpty() ? QCoreApplication::translate("HtmlExporter", "the beginning")
                                : from,
                 to.isEmpty() ? QCoreApplication::translate("HtmlExporter", "now") : to);
}

} // namespace

QString HtmlExporter::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\'', QStringLiteral("&#39;"));
    return escaped;
}

QString HtmlExporter::countsText(const HistoryCounts &counts)
{
    QStringList parts;
    for (DisconnectOutcomeKind kind :
         {DisconnectOutcomeKind::Disconnected, DisconnectOutcomeKind::AlreadyGone,
          DisconnectOutcomeKind::Failed, DisconnectOutcomeKind::Unknown,
          DisconnectOutcomeKind::InvalidAddress}) {
        if (counts.count(kind) > 0)
            parts.append(ReportText::outcomeLabel(kind) + u' '
                         + QString::number(counts.count(kind)));
    }
    if (counts.pending > 0)
        parts.append(ReportText::outcomeLabel(std::nullopt) + u' '
                     + QString::number(counts.pending));
    return parts.isEmpty() ? QCoreApplication::translate("HtmlExporter", "none")
                           : parts.join(QStringLiteral(" · "));
}

QString HtmlExporter::summaryLine(const HistoryReport &report)
{
    //: Page header of a PDF report: %1 period, %2 operators, %3 session count, %4 counts.
    return QCoreApplication::translate("HtmlExporter",
                                       "Period: %1 | Operator: %2 | %3 sessions: %4")
            .arg(period(report),
                 report.operators().isEmpty() ? QCoreApplication::translate("HtmlExporter", "none")
                                              : report.operators().join(QStringLiteral(", ")),
                 QString::number(report.sessionCount()), countsText(report.totals()));
}

QString HtmlExporter::toHtml(const HistoryReport &report, Flavor flavor)
{
    const bool rich = flavor == Flavor::RichText;
    QString html;
    html += QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html += QStringLiteral("<title>")
            + escape(QCoreApplication::translate("HtmlExporter", "Disconnect report"))
            + QStringLiteral("</title>\n");
    if (!rich)
        html += QStringLiteral("<style>") + QLatin1String(browserStyle)
                + QStringLiteral("</style>\n");
    html += QStringLiteral("</head>\n<body>\n");
    html += QStringLiteral("<h1>")
            + escape(QCoreApplication::translate("HtmlExporter", "Disconnect report"))
            + QStringLiteral("</h1>\n");

    auto summaryRow = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><th>") + escape(label) + QStringLiteral("</th><td>")
                + escape(value) + QStringLiteral("</td></tr>\n");
    };
    html += rich ? QStringLiteral("<table class=\"summary\" cellpadding=\"1\">\n")
                 : QStringLiteral("<table class=\"summary\">\n");
    summaryRow(QCoreApplication::translate("HtmlExporter", "Period"), period(report));
    summaryRow(QCoreApplication::translate("HtmlExporter", "Operator"),
               report.operators().join(QStringLiteral(", ")));
    summaryRow(QCoreApplication::translate("HtmlExporter", "Jobs"),
               QString::number(report.jobs.size()));
    summaryRow(QCoreApplication::translate("HtmlExporter", "Sessions"),
               QString::number(report.sessionCount()) + QStringLiteral(": ")
                       + countsText(report.totals()));
    //: %1 is a time, %2 a user name.
    summaryRow(QCoreApplication::translate("HtmlExporter", "Generated"),
               QCoreApplication::translate("HtmlExporter", "%1 by %2")
                       .arg(ReportText::readableTime(report.generatedAt), report.generatedBy));
    html += QStringLiteral("</table>\n");

    const QStringList columns{QCoreApplication::translate("HtmlExporter", "Outcome"),
                              QCoreApplication::translate("HtmlExporter", "Server"),
                              QCoreApplication::translate("HtmlExporter", "Address"),
                              QCoreApplication::translate("HtmlExporter", "Users"),
                              QCoreApplication::translate("HtmlExporter", "Host name"),
                              QCoreApplication::translate("HtmlExporter", "External address"),
                              QCoreApplication::translate("HtmlExporter", "Tunnel type"),
                              QCoreApplication::translate("HtmlExporter", "Connected since"),
                              QCoreApplication::translate("HtmlExporter", "Bytes in"),
                              QCoreApplication::translate("HtmlExporter", "Bytes out"),
                              QCoreApplication::translate("HtmlExporter", "Server message"),
                              QCoreApplication::translate("HtmlExporter", "Settled")};
    for (const HistoryReport::Job &entry : report.jobs) {
        const HistoryJob &job = entry.job;
        html += rich ? QStringLiteral("<h2>") : QStringLiteral("<section class=\"job\">\n<h2>");
        //: %1 is a job number, %2 when it started.
        html += escape(QCoreApplication::translate("HtmlExporter", "Job %1, %2")
                               .arg(job.id)
                               .arg(ReportText::readableTime(job.startedAt)))
                + QStringLiteral("</h2>\n<p class=\"meta\">");
        QStringList meta;
        //: %1 is a user name, %2 a computer name.
        meta.append(QCoreApplication::translate("HtmlExporter", "Operator: %1 on %2")
                            .arg(job.info.operatorName, job.info.workstation));
        meta.append(QCoreApplication::translate("HtmlExporter", "Reason: %1")
                            .arg(job.info.reason.isEmpty()
                                         ? QCoreApplication::translate("HtmlExporter", "none")
                                         : job.info.reason));
        meta.append(QCoreApplication::translate("HtmlExporter", "State: %1")
                            .arg(historyJobStateName(job.state)));
        if (job.finishedAt.isValid())
            meta.append(QCoreApplication::translate("HtmlExporter", "Ended: %1")
                                .arg(ReportText::readableTime(job.finishedAt)));
        HistoryCounts counts;
        for (const HistoryItem &item : entry.items)
            counts.add(item.outcome);
        meta.append(QCoreApplication::translate("HtmlExporter", "Sessions: %1 (%2)")
                            .arg(entry.items.size())
                            .arg(countsText(counts)));
        QStringList escapedMeta;
        for (const QString &m : std::as_const(meta))
            escapedMeta.append(escape(m));
        html += escapedMeta.join(rich ? QStringLiteral("<br>") : QStringLiteral(" &middot; "))
                + QStringLiteral("</p>\n");

        html += rich ? QStringLiteral("<table class=\"items\" border=\"1\" cellspacing=\"0\" "
                                      "cellpadding=\"2\" width=\"100%\">\n<thead><tr>")
                     : QStringLiteral("<table class=\"items\">\n<thead><tr>");
        for (const QString &column : columns) {
            html += rich ? QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">")
                         : QStringLiteral("<th>");
            html += escape(column) + QStringLiteral("</th>");
        }
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const HistoryItem &item : entry.items) {
            QString message = item.message;
            if (item.code != 0)
                message += QStringLiteral(" (") + QString::number(item.code) + u')';
            const QString num = rich ? QStringLiteral("<td align=\"right\">")
                                     : QStringLiteral("<td class=\"num\">");
            html += QStringLiteral("<tr class=\"") + rowClass(item.outcome) + QStringLiteral("\">");
            html += (rich ? QStringLiteral("<td>") : QStringLiteral("<td class=\"outcome\">"))
                    + escape(ReportText::outcomeLabel(item.outcome)) + QStringLiteral("</td>");
            for (const QString &value :
                 {item.serverName, item.address, item.userNames.join(QStringLiteral(", ")),
                  item.hostName, item.externalAddress, item.tunnelType,
                  ReportText::readableTime(item.connectedSince)})
                html += QStringLiteral("<td>") + escape(value) + QStringLiteral("</td>");
            html += num + QString::number(item.bytesIn) + QStringLiteral("</td>");
            html += num + QString::number(item.bytesOut) + QStringLiteral("</td>");
            html += QStringLiteral("<td>") + escape(message) + QStringLiteral("</td>");
            html += QStringLiteral("<td>") + escape(ReportText::readableTime(item.settledAt))
                    + QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n");
        if (!rich)
            html += QStringLiteral("</section>\n");
    }
    if (report.jobs.isEmpty())
        html += QStringLiteral("<p>")
                + escape(QCoreApplication::translate("HtmlExporter",
                                                     "No disconnect jobs in this period."))
                + QStringLiteral("</p>\n");
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

bool HtmlExporter::write(const HistoryReport &report, QIODevice *device)
{
    return writeAll(device, toHtml(report, Flavor::Browser).toUtf8());
}
