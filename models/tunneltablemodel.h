#pragma once

#include "rras/rrasclient.h"
#include "rras/sessionkey.h"
#include "rras/tunnel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

// What the disconnect flow is doing to one row: nothing, waiting for the server, or how the last
// attempt ended. Kept across snapshots for as long as the row lives.
struct TunnelOperation
{
    Q_GADGET
public:
    enum class Phase {
        Idle,
        Disconnecting,
        Finished, // `outcome` and `message` tell how
    };
    Q_ENUM(Phase)

    Phase phase = Phase::Idle;
    DisconnectOutcomeKind outcome = DisconnectOutcomeKind::Unknown;
    QString message; // the server's words, when it said any

    static TunnelOperation idle() { return {}; }
    static TunnelOperation disconnecting() { return {Phase::Disconnecting, {}, {}}; }
    static TunnelOperation finished(DisconnectOutcomeKind outcome, const QString &message = {})
    {
        return {Phase::Finished, outcome, message};
    }
    // "Disconnecting…", "Disconnected", "Failed: <message>", ...; empty when idle.
    QString text() const;

    bool operator==(const TunnelOperation &) const = default;
};

Q_DECLARE_METATYPE(TunnelOperation)

// Every tunnel of every server in one flat table, keyed by (server id, tunnel address).
//
// Each server's poll yields one complete snapshot; applySnapshot() diffs it against the rows of
// that server and emits the fewest signals: contiguous removals bottom-up, one insertion for all
// new rows, merged dataChanged ranges naming their roles, and nothing at all when nothing changed.
// It never resets the model, so a view's selection, sort order and scroll position survive every
// poll. The rows of one server form one contiguous block (servers in the order they first
// appeared, new tunnels at the end of their server's block): a poll that touches every row of a
// server is then one dataChanged range, and removing a server is one removal.
class TunnelTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelTableModel)
public:
    using Key = SessionKey;

    enum class Column {
        Server,
        User,
        TunnelIPv4,
        TunnelIPv6,
        HostName,
        ExternalAddress,
        TunnelType,
        AuthMethod,
        ConnectedSince,
        Duration,
        BytesIn,
        BytesOut,
        Activity,
        ConnectionType,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        // The value to sort by: qulonglong for counters and durations, qlonglong msecs since
        // the epoch for times (invalid = lowest), addressSortKey() for addresses, text otherwise.
        RawValueRole = Qt::UserRole,
        KeyRole,       // SessionKey
        TunnelRole,    // the whole Tunnel
        ServerIdRole,  // QString
        StaleRole,     // bool: the server's last poll failed; the row shows old data
        OperationRole, // TunnelOperation
    };
    Q_ENUM(Role)

    explicit TunnelTableModel(QObject *parent = nullptr);
    ~TunnelTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows of `serverId` with `tunnels` (a complete listing of that server) and
    // clears the server's stale mark. Tunnels without any address, and repeats of an address
    // already in the snapshot, are skipped (a key must name one session).
    void applySnapshot(const QString &serverId, const QList<Tunnel> &tunnels);
    // The same replacement as applySnapshot() done the naive way, by a model reset: every view
    // loses its selection, current row and scroll position. Never used on a poll; it is the
    // baseline bench_tunneltablemodel measures applySnapshot() against.
    void resetSnapshot(const QString &serverId, const QList<Tunnel> &tunnels);
    // Marks or unmarks every row of the server (StaleRole); the rows stay.
    void setServerStale(const QString &serverId, bool stale);
    bool isServerStale(const QString &serverId) const;
    // Removes every row of the server and forgets it.
    void removeServer(const QString &serverId);
    // The Server column shows this name (the id until one is set).
    void setServerName(const QString &serverId, const QString &name);
    QString serverName(const QString &serverId) const;
    QStringList serverIds() const;
    int totalCount(const QString &serverId) const; // rows of that server

    // Sets the operation of the rows that exist for `keys` (others are ignored).
    void setOperation(const QList<Key> &keys, const TunnelOperation &operation);
    TunnelOperation operation(const Key &key) const;

    // `row` must be valid for tunnel(); keyForRow() gives an empty key for an invalid row.
    const Tunnel &tunnel(int row) const;
    Key keyForRow(int row) const;
    int rowForKey(const Key &key) const; // -1 when absent
    bool isStale(int row) const;

    // Whether row `left` sorts before row `right` by `column`'s RawValueRole, without building
    // QVariants: a sort proxy re-placing 2,500 changed rows among 50,000 asks ~40,000 times
    // per poll. Text columns compare case-insensitively, as the proxy does.
    bool lessThan(int left, int right, Column column) const;
    // Columns whose raw order is that of one unsigned number per row (counters, durations,
    // times): a sort proxy can copy these keys and compare them without asking the model.
    static bool hasNumericSortKey(Column column);
    // The key of `row` in such a column: a larger key sorts later. 0 for other columns.
    quint64 numericSortKey(int row, Column column) const;
    // The address in an address column (TunnelIPv4, TunnelIPv6, ExternalAddress) of a valid
    // row, parsed once when the row changed; null when empty or not an address.
    QHostAddress tunnelAddress(int row, Column column) const;
    // A row's place in a numeric or address column as one 128-bit number: a larger key sorts
    // later. Exact for numbers, empty cells and IPv4; an IPv6 address keeps its first 126 bits
    // and a text that is not an address only its class, so rows whose keys are equal and not
    // exact are ordered by lessThan().
    struct SortKey
    {
        quint64 high = 0;
        quint64 low = 0;
        bool exact = true;
    };
    static bool hasSortKey(Column column); // the numeric columns and the address columns
    SortKey sortKey(int row, Column column) const;
    // Whether a key of an address column is exact, from the key alone.
    static bool isExactAddressKey(quint64 high) { return (high >> 62) < 2; }
    // Columns whose raw order is a case-insensitive comparison of sortText().
    static bool hasTextSortKey(Column column);
    // The text `row` sorts by in such a column (as shown; not case-folded). Empty otherwise.
    QString sortText(int row, Column column) const;
    // Calls f(row, text) for every row in row order with its sortText(): what a sort proxy
    // reads when the user sorts by a text column. The rows' strings lie scattered over the
    // heap; this walk fetches them a few rows ahead instead of waiting for each in turn.
    template<typename F> void forEachSortText(Column column, F f) const;
    // The same walk for sortKey(): f(row, key) for every row in row order.
    template<typename F> void forEachSortKey(Column column, F f) const;
    // The server id of `row` (valid row), without building a key.
    const QString &serverIdForRow(int row) const;

Q_SIGNALS:
    // Emitted once at the end of every public update (applySnapshot, setServerStale,
    // removeServer, setServerName, setOperation), after all of its row signals: listeners that
    // batch work per update (TunnelFilterModel re-placing the rows whose sort key changed)
    // finish it here.
    void updateFinished();
    // Emitted by an update just before it removes rows that a sorted view shows scattered (the
    // sessions that left a server, the block of a server removed), with their row numbers in
    // ascending order; the removal signals follow. A proxy can take them out with one layout
    // change and one removal: a QHeaderView walks all its sections on every removal, so a
    // removal per row costs a view tens of milliseconds per poll at 50,000 rows.
    void rowsAboutToLeave(const QList<int> &rows);

public:
    // A text that sorts addresses numerically with a plain string comparison: "" for no
    // address, "4" + 8 hex digits for IPv4, "6" + 32 hex digits for IPv6 (so all IPv4 sort
    // before all IPv6), "9" + the lower-cased text for anything that is not an address.
    // (QSortFilterProxyModel compares a QByteArray as text, which misorders bytes >= 0x80.)
    static QString addressSortKey(const QString &address);
    // The address behind an addressSortKey(); null for "" and non-addresses.
    static QHostAddress addressFromSortKey(const QString &key);
    // "45 s", "12 min", "2 h 05 min", "3 d 4 h".
    static QString formatDuration(quint64 seconds);
    // What the table shows for the server's enumeration values ("Sstp" -> "SSTP", "Idle" ->
    // a translated "Idle", "Vpn" -> "VPN"); values it does not know are shown as they came.
    static QString tunnelTypeText(const QString &value);
    static QString activityText(const QString &value);
    static QString connectionTypeText(const QString &value);

private:
    struct Row;
    struct Server;
    struct Change
    {
        int row;
        quint32 columns;              // bit i = column i
        const Tunnel *next = nullptr; // the row's new data, stored just before its signal
        Row *at = nullptr;            // the row itself, when `next` is set
    };

    template<typename F> void walkRows(Column column, F f) const;
    // walkRows()'s steps, on the place `i` of a server's block (prefetchText() does nothing for
    // a column without a text of its own).
    static quint64 numericKeyOf(const Tunnel &tunnel, Column column); // numericSortKey()
    static qsizetype blockSize(const Server &server);
    static void prefetchRow(const Server &server, qsizetype i);
    static void prefetchText(const Server &server, qsizetype i, Column column, int step);
    // The row's sort text where the row holds it as it is; nullptr where it must be made.
    static const QString *storedSortText(const Server &server, qsizetype i, Column column);

    Server &ensureServer(const QString &serverId);
    Server *findServer(const QString &serverId) const;
    Row *findRow(const Key &key) const;
    int blockStart(const Server &server) const;
    QVariant displayData(const Row &row, Column column) const;
    QVariant rawData(const Row &row, Column column) const;
    // A row of a server's block that a snapshot no longer lists: its place in the block and its
    // address's hash in the row index.
    struct Departure
    {
        int place;
        quint64 hash;
    };
    // Those rows (ascending by place), in contiguous ranges bottom-up.
    void removeBlockRows(Server &server, const std::vector<Departure> &gone);
    void renumber() const;
    Row &rowAt(int row) const; // a valid row
    int rowNumber(const Row &row) const;
    // Shares the few distinct values of the enumeration-like fields ("Sstp", "Vpn", "Idle", ...)
    // between rows: a reply parser gives every tunnel its own copies.
    void intern(Tunnel &tunnel);
    void internWord(QString &field);
    void update(Tunnel &tunnel, const Tunnel &next, quint32 columns);
    void emitChanges(std::vector<Change> changes, const QList<int> &roles);
    void emitBlockChanged(const Server &server, int firstColumn, int lastColumn,
                          const QList<int> &roles);

    // Each server keeps its block's rows (on the heap, so that removing a range moves pointers,
    // not tunnels) in its own vector: a departure moves at most one block, never the table.
    // A row knows its place in its block, a block its start; a row's number is the sum, and
    // the index (Server::rows) never needs rewriting when rows shift. Places and starts are
    // brought up to date lazily (renumber()), once per update rather than once per range.
    QHash<QString, std::shared_ptr<Server>> m_servers;
    QList<Server *> m_serverOrder;     // block order
    mutable std::vector<int> m_starts; // block starts, in block order
    mutable bool m_startsOutdated = false;
    int m_total = 0;                 // rows
    QSet<QString> m_words;           // see intern()
    std::vector<QString> m_wordList; // the first few of them, looked through before hashing
    quint64 m_generation = 0;
};

// Every row in row order, f(row, server, place), fetching rows and their `column` text ahead.
template<typename F> void TunnelTableModel::walkRows(Column column, F f) const
{
    renumber();
    int row = 0;
    for (const Server *server : m_serverOrder) {
        const qsizetype count = blockSize(*server);
        for (qsizetype i = 0; i < count; ++i) {
            // Ahead of the row read now: the row itself, what it points to, then what that
            // points to, each fetched by the time the next step reads it.
            if (i + 24 < count)
                prefetchRow(*server, i + 24);
            if (i + 16 < count)
                prefetchText(*server, i + 16, column, 0);
            if (i + 8 < count)
                prefetchText(*server, i + 8, column, 1);
            f(row, *server, i);
            ++row;
        }
    }
}

template<typename F> void TunnelTableModel::forEachSortText(Column column, F f) const
{
    walkRows(column, [&](int row, const Server &server, qsizetype i) {
        if (const QString *stored = storedSortText(server, i, column))
            f(row, *stored);
        else
            f(row, sortText(row, column));
    });
}

template<typename F> void TunnelTableModel::forEachSortKey(Column column, F f) const
{
    walkRows(column, [&](int row, const Server &, qsizetype) { f(row, sortKey(row, column)); });
}
