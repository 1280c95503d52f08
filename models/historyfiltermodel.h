#pragma once

#include "store/historytypes.h"

#include <QSortFilterProxyModel>

// The History view's filter over a HistoryModel: date range, operator, server, user, address and
// outcome, with the rules of HistoryFilter (the same that `rrasctl history` and the store apply),
// and sorting on the raw values.
class HistoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterModel)
public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    HistoryFilter m_filter;
};
