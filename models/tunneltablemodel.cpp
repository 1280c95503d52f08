#include "tunneltablemodel.h"

#include "modelslogging.h"

#include <QLocale>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <bit>
#include <limits>
#include <numeric>

namespace {

using Column = TunnelTableModel::Column;

constexpr int kColumnCount = int(Column::Count);
constexpr quint32 kAllColumns = (1u << kColumnCount) - 1;
static_assert(kColumnCount < 32, "column masks are 32 bits");

constexpr quint32 bit(Column column)
{
    return 1u << int(column);
}

// Whether two strings hold the same text, without reading the characters of two that share
// them (a string the model kept and the same one in the next listing, when the listing's strings
// are shared with the last one's): only the strings of rows that changed are compared, and their
// characters, scattered over the heap, are a cache miss each.
bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

bool sameTexts(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameText(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

// Which columns show a difference between two versions of one tunnel; 0 when they are equal. A
// field no column shows still changes TunnelRole, which every cell of the row carries: the whole
// row then. Two fingerprints (computed where the tunnels were parsed) spare the comparison of
// the fields of an unchanged tunnel, most of a poll's, and two steady ones the comparison of the
// strings of a tunnel whose traffic moved, most of the rest.
quint32 changedColumns(const Tunnel &a, const Tunnel &b)
{
    if (a.fingerprint != 0 && a.fingerprint == b.fingerprint)
        return 0;
    quint32 mask = 0;
    // The counters first: they are what moves.
    if (a.totalBytesIn != b.totalBytesIn)
        mask |= bit(Column::BytesIn);
    if (a.totalBytesOut != b.totalBytesOut)
        mask |= bit(Column::BytesOut);
    if (a.connectionDuration != b.connectionDuration)
        mask |= bit(Column::Duration);
    if (a.steadyFingerprint != 0 && a.steadyFingerprint == b.steadyFingerprint)
        return mask;
    if (!sameTexts(a.userName, b.userName))
        mask |= bit(Column::User);
    if (!sameText(a.clientIPv4Address, b.clientIPv4Address))
        mask |= bit(Column::TunnelIPv4);
    if (!sameText(a.clientIPv6Address, b.clientIPv6Address))
        mask |= bit(Column::TunnelIPv6);
    if (!sameText(a.hostName, b.hostName))
        mask |= bit(Column::HostName);
    if (!sameText(a.clientExternalAddress, b.clientExternalAddress))
        mask |= bit(Column::ExternalAddress);
    if (!sameText(a.tunnelType, b.tunnelType))
        mask |= bit(Column::TunnelType);
    if (!sameText(a.authMethod, b.authMethod))
        mask |= bit(Column::AuthMethod);
    if (a.connectionStartTime != b.connectionStartTime)
        mask |= bit(Column::ConnectedSince);
    if (!sameText(a.userActivityState, b.userActivityState))
        mask |= bit(Column::Activity);
    if (!sameText(a.connectionType, b.connectionType))
        mask |= bit(Column::ConnectionType);
    if (!sameText(a.transitionTechnology, b.transitionTechnology)
        || !sameText(a.healthStatus, b.healthStatus) || a.bandwidth != b.bandwidth
        || !sameText(a.routingDomain, b.routingDomain))
        mask = kAllColumns;
    return mask;
}

// The value of a dotted IPv4 address in its plain form ("10.1.2.3": four decimal parts of one to
// three digits, no leading zero), which QHostAddress reads the same way; false for any other
// text, which QHostAddress then reads.
bool plainIPv4(const QString &text, quint32 &value)
{
    const qsizetype size = text.size();
    if (size < 7 || size > 15)
        return false;
    const QChar *c = text.constData();
    quint32 result = 0;
    qsizetype i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= size || c[i] != u'.')
                return false;
            ++i;
        }
        const qsizetype start = i;
        quint32 number = 0;
        while (i < size && i - start < 3 && c[i] >= u'0' && c[i] <= u'9') {
            number = number * 10 + quint32(c[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || number > 255 || (digits > 1 && c[start] == u'0'))
            return false;
        result = (result << 8) | number;
    }
    if (i != size)
        return false;
    value = result;
    return true;
}

bool isNumericColumn(Column column)
{
    switch (column) {
    case Column::Duration:
    case Column::BytesIn:
    case Column::BytesOut:
        return true;
    default:
        return false;
    }
}

QString hex(quint64 value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0');
}

// An address as a sort key without a string: kind orders "none" before IPv4 before IPv6 before
// anything else (as addressSortKey() does), then the number; "other" compares its text.
struct PackedAddress
{
    enum Kind : quint8 { None, V4, V6, Other };
    quint64 high = 0;
    quint64 low = 0;
    Kind kind = None;

    static PackedAddress of(const QString &text)
    {
        PackedAddress packed;
        if (text.isEmpty())
            return packed;
        quint32 v4 = 0;
        if (plainIPv4(text, v4)) { // most addresses, without QHostAddress's allocation
            packed.kind = V4;
            packed.low = v4;
            return packed;
        }
        QHostAddress parsed;
        if (parsed.setAddress(text)) {
            if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
                packed.kind = V4;
                packed.low = parsed.toIPv4Address();
                return packed;
            }
            if (parsed.protocol() == QAbstractSocket::IPv6Protocol) {
                const Q_IPV6ADDR bytes = parsed.toIPv6Address();
                for (int i = 0; i < 8; ++i) {
                    packed.high = (packed.high << 8) | bytes[i];
                    packed.low = (packed.low << 8) | bytes[i + 8];
                }
                packed.kind = V6;
                return packed;
            }
        }
        packed.kind = Other;
        return packed;
    }

    QHostAddress address() const
    {
        if (kind == V4)
            return QHostAddress(quint32(low));
        if (kind == V6) {
            Q_IPV6ADDR bytes;
            for (int i = 0; i < 8; ++i) {
                bytes[i] = quint8(high >> (56 - 8 * i));
                bytes[i + 8] = quint8(low >> (56 - 8 * i));
            }
            return QHostAddress(bytes);
        }
        return {};
    }

    // addressSortKey() of the same address; `text` is the address as the server wrote it.
    QString sortKey(const QString &text) const
    {
        switch (kind) {
        case None:
            return {};
        case V4:
            return u'4' + hex(low, 8);
        case V6:
            return u'6' + hex(high, 16) + hex(low, 16);
        case Other:
            break;
        }
        return u'9' + text.toLower();
    }

    // -1, 0, 1; `a` and `b` are the texts, for Other.
    static int compare(const PackedAddress &x, const QString &a, const PackedAddress &y,
                       const QString &b)
    {
        if (x.kind != y.kind)
            return x.kind < y.kind ? -1 : 1;
        if (x.kind == Other) {
            const int c = a.toLower().compare(b.toLower());
            return c < 0 ? -1 : c > 0 ? 1 : 0;
        }
        if (x.high != y.high)
            return x.high < y.high ? -1 : 1;
        if (x.low != y.low)
            return x.low < y.low ? -1 : 1;
        return 0;
    }
};

// The rows of one server by tunnel address: open addressing with linear probing, each slot
// holding the address's hash beside the row, so that a probe reads the address a row holds only
// when the hashes agree (a QHash compares the keys of every entry it probes).
template<typename RowT> class RowIndex
{
public:
    struct Slot
    {
        quint64 hash = 0;
        RowT *row = nullptr; // nullptr: the slot is free
    };

    static quint64 hashOf(QStringView address) { return qHash(address, size_t(0x2545f491)); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void prefetch(quint64 hash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[size_t(hash) & m_mask]);
    }

    // The slot of the row with `address`, nullptr when there is none.
    Slot *find(QStringView address, quint64 hash) const
    {
        return probe(hash, [&](const Slot &slot) {
            return slot.row->tunnel.primaryAddress() == address;
        });
    }
    // The first slot from `hash` on, in probe order, with that hash that `match` takes; nullptr
    // at the first empty slot.
    template<typename Match> Slot *probe(quint64 hash, Match match) const
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = size_t(hash) & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (!slot.row)
                return nullptr;
            if (slot.hash == hash && match(slot))
                return &slot;
        }
    }
    // A row whose address is not there yet.
    Slot &insert(RowT *row, quint64 hash)
    {
        // Up to three quarters full: a block of 2,500 rows in 4,096 slots (64 KiB) instead
        // of 8,192. A lookup still mostly reads one or two neighbouring slots.
        if (size_t(m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot &slot = freeSlot(hash);
        slot = Slot{hash, row};
        ++m_size;
        return slot;
    }
    // Empties `slot`, moving back the entries after it that may not stay behind a gap.
    void remove(Slot *slot)
    {
        Q_ASSERT(slot && slot->row);
        size_t hole = size_t(slot - m_slots.data());
        for (size_t j = (hole + 1) & m_mask; m_slots[j].row; j = (j + 1) & m_mask) {
            const size_t home = size_t(m_slots[j].hash) & m_mask;
            // Whether the hole lies on the way from the entry's home to where it is.
            const bool onTheWay
                    = j > hole ? (home <= hole || home > j) : (home <= hole && home > j);
            if (onTheWay) {
                m_slots[hole] = m_slots[j];
                hole = j;
            }
        }
        m_slots[hole] = Slot{};
        --m_size;
    }
    void clear()
    {
        m_slots.clear();
        m_mask = 0;
        m_size = 0;
    }

private:
    Slot &freeSlot(quint64 hash)
    {
        size_t i = size_t(hash) & m_mask;
        while (m_slots[i].row)
            i = (i + 1) & m_mask;
        return m_slots[i];
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        const size_t capacity = std::max<size_t>(16, old.size() * 2);
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (const Slot &slot : old) {
            if (slot.row)
                freeSlot(slot.hash) = slot;
        }
    }

    mutable std::vector<Slot> m_slots; // a power of two, at most three quarters full
    size_t m_mask = 0;
    qsizetype m_size = 0;
};

} // namespace

struct TunnelTableModel::Server
{
    Server() = default;
    Q_DISABLE_COPY_MOVE(Server)
    ~Server();

    QString id;
    QString name;
    bool stale = false;
    RowIndex<Row> rows; // by tunnel address (Tunnel::primaryAddress()): the row index
    // The block, in row order. It owns its rows; plain pointers, so that a removal from the
    // middle of a block moves them as bytes (125 departures from a block of 2,500 per poll).
    // While removeBlockRows() takes a poll's departures out, range by range from the bottom up,
    // the entries [gapAt, gapAt + gapSize) are a gap, not rows: each range joins the gap, and
    // only the rows between it and the gap move, instead of every row below the range (which
    // moved the rest of the block 125 times per poll); the gap closes once at the end. Read the
    // rows through at() and size(), which skip the gap; gapSize is 0 at any other time.
    std::vector<Row *> list;
    size_t gapAt = 0;
    size_t gapSize = 0;
    // The rows in the order the last snapshot listed them, each with its fingerprints: a server
    // lists its tunnels in the same order poll after poll, arrivals and departures aside, so the
    // next snapshot finds most of its rows here, one after the other, and sees that most are
    // unchanged without reading them (see applySnapshot()).
    struct Listed
    {
        Row *row;
        quint64 fingerprint;
        quint64 steadyFingerprint;
    };
    std::vector<Listed> listing;
    int start = 0;                 // the block's first row number (see renumber())
    mutable int firstOutdated = 0; // Row::row is outdated from this place on

    size_t size() const { return list.size() - gapSize; }
    // The row at `place` in the block (without a branch: asked for every row a sort reads).
    Row *at(size_t place) const { return list[place + (gapSize & -size_t(place >= gapAt))]; }
};

// No copies of the key (the server and the tunnel hold it) and no display strings: 50,000 rows
// must stay under a kilobyte each. The address sort keys are kept parsed, as numbers, because
// parsing on every comparison of a sort would cost far more than the 72 bytes.
struct TunnelTableModel::Row
{
    Tunnel tunnel;
    // Beside the tunnel's fingerprints (one cache line), which a poll reads of every row.
    quint64 seen = 0; // the generation of the last snapshot that listed it
    quint64 hash = 0; // of its address, as the server's index holds it
    Server *server = nullptr;
    PackedAddress ipv4;
    PackedAddress ipv6;
    PackedAddress external;
    TunnelOperation operation;
    int row = 0; // the place in its server's block

    void derive(quint32 columns)
    {
        if (columns & bit(Column::TunnelIPv4))
            ipv4 = PackedAddress::of(tunnel.clientIPv4Address);
        if (columns & bit(Column::TunnelIPv6))
            ipv6 = PackedAddress::of(tunnel.clientIPv6Address);
        if (columns & bit(Column::ExternalAddress))
            external = PackedAddress::of(tunnel.clientExternalAddress);
    }
    Key key() const { return Key{server->id, tunnel.primaryAddress()}; }
    // One user as it is (shared, no copy), several joined.
    QString userText() const
    {
        return tunnel.userName.size() == 1 ? tunnel.userName.first()
                                           : tunnel.userName.join(QLatin1String(", "));
    }
};

namespace {

void prefetchLines(const void *object, size_t size)
{
    const char *bytes = static_cast<const char *>(object);
    for (size_t line = 0; line < size; line += 64)
        __builtin_prefetch(bytes + line, 1);
}

// The line holding the head of the block whose data starts at `data` (a string's or a list's
// reference count lies just before its data, the allocator's head before that).
void prefetchHead(const void *data)
{
    __builtin_prefetch(reinterpret_cast<const void *>(reinterpret_cast<quintptr>(data) - 16), 1);
}

// The heads of the strings a tunnel holds alone (the words are shared, and hot).
void prefetchStrings(const Tunnel &tunnel)
{
    for (const QString *text : {&tunnel.clientIPv4Address, &tunnel.clientIPv6Address,
                                &tunnel.hostName, &tunnel.clientExternalAddress})
        prefetchHead(text->constData());
    prefetchHead(tunnel.userName.constData());
}

// The user names' own heads: read from the list, fetched by prefetchStrings() before.
void prefetchUserNames(const Tunnel &tunnel)
{
    for (const QString &name : tunnel.userName)
        prefetchHead(name.constData());
}

} // namespace

TunnelTableModel::Server::~Server()
{
    qDeleteAll(list);
}

QString TunnelOperation::text() const
{
    switch (phase) {
    case Phase::Idle:
        return {};
    case Phase::Disconnecting:
        //: A row's state while its disconnect request is on its way.
        return TunnelTableModel::tr("Disconnecting…");
    case Phase::Finished:
        break;
    }
    QString outcomeText;
    switch (outcome) {
    case DisconnectOutcomeKind::Disconnected:
        outcomeText = TunnelTableModel::tr("Disconnected");
        break;
    case DisconnectOutcomeKind::AlreadyGone:
        //: The session had ended before the disconnect request reached it.
        outcomeText = TunnelTableModel::tr("Already gone");
        break;
    case DisconnectOutcomeKind::Failed:
        outcomeText = TunnelTableModel::tr("Disconnect failed");
        break;
    case DisconnectOutcomeKind::Unknown:
        //: Whether the session was disconnected could not be confirmed.
        outcomeText = TunnelTableModel::tr("Outcome unknown");
        break;
    case DisconnectOutcomeKind::InvalidAddress:
        outcomeText = TunnelTableModel::tr("Invalid address");
        break;
    }
    if (message.isEmpty())
        return outcomeText;
    //: %1 is an outcome such as "Disconnect failed", %2 the server's message.
    return TunnelTableModel::tr("%1: %2").arg(outcomeText, message);
}

TunnelTableModel::TunnelTableModel(QObject *parent) : QAbstractTableModel(parent) { }

TunnelTableModel::~TunnelTableModel() = default;

int TunnelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int TunnelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant TunnelTableModel::data(const QModelIndex &index, int role) const
{
    // Not checkIndex(): this runs millions of times while a proxy sorts.
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= m_total
        || index.column() < 0 || index.column() >= kColumnCount)
        return {};
    const Row &row = rowAt(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == Column::User && row.tunnel.userName.size() > 1)
            return row.tunnel.userName.join(u'\n');
        if (row.operation.phase != TunnelOperation::Phase::Idle)
            return row.operation.text();
        return {};
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole:
        return rawData(row, column);
    case KeyRole:
        return QVariant::fromValue(row.key());
    case TunnelRole:
        return QVariant::fromValue(row.tunnel);
    case ServerIdRole:
        return row.server->id;
    case StaleRole:
        return row.server->stale;
    case OperationRole:
        return QVariant::fromValue(row.operation);
    default:
        return {};
    }
}

QVariant TunnelTableModel::displayData(const Row &row, Column column) const
{
    const Tunnel &t = row.tunnel;
    switch (column) {
    case Column::Server:
        return row.server->name;
    case Column::User:
        return row.userText();
    case Column::TunnelIPv4:
        return t.clientIPv4Address;
    case Column::TunnelIPv6:
        return t.clientIPv6Address;
    case Column::HostName:
        return t.hostName;
    case Column::ExternalAddress:
        return t.clientExternalAddress;
    case Column::TunnelType:
        return tunnelTypeText(t.tunnelType);
    case Column::AuthMethod:
        return t.authMethod;
    case Column::ConnectedSince:
        if (!t.connectionStartTime.isValid())
            return {};
        return QLocale().toString(t.connectionStartTime.toLocalTime(), QLocale::ShortFormat);
    case Column::Duration:
        return formatDuration(t.connectionDuration);
    case Column::BytesIn:
        return QLocale().formattedDataSize(qint64(t.totalBytesIn));
    case Column::BytesOut:
        return QLocale().formattedDataSize(qint64(t.totalBytesOut));
    case Column::Activity:
        return activityText(t.userActivityState);
    case Column::ConnectionType:
        return connectionTypeText(t.connectionType);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TunnelTableModel::rawData(const Row &row, Column column) const
{
    const Tunnel &t = row.tunnel;
    switch (column) {
    case Column::TunnelIPv4:
        return row.ipv4.sortKey(t.clientIPv4Address);
    case Column::TunnelIPv6:
        return row.ipv6.sortKey(t.clientIPv6Address);
    case Column::ExternalAddress:
        return row.external.sortKey(t.clientExternalAddress);
    case Column::ConnectedSince:
        return qlonglong(t.connectionStartTime.isValid() ? t.connectionStartTime.toMSecsSinceEpoch()
                                                         : std::numeric_limits<qint64>::min());
    case Column::Duration:
        return qulonglong(t.connectionDuration);
    case Column::BytesIn:
        return qulonglong(t.totalBytesIn);
    case Column::BytesOut:
        return qulonglong(t.totalBytesOut);
    case Column::Server:
    case Column::User:
    case Column::HostName:
    case Column::TunnelType:
    case Column::AuthMethod:
    case Column::Activity:
    case Column::ConnectionType:
        return displayData(row, column);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole && isNumericColumn(column))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Server:
        return tr("Server");
    case Column::User:
        return tr("User");
    case Column::TunnelIPv4:
        //: The address the VPN server gave the client inside the tunnel.
        return tr("Tunnel IPv4");
    case Column::TunnelIPv6:
        return tr("Tunnel IPv6");
    case Column::HostName:
        return tr("Host name");
    case Column::ExternalAddress:
        //: The client's address on the internet, outside the tunnel.
        return tr("External address");
    case Column::TunnelType:
        return tr("Tunnel type");
    case Column::AuthMethod:
        return tr("Auth method");
    case Column::ConnectedSince:
        return tr("Connected since");
    case Column::Duration:
        return tr("Duration");
    case Column::BytesIn:
        return tr("Bytes in");
    case Column::BytesOut:
        return tr("Bytes out");
    case Column::Activity:
        return tr("Activity");
    case Column::ConnectionType:
        //: VPN or DirectAccess.
        return tr("Connection type");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> TunnelTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(KeyRole, "key");
    names.insert(TunnelRole, "tunnel");
    names.insert(ServerIdRole, "serverId");
    names.insert(StaleRole, "stale");
    names.insert(OperationRole, "operation");
    return names;
}

TunnelTableModel::Server &TunnelTableModel::ensureServer(const QString &serverId)
{
    if (Server *server = findServer(serverId))
        return *server;
    auto server = std::make_shared<Server>();
    server->id = serverId;
    server->name = serverId;
    m_servers.insert(serverId, server);
    m_serverOrder.append(server.get());
    m_startsOutdated = true;
    return *server;
}

TunnelTableModel::Server *TunnelTableModel::findServer(const QString &serverId) const
{
    return m_servers.value(serverId).get();
}

TunnelTableModel::Row *TunnelTableModel::findRow(const Key &key) const
{
    const Server *server = findServer(key.serverId);
    if (!server)
        return nullptr;
    const auto *slot = server->rows.find(key.address, RowIndex<Row>::hashOf(key.address));
    return slot ? slot->row : nullptr;
}

int TunnelTableModel::blockStart(const Server &server) const
{
    renumber();
    return server.start;
}

void TunnelTableModel::intern(Tunnel &tunnel)
{
    for (QString *field : {&tunnel.tunnelType, &tunnel.transitionTechnology, &tunnel.connectionType,
                           &tunnel.healthStatus, &tunnel.authMethod, &tunnel.userActivityState,
                           &tunnel.routingDomain})
        internWord(*field);
}

void TunnelTableModel::internWord(QString &field)
{
    if (field.isEmpty())
        return;
    // A server uses a handful of these words: comparing with each is cheaper than hashing.
    for (const QString &word : m_wordList) {
        if (word.size() == field.size() && word == field) {
            field = word;
            return;
        }
    }
    const auto it = m_words.constFind(field);
    if (it != m_words.cend())
        field = *it;
    else
        m_words.insert(field);
    if (m_wordList.size() < 32)
        m_wordList.push_back(field);
}

// Takes the fields of `next` that differ (`columns`, as changedColumns() found them): a poll's
// change is mostly two counters, and assigning every string would cost two atomic operations
// each, interning the enumeration-like ones a lookup each.
void TunnelTableModel::update(Tunnel &tunnel, const Tunnel &next, quint32 columns)
{
    const auto word = [this](QString &field, const QString &value) {
        if (sameText(field, value))
            return;
        field = value;
        internWord(field);
    };
    const auto text = [](QString &field, const QString &value) {
        if (!sameText(field, value))
            field = value;
    };
    const bool all = columns == kAllColumns; // a field no column shows may have changed
    if (all || (columns & bit(Column::User))) {
        if (!sameTexts(tunnel.userName, next.userName))
            tunnel.userName = next.userName;
    }
    if (all || (columns & bit(Column::TunnelIPv4)))
        text(tunnel.clientIPv4Address, next.clientIPv4Address);
    if (all || (columns & bit(Column::TunnelIPv6)))
        text(tunnel.clientIPv6Address, next.clientIPv6Address);
    if (all || (columns & bit(Column::HostName)))
        text(tunnel.hostName, next.hostName);
    if (all || (columns & bit(Column::ExternalAddress)))
        text(tunnel.clientExternalAddress, next.clientExternalAddress);
    if (all || (columns & bit(Column::TunnelType)))
        word(tunnel.tunnelType, next.tunnelType);
    if (all || (columns & bit(Column::AuthMethod)))
        word(tunnel.authMethod, next.authMethod);
    if (all || (columns & bit(Column::ConnectedSince))) {
        if (tunnel.connectionStartTime != next.connectionStartTime)
            tunnel.connectionStartTime = next.connectionStartTime;
    }
    if (all || (columns & bit(Column::Activity)))
        word(tunnel.userActivityState, next.userActivityState);
    if (all || (columns & bit(Column::ConnectionType)))
        word(tunnel.connectionType, next.connectionType);
    if (all) {
        word(tunnel.transitionTechnology, next.transitionTechnology);
        word(tunnel.healthStatus, next.healthStatus);
        word(tunnel.routingDomain, next.routingDomain);
        tunnel.bandwidth = next.bandwidth;
    }
    tunnel.connectionDuration = next.connectionDuration;
    tunnel.totalBytesIn = next.totalBytesIn;
    tunnel.totalBytesOut = next.totalBytesOut;
    tunnel.fingerprint = next.fingerprint;
    tunnel.steadyFingerprint = next.steadyFingerprint;
    Q_ASSERT(tunnel == next);
}

void TunnelTableModel::renumber() const
{
    if (!m_startsOutdated)
        return;
    m_starts.resize(size_t(m_serverOrder.size()));
    int start = 0;
    for (qsizetype i = 0; i < m_serverOrder.size(); ++i) {
        Server &server = *m_serverOrder[i];
        server.start = start;
        m_starts[size_t(i)] = start;
        const int size = int(server.size());
        for (int place = server.firstOutdated; place < size; ++place) {
            // The rows lie scattered over the heap: fetched a few ahead.
            if (place + 16 < size)
                __builtin_prefetch(&server.at(size_t(place + 16))->row, 1);
            server.at(size_t(place))->row = place;
        }
        server.firstOutdated = size;
        start += size;
    }
    m_startsOutdated = false;
}

TunnelTableModel::Row &TunnelTableModel::rowAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_total);
    renumber();
    // The last block starting at or before `row`: an empty block shares its start with the
    // next one, which comes later.
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), row) - 1;
    const Server &server = *m_serverOrder[it - m_starts.begin()];
    return *server.at(size_t(row - *it));
}

int TunnelTableModel::rowNumber(const Row &row) const
{
    renumber();
    return row.server->start + row.row;
}

void TunnelTableModel::applySnapshot(const QString &serverId, const QList<Tunnel> &tunnels)
{
    Server &server = ensureServer(serverId);
    if (server.stale)
        setServerStale(serverId, false);

    const quint64 generation = ++m_generation;
    struct Pending
    {
        Row *row;
        const Tunnel *next;
        quint32 columns;
    };
    std::vector<Pending> changed;
    std::vector<qsizetype> added;                        // places in the listing
    std::vector<std::pair<quint64, qsizetype>> arrivals; // (hash, place in the listing)
    qsizetype seen = 0;
    int skipped = 0;
    const qsizetype listed = tunnels.size();
    // Each tunnel's row, in the listing's order (arrivals, skipped tunnels: none yet), and the
    // hashes of the tunnels looked up by address.
    std::vector<Row *> rows(size_t(listed), nullptr);
    std::vector<quint64> hashes(size_t(listed), 0);
    // A server lists its tunnels in the same order on every poll, but for arrivals and
    // departures: the row of the tunnel is mostly the next one of the last listing (kept with
    // the rows' fingerprints, side by side), and is recognised by a fingerprint (which covers the
    // address) without hashing the address or looking it up. An unchanged row is not read at all
    // (the rows lie scattered over the heap, a cache miss each); a changed one is fetched a few
    // tunnels ahead. A tunnel the walk does not find (an arrival, a departure before it, one
    // listed out of order) is looked up by address, and the walk goes on after its row.
    const std::vector<Server::Listed> &previous = server.listing;
    constexpr size_t kRowAhead = 12;
    constexpr size_t kSkipAhead = 3; // departures in a row the walk passes over
    size_t cursor = 0;               // in previous
    // The places of `previous` whose rows were found: their rows' `seen` is not written (not
    // read) while every row is found at or after the walk's place. Once a lookup by address
    // finds a row elsewhere (a listing out of order), the walk's rows are marked seen too, so
    // that a row listed twice is told by `seen` alone.
    std::vector<char> found(previous.size(), 0);
    bool markSeen = false;
    size_t marked = 0; // the places below it have their rows marked when markSeen
    // A listing without fingerprints (not read by TunnelListReader) is looked up by address
    // throughout: the addresses are hashed first, fetching each a few tunnels ahead, and each
    // lookup's slot is fetched ahead too.
    const bool byAddress = listed > 0 && tunnels.first().fingerprint == 0
            && tunnels.first().steadyFingerprint == 0;
    constexpr qsizetype kSlotAhead = 8;
    if (byAddress) {
        for (qsizetype i = 0; i < listed; ++i) {
            if (i + 4 < listed)
                __builtin_prefetch(tunnels[i + 4].primaryAddress().constData());
            const QString &address = tunnels[i].primaryAddress();
            if (!address.isEmpty())
                hashes[size_t(i)] = RowIndex<Row>::hashOf(address);
        }
    }
    const auto markWalked = [&] {
        for (; marked < cursor; ++marked) {
            if (found[marked])
                previous[marked].row->seen = generation;
        }
    };
    for (qsizetype i = 0; i < listed; ++i) {
        if (byAddress && i + kSlotAhead < listed)
            server.rows.prefetch(hashes[size_t(i + kSlotAhead)]);
        if (cursor + kRowAhead < previous.size() && i + qsizetype(kRowAhead) < listed) {
            const Server::Listed &ahead = previous[cursor + kRowAhead];
            if (ahead.fingerprint != tunnels[i + qsizetype(kRowAhead)].fingerprint) {
                __builtin_prefetch(&ahead.row->tunnel.totalBytesIn, 1);
                __builtin_prefetch(&ahead.row->tunnel.fingerprint, 1);
            }
        }
        const Tunnel &tunnel = tunnels[i];
        const quint64 print = tunnel.fingerprint;
        const quint64 steady = tunnel.steadyFingerprint;
        // A fingerprint must be that of the fields (see Tunnel::fingerprint): one left over
        // from before a field changed would hide the change.
        Q_ASSERT(print == 0 || print == tunnel.computeFingerprint());
        Q_ASSERT(steady == 0 || steady == tunnel.computeSteadyFingerprint());
        // A row holds the tunnel when it holds its fingerprint or its steady fingerprint (both
        // cover the address); the lookup by address below takes the address too.
        const auto holds = [print, steady](quint64 fingerprint, quint64 steadyFingerprint) {
            return (print != 0 && fingerprint == print)
                    || (steady != 0 && steadyFingerprint == steady);
        };
        Row *row = nullptr;
        bool unchanged = false; // the row holds the tunnel's fingerprint
        bool lookedUp = false;  // found by address, not by the walk
        for (size_t k = cursor; k < std::min(cursor + kSkipAhead, previous.size()); ++k) {
            if (holds(previous[k].fingerprint, previous[k].steadyFingerprint)) {
                row = previous[k].row;
                unchanged = print != 0 && previous[k].fingerprint == print;
                found[k] = 1;
                // The rows passed over left, most likely: what the search for departures
                // reads of them is fetched meanwhile.
                for (size_t left = cursor; left < k; ++left) {
                    __builtin_prefetch(&previous[left].row->seen);
                    __builtin_prefetch(&previous[left].row->row);
                }
                cursor = k + 1;
                break;
            }
        }
        if (!row) {
            const QString &address = tunnel.primaryAddress();
            if (address.isEmpty()) {
                ++skipped;
                continue;
            }
            if (!byAddress)
                hashes[size_t(i)] = RowIndex<Row>::hashOf(address);
            const quint64 hash = hashes[size_t(i)];
            const auto *slot = server.rows.probe(hash, [&](const auto &candidate) {
                const Tunnel &held = candidate.row->tunnel;
                return holds(held.fingerprint, held.steadyFingerprint)
                        || held.primaryAddress() == address;
            });
            if (!slot) {
                arrivals.emplace_back(hash, i); // rows[i] stays null until it has one
                continue;
            }
            row = slot->row;
            lookedUp = true;
            unchanged = print != 0 && row->tunnel.fingerprint == print;
            // The walk goes on after it when it lies a little ahead (the rows between left).
            bool ahead = false;
            for (size_t k = cursor; k < std::min(cursor + 8, previous.size()); ++k) {
                if (previous[k].row == row) {
                    found[k] = 1;
                    cursor = k + 1;
                    ahead = true;
                    break;
                }
            }
            if (!ahead && !markSeen) {
                markSeen = true;
                markWalked(); // the rows the walk found before
            }
        }
        if (lookedUp || markSeen) {
            if (row->seen == generation) { // its address listed before
                ++skipped;
                continue;
            }
            row->seen = generation;
        }
        ++seen;
        rows[size_t(i)] = row;
        if (unchanged)
            continue; // and not read
        if (const quint32 columns = changedColumns(row->tunnel, tunnel)) {
            changed.push_back({row, &tunnel, columns}); // takes the fingerprints too
        } else {                                        // the next poll compares them
            row->tunnel.fingerprint = tunnel.fingerprint;
            row->tunnel.steadyFingerprint = tunnel.steadyFingerprint;
        }
    }
    if (!arrivals.empty()) {
        // Repeats of an address among the new tunnels: the first listed stays. Sorted by hash,
        // repeats lie side by side (a few hundred numbers sorted instead of a set of strings).
        std::sort(arrivals.begin(), arrivals.end());
        std::vector<qsizetype> kept;
        kept.reserve(arrivals.size());
        for (size_t j = 0; j < arrivals.size(); ++j) {
            const QString &address = tunnels[arrivals[j].second].primaryAddress();
            bool repeated = false;
            for (size_t k = j; k-- > 0 && arrivals[k].first == arrivals[j].first;) {
                if (tunnels[arrivals[k].second].primaryAddress() == address) {
                    repeated = true;
                    break;
                }
            }
            if (repeated)
                ++skipped;
            else
                kept.push_back(arrivals[j].second);
        }
        std::sort(kept.begin(), kept.end()); // in the listing's order
        added = std::move(kept);
    }
    if (skipped > 0) {
        qCDebug(lcModels) << "server" << serverId << "listed" << skipped
                          << "tunnels without an address or with a repeated address; skipped";
    }

    if (seen < server.rows.size()) {
        std::vector<Departure> gone;
        gone.reserve(size_t(server.rows.size() - seen));
        renumber();
        for (size_t k = 0; k < previous.size(); ++k) {
            const Row *row = previous[k].row;
            if (!found[k] && row->seen != generation)
                gone.push_back({row->row, row->hash});
        }
        std::sort(gone.begin(), gone.end(),
                  [](const Departure &a, const Departure &b) { return a.place < b.place; });
        QList<int> leaving;
        leaving.reserve(qsizetype(gone.size()));
        const int start = blockStart(server);
        for (const Departure &departure : gone)
            leaving.append(start + departure.place);
        Q_EMIT rowsAboutToLeave(leaving);
        removeBlockRows(server, gone);
    }

    if (!changed.empty()) {
        std::vector<Change> changes;
        changes.reserve(changed.size());
        for (const auto &[row, next, columns] : changed)
            changes.push_back({rowNumber(*row), columns, next, row});
        emitChanges(std::move(changes), {Qt::DisplayRole, RawValueRole, TunnelRole});
    }

    if (!added.empty()) {
        // At the end of this server's block: one insertion, and the block stays contiguous.
        const int first = blockStart(server) + int(server.rows.size());
        const int count = int(added.size());
        beginInsertRows({}, first, first + count - 1);
        server.list.reserve(server.list.size() + size_t(count));
        for (size_t k = 0; k < added.size(); ++k) {
            // Copying a tunnel counts a reference on each of its strings, with an atomic
            // operation that waits for the string's cache line: those of the tunnels a few ahead
            // are fetched meanwhile.
            if (k + 4 < added.size())
                prefetchStrings(tunnels[added[k + 4]]);
            if (k + 2 < added.size())
                prefetchUserNames(tunnels[added[k + 2]]);
            const Tunnel &tunnel = tunnels[added[k]];
            auto row = std::make_unique<Row>();
            row->tunnel = tunnel;
            intern(row->tunnel);
            row->server = &server;
            row->derive(kAllColumns);
            row->row = int(server.list.size());
            row->seen = generation;
            row->hash = hashes[size_t(added[k])];
            server.rows.insert(row.get(), row->hash);
            rows[size_t(added[k])] = row.get();
            server.list.push_back(row.release());
        }
        server.firstOutdated = int(server.list.size());
        m_total += count;
        m_startsOutdated = true; // the blocks after this one
        endInsertRows();
    }
    // The next snapshot's walk: every row of the server, in this listing's order.
    server.listing.clear();
    for (qsizetype i = 0; i < listed; ++i) {
        if (Row *row = rows[size_t(i)]) {
            Q_ASSERT(row->tunnel.fingerprint == tunnels[i].fingerprint);
            server.listing.push_back({row, tunnels[i].fingerprint, tunnels[i].steadyFingerprint});
        }
    }
    Q_ASSERT(server.listing.size() == server.size());
    Q_EMIT updateFinished();
}

void TunnelTableModel::resetSnapshot(const QString &serverId, const QList<Tunnel> &tunnels)
{
    beginResetModel();
    {
        // The row signals of the rebuild must not reach anyone: the reset stands for them.
        const QSignalBlocker blocker(this);
        const QString name = serverName(serverId);
        removeServer(serverId);
        applySnapshot(serverId, tunnels);
        setServerName(serverId, name);
    }
    endResetModel();
}

void TunnelTableModel::removeBlockRows(Server &server, const std::vector<Departure> &gone)
{
    if (gone.empty())
        return;
    const int start = blockStart(server); // removals inside the block never move it
    // Bottom-up, so the places still to remove stay valid. The ranges join a gap that starts at
    // the bottom range and moves up (see Server::list): every range lies above the gap, where
    // places are indexes.
    auto &list = server.list;
    std::vector<Row *> dead;
    dead.reserve(gone.size());
    Q_ASSERT(server.gapSize == 0);
    server.gapAt = list.size();
    auto end = gone.end();
    auto fetched = gone.end(); // the departures from here on have their slots fetched
    while (end != gone.begin()) {
        auto first = end - 1;
        while (first != gone.begin() && (first - 1)->place == first->place - 1)
            --first;
        const int from = first->place;
        const int to = (end - 1)->place;
        // The index slots of the departures taken out next (further up), fetched meanwhile:
        // each lies anywhere in the server's index.
        const auto fetchFrom = first - std::min<std::ptrdiff_t>(first - gone.begin(), 8);
        while (fetched != fetchFrom)
            server.rows.prefetch((--fetched)->hash);
        beginRemoveRows({}, start + from, start + to);
        for (auto departure = first; departure != end; ++departure) {
            Row *row = list[size_t(departure->place)];
            // The slot by the row itself: its address is not read again.
            server.rows.remove(server.rows.probe(
                    departure->hash, [row](const auto &slot) { return slot.row == row; }));
            dead.push_back(row);
        }
        // The rows between this range and the gap move down past it: the gap now starts here.
        if (server.gapSize > 0) {
            std::move_backward(list.begin() + to + 1, list.begin() + qsizetype(server.gapAt),
                               list.begin() + qsizetype(server.gapAt + server.gapSize));
        }
        server.gapAt = size_t(from);
        server.gapSize += size_t(to - from + 1);
        server.firstOutdated = std::min(server.firstOutdated, from);
        m_total -= to - from + 1;
        m_startsOutdated = true;
        endRemoveRows();
        end = first;
    }
    list.erase(list.begin() + qsizetype(server.gapAt),
               list.begin() + qsizetype(server.gapAt + server.gapSize));
    server.gapSize = 0;
    // Freeing a row releases each of its strings with an atomic operation that waits for the
    // string's cache line and lets no other read overtake it: the rows a few ahead, then their
    // strings, are fetched meanwhile.
    for (size_t k = 0; k < dead.size(); ++k) {
        if (k + 8 < dead.size())
            prefetchLines(dead[k + 8], sizeof(Row));
        if (k + 4 < dead.size())
            prefetchStrings(dead[k + 4]->tunnel);
        if (k + 2 < dead.size())
            prefetchUserNames(dead[k + 2]->tunnel);
        delete dead[k];
    }
}

void TunnelTableModel::emitChanges(std::vector<Change> changes, const QList<int> &roles)
{
    if (changes.empty())
        return;
    // New data is stored range by range, each just before its own signal: a sorting proxy
    // re-places the rows of one range by comparing them with all the others, which must still
    // hold what it last heard about.
    const auto store = [this](const Change *begin, const Change *end) {
        for (const Change *change = begin; change != end; ++change) {
            if (change->next) {
                Q_ASSERT(change->at == &rowAt(change->row));
                update(change->at->tunnel, *change->next, change->columns);
                change->at->derive(change->columns);
            }
        }
    };
    const int rows = rowCount();
    // Most of the table changed: one signal is cheaper for every listener than many.
    if (changes.size() * 2 > size_t(rows)) {
        quint32 columns = 0;
        for (const Change &change : changes)
            columns |= change.columns;
        store(changes.data(), changes.data() + changes.size());
        Q_EMIT dataChanged(index(0, std::countr_zero(columns)),
                           index(rows - 1, 31 - std::countl_zero(columns)), roles);
        return;
    }
    // Consecutive rows whose changes name the same columns share one range. The ranges never
    // cover a column that did not change: QSortFilterProxyModel (6.4) re-sorts every row of a
    // range that spans its sort column, whatever the roles say, at a cost that grows with the
    // whole table. So the duration ticking on every row never re-sorts a view sorted by bytes.
    const auto byRow = [](const Change &a, const Change &b) {
        return a.row < b.row;
    };
    if (!std::is_sorted(changes.begin(), changes.end(), byRow)) {
        // Mostly the rows of one block (a poll's changes, listed in the server's order, which
        // the block's order is not): counted into their places.
        const auto [low, high] = std::minmax_element(changes.begin(), changes.end(), byRow);
        const size_t span = size_t(high->row - low->row) + 1;
        if (span <= changes.size() * 16) {
            const int first = low->row;
            std::vector<int> starts(span + 1, 0);
            for (const Change &change : changes)
                ++starts[size_t(change.row - first) + 1];
            std::partial_sum(starts.begin(), starts.end(), starts.begin());
            std::vector<Change> sorted(changes.size());
            for (const Change &change : changes)
                sorted[size_t(starts[size_t(change.row - first)]++)] = change;
            changes = std::move(sorted);
        } else {
            std::sort(changes.begin(), changes.end(), byRow);
        }
    }
    size_t first = 0;
    while (first < changes.size()) {
        const quint32 columns = changes[first].columns;
        size_t last = first;
        while (last + 1 < changes.size() && changes[last + 1].row == changes[last].row + 1
               && changes[last + 1].columns == columns)
            ++last;
        store(changes.data() + first, changes.data() + last + 1);
        // One signal per contiguous span of changed columns.
        quint32 rest = columns;
        while (rest != 0) {
            const int from = std::countr_zero(rest);
            const int to = from + std::countr_one(rest >> from) - 1;
            // createIndex(): index() would check the rows and columns, valid here, again
            // for each of a poll's few hundred signals.
            Q_EMIT dataChanged(createIndex(changes[first].row, from),
                               createIndex(changes[last].row, to), roles);
            rest &= ~(((2u << to) - 1) & ~((1u << from) - 1));
        }
        first = last + 1;
    }
}

void TunnelTableModel::emitBlockChanged(const Server &server, int firstColumn, int lastColumn,
                                        const QList<int> &roles)
{
    if (server.rows.isEmpty())
        return;
    const int first = blockStart(server);
    const int last = first + int(server.rows.size()) - 1;
    Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn), roles);
}

void TunnelTableModel::setServerStale(const QString &serverId, bool stale)
{
    Server &server = ensureServer(serverId);
    if (server.stale == stale)
        return;
    server.stale = stale;
    emitBlockChanged(server, 0, kColumnCount - 1, {StaleRole});
    Q_EMIT updateFinished();
}

bool TunnelTableModel::isServerStale(const QString &serverId) const
{
    const Server *server = findServer(serverId);
    return server && server->stale;
}

void TunnelTableModel::removeServer(const QString &serverId)
{
    Server *server = findServer(serverId);
    if (!server)
        return;
    if (!server->rows.isEmpty()) {
        const int first = blockStart(*server);
        const int last = first + int(server->rows.size()) - 1;
        QList<int> leaving(last - first + 1);
        std::iota(leaving.begin(), leaving.end(), first);
        Q_EMIT rowsAboutToLeave(leaving);
        beginRemoveRows({}, first, last);
        server->rows.clear();
        qDeleteAll(server->list);
        server->list.clear();
        server->firstOutdated = 0;
        m_total -= last - first + 1;
        m_startsOutdated = true;
        endRemoveRows();
    }
    m_serverOrder.removeOne(server);
    m_startsOutdated = true;
    m_servers.remove(serverId); // deletes *server
    Q_EMIT updateFinished();
}

void TunnelTableModel::setServerName(const QString &serverId, const QString &name)
{
    Server &server = ensureServer(serverId);
    const QString effective = name.isEmpty() ? serverId : name;
    if (server.name == effective)
        return;
    server.name = effective;
    emitBlockChanged(server, int(Column::Server), int(Column::Server),
                     {Qt::DisplayRole, RawValueRole});
    Q_EMIT updateFinished();
}

QString TunnelTableModel::serverName(const QString &serverId) const
{
    const Server *server = findServer(serverId);
    return server ? server->name : serverId;
}

QStringList TunnelTableModel::serverIds() const
{
    QStringList ids;
    ids.reserve(m_serverOrder.size());
    for (const Server *server : m_serverOrder)
        ids.append(server->id);
    return ids;
}

int TunnelTableModel::totalCount(const QString &serverId) const
{
    const Server *server = findServer(serverId);
    return server ? int(server->rows.size()) : 0;
}

void TunnelTableModel::setOperation(const QList<Key> &keys, const TunnelOperation &operation)
{
    std::vector<Change> changes;
    for (const Key &key : keys) {
        Row *row = findRow(key);
        if (!row || row->operation == operation)
            continue;
        row->operation = operation;
        changes.push_back({rowNumber(*row), kAllColumns});
    }
    emitChanges(std::move(changes), {OperationRole, Qt::ToolTipRole});
    Q_EMIT updateFinished();
}

TunnelOperation TunnelTableModel::operation(const Key &key) const
{
    const Row *row = findRow(key);
    return row ? row->operation : TunnelOperation{};
}

bool TunnelTableModel::hasNumericSortKey(Column column)
{
    switch (column) {
    case Column::ConnectedSince:
    case Column::Duration:
    case Column::BytesIn:
    case Column::BytesOut:
        return true;
    default:
        return false;
    }
}

quint64 TunnelTableModel::numericSortKey(int row, Column column) const
{
    return numericKeyOf(rowAt(row).tunnel, column);
}

quint64 TunnelTableModel::numericKeyOf(const Tunnel &t, Column column)
{
    switch (column) {
    case Column::ConnectedSince: {
        // Signed milliseconds, invalid lowest, as unsigned: flip the sign bit.
        const qint64 msecs = t.connectionStartTime.isValid()
                ? t.connectionStartTime.toMSecsSinceEpoch()
                : std::numeric_limits<qint64>::min();
        return quint64(msecs) ^ (quint64(1) << 63);
    }
    case Column::Duration:
        return t.connectionDuration;
    case Column::BytesIn:
        return t.totalBytesIn;
    case Column::BytesOut:
        return t.totalBytesOut;
    default:
        return 0;
    }
}

bool TunnelTableModel::hasSortKey(Column column)
{
    switch (column) {
    case Column::TunnelIPv4:
    case Column::TunnelIPv6:
    case Column::ExternalAddress:
        return true;
    default:
        return hasNumericSortKey(column);
    }
}

TunnelTableModel::SortKey TunnelTableModel::sortKey(int row, Column column) const
{
    const Row &r = rowAt(row);
    const auto address = [](const PackedAddress &packed) {
        // The kind in the top two bits orders as PackedAddress::compare() does: none, IPv4,
        // IPv6, other text. The two lowest bits of an IPv6 address do not fit.
        const quint64 kind = quint64(packed.kind) << 62;
        switch (packed.kind) {
        case PackedAddress::None:
            return SortKey{0, 0, true};
        case PackedAddress::V4:
            return SortKey{kind, packed.low, true};
        case PackedAddress::V6:
            return SortKey{kind | (packed.high >> 2), (packed.high << 62) | (packed.low >> 2),
                           false};
        case PackedAddress::Other:
            break;
        }
        return SortKey{kind, 0, false};
    };
    switch (column) {
    case Column::TunnelIPv4:
        return address(r.ipv4);
    case Column::TunnelIPv6:
        return address(r.ipv6);
    case Column::ExternalAddress:
        return address(r.external);
    default:
        return SortKey{numericKeyOf(r.tunnel, column), 0, true}; // the row found once
    }
}

QHostAddress TunnelTableModel::tunnelAddress(int row, Column column) const
{
    const Row &r = rowAt(row);
    switch (column) {
    case Column::TunnelIPv4:
        return r.ipv4.address();
    case Column::TunnelIPv6:
        return r.ipv6.address();
    case Column::ExternalAddress:
        return r.external.address();
    default:
        return {};
    }
}

bool TunnelTableModel::hasTextSortKey(Column column)
{
    switch (column) {
    case Column::Server:
    case Column::User:
    case Column::HostName:
    case Column::TunnelType:
    case Column::AuthMethod:
    case Column::Activity:
    case Column::ConnectionType:
        return true;
    default:
        return false;
    }
}

QString TunnelTableModel::sortText(int row, Column column) const
{
    const Row &r = rowAt(row);
    switch (column) {
    case Column::Server:
        return r.server->name;
    case Column::User:
        return r.userText();
    case Column::HostName:
        return r.tunnel.hostName;
    case Column::TunnelType:
    case Column::AuthMethod:
    case Column::Activity:
    case Column::ConnectionType:
        return displayData(r, column).toString();
    default:
        return {};
    }
}

qsizetype TunnelTableModel::blockSize(const Server &server)
{
    return qsizetype(server.size());
}

void TunnelTableModel::prefetchRow(const Server &server, qsizetype i)
{
    __builtin_prefetch(server.at(size_t(i)));
}

void TunnelTableModel::prefetchText(const Server &server, qsizetype i, Column column, int step)
{
    const Tunnel &t = server.at(size_t(i))->tunnel;
    switch (column) {
    case Column::HostName:
        if (step == 0)
            __builtin_prefetch(t.hostName.constData());
        break;
    case Column::User:
        // The list's array first; its first string's characters once the array is here.
        if (step == 0)
            __builtin_prefetch(t.userName.constData());
        else if (t.userName.size() == 1)
            __builtin_prefetch(t.userName.constData()->constData());
        break;
    default:
        break;
    }
}

const QString *TunnelTableModel::storedSortText(const Server &server, qsizetype i, Column column)
{
    const Row &r = *server.at(size_t(i));
    switch (column) {
    case Column::Server:
        return &server.name;
    case Column::HostName:
        return &r.tunnel.hostName;
    case Column::User:
        return r.tunnel.userName.size() == 1 ? &r.tunnel.userName.first() : nullptr;
    default:
        return nullptr;
    }
}

const QString &TunnelTableModel::serverIdForRow(int row) const
{
    return rowAt(row).server->id;
}

bool TunnelTableModel::lessThan(int left, int right, Column column) const
{
    const Row &a = rowAt(left);
    const Row &b = rowAt(right);
    const Tunnel &ta = a.tunnel;
    const Tunnel &tb = b.tunnel;
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    };
    switch (column) {
    case Column::TunnelIPv4:
        return PackedAddress::compare(a.ipv4, ta.clientIPv4Address, b.ipv4, tb.clientIPv4Address)
                < 0;
    case Column::TunnelIPv6:
        return PackedAddress::compare(a.ipv6, ta.clientIPv6Address, b.ipv6, tb.clientIPv6Address)
                < 0;
    case Column::ExternalAddress:
        return PackedAddress::compare(a.external, ta.clientExternalAddress, b.external,
                                      tb.clientExternalAddress)
                < 0;
    case Column::ConnectedSince: {
        const auto key = [](const Tunnel &t) {
            return t.connectionStartTime.isValid() ? t.connectionStartTime.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::min();
        };
        return key(ta) < key(tb);
    }
    case Column::Duration:
        return ta.connectionDuration < tb.connectionDuration;
    case Column::BytesIn:
        return ta.totalBytesIn < tb.totalBytesIn;
    case Column::BytesOut:
        return ta.totalBytesOut < tb.totalBytesOut;
    case Column::Server:
        return text(a.server->name, b.server->name);
    case Column::User:
        return text(a.userText(), b.userText());
    case Column::HostName:
        return text(ta.hostName, tb.hostName);
    case Column::TunnelType:
    case Column::AuthMethod:
    case Column::Activity:
    case Column::ConnectionType:
        return text(displayData(a, column).toString(), displayData(b, column).toString());
    case Column::Count:
        break;
    }
    return false;
}

const Tunnel &TunnelTableModel::tunnel(int row) const
{
    return rowAt(row).tunnel;
}

TunnelTableModel::Key TunnelTableModel::keyForRow(int row) const
{
    if (row < 0 || row >= m_total)
        return {};
    return rowAt(row).key();
}

int TunnelTableModel::rowForKey(const Key &key) const
{
    const Row *row = findRow(key);
    if (!row)
        return -1;
    return rowNumber(*row);
}

bool TunnelTableModel::isStale(int row) const
{
    return row >= 0 && row < m_total && rowAt(row).server->stale;
}

QString TunnelTableModel::addressSortKey(const QString &address)
{
    if (address.isEmpty())
        return {};
    QHostAddress parsed;
    if (parsed.setAddress(address)) {
        if (parsed.protocol() == QAbstractSocket::IPv4Protocol)
            return u'4' + hex(parsed.toIPv4Address(), 8);
        if (parsed.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR bytes = parsed.toIPv6Address();
            quint64 high = 0;
            quint64 low = 0;
            for (int i = 0; i < 8; ++i) {
                high = (high << 8) | bytes[i];
                low = (low << 8) | bytes[i + 8];
            }
            return u'6' + hex(high, 16) + hex(low, 16);
        }
    }
    return u'9' + address.toLower();
}

QHostAddress TunnelTableModel::addressFromSortKey(const QString &key)
{
    bool ok = false;
    if (key.size() == 9 && key.front() == u'4') {
        const quint32 value = QStringView(key).mid(1).toUInt(&ok, 16);
        return ok ? QHostAddress(value) : QHostAddress();
    }
    if (key.size() == 33 && key.front() == u'6') {
        const quint64 high = QStringView(key).mid(1, 16).toULongLong(&ok, 16);
        bool okLow = false;
        const quint64 low = QStringView(key).mid(17, 16).toULongLong(&okLow, 16);
        if (!ok || !okLow)
            return {};
        Q_IPV6ADDR bytes;
        for (int i = 0; i < 8; ++i) {
            bytes[i] = quint8(high >> (56 - 8 * i));
            bytes[i + 8] = quint8(low >> (56 - 8 * i));
        }
        return QHostAddress(bytes);
    }
    return {};
}

QString TunnelTableModel::tunnelTypeText(const QString &value)
{
    // Protocol names, not words: the same in every language.
    if (value == u"Pptp")
        return QStringLiteral("PPTP");
    if (value == u"L2tp")
        return QStringLiteral("L2TP");
    if (value == u"Sstp")
        return QStringLiteral("SSTP");
    if (value == u"Ikev2")
        return QStringLiteral("IKEv2");
    if (value == u"Esp")
        return QStringLiteral("ESP");
    if (value == u"Unknown")
        return tr("Unknown");
    return value;
}

QString TunnelTableModel::activityText(const QString &value)
{
    if (value == u"Idle")
        //: A session that has not moved traffic lately.
        return tr("Idle");
    if (value == u"Active")
        return tr("Active");
    return value;
}

QString TunnelTableModel::connectionTypeText(const QString &value)
{
    if (value == u"Vpn")
        return tr("VPN");
    if (value == u"DirectAccess")
        return tr("DirectAccess");
    if (value == u"Unknown")
        return tr("Unknown");
    return value;
}

QString TunnelTableModel::formatDuration(quint64 seconds)
{
    const quint64 minutes = seconds / 60;
    const quint64 hours = minutes / 60;
    const quint64 days = hours / 24;
    if (minutes == 0)
        //: A duration in seconds, e.g. "45 s".
        return tr("%L1 s").arg(seconds);
    if (hours == 0)
        //: A duration in minutes, e.g. "12 min".
        return tr("%L1 min").arg(minutes);
    if (days == 0)
        //: A duration in hours and minutes, e.g. "2 h 05 min".
        return tr("%L1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    //: A duration in days and hours, e.g. "3 d 4 h".
    return tr("%L1 d %L2 h").arg(days).arg(hours % 24);
}
