#pragma once

#include "rras/hostaddress.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

class TunnelTableModel;

// Sorting and filtering over a TunnelTableModel. Sorts by RawValueRole (numbers, times and
// addresses numerically) and keeps sorting and filtering live as polls change the rows.
// All filters combine with AND; an empty filter lets everything through.
class TunnelFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelFilterModel)
public:
    enum class Activity { Any, Idle, Active };
    Q_ENUM(Activity)

    explicit TunnelFilterModel(QObject *parent = nullptr);
    ~TunnelFilterModel() override;

    // Only a TunnelTableModel (or nullptr) is accepted.
    void setSourceModel(QAbstractItemModel *model) override;
    TunnelTableModel *tunnelModel() const { return m_tunnels; }

    // Case-insensitive substring of a user name, tunnel IPv4/IPv6, host name or external address.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // Server ids; empty = all servers.
    void setServerFilter(const QSet<QString> &serverIds);
    QSet<QString> serverFilter() const { return m_servers; }
    // Tunnel types as the server names them ("Sstp", "Ikev2", ...); empty = all.
    void setTunnelTypeFilter(const QSet<QString> &tunnelTypes);
    QSet<QString> tunnelTypeFilter() const { return m_tunnelTypes; }
    void setActivityFilter(Activity activity);
    Activity activityFilter() const { return m_activity; }
    // Connection types as the server names them ("Vpn", "DirectAccess"); empty = all.
    void setConnectionTypeFilter(const QSet<QString> &connectionTypes);
    QSet<QString> connectionTypeFilter() const { return m_connectionTypes; }

    // Addresses and CIDR ranges, IPv4 or IPv6, one per entry (blank entries are ignored).
    // A row passes when its tunnel IPv4 or IPv6 lies in any range. Returns the entries that
    // did not parse. When entries were given but none parsed, no row passes: a list that
    // matches nothing must not turn into "everything" (it may feed a bulk disconnect).
    // An empty list switches the filter off.
    QStringList setAddressFilter(const QStringList &entries);
    QList<AddressRange> addressFilter() const { return m_ranges; }
    bool hasAddressFilter() const { return m_addressFilterOn; }
    // Splits pasted text into entries: lines, commas, semicolons and white space separate them.
    static QStringList splitAddressList(const QString &text);

    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The raw values straight from the model: the same order as RawValueRole, far cheaper.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(int sourceRow) const;
    bool matchesAddress(int sourceRow) const;

    TunnelTableModel *m_tunnels = nullptr;
    QString m_text;
    QSet<QString> m_servers;
    QSet<QString> m_tunnelTypes;
    Activity m_activity = Activity::Any;
    QSet<QString> m_connectionTypes;
    QList<AddressRange> m_ranges;
    bool m_addressFilterOn = false;
};
