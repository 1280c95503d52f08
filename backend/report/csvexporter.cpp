#include "csvexporter.h"

#include "historyreport.h"

#include <QIODevice>

QStringList CsvExporter::header()
{
    return {QStringLiteral("job_id"),           QStringLiteral("job_started_at"),
            QStringLiteral("job_finished_at"),  QStringLiteral("job_state"),
            QStringLiteral("operator"),         QStringLiteral("workstation"),
            QStringLiteral("reason"),           QStringLiteral("server_id"),
            QStringLiteral("server"),           QStringLiteral("address"),
            QStringLiteral("user_names"),       QStringLiteral("host_name"),
            QStringLiteral("external_address"), QStringLiteral("tunnel_type"),
            QStringLiteral("connected_since"),  QStringLiteral("bytes_in"),
            QStringLiteral("bytes_out"),        QStringLiteral("outcome"),
            QStringLiteral("message"),          QStringLiteral("code"),
            QStringLiteral("settled_at")};
}

QString CsvExporter::cell(const QString &text)
{
    QString value = text;
    // OWASP's CSV injection advice: a leading apostrophe makes the spreadsheet show the text
    // instead of evaluating it.
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r')
        || value.contains(u'\n')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

bool CsvExporter::write(const HistoryReport &report, QIODevice *device)
{
    QString text;
    auto line = [&text](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += u',';
            text += cell(cells.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    line(header());
    for (const HistoryReport::Job &entry : report.jobs) {
        const HistoryJob &job = entry.job;
        for (const HistoryItem &item : entry.items) {
            line({QString::number(job.id),
                  ReportText::isoTime(job.startedAt),
                  ReportText::isoTime(job.finishedAt),
                  historyJobStateName(job.state),
                  job.info.operatorName,
                  job.info.workstation,
                  job.info.reason,
                  item.serverId,
                  item.serverName,
                  item.address,
                  item.userNames.join(QStringLiteral("; ")),
                  item.hostName,
                  item.externalAddress,
                  item.tunnelType,
                  ReportText::isoTime(item.connectedSince),
                  QString::number(item.bytesIn),
                  QString::number(item.bytesOut),
                  item.outcome ? outcomeName(*item.outcome) : QString(),
                  item.message,
                  QString::number(item.code),
                  ReportText::isoTime(item.settledAt)});
        }
    }
    QByteArray data;
    if (m_options.byteOrderMark)
        data = QByteArrayLiteral("\xEF\xBB\xBF");
    data += text.toUtf8();
    return writeAll(device, data);
}
