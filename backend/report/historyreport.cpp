#include "historyreport.h"

#include "store/historystore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

HistoryCounts HistoryReport::totals() const
{
    HistoryCounts sum;
    for (const Job &job : jobs) {
        for (const HistoryItem &item : job.items)
            sum.add(item.outcome);
    }
    return sum;
}

int HistoryReport::sessionCount() const
{
    int n = 0;
    for (const Job &job : jobs)
        n += int(job.items.size());
    return n;
}

QStringList HistoryReport::operators() const
{
    QStringList result;
    for (const Job &job : jobs) {
        if (!result.contains(job.job.info.operatorName))
            result.append(job.job.info.operatorName);
    }
    return result;
}

QDateTime HistoryReport::effectiveFrom() const
{
    if (periodFrom.isValid() || jobs.isEmpty())
        return periodFrom;
    QDateTime first;
    for (const Job &job : jobs) {
        if (!first.isValid() || job.job.startedAt < first)
            first = job.job.startedAt;
    }
    return first;
}

QDateTime HistoryReport::effectiveTo() const
{
    if (periodTo.isValid() || jobs.isEmpty())
        return periodTo;
    QDateTime last;
    for (const Job &job : jobs) {
        const QDateTime end = job.job.finishedAt.isValid() ? job.job.finishedAt : job.job.startedAt;
        if (!last.isValid() || end > last)
            last = end;
    }
    return last;
}

namespace {

std::optional<HistoryReport> assemble(const HistoryStore &store, QList<HistoryJob> jobs,
                                      QString *error)
{
    std::stable_sort(jobs.begin(), jobs.end(), [](const HistoryJob &a, const HistoryJob &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    QList<qint64> ids;
    ids.reserve(jobs.size());
    for (const HistoryJob &job : std::as_const(jobs))
        ids.append(job.id);
    const QHash<qint64, QList<HistoryItem>> items = store.items(ids);
    if (store.lastError()) {
        *error = store.lastError().summary();
        return std::nullopt;
    }
    HistoryReport report;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.generatedBy = HistoryStore::osUserName();
    for (const HistoryJob &job : std::as_const(jobs))
        report.jobs.append({job, items.value(job.id)});
    return report;
}

} // namespace

std::optional<HistoryReport> HistoryReport::forJobs(const HistoryStore &store,
                                                    const QList<qint64> &ids, QString *error)
{
    QList<HistoryJob> jobs;
    for (qint64 id : ids) {
        if (std::any_of(jobs.cbegin(), jobs.cend(),
                        [id](const HistoryJob &job) { return job.id == id; }))
            continue;
        const std::optional<HistoryJob> job = store.job(id);
        if (!job) {
            *error = store.lastError()
                    ? store.lastError().summary()
                    : QCoreApplication::translate("HistoryReport",
                                                  "There is no job %1 in the history.")
                              .arg(id);
            return std::nullopt;
        }
        jobs.append(*job);
    }
    return assemble(store, jobs, error);
}

std::optional<HistoryReport> HistoryReport::forFilter(const HistoryStore &store,
                                                      const HistoryFilter &filter, QString *error)
{
    const QList<HistoryJob> jobs = store.jobs(filter);
    if (store.lastError()) {
        *error = store.lastError().summary();
        return std::nullopt;
    }
    std::optional<HistoryReport> report = assemble(store, jobs, error);
    if (report) {
        report->periodFrom = filter.from.toUTC();
        report->periodTo = filter.to.toUTC();
    }
    return report;
}

QString ReportText::isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString ReportText::readableTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QString();
}

QString ReportText::outcomeLabel(std::optional<DisconnectOutcomeKind> outcome)
{
    if (!outcome)
        return QCoreApplication::translate("HistoryReport", "Pending");
    switch (*outcome) {
    case DisconnectOutcomeKind::Disconnected:
        return QCoreApplication::translate("HistoryReport", "Disconnected");
    case DisconnectOutcomeKind::AlreadyGone:
        return QCoreApplication::translate("HistoryReport", "Already gone");
    case DisconnectOutcomeKind::Failed:
        return QCoreApplication::translate("HistoryReport", "Failed");
    case DisconnectOutcomeKind::Unknown:
        return QCoreApplication::translate("HistoryReport", "Unknown");
    case DisconnectOutcomeKind::InvalidAddress:
        return QCoreApplication::translate("HistoryReport", "Invalid address");
    }
    return {};
}
