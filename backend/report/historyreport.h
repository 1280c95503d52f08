#pragma once

#include "store/historytypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class HistoryStore;

// What a report covers: one job, a selection of jobs, or the jobs of a period (product.md
// point 5), with every session of each. The writers (CSV, JSON, HTML, PDF) print this and nothing
// else, so that a report can be built once and written in any format.
struct HistoryReport
{
    struct Job
    {
        HistoryJob job;
        QList<HistoryItem> items;
    };

    QDateTime periodFrom;  // UTC; invalid: from the first job
    QDateTime periodTo;    // UTC, exclusive; invalid: up to the last job
    QDateTime generatedAt; // UTC
    QString generatedBy;   // operator name of whoever made the report
    QList<Job> jobs;       // oldest first

    HistoryCounts totals() const;
    int sessionCount() const;
    // The operators of the jobs, distinct, in order of appearance.
    QStringList operators() const;
    // The period as given, else from the first job's start to the last job's end.
    QDateTime effectiveFrom() const;
    QDateTime effectiveTo() const;

    // The report of the given jobs (in the order of their start). nullopt with *error set when
    // the store fails or a job does not exist.
    static std::optional<HistoryReport> forJobs(const HistoryStore &store, const QList<qint64> &ids,
                                                QString *error);
    // The report of every job the filter matches (its period becomes the report's).
    static std::optional<HistoryReport> forFilter(const HistoryStore &store,
                                                  const HistoryFilter &filter, QString *error);
};

// Times in reports: ISO 8601 in UTC.
namespace ReportText {
QString isoTime(const QDateTime &time);      // "2024-05-01T10:15:00.250Z"; empty when invalid
QString readableTime(const QDateTime &time); // "2024-05-01 10:15:00 UTC"; empty when invalid
QString outcomeLabel(std::optional<DisconnectOutcomeKind> outcome); // "Disconnected", "Pending"
} // namespace ReportText
