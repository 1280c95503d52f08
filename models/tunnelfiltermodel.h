#pragma once

#include "rras/hostaddress.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QSet>
// Not used here: kept for the files that got it through this header while TunnelFilterModel
// was a QSortFilterProxyModel (other views' proxies are).
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <compare>
#include <utility>
#include <vector>

class TunnelTableModel;

// Sorting and filtering over a TunnelTableModel. Sorts by the model's raw values (numbers, times
// and addresses numerically; the same order as RawValueRole) and keeps sorting and filtering
// live as polls change the rows. All filters combine with AND; an empty filter lets everything
// through.
//
// Not a QSortFilterProxyModel: that one re-places the rows of every dataChanged range that
// spans its sort column at once, with a layout change and a rebuild of its whole mapping, so a
// poll that moves the counters of 2,500 scattered rows among 50,000 costs tens of milliseconds.
// This proxy keeps two plain vectors (proxy -> source, source -> proxy) and a copy of the sort
// key of every row for the numeric columns, collects the rows whose sort key changed while the
// model applies a snapshot, and re-places only those when the model's update ends
// (TunnelTableModel::updateFinished): take them out, sort them, and merge them back in, one
// layout change for the whole snapshot that moves only the persistent indexes. Rows arriving
// or leaving are inserted and removed where they belong; ties sort by source row, so a row
// never moves unless its key did.
class TunnelFilterModel final : public QAbstractProxyModel
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
    // A UTF-16 unit (not a surrogate) case-folded as QString::compare(Qt::CaseInsensitive)
    // folds it.
    static char16_t foldUnit(char16_t unit);

    // Splits pasted text into entries: lines, commas, semicolons and white space separate them.
    static QStringList splitAddressList(const QString &text);

    void clearFilters();

    // The QSortFilterProxyModel vocabulary the views and tests know. Sorting is always by the
    // raw value and always live.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sortRole() const;
    bool dynamicSortFilter() const { return true; }

    // QAbstractItemModel / QAbstractProxyModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow) const;

private:
    bool matchesText(int sourceRow) const;
    bool matchesAddress(int sourceRow) const;
    bool hasFilter() const;
    void refilter();

    // Ordering. Every sortable column gets a 128-bit key per row, compared first; rows whose
    // keys are equal but not exact (text, IPv6, an odd address) are compared in full.
    struct Key
    {
        quint64 high = 0;
        quint64 low = 0;
        // Numerically, as the 128-bit number they form.
        friend auto operator<=>(const Key &, const Key &) = default;
    };
    enum class KeyKind : quint8 { None, Number, Address, Text };
    struct Entry // a row in a full sort
    {
        Key key;
        int row;
        quint32 offset; // text columns: the row's folded text in the sort's arena
        quint32 length;
        bool special; // the text holds a surrogate
    };
    QString textKeyOf(int sourceRow) const;
    Key packText(const QString &text) const; // after the shared prefix
    static Key packFolded(const char16_t *text, quint32 length, qsizetype from);
    void sortEntries(std::vector<Entry>::iterator first, std::vector<Entry>::iterator last,
                     qsizetype offset) const;
    std::vector<int> sortedOrder(std::vector<int> rows);
    bool fitPrefix(const QString &text);
    // Reads the row's sort key into the copy kept for it; true when it changed (always true
    // for a column whose key is not copied: the row may have moved).
    bool updateKey(int sourceRow) { return updateKey(sourceRow, sourceRow); }
    // The same, the key kept at `keyRow` (base coordinates while removals are pending).
    bool updateKey(int sourceRow, int keyRow);
    bool sortsBefore(int left, int right) const; // source rows, current coordinates
    bool keyLess(const Key &a, int left, const Key &b, int right) const;
    void rebuildKeys();
    void repackTextKeys();
    void applyOrder(std::vector<int> order); // layout change + persistent indexes
    template<typename R, typename F, typename G>
    void applyMoves(R reorder, int lo, int hi, F newRow, int mapLo, int mapHi, G moved);
    void flushResort();
    bool orderKeysOn() const { return m_keyKind == KeyKind::Number; }
    quint32 orderKeyOf(quint64 key) const { return quint32(key >> m_orderKeyShift); }
    bool fitsOrderKey(quint64 key) const { return (key >> m_orderKeyShift) <= 0xffffffffu; }
    void ensureOrderKeys(); // m_orderKeys made from m_keys when not valid
    // m_orderKeys holds the key of every row in order but those in `changed` (source rows).
    bool orderKeysAgree(const std::vector<int> &changed) const;

    // Mapping
    void rebuildMap() const;
    void ensureMap() const;
    void flushRemovals();
    // Removals that no shown row left (a poll's departures, gone through onRowsAboutToLeave):
    // the map and the keys close their gaps; returns the first source row renumbered. The order
    // is left for the caller to read back from the map (see flushRemovals()).
    size_t compactRemovals();
    // Those removals and rows inserted below all of them (a poll's arrivals), in one pass; false
    // when they do not fit that pattern (see the definition).
    bool spliceRemovals(int first, int count);
    bool canDeferRemovals() const { return (m_goneProxy.empty() || m_goneProxyLeft) && m_mapValid; }
    void flushSourceRemovals(); // the removals above, keeping rows that left pending
    void resolveLeft();         // the map rewritten for rows that left (m_goneProxyLeft)
    int currentProxyOf(int proxyRow) const; // a proxy row of the map -> current (pending left)
    int baseSourceOf(int sourceRow) const;  // current -> base coordinates (pending removals)
    // The pending removals (m_goneSource) ascending, each with where it starts in current
    // coordinates and how many rows are removed up to and including it: baseSourceOf() is then
    // a binary search instead of a walk over a poll's 125 departures for every changed row.
    struct GoneShift
    {
        int current;
        int shift;
    };
    const std::vector<GoneShift> &goneShifts() const;
    int currentSourceOf(int baseRow) const; // base -> current
    int proxyRowOf(int sourceRow) const;    // -1 when filtered out or removed
    int sourceRowOf(int proxyRow) const;
    void insertSorted(std::vector<int> sourceRows); // current coordinates, accepted rows
    void removeProxyRows(std::vector<int> proxyRows);

    // Source signals
    void connectSource();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsAboutToLeave(const QList<int> &sourceRows);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onAboutToBeReset();
    void onReset();
    void rebuildAll();

    TunnelTableModel *m_tunnels = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_text;
    QSet<QString> m_servers;
    QSet<QString> m_tunnelTypes;
    Activity m_activity = Activity::Any;
    QSet<QString> m_connectionTypes;
    QList<AddressRange> m_ranges;
    bool m_addressFilterOn = false;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    KeyKind m_keyKind = KeyKind::None; // what m_keys holds for the sort column
    std::vector<Key> m_keys; // by source row (base coordinates while removals are pending)
    // Text columns: the text of every row (shared with the model, not copied), and the prefix
    // all non-empty ones share, case-folded (a domain, a host name pattern); the Key packs the
    // eight characters that follow it, folded.
    std::vector<QString> m_textKeys;
    QString m_textPrefix;
    // While a text column is sorted in full (rebuildKeys() to sortedOrder()): every row's text
    // case-folded, side by side, and where each row's is.
    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
        bool special = false; // holds a surrogate
    };
    std::vector<char16_t> m_arena;
    std::vector<Span> m_spans;
    bool m_textPrefixSet = false; // false until a non-empty text was seen
    std::vector<int> m_resort;    // source rows whose sort key changed, not yet re-placed
    std::vector<int> m_scratch;   // the next order while a poll's rows move (kept: no allocation)
    // A number column: the key of the row at each proxy row, beside m_order, so that re-placing
    // a poll's changed rows reads their neighbours' keys side by side instead of scattered over
    // m_keys by source row (a number's Key is {value, 0}: the value). In 32 bits, shifted right
    // by m_orderKeyShift (0 while every key fits): equal ones are compared in m_keys. While
    // m_orderKeysValid; rows waiting in m_resort may hold their old key here.
    std::vector<quint32> m_orderKeys;
    std::vector<quint32> m_scratchKeys; // as m_scratch
    int m_orderKeyShift = 0;
    bool m_orderKeysValid = false;
    int m_arrivals = 0; // rows appended at the bottom, to be placed by flushResort() (a hint)

    std::vector<int> m_order;       // proxy row -> source row (base coordinates)
    mutable std::vector<int> m_map; // base source row -> base proxy row, -1 = hidden
    mutable bool m_mapValid = false;
    // A model removes a snapshot's departures as ranges from the bottom up. Each range is taken
    // out of m_order at once, but renumbering the rest waits for the end of the update:
    std::vector<std::pair<int, int>> m_goneSource; // (first, count), base coordinates, descending
    std::vector<int> m_goneProxy;                  // base proxy rows removed, ascending
    // currentProxyOf()'s count of the m_goneProxy rows above each chunk of proxy rows, made
    // again whenever m_goneProxy is filled (m_goneProxyMade counts that; it is only emptied
    // otherwise, and an empty one needs no count).
    static constexpr int kGoneChunkBits = 6;
    quint64 m_goneProxyMade = 0;
    mutable std::vector<int> m_goneChunks;
    mutable quint64 m_goneChunksMade = ~quint64(0);
    quint64 m_goneSourceAdded = 0; // removals ever added to m_goneSource (see goneShifts())
    mutable std::vector<GoneShift> m_goneShifts;
    mutable quint64 m_goneShiftsAdded = ~quint64(0); // m_goneSourceAdded when they were made
    // Every row in m_goneProxy left through onRowsAboutToLeave(): its map entry is -1 and the map
    // still holds the other rows' proxy rows from before (base proxy rows), m_order the current.
    bool m_goneProxyLeft = false;
    bool m_leavingAtBottom = false; // the m_goneProxy rows wait at the bottom, not removed yet
    std::vector<QPersistentModelIndex> m_layoutSources; // across a source layout change
    QModelIndexList m_layoutProxies;
};
