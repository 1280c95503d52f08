#pragma once

#include "store/historytypes.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <functional>
#include <optional>

// The sessions of one history job with their details and outcomes, for the History view's lower
// pane. Set whole when the selected job changes or its outcomes change.
class HistoryItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryItemModel)
public:
    enum class Column {
        Outcome,
        Server,
        Address,
        User,
        HostName,
        ExternalAddress,
        TunnelType,
        ConnectedSince,
        BytesIn,
        BytesOut,
        Message,
        Settled,
        Count
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // sort key
        OutcomeRole,                 // int(DisconnectOutcomeKind), -1 while pending
        ItemRole,                    // HistoryItem
    };

    explicit HistoryItemModel(QObject *parent = nullptr);

    // Same job (by id and sequence): rows whose values changed get dataChanged; otherwise a reset.
    void setItems(const QList<HistoryItem> &items);
    const QList<HistoryItem> &items() const { return m_items; }
    void setIconProvider(std::function<QIcon(std::optional<DisconnectOutcomeKind>)> provider);

    static QString outcomeText(std::optional<DisconnectOutcomeKind> outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(const HistoryItem &item, Column column) const;

    QList<HistoryItem> m_items;
    std::function<QIcon(std::optional<DisconnectOutcomeKind>)> m_iconProvider;
};
