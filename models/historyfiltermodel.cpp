#include "historyfiltermodel.h"

#include "historymodel.h"

HistoryFilterModel::HistoryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::RawValueRole);
    setDynamicSortFilter(true);
}

void HistoryFilterModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const HistoryModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    return m_filter.matches(model->job(sourceRow), model->items(sourceRow));
}
