#include "tunnelfiltermodel.h"

#include "modelslogging.h"
#include "tunneltablemodel.h"

#include <QRegularExpression>

TunnelFilterModel::TunnelFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TunnelTableModel::RawValueRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TunnelFilterModel::~TunnelFilterModel() = default;

void TunnelFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *tunnels = qobject_cast<TunnelTableModel *>(model);
    if (model && !tunnels) {
        qCWarning(lcModels) << "TunnelFilterModel needs a TunnelTableModel as its source";
        return;
    }
    m_tunnels = tunnels;
    QSortFilterProxyModel::setSourceModel(model);
}

void TunnelFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void TunnelFilterModel::setServerFilter(const QSet<QString> &serverIds)
{
    if (serverIds == m_servers)
        return;
    m_servers = serverIds;
    invalidateRowsFilter();
}

void TunnelFilterModel::setTunnelTypeFilter(const QSet<QString> &tunnelTypes)
{
    if (tunnelTypes == m_tunnelTypes)
        return;
    m_tunnelTypes = tunnelTypes;
    invalidateRowsFilter();
}

void TunnelFilterModel::setActivityFilter(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    invalidateRowsFilter();
}

void TunnelFilterModel::setConnectionTypeFilter(const QSet<QString> &connectionTypes)
{
    if (connectionTypes == m_connectionTypes)
        return;
    m_connectionTypes = connectionTypes;
    invalidateRowsFilter();
}

QStringList TunnelFilterModel::setAddressFilter(const QStringList &entries)
{
    QStringList rejected;
    QList<AddressRange> ranges;
    bool any = false;
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        any = true;
        if (const std::optional<AddressRange> range = parseAddressRange(trimmed))
            ranges.append(*range);
        else
            rejected.append(entry);
    }
    m_ranges = ranges;
    m_addressFilterOn = any;
    invalidateRowsFilter();
    return rejected;
}

QStringList TunnelFilterModel::splitAddressList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void TunnelFilterModel::clearFilters()
{
    m_text.clear();
    m_servers.clear();
    m_tunnelTypes.clear();
    m_activity = Activity::Any;
    m_connectionTypes.clear();
    m_ranges.clear();
    m_addressFilterOn = false;
    invalidateRowsFilter();
}

bool TunnelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tunnels || sourceParent.isValid())
        return true;
    const Tunnel &tunnel = m_tunnels->tunnel(sourceRow);
    if (!m_servers.isEmpty() && !m_servers.contains(m_tunnels->keyForRow(sourceRow).serverId))
        return false;
    if (!m_tunnelTypes.isEmpty() && !m_tunnelTypes.contains(tunnel.tunnelType))
        return false;
    if (!m_connectionTypes.isEmpty() && !m_connectionTypes.contains(tunnel.connectionType))
        return false;
    switch (m_activity) {
    case Activity::Any:
        break;
    case Activity::Idle:
        if (tunnel.userActivityState != u"Idle")
            return false;
        break;
    case Activity::Active:
        if (tunnel.userActivityState != u"Active")
            return false;
        break;
    }
    if (!m_text.isEmpty() && !matchesText(sourceRow))
        return false;
    if (m_addressFilterOn && !matchesAddress(sourceRow))
        return false;
    return true;
}

bool TunnelFilterModel::matchesText(int sourceRow) const
{
    const Tunnel &tunnel = m_tunnels->tunnel(sourceRow);
    const auto has = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    for (const QString &user : tunnel.userName) {
        if (has(user))
            return true;
    }
    return has(tunnel.clientIPv4Address) || has(tunnel.clientIPv6Address) || has(tunnel.hostName)
            || has(tunnel.clientExternalAddress);
}

bool TunnelFilterModel::matchesAddress(int sourceRow) const
{
    if (m_ranges.isEmpty())
        return false;
    // The model keeps each address in parsed form (its sort key): no text parsing per row.
    for (const auto column :
         {TunnelTableModel::Column::TunnelIPv4, TunnelTableModel::Column::TunnelIPv6}) {
        const QString key = m_tunnels->index(sourceRow, int(column))
                                    .data(TunnelTableModel::RawValueRole)
                                    .toString();
        const QHostAddress address = TunnelTableModel::addressFromSortKey(key);
        if (address.isNull())
            continue;
        for (const AddressRange &range : m_ranges) {
            if (range.contains(address))
                return true;
        }
    }
    return false;
}

bool TunnelFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_tunnels && sortRole() == TunnelTableModel::RawValueRole && left.column() == right.column()
        && left.model() == m_tunnels && right.model() == m_tunnels && left.column() >= 0
        && left.column() < int(TunnelTableModel::Column::Count)) {
        return m_tunnels->lessThan(left.row(), right.row(),
                                   TunnelTableModel::Column(left.column()));
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
