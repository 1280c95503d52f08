#include "historyoptions.h"

#include "commandline.h"

#include "report/reportwriter.h"
#include "store/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rrasctl", text);
}

} // namespace

QDateTime parseHistoryTime(const QString &input, bool upperBound)
{
    const QString text = input.trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        // A whole day: from its first moment, or up to its last.
        return upperBound ? date.addDays(1).startOfDay() : date.startOfDay();
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time : QDateTime();
}

HistoryOptions::HistoryOptions()
    : m_dataDir(QStringLiteral("data-dir"),
                tr("Folder of the disconnect history (default: the console's, %1). "
                   "disconnect, history and report.")
                        .arg(QDir::toNativeSeparators(HistoryStore::defaultDirectory())),
                QStringLiteral("DIR")),
      m_reason(QStringLiteral("reason"),
               tr("Reason or ticket recorded with a disconnect in the history."),
               QStringLiteral("TEXT")),
      m_from(QStringLiteral("from"),
             tr("history, report: jobs started at or after this time (2024-05-01, "
                "2024-05-01T10:00, or with Z or an offset; local time otherwise)."),
             QStringLiteral("TIME")),
      m_to(QStringLiteral("to"),
           tr("history, report: jobs started before this time; a date alone includes that day."),
           QStringLiteral("TIME")),
      m_operator(QStringLiteral("operator"),
                 tr("history: jobs of this operator (OS user name; any part, any case)."),
                 QStringLiteral("NAME")),
      m_outcome(QStringLiteral("outcome"),
                tr("history: jobs with a session of this outcome (Disconnected, AlreadyGone, "
                   "Failed, Unknown, InvalidAddress)."),
                QStringLiteral("OUTCOME")),
      m_job(QStringLiteral("job"),
            tr("report: the job with this number (see rrasctl history). Repeat, or separate with "
               "commas."),
            QStringLiteral("ID")),
      m_output(QStringLiteral("output"),
               tr("report: the file to write (replaced whole, or left as it was on failure)."),
               QStringLiteral("FILE"))
{ }

QList<QCommandLineOption> HistoryOptions::options() const
{
    return {m_dataDir, m_reason, m_from, m_to, m_operator, m_outcome, m_job, m_output};
}

QString HistoryOptions::read(const QCommandLineParser &parser, const QCommandLineOption &server,
                             const QCommandLineOption &format, CliOptions &o) const
{
    const bool history = o.command == Command::History;
    const bool report = o.command == Command::Report;
    const bool disconnect = o.command == Command::Disconnect;
    auto belongsTo = [&parser](const QCommandLineOption &option, bool allowed,
                               const QString &commands) -> QString {
        if (allowed || !parser.isSet(option))
            return {};
        //: %1 is an option, %2 the commands it belongs to.
        return tr("--%1 belongs to %2.").arg(option.names().constFirst(), commands);
    };
    for (const QString &error :
         {belongsTo(m_dataDir, history || report || disconnect,
                    QStringLiteral("disconnect, history and report")),
          belongsTo(m_reason, disconnect, QStringLiteral("disconnect")),
          belongsTo(m_from, history || report, QStringLiteral("history and report")),
          belongsTo(m_to, history || report, QStringLiteral("history and report")),
          belongsTo(m_operator, history, QStringLiteral("history")),
          belongsTo(m_outcome, history, QStringLiteral("history")),
          belongsTo(m_job, report, QStringLiteral("report")),
          belongsTo(m_output, report, QStringLiteral("report"))}) {
        if (!error.isEmpty())
            return error;
    }
    o.dataDir = parser.value(m_dataDir);
    if (parser.isSet(m_dataDir) && o.dataDir.trimmed().isEmpty())
        return tr("--data-dir needs a folder.");
    o.reason = parser.value(m_reason);
    if (!history && !report)
        return {};

    if (parser.isSet(m_from)) {
        o.historyFilter.from = parseHistoryTime(parser.value(m_from), false);
        if (!o.historyFilter.from.isValid())
            return tr("--from takes a date or time such as 2024-05-01 or 2024-05-01T10:00.");
    }
    if (parser.isSet(m_to)) {
        o.historyFilter.to = parseHistoryTime(parser.value(m_to), true);
        if (!o.historyFilter.to.isValid())
            return tr("--to takes a date or time such as 2024-05-31 or 2024-05-31T18:00.");
    }
    if (o.historyFilter.from.isValid() && o.historyFilter.to.isValid()
        && o.historyFilter.to <= o.historyFilter.from)
        return tr("--to must be later than --from.");

    if (history) {
        o.historyFilter.operatorName = parser.value(m_operator);
        o.historyFilter.server = parser.values(server).join(u' ');
        if (parser.values(server).size() > 1)
            return tr("history filters on one --server.");
        if (parser.isSet(m_outcome)) {
            const QString name = parser.value(m_outcome);
            for (DisconnectOutcomeKind kind :
                 {DisconnectOutcomeKind::Disconnected, DisconnectOutcomeKind::AlreadyGone,
                  DisconnectOutcomeKind::Failed, DisconnectOutcomeKind::Unknown,
                  DisconnectOutcomeKind::InvalidAddress}) {
                if (outcomeName(kind).compare(name, Qt::CaseInsensitive) == 0)
                    o.historyFilter.outcome = kind;
            }
            if (!o.historyFilter.outcome)
                return tr("Unknown outcome \"%1\": use Disconnected, AlreadyGone, Failed, Unknown "
                          "or InvalidAddress.")
                        .arg(name);
        }
        return {};
    }

    // report
    if (parser.isSet(server))
        return tr("report takes --job or --from/--to, not --server.");
    for (const QString &value : parser.values(m_job)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return tr("--job takes job numbers (see rrasctl history), not \"%1\".").arg(part);
            o.jobIds.append(id);
        }
    }
    const bool period = o.historyFilter.from.isValid() || o.historyFilter.to.isValid();
    if (o.jobIds.isEmpty() && !period)
        return tr("Name what the report covers: --job ID, or a period with --from and --to.");
    if (!o.jobIds.isEmpty() && period)
        return tr("A report covers --job or a period (--from/--to), not both.");
    o.outputPath = parser.value(m_output);
    if (o.outputPath.isEmpty())
        return tr("Name the report's file with --output FILE.");
    std::optional<ReportFormat> reportFormat = parser.isSet(format)
            ? reportFormatFromName(parser.value(format))
            : reportFormatForFile(o.outputPath);
    if (!reportFormat) {
        return parser.isSet(format)
                ? tr("Unknown report format \"%1\": use csv, json, html or pdf.")
                          .arg(parser.value(format))
                : tr("Give the report's format with --format csv, json, html or pdf.");
    }
    o.reportFormat = *reportFormat;
    return {};
}
