#include "historytypes.h"

#include <numeric>

QString historyJobStateName(HistoryJobState state)
{
    switch (state) {
    case HistoryJobState::Running:
        return QStringLiteral("Running");
    case HistoryJobState::Finished:
        return QStringLiteral("Finished");
    case HistoryJobState::Interrupted:
        return QStringLiteral("Interrupted");
    }
    return QStringLiteral("Running");
}

std::optional<HistoryJobState> historyJobStateFromName(const QString &name)
{
    for (HistoryJobState state :
         {HistoryJobState::Running, HistoryJobState::Finished, HistoryJobState::Interrupted}) {
        if (historyJobStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

int HistoryCounts::total() const
{
    return std::accumulate(perOutcome.cbegin(), perOutcome.cend(), pending);
}

void HistoryCounts::add(std::optional<DisconnectOutcomeKind> outcome)
{
    if (outcome)
        ++perOutcome.at(size_t(*outcome));
    else
        ++pending;
}

HistoryCounts &HistoryCounts::operator+=(const HistoryCounts &other)
{
    for (size_t i = 0; i < perOutcome.size(); ++i)
        perOutcome.at(i) += other.perOutcome.at(i);
    pending += other.pending;
    return *this;
}

bool HistoryFilter::hasItemCriteria() const
{
    return !server.isEmpty() || !user.isEmpty() || !address.isEmpty() || outcome.has_value();
}

bool HistoryFilter::matchesJob(const HistoryJob &job) const
{
    if (from.isValid() && job.startedAt < from)
        return false;
    if (to.isValid() && job.startedAt >= to)
        return false;
    return operatorName.isEmpty()
            || job.info.operatorName.contains(operatorName, Qt::CaseInsensitive);
}

bool HistoryFilter::matchesItem(const HistoryItem &item) const
{
    if (!server.isEmpty() && !item.serverId.contains(server, Qt::CaseInsensitive)
        && !item.serverName.contains(server, Qt::CaseInsensitive))
        return false;
    if (!user.isEmpty()
        && std::none_of(
                item.userNames.cbegin(), item.userNames.cend(),
                [this](const QString &name) { return name.contains(user, Qt::CaseInsensitive); }))
        return false;
    if (!address.isEmpty() && !item.address.contains(address, Qt::CaseInsensitive)
        && !item.externalAddress.contains(address, Qt::CaseInsensitive))
        return false;
    return !outcome || item.outcome == outcome;
}

bool HistoryFilter::matches(const HistoryJob &job, const QList<HistoryItem> &items) const
{
    if (!matchesJob(job))
        return false;
    if (!hasItemCriteria())
        return true;
    return std::any_of(items.cbegin(), items.cend(),
                       [this](const HistoryItem &item) { return matchesItem(item); });
}
