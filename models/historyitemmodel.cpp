#include "historyitemmodel.h"

#include "outcomemodel.h"

#include <QLocale>

HistoryItemModel::HistoryItemModel(QObject *parent) : QAbstractTableModel(parent) { }

namespace {
bool sameRows(const QList<HistoryItem> &a, const QList<HistoryItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).jobId != b.at(i).jobId || a.at(i).sequence != b.at(i).sequence)
            return false;
    }
    return true;
}

// Local date and time to the second: an audit trail wants the seconds.
QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
            + local.time().toString(QStringLiteral("HH:mm:ss"));
}

bool sameValues(const HistoryItem &a, const HistoryItem &b)
{
    return a.outcome == b.outcome && a.message == b.message && a.code == b.code
            && a.settledAt == b.settledAt;
}
} // namespace

void HistoryItemModel::setItems(const QList<HistoryItem> &items)
{
    if (!sameRows(m_items, items)) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    // The same sessions with new outcomes: only the rows that changed, merged into ranges.
    int first = -1;
    for (int row = 0; row <= int(items.size()); ++row) {
        const bool changed = row < items.size() && !sameValues(m_items.at(row), items.at(row));
        if (row < items.size())
            m_items[row] = items.at(row);
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(row - 1, columnCount() - 1));
            first = -1;
        }
    }
}

void HistoryItemModel::setIconProvider(
        std::function<QIcon(std::optional<DisconnectOutcomeKind>)> provider)
{
    m_iconProvider = std::move(provider);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

QString HistoryItemModel::outcomeText(std::optional<DisconnectOutcomeKind> outcome)
{
    if (!outcome)
        //: A session of a running job whose outcome has not arrived yet.
        return tr("Pending");
    return OutcomeModel::outcomeText(outcome);
}

int HistoryItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HistoryItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString HistoryItemModel::cellText(const HistoryItem &item, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Column::Outcome:
        return outcomeText(item.outcome);
    case Column::Server:
        return item.serverName.isEmpty() ? item.serverId : item.serverName;
    case Column::Address:
        return item.address;
    case Column::User:
        return item.userNames.join(QStringLiteral(", "));
    case Column::HostName:
        return item.hostName;
    case Column::ExternalAddress:
        return item.externalAddress;
    case Column::TunnelType:
        return item.tunnelType;
    case Column::ConnectedSince:
        return timeText(item.connectedSince);
    case Column::BytesIn:
        return locale.formattedDataSize(qint64(item.bytesIn));
    case Column::BytesOut:
        return locale.formattedDataSize(qint64(item.bytesOut));
    case Column::Message:
        return item.code ? tr("%1 (code %2)").arg(item.message).arg(item.code) : item.message;
    case Column::Settled:
        return timeText(item.settledAt);
    case Column::Count:
        break;
    }
    return {};
}

QVariant HistoryItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryItem &item = m_items.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(item, column);
    case Qt::ToolTipRole:
        if (column == Column::Message || column == Column::Outcome || column == Column::User)
            return cellText(item, column == Column::Outcome ? Column::Message : column);
        return {};
    case Qt::DecorationRole:
        if (column == Column::Outcome && m_iconProvider)
            return m_iconProvider(item.outcome);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::BytesIn || column == Column::BytesOut)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        switch (column) {
        case Column::Outcome:
            return item.outcome ? int(*item.outcome) : -1;
        case Column::ConnectedSince:
            return item.connectedSince;
        case Column::BytesIn:
            return item.bytesIn;
        case Column::BytesOut:
            return item.bytesOut;
        case Column::Settled:
            return item.settledAt;
        default:
            return cellText(item, column);
        }
    case OutcomeRole:
        return item.outcome ? int(*item.outcome) : -1;
    case ItemRole:
        return QVariant::fromValue(item);
    default:
        return {};
    }
}

QVariant HistoryItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Outcome:
        return tr("Outcome");
    case Column::Server:
        return tr("Server");
    case Column::Address:
        //: The tunnel (host) IP address of a VPN session.
        return tr("Tunnel address");
    case Column::User:
        return tr("User");
    case Column::HostName:
        return tr("Host name");
    case Column::ExternalAddress:
        return tr("External address");
    case Column::TunnelType:
        return tr("Tunnel type");
    case Column::ConnectedSince:
        return tr("Connected since");
    case Column::BytesIn:
        return tr("Bytes in");
    case Column::BytesOut:
        return tr("Bytes out");
    case Column::Message:
        //: What the server said about the disconnect.
        return tr("Server message");
    case Column::Settled:
        //: When the outcome of a session was recorded.
        return tr("Settled");
    case Column::Count:
        break;
    }
    return {};
}
