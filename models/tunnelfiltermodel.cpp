#include "tunnelfiltermodel.h"

#include "modelslogging.h"
#include "tunneltablemodel.h"

#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <numeric>
#include <utility>

namespace {

using Column = TunnelTableModel::Column;

// Runs of consecutive numbers in an ascending list, from the last run to the first.
template<typename F> void forEachRunBackwards(const std::vector<int> &sorted, F f)
{
    size_t end = sorted.size();
    while (end > 0) {
        size_t first = end - 1;
        while (first > 0 && sorted[first - 1] == sorted[first] - 1)
            --first;
        f(sorted[first], sorted[end - 1]);
        end = first;
    }
}

// How many entries of an ascending list are <= x (std::upper_bound's offset), without a branch
// to mispredict per step: searched for every key a poll's re-placing reads.
size_t upperBound(const std::vector<int> &sorted, int x)
{
    size_t len = sorted.size();
    if (len == 0)
        return 0;
    const int *base = sorted.data();
    while (len > 1) {
        const size_t half = len / 2;
        base = base[half] <= x ? base + half : base;
        len -= half;
    }
    return size_t(base - sorted.data()) + size_t(*base <= x);
}

// Keeps the entries of `keys` whose source row stays (remap[row] >= 0), in order.
template<typename T> void compactKeys(std::vector<T> &keys, const std::vector<int> &remap)
{
    size_t w = 0;
    for (size_t b = 0; b < keys.size() && b < remap.size(); ++b) {
        if (remap[b] >= 0)
            keys[w++] = std::move(keys[b]);
    }
    keys.resize(w);
}

} // namespace

TunnelFilterModel::TunnelFilterModel(QObject *parent) : QAbstractProxyModel(parent) { }

TunnelFilterModel::~TunnelFilterModel() = default;

int TunnelFilterModel::sortRole() const
{
    return TunnelTableModel::RawValueRole;
}

void TunnelFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *tunnels = qobject_cast<TunnelTableModel *>(model);
    if (model && !tunnels) {
        qCWarning(lcModels) << "TunnelFilterModel needs a TunnelTableModel as its source";
        return;
    }
    if (tunnels == m_tunnels)
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_tunnels = tunnels;
    QAbstractProxyModel::setSourceModel(model);
    connectSource();
    rebuildAll();
    endResetModel();
}

void TunnelFilterModel::connectSource()
{
    if (!m_tunnels)
        return;
    TunnelTableModel *m = m_tunnels;
    m_connections << connect(m, &QAbstractItemModel::dataChanged, this,
                             &TunnelFilterModel::onDataChanged)
                  << connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this,
                             &TunnelFilterModel::onRowsAboutToBeInserted)
                  << connect(m, &QAbstractItemModel::rowsInserted, this,
                             &TunnelFilterModel::onRowsInserted)
                  << connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                             &TunnelFilterModel::onRowsAboutToBeRemoved)
                  << connect(m, &QAbstractItemModel::rowsRemoved, this,
                             &TunnelFilterModel::onRowsRemoved)
                  << connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this,
                             &TunnelFilterModel::onLayoutAboutToBeChanged)
                  << connect(m, &QAbstractItemModel::layoutChanged, this,
                             &TunnelFilterModel::onLayoutChanged)
                  << connect(m, &QAbstractItemModel::modelAboutToBeReset, this,
                             &TunnelFilterModel::onAboutToBeReset)
                  << connect(m, &QAbstractItemModel::modelReset, this, &TunnelFilterModel::onReset)
                  << connect(m, &TunnelTableModel::updateFinished, this,
                             [this] {
                                 flushResort();
                                 flushRemovals(); // whatever the update left pending
                             })
                  << connect(m, &TunnelTableModel::rowsAboutToLeave, this,
                             &TunnelFilterModel::onRowsAboutToLeave)
                  << connect(m, &QAbstractItemModel::headerDataChanged, this,
                             [this](Qt::Orientation orientation, int first, int last) {
                                 if (orientation == Qt::Horizontal)
                                     Q_EMIT headerDataChanged(orientation, first, last);
                             });
    // QAbstractProxyModel forgets a destroyed source; so must this proxy.
    m_connections << connect(m, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_tunnels = nullptr;
        m_connections.clear();
        rebuildAll();
        endResetModel();
    });
    // The model's columns and row moves never change; should they, start over.
    for (const auto aboutTo : {&QAbstractItemModel::columnsAboutToBeInserted,
                               &QAbstractItemModel::columnsAboutToBeRemoved}) {
        m_connections << connect(m, aboutTo, this, &TunnelFilterModel::onAboutToBeReset);
    }
    for (const auto done :
         {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        m_connections << connect(m, done, this, &TunnelFilterModel::onReset);
    m_connections << connect(m, &QAbstractItemModel::columnsAboutToBeMoved, this,
                             &TunnelFilterModel::onAboutToBeReset)
                  << connect(m, &QAbstractItemModel::columnsMoved, this,
                             &TunnelFilterModel::onReset)
                  << connect(m, &QAbstractItemModel::rowsAboutToBeMoved, this,
                             &TunnelFilterModel::onAboutToBeReset)
                  << connect(m, &QAbstractItemModel::rowsMoved, this, &TunnelFilterModel::onReset);
}

void TunnelFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void TunnelFilterModel::setServerFilter(const QSet<QString> &serverIds)
{
    if (serverIds == m_servers)
        return;
    m_servers = serverIds;
    refilter();
}

void TunnelFilterModel::setTunnelTypeFilter(const QSet<QString> &tunnelTypes)
{
    if (tunnelTypes == m_tunnelTypes)
        return;
    m_tunnelTypes = tunnelTypes;
    refilter();
}

void TunnelFilterModel::setActivityFilter(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    refilter();
}

void TunnelFilterModel::setConnectionTypeFilter(const QSet<QString> &connectionTypes)
{
    if (connectionTypes == m_connectionTypes)
        return;
    m_connectionTypes = connectionTypes;
    refilter();
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
    refilter();
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
    refilter();
}

// ---- filters -------------------------------------------------------------------------------

bool TunnelFilterModel::hasFilter() const
{
    return !m_text.isEmpty() || !m_servers.isEmpty() || !m_tunnelTypes.isEmpty()
            || m_activity != Activity::Any || !m_connectionTypes.isEmpty() || m_addressFilterOn;
}

bool TunnelFilterModel::filterAcceptsRow(int sourceRow) const
{
    if (!m_tunnels)
        return true;
    const Tunnel &tunnel = m_tunnels->tunnel(sourceRow);
    if (!m_servers.isEmpty() && !m_servers.contains(m_tunnels->serverIdForRow(sourceRow)))
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

// A filter changed: rows that no longer pass leave, rows that now pass arrive in their sorted
// place. Never a reset, so the selection of the rows that stay survives.
void TunnelFilterModel::refilter()
{
    if (!m_tunnels)
        return;
    flushResort();
    flushRemovals();
    ensureMap();
    const int sourceRows = m_tunnels->rowCount();
    std::vector<int> hide;
    std::vector<int> show;
    for (int s = 0; s < sourceRows; ++s) {
        const bool accepted = filterAcceptsRow(s);
        const int p = m_map[size_t(s)];
        if (p >= 0 && !accepted)
            hide.push_back(p);
        else if (p < 0 && accepted)
            show.push_back(s);
    }
    removeProxyRows(std::move(hide));
    insertSorted(std::move(show));
}

// ---- ordering ------------------------------------------------------------------------------

// One UTF-16 unit as QString::compare(Qt::CaseInsensitive) sees it: that comparison folds the
// case of each unit (of each code point for surrogate pairs) and compares the results.
char16_t TunnelFilterModel::foldUnit(char16_t unit)
{
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    return char16_t(QChar::toCaseFolded(char32_t(unit)));
}

// How many leading units of `text` fold to those of `prefix` (at most prefix.size()), never
// past a surrogate: a low surrogate folds with its high one, so a prefix must not split them.
static qsizetype sharedFoldedUnits(QStringView prefix, QStringView text)
{
    qsizetype n = 0;
    const qsizetype max = std::min(prefix.size(), text.size());
    while (n < max && !QChar::isSurrogate(text[n].unicode())
           && TunnelFilterModel::foldUnit(text[n].unicode()) == prefix[n].unicode())
        ++n;
    return n;
}

QString TunnelFilterModel::textKeyOf(int sourceRow) const
{
    return m_tunnels->sortText(sourceRow, Column(m_sortColumn));
}

// Unit `i` (0-7) of a key, big-endian: keys compare as the units would, one by one.
template<typename Key> static void putUnit(Key &key, qsizetype i, quint64 unit)
{
    if (i < 4)
        key.high |= unit << (48 - 16 * i);
    else
        key.low |= unit << (48 - 16 * (i - 4));
}

// The eight units after the shared prefix, folded, zero-padded: for any two texts that start
// with the prefix, a smaller key means a smaller text; equal keys say nothing. A surrogate is
// packed as it is and ends the key (the units after it fold with it).
TunnelFilterModel::Key TunnelFilterModel::packText(const QString &text) const
{
    Key key;
    const qsizetype from = m_textPrefix.size();
    for (qsizetype i = 0; i < 8 && from + i < text.size(); ++i) {
        const char16_t raw = text.at(from + i).unicode();
        if (QChar::isSurrogate(raw)) {
            putUnit(key, i, raw);
            break;
        }
        putUnit(key, i, foldUnit(raw));
    }
    return key;
}

// A text that does not share the prefix shortens it, and every key is packed again: the order
// of the rows does not change, only how their keys express it.
void TunnelFilterModel::repackTextKeys()
{
    for (size_t s = 0; s < m_textKeys.size(); ++s)
        m_keys[s] = packText(m_textKeys[s]);
}

// A non-empty text joins the texts the prefix must fit; false when the prefix had to shrink.
bool TunnelFilterModel::fitPrefix(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (!m_textPrefixSet) {
        m_textPrefix.resize(text.size());
        qsizetype n = 0;
        while (n < text.size() && !QChar::isSurrogate(text.at(n).unicode())) {
            m_textPrefix[n] = QChar(foldUnit(text.at(n).unicode()));
            ++n;
        }
        m_textPrefix.truncate(n);
        m_textPrefixSet = true;
        return true;
    }
    const qsizetype n = sharedFoldedUnits(m_textPrefix, text);
    if (n == m_textPrefix.size())
        return true;
    m_textPrefix.truncate(n);
    return false;
}

bool TunnelFilterModel::updateKey(int sourceRow, int keyRow)
{
    const size_t s = size_t(keyRow);
    switch (m_keyKind) {
    case KeyKind::None:
        return true;
    case KeyKind::Number:
    case KeyKind::Address: {
        const TunnelTableModel::SortKey k = m_tunnels->sortKey(sourceRow, Column(m_sortColumn));
        const Key key{k.high, k.low};
        // A key grown past what m_orderKeys holds at its scale: they are made again at a larger
        // one before they are read next.
        if (m_orderKeysValid && !fitsOrderKey(key.high))
            m_orderKeysValid = false;
        // An inexact key may stay the same while the value moved.
        return std::exchange(m_keys[s], key) != key || !k.exact;
    }
    case KeyKind::Text: {
        QString text = textKeyOf(sourceRow);
        if (text == m_textKeys[s])
            return false;
        m_textKeys[s] = std::move(text);
        // The first text shared by all the others sets the prefix; the other rows are empty.
        const bool wasSet = m_textPrefixSet;
        if (fitPrefix(m_textKeys[s]) || !wasSet)
            m_keys[s] = packText(m_textKeys[s]);
        else
            repackTextKeys();
        return true;
    }
    }
    return true;
}

// Keys first; equal keys that are not exact are compared in full; ties keep the model's order,
// in both directions (as a stable sort would): a row moves only when its own key moves.
bool TunnelFilterModel::keyLess(const Key &a, int left, const Key &b, int right) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (a != b)
        return ascending ? a < b : b < a;
    if (m_keyKind == KeyKind::Text) {
        const int c
                = m_textKeys[size_t(left)].compare(m_textKeys[size_t(right)], Qt::CaseInsensitive);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
    } else if (m_keyKind == KeyKind::Address && !TunnelTableModel::isExactAddressKey(a.high)) {
        const auto column = Column(m_sortColumn);
        if (m_tunnels->lessThan(left, right, column))
            return ascending;
        if (m_tunnels->lessThan(right, left, column))
            return !ascending;
    }
    return left < right;
}

bool TunnelFilterModel::sortsBefore(int left, int right) const
{
    if (left == right)
        return false;
    if (m_sortColumn >= 0) {
        if (m_keyKind != KeyKind::None)
            return keyLess(m_keys[size_t(left)], left, m_keys[size_t(right)], right);
        const auto column = Column(m_sortColumn);
        if (m_tunnels->lessThan(left, right, column))
            return m_sortOrder == Qt::AscendingOrder;
        if (m_tunnels->lessThan(right, left, column))
            return m_sortOrder == Qt::DescendingOrder;
    }
    return left < right;
}

void TunnelFilterModel::rebuildKeys()
{
    m_keyKind = KeyKind::None;
    m_orderKeysValid = false;
    if (m_tunnels && m_sortColumn >= 0) {
        const auto column = Column(m_sortColumn);
        if (TunnelTableModel::hasNumericSortKey(column))
            m_keyKind = KeyKind::Number;
        else if (TunnelTableModel::hasSortKey(column))
            m_keyKind = KeyKind::Address;
        else if (TunnelTableModel::hasTextSortKey(column))
            m_keyKind = KeyKind::Text;
    }
    m_keys.clear();
    m_textKeys.clear();
    m_arena = {};
    m_spans = {};
    m_textPrefix.clear();
    m_textPrefixSet = false;
    const int rows = m_tunnels ? m_tunnels->rowCount() : 0;
    switch (m_keyKind) {
    case KeyKind::None:
        return;
    case KeyKind::Number:
    case KeyKind::Address:
        m_keys.resize(size_t(rows));
        m_tunnels->forEachSortKey(Column(m_sortColumn),
                                  [this](int s, const TunnelTableModel::SortKey &key) {
                                      m_keys[size_t(s)] = Key{key.high, key.low};
                                  });
        return;
    case KeyKind::Text: {
        // Each row's text is read once, and folded into one buffer where the prefix, the keys
        // and a sort's further passes find it without going back to 50,000 strings.
        m_keys.resize(size_t(rows));
        m_textKeys.resize(size_t(rows));
        m_spans.resize(size_t(rows));
        m_arena.reserve(size_t(rows) * 24);
        m_tunnels->forEachSortText(Column(m_sortColumn), [this](int s, const QString &text) {
            Span &span = m_spans[size_t(s)];
            span.offset = quint32(m_arena.size());
            for (const QChar c : text) {
                if (c.isSurrogate()) { // folds with its pair: such a text is compared in full
                    span.special = true;
                    break;
                }
                m_arena.push_back(foldUnit(c.unicode()));
            }
            span.length = quint32(m_arena.size()) - span.offset;
            m_textKeys[size_t(s)] = text;
        });
        // The prefix all non-empty texts share (up to a surrogate, as fitPrefix()).
        qsizetype prefix = -1;
        const char16_t *first = nullptr;
        for (int s = 0; s < rows; ++s) {
            const Span &span = m_spans[size_t(s)];
            if (m_textKeys[size_t(s)].isEmpty())
                continue;
            const char16_t *text = m_arena.data() + span.offset;
            if (prefix < 0) {
                first = text;
                prefix = span.length;
                continue;
            }
            qsizetype n = 0;
            const qsizetype max = std::min<qsizetype>(prefix, span.length);
            while (n < max && text[n] == first[n])
                ++n;
            prefix = n;
        }
        m_textPrefixSet = prefix >= 0;
        m_textPrefix = first
                ? QString(reinterpret_cast<const QChar *>(first), std::max<qsizetype>(prefix, 0))
                : QString();
        for (int s = 0; s < rows; ++s) {
            const Span &span = m_spans[size_t(s)];
            m_keys[size_t(s)] = span.special
                    ? packText(m_textKeys[size_t(s)])
                    : packFolded(m_arena.data() + span.offset, span.length, m_textPrefix.size());
        }
        return;
    }
    }
}

// Sorts entries by key, then row. Runs of equal keys that are not exact are sorted further.
// Texts (case-folded into m_arena by rebuildKeys()) by their next eight units, again
// and again: a most-significant-digit radix sort whose digits are 128 bits wide. When every text of
// a run is used up, the texts are equal but for their length, and the shorter sorts first: one user
// on a thousand tunnels costs no string comparison at all. A run holding a text with a
// surrogate, and odd addresses, are compared in full. `offset`: the units before it are equal
// within [first, last).
void TunnelFilterModel::sortEntries(std::vector<Entry>::iterator first,
                                    std::vector<Entry>::iterator last, qsizetype offset) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(first, last, [ascending](const Entry &a, const Entry &b) {
        if (a.key != b.key)
            return ascending ? a.key < b.key : b.key < a.key;
        return a.row < b.row;
    });
    if (m_keyKind == KeyKind::Number)
        return;
    const auto inFull = [this](const Entry &a, const Entry &b) {
        return keyLess(a.key, a.row, b.key, b.row);
    };
    for (auto run = first; run != last;) {
        auto end = run + 1;
        while (end != last && end->key == run->key)
            ++end;
        if (end - run < 2) {
            run = end;
            continue;
        }
        if (m_keyKind == KeyKind::Address) {
            // Equal exact keys are equal addresses; the rest is rare.
            if (!TunnelTableModel::isExactAddressKey(run->key.high))
                std::sort(run, end, inFull);
        } else {
            if (std::any_of(run, end, [](const Entry &e) { return e.special; })) {
                std::sort(run, end, inFull);
                run = end;
                continue;
            }
            const qsizetype next = offset + 8;
            if (std::any_of(run, end, [next](const Entry &e) { return e.length > next; })) {
                for (auto it = run; it != end; ++it)
                    it->key = packFolded(m_arena.data() + it->offset, it->length, next);
                sortEntries(run, end, next);
            } else {
                std::sort(run, end, [ascending](const Entry &a, const Entry &b) {
                    if (a.length != b.length)
                        return ascending ? a.length < b.length : b.length < a.length;
                    return a.row < b.row;
                });
            }
        }
        run = end;
    }
}

// Eight units of folded text from `from` on, as packText() packs them.
TunnelFilterModel::Key TunnelFilterModel::packFolded(const char16_t *text, quint32 length,
                                                     qsizetype from)
{
    Key key;
    for (qsizetype i = 0; i < 8 && from + i < qsizetype(length); ++i)
        putUnit(key, i, text[from + i]);
    return key;
}

void TunnelFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    // The order is kept live: sorting again by the same column finds it as it is. (QTableView::
    // sortByColumn() asks twice, once through the header's indicator and once itself.)
    if (m_tunnels && column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_tunnels)
        return;
    flushRemovals();
    m_resort.clear();
    m_arrivals = 0;
    rebuildKeys();
    applyOrder(sortedOrder(m_order));
}

// `rows` (source rows) in the order of the sort column, from the keys rebuildKeys() just made.
std::vector<int> TunnelFilterModel::sortedOrder(std::vector<int> rows)
{
    if (m_keyKind == KeyKind::None) {
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return sortsBefore(a, b); });
        return rows;
    }
    // The keys sorted beside their rows, side by side in memory: 50,000 rows sort in a few
    // milliseconds when a comparison need not look anything up.
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (const int s : rows) {
        const Span span = m_spans.empty() ? Span{} : m_spans[size_t(s)];
        entries.push_back({m_keys[size_t(s)], s, span.offset, span.length, span.special});
    }
    sortEntries(entries.begin(), entries.end(), m_textPrefix.size());
    for (size_t i = 0; i < entries.size(); ++i)
        rows[i] = entries[i].row;
    // The folded texts served this sort only.
    m_arena = {};
    m_spans = {};
    return rows;
}

// Moves the rows to `order` (a permutation of m_order) with one layout change; only the
// persistent indexes (a selection, a view's current row) are rewritten.
void TunnelFilterModel::applyOrder(std::vector<int> order)
{
    if (order == m_order)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> previous = std::exchange(m_order, std::move(order));
    m_orderKeysValid = false;
    rebuildMap();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int p = index.row() >= 0 && size_t(index.row()) < previous.size()
                ? m_map[size_t(previous[size_t(index.row())])]
                : -1;
        to.append(p >= 0 ? createIndex(p, index.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Moves the rows with one layout change: `reorder()` rewrites m_order (once the layout change
// has been announced), only in the proxy rows [lo, hi], and `newRow(p)` tells where the row at
// proxy row p (in that window) goes:
// the persistent indexes are rewritten for the window only, instead of for every row, and the
// map for the proxy rows [mapLo, mapHi] of the new order. `moved()` runs once the order has
// changed, before anyone hears of it.
template<typename R, typename F, typename G>
void TunnelFilterModel::applyMoves(R reorder, int lo, int hi, F newRow, int mapLo, int mapHi,
                                   G moved)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    reorder();
    for (int p = mapLo; p <= mapHi; ++p)
        m_map[size_t(m_order[size_t(p)])] = p;
    moved();
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList from;
    QModelIndexList to;
    for (const QModelIndex &index : persistent) {
        if (index.row() < lo || index.row() > hi)
            continue;
        from.append(index);
        to.append(createIndex(newRow(index.row()), index.column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// The rows whose sort key changed during the model's update go back where they belong now:
// those no longer between their neighbours are taken out, sorted among themselves and merged
// back in, with one layout change per update instead of one per changed range. Only the changed
// rows are looked at, O(k log rows) comparisons for k of them; the rest of the order is copied
// in runs, and the map rewritten between the first and the last row that moved.
void TunnelFilterModel::flushResort()
{
    if (m_resort.empty())
        return;
    std::vector<int> moved = std::move(m_resort);
    m_resort.clear();
    const int arrivals = std::exchange(m_arrivals, 0);
    if (m_sortColumn < 0 || !m_tunnels)
        return;
    // Departures that left the proxy (onRowsAboutToLeave) may stay pending: the map is rewritten
    // for them in this update's one layout change below.
    flushSourceRemovals();
    ensureMap();
    // A number column: the neighbours' keys are read beside the order (m_orderKeys), not
    // scattered by source row. Rows in `moved` may still hold their old key there.
    const bool ordered = orderKeysOn();
    if (ordered)
        ensureOrderKeys();
    Q_ASSERT(!ordered || orderKeysAgree(moved));
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // sortsBefore() for a number column, from the keys (exact) and the source rows (ties).
    const auto lessKeyed = [ascending](quint64 a, int left, quint64 b, int right) {
        if (a != b)
            return ascending ? a < b : b < a;
        return left < right;
    };
    // The same from the keys as m_orderKeys holds them: equal ones compared in full when the
    // scale dropped bits.
    const auto lessOrdered = [&](quint32 a, int left, quint32 b, int right) {
        if (a != b)
            return ascending ? a < b : b < a;
        if (m_orderKeyShift != 0)
            return lessKeyed(m_keys[size_t(left)].high, left, m_keys[size_t(right)].high, right);
        return left < right;
    };
    const int sourceRows = m_tunnels->rowCount();
    const int proxyRows = int(m_order.size());
    // Where the changed rows stand (proxy rows), ascending; a row listed twice counts once. They
    // lie all over the table: marked in a bitmap of it (6 KiB for 50,000 rows) and read back in
    // order, instead of sorted.
    std::vector<int> places;
    places.reserve(moved.size());
    {
        std::vector<quint64> marks((size_t(proxyRows) + 63) / 64, 0);
        for (const int s : moved) {
            if (s >= 0 && s < sourceRows && m_map[size_t(s)] >= 0) {
                const int p = currentProxyOf(m_map[size_t(s)]);
                Q_ASSERT(p >= 0 && p < proxyRows);
                marks[size_t(p) >> 6] |= quint64(1) << (p & 63);
            }
        }
        for (size_t word = 0; word < marks.size(); ++word) {
            for (quint64 bits = marks[word]; bits != 0; bits &= bits - 1)
                places.push_back(int(word * 64) + std::countr_zero(bits));
        }
    }
    const auto before = [this](int a, int b) {
        return sortsBefore(a, b);
    };
    // Rows still between their neighbours stay: most counters move a little. A changed row is in
    // place when it sorts after the nearest row above it that stays and before the nearest
    // unchanged row below it (the same for a whole run of changed neighbours).
    std::vector<int> out; // proxy rows of the rows that must move, ascending
    // The keys of the rows compared here lie scattered (by source row): fetched a few changed
    // rows ahead, the row itself and both neighbours, so the comparisons do not wait for each.
    const auto fetchKeysAround = [this, proxyRows](int p) {
        for (int q = std::max(p - 1, 0); q <= std::min(p + 1, proxyRows - 1); ++q)
            __builtin_prefetch(&m_keys[size_t(m_order[size_t(q)])]);
    };
    const bool keyed = m_keyKind != KeyKind::None;
    int lastKept = -1;
    quint32 lastKeptKey = 0; // `ordered`
    for (size_t i = 0; i < places.size();) {
        if (ordered) {
            // The order's entries and their keys first, then (once they have come) the
            // changed row's own key.
            if (i + 16 < places.size()) {
                __builtin_prefetch(&m_order[size_t(places[i + 16])]);
                __builtin_prefetch(&m_orderKeys[size_t(places[i + 16])]);
            }
            if (i + 8 < places.size())
                __builtin_prefetch(&m_keys[size_t(m_order[size_t(places[i + 8])])]);
        } else if (keyed) {
            // Two passes ahead: the order's entries first, then (once they have come) the keys.
            if (i + 16 < places.size())
                __builtin_prefetch(&m_order[size_t(places[i + 16])]);
            if (i + 8 < places.size())
                fetchKeysAround(places[i + 8]);
        }
        size_t end = i + 1;
        while (end < places.size() && places[end] == places[end - 1] + 1)
            ++end;
        if (places[i] > 0) { // unchanged, so it stays
            lastKept = m_order[size_t(places[i] - 1)];
            if (ordered)
                lastKeptKey = m_orderKeys[size_t(places[i] - 1)];
        }
        const int below = places[end - 1] + 1;
        const int next = below < proxyRows ? m_order[size_t(below)] : -1;
        if (ordered) {
            const quint32 nextKey = next >= 0 ? m_orderKeys[size_t(below)] : 0;
            for (size_t r = i; r < end; ++r) {
                const int s = m_order[size_t(places[r])];
                const quint32 key = orderKeyOf(m_keys[size_t(s)].high);
                if ((lastKept >= 0 && !lessOrdered(lastKeptKey, lastKept, key, s))
                    || (next >= 0 && !lessOrdered(key, s, nextKey, next))) {
                    out.push_back(places[r]);
                } else {
                    lastKept = s;
                    lastKeptKey = key;
                    m_orderKeys[size_t(places[r])] = key; // it stays: the rest reads it
                }
            }
            i = end;
            continue;
        }
        for (size_t r = i; r < end; ++r) {
            const int s = m_order[size_t(places[r])];
            if ((lastKept >= 0 && !before(lastKept, s)) || (next >= 0 && !before(s, next)))
                out.push_back(places[r]);
            else
                lastKept = s;
        }
        i = end;
    }
    if (out.empty()) {
        resolveLeft();
        return;
    }

    // The rows that move, in their new order, each with the place among the others (the rest)
    // it goes before.
    struct Move
    {
        Key key;
        int source;
        int from; // proxy row now
        int at;   // in the rest
    };
    std::vector<Move> moves;
    moves.reserve(out.size());
    // Until the moves are placed, `at` holds the move's place in `out`.
    for (const int p : out) {
        const int s = m_order[size_t(p)];
        moves.push_back(
                {m_keyKind == KeyKind::None ? Key{} : m_keys[size_t(s)], s, p, int(moves.size())});
    }
    // Arrivals wait at the bottom (onRowsInserted): where they stood says nothing.
    const int firstArrival = proxyRows - std::min(arrivals, proxyRows);
    if (m_keyKind == KeyKind::Number) {
        // keyLess() for exact keys, without looking the keys up again. The rows that were in
        // place before come nearly in order (each moved a few places): sorted by insertion
        // while that stays cheap, the arrivals (at the end, in any order) apart, then merged.
        const auto less = [&lessKeyed](const Move &a, const Move &b) {
            return lessKeyed(a.key.high, a.source, b.key.high, b.source);
        };
        const auto arrivalsFrom = std::find_if(
                moves.begin(), moves.end(), [&](const Move &m) { return m.from >= firstArrival; });
        size_t budget = 8 * size_t(arrivalsFrom - moves.begin()) + 64;
        for (auto it = moves.begin() + (moves.empty() ? 0 : 1); it < arrivalsFrom && budget > 0;
             ++it) {
            Move move = *it;
            auto hole = it;
            while (hole != moves.begin() && less(move, *(hole - 1)) && budget > 0) {
                *hole = *(hole - 1);
                --hole;
                --budget;
            }
            *hole = move;
        }
        if (budget == 0) // far from in order: sorted in full
            std::sort(moves.begin(), arrivalsFrom, less);
        std::sort(arrivalsFrom, moves.end(), less);
        std::inplace_merge(moves.begin(), arrivalsFrom, moves.end(), less);
    } else {
        std::sort(moves.begin(), moves.end(),
                  [&before](const Move &a, const Move &b) { return before(a.source, b.source); });
    }
    // The rest: the order without the rows that move. Its row i stands at proxy row i plus the
    // number of moving rows above it (not copied: a copy would cost more than the few rows the
    // searches read).
    std::vector<int> skip(out.size());
    for (size_t j = 0; j < out.size(); ++j)
        skip[j] = out[j] - int(j);
    const int restSize = proxyRows - int(out.size());
    // The rest's row i is m_order[i + upperBound(skip, i)]. `k` holds upperBound(skip, j) for a
    // probe j near i (and then for i): the probes of one search lie close together, few moving
    // rows between them, so stepping from the count at the last probe is cheaper than a binary
    // search over all the moving rows for every probe.
    const auto restAt = [&](int i, size_t &k) { // the proxy row
        // Sixteen at a time while they can: a binary search's first probes cross many.
        while (k + 16 <= skip.size() && skip[k + 15] <= i)
            k += 16;
        while (k < skip.size() && skip[k] <= i)
            ++k;
        while (k >= 16 && skip[k - 16] > i)
            k -= 16;
        while (k > 0 && skip[k - 1] > i)
            --k;
        return i + int(k);
    };
    // Whether the moving row sorts before the row at proxy row `p` (of the rest).
    const auto movesBefore = [&](const Move &move, int p) {
        if (ordered)
            return lessOrdered(orderKeyOf(move.key.high), move.source, m_orderKeys[size_t(p)],
                               m_order[size_t(p)]);
        return before(move.source, m_order[size_t(p)]);
    };
    // Fetches what movesBefore() reads of proxy row `p`.
    const auto fetchRest = [&](int p) {
        if (ordered)
            __builtin_prefetch(&m_orderKeys[size_t(p)]);
        else if (keyed)
            __builtin_prefetch(&m_keys[size_t(m_order[size_t(p)])]);
    };
    // Arrivals are placed after the others, each between the places of the rows that stood
    // before it and after it (the moves are in order).
    const size_t moveCount = moves.size();
    // Where a row stood, in the rest: the rows that move above it are not there.
    std::vector<int> guesses(moveCount, -1);
    // upperBound(skip, guess): skip[rank] is the guess itself, and the moving rows right below
    // it (a run of changed neighbours) share it.
    std::vector<size_t> movingBelow(moveCount, 0);
    for (size_t k = 0; k < moveCount; ++k) {
        const int from = moves[k].from;
        if (from >= firstArrival)
            continue;
        const size_t rank = size_t(moves[k].at); // its place in `out`
        guesses[k] = from - int(rank);
        size_t moving = rank + 1;
        while (moving < skip.size() && skip[moving] <= guesses[k])
            ++moving;
        movingBelow[k] = moving;
    }
    // Each other row's place among the rest (std::upper_bound over it), searched outwards from
    // where it stood: a counter that grew a little moves a few rows, and the search reads the
    // keys of a few neighbours instead of a binary search's scattered ones. The keys lie
    // scattered all the same (by source row), and each probe waits for the one before: so all
    // the searches go in step, one probe each per round, every probe's key fetched in a first
    // walk and compared in a second, and the reads of a round overlap instead of following each
    // other.
    struct Search
    {
        enum Phase : quint8 { First, Down, Up, Binary, Done };
        int low = 0;
        int high = 0; // [low, high]: where the place can still be
        int guess = 0;
        int step = 1;
        int probe = -1;
        size_t moving = 0; // upperBound(skip, probe) (restAt())
        Phase phase = First;
    };
    // The next probe, through the steps that need no comparison; false when done.
    const auto nextProbe = [restSize](Search &search) {
        for (;;) {
            switch (search.phase) {
            case Search::First:
                if (search.guess < restSize) {
                    search.probe = search.guess;
                    return true;
                }
                search.phase = Search::Down; // everything is above: as if it sorted before
                continue;
            case Search::Down:
                search.probe = search.guess - search.step;
                if (search.probe >= 0)
                    return true;
                search.phase = Search::Binary;
                continue;
            case Search::Up:
                search.probe = search.guess + search.step;
                if (search.probe < restSize)
                    return true;
                search.phase = Search::Binary;
                continue;
            case Search::Binary:
                if (search.low < search.high) {
                    search.probe = search.low + (search.high - search.low) / 2;
                    return true;
                }
                search.phase = Search::Done;
                return false;
            case Search::Done:
                return false;
            }
        }
    };
    // `less`: the row sorts before the rest's row at the probe.
    const auto advance = [](Search &search, bool less) {
        switch (search.phase) {
        case Search::First:
            if (less) {
                search.high = search.guess;
                search.phase = Search::Down;
            } else {
                search.low = search.guess + 1;
                search.phase = Search::Up;
            }
            break;
        case Search::Down:
            if (!less) {
                search.low = search.probe + 1;
                search.phase = Search::Binary;
            } else {
                search.high = search.probe;
                search.step *= 2;
            }
            break;
        case Search::Up:
            if (less) {
                search.high = search.probe;
                search.phase = Search::Binary;
            } else {
                search.low = search.probe + 1;
                search.step *= 2;
            }
            break;
        case Search::Binary:
            if (less)
                search.high = search.probe;
            else
                search.low = search.probe + 1;
            break;
        case Search::Done:
            break;
        }
    };
    {
        std::vector<Search> searches;
        std::vector<size_t> searching; // moves
        for (size_t k = 0; k < moveCount; ++k) {
            if (guesses[k] < 0)
                continue;
            if (ordered) {
                // Most rows move a few places (a counter grew a little), and the keys of the
                // rest lie side by side here: walked one by one from where the row stood first,
                // the search goes on below only for a row that went further.
                const int guess = guesses[k];
                size_t moving = movingBelow[k];
                const auto less = [&](int i) {
                    return i >= restSize || movesBefore(moves[k], restAt(i, moving));
                };
                int at = -1;
                if (less(guess)) {
                    int i = guess;
                    for (int step = 0; step < 8 && at < 0; ++step, --i) {
                        if (i == 0 || !less(i - 1))
                            at = i;
                    }
                } else {
                    int i = guess + 1;
                    for (int step = 0; step < 8 && at < 0; ++step, ++i) {
                        if (less(i))
                            at = i;
                    }
                }
                if (at >= 0) {
                    moves[k].at = at;
                    continue;
                }
            }
            Search search;
            search.high = restSize;
            search.guess = guesses[k];
            search.moving = movingBelow[k];
            searches.push_back(search);
            searching.push_back(k);
        }
        std::vector<int> probed(searches.size()); // the proxy row of each probe
        // The searches still going: a round walks these only (most searches end in a few
        // probes, the last ones after twenty or more).
        std::vector<size_t> going(searches.size());
        std::iota(going.begin(), going.end(), size_t(0));
        while (!going.empty()) {
            size_t kept = 0;
            for (const size_t j : going) {
                if (!nextProbe(searches[j]))
                    continue; // done
                probed[j] = restAt(searches[j].probe, searches[j].moving);
                fetchRest(probed[j]);
                going[kept++] = j;
            }
            going.resize(kept);
            for (const size_t j : going)
                advance(searches[j], movesBefore(moves[searching[j]], probed[j]));
        }
        for (size_t j = 0; j < searches.size(); ++j)
            moves[searching[j]].at = searches[j].low;
    }
    // The arrivals. When they outnumber the other moves (a server's first listing, a reconnect),
    // the rows placed around one are far apart, and its place is found sooner searching outwards
    // from where the one before it went (arrivals come in order, often side by side).
    const size_t otherMoves = size_t(
            std::count_if(guesses.begin(), guesses.end(), [](int guess) { return guess >= 0; }));
    if (moveCount - otherMoves > otherMoves) {
        int previous = 0;
        size_t moving = 0; // see restAt()
        for (size_t k = 0; k < moveCount; ++k) {
            if (guesses[k] < 0) {
                Search search;
                search.high = restSize;
                search.guess = previous;
                while (nextProbe(search))
                    advance(search, movesBefore(moves[k], restAt(search.probe, moving)));
                moves[k].at = search.low;
            }
            previous = moves[k].at;
        }
        guesses.assign(moveCount, 0); // all placed
    }
    // Otherwise a binary search each between the places of the nearest rows that were placed
    // above, in step, one probe of every arrival per round with its key fetched ahead, instead
    // of one scattered read after the other.
    std::vector<size_t> pending;             // arrivals (moves)
    std::vector<std::pair<int, int>> bounds; // [low, high) in the rest
    {
        int low = 0;
        for (size_t k = 0; k < moveCount; ++k) {
            if (guesses[k] >= 0) {
                low = moves[k].at;
                continue;
            }
            pending.push_back(k);
            bounds.emplace_back(low, restSize);
        }
        int high = restSize;
        for (size_t j = pending.size(), k = moveCount; k-- > 0;) {
            if (guesses[k] >= 0) {
                high = moves[k].at;
            } else {
                --j;
                bounds[j].second = high;
            }
        }
    }
    // Each arrival's probes stay between its bounds: restAt() from the count at the lower one.
    std::vector<size_t> movingAt(pending.size());
    std::vector<int> midRows(pending.size()); // the proxy row of each probe
    for (size_t j = 0; j < pending.size(); ++j)
        movingAt[j] = upperBound(skip, bounds[j].first);
    for (bool searching = !pending.empty(); searching;) {
        searching = false;
        for (size_t j = 0; j < pending.size(); ++j) {
            const auto [low, high] = bounds[j];
            if (low < high) {
                midRows[j] = restAt(low + (high - low) / 2, movingAt[j]);
                fetchRest(midRows[j]);
            }
        }
        for (size_t j = 0; j < pending.size(); ++j) {
            auto &[low, high] = bounds[j];
            if (low >= high)
                continue;
            const int mid = low + (high - low) / 2;
            if (movesBefore(moves[pending[j]], midRows[j]))
                high = mid;
            else
                low = mid + 1;
            searching = searching || low < high;
        }
    }
    for (size_t j = 0; j < pending.size(); ++j)
        moves[pending[j]].at = bounds[j].first;

    // The new order: the rest copied in runs, the moving rows between them.
    // Every row that moves lands where it stood: the order stays (and so does the rest).
    const int movedCount = int(moves.size());
    bool stays = true;
    for (int k = 0; k < movedCount && stays; ++k)
        stays = moves[size_t(k)].from == moves[size_t(k)].at + k;
    if (stays) {
        if (ordered) {
            for (const Move &move : moves)
                m_orderKeys[size_t(move.from)] = orderKeyOf(move.key.high);
        }
        resolveLeft();
        return;
    }
    std::vector<int> &next = m_scratch;
    next.resize(size_t(proxyRows));
    std::vector<quint32> &nextKeys = m_scratchKeys; // `ordered`
    if (ordered)
        nextKeys.resize(size_t(proxyRows));
    {
        auto written = next.begin();
        auto writtenKey = nextKeys.begin();
        size_t pos = 0; // in m_order
        size_t outAt = 0;
        int copied = 0; // rows of the rest
        const auto copyRest = [&](int until) {
            while (copied < until) {
                const size_t stop = outAt < out.size() ? size_t(out[outAt]) : size_t(proxyRows);
                if (pos == stop) {
                    ++pos;
                    ++outAt;
                    continue;
                }
                const size_t n = std::min(stop - pos, size_t(until - copied));
                written = std::copy_n(m_order.begin() + qsizetype(pos), n, written);
                if (ordered)
                    writtenKey = std::copy_n(m_orderKeys.begin() + qsizetype(pos), n, writtenKey);
                pos += n;
                copied += int(n);
            }
        };
        for (const Move &move : moves) {
            copyRest(move.at);
            *written++ = move.source;
            if (ordered)
                *writtenKey++ = orderKeyOf(move.key.high);
        }
        copyRest(restSize);
        Q_ASSERT(written == next.end());
    }
    // Rows above `lo` and below `hi` keep their places.
    const int lo = std::min(out.front(), moves.front().at);
    const int hi = std::max(out.back(), moves.back().at + movedCount - 1);
    // Rows below a departure still have their old places in the map: rewritten here too.
    const int mapLo = m_goneProxy.empty() ? lo : std::min(lo, m_goneProxy.front());
    // Where a moving row went, by where it stood: asked for the persistent indexes among the
    // moving rows only (a selected row that moved; mostly none), so made on the first ask.
    std::vector<std::pair<int, int>> movedTo; // (proxy row before, after), by the first
    const auto movedFrom = [&](int row) {
        if (movedTo.empty()) {
            movedTo.reserve(moves.size());
            for (int k = 0; k < movedCount; ++k)
                movedTo.emplace_back(moves[size_t(k)].from, moves[size_t(k)].at + k);
            std::sort(movedTo.begin(), movedTo.end());
        }
        return std::lower_bound(movedTo.begin(), movedTo.end(), std::pair(row, -1))->second;
    };
    applyMoves(
            [&] {
                m_order.swap(next);
                if (ordered)
                    m_orderKeys.swap(nextKeys);
            },
            lo, hi,
            [&](int row) {
                const auto it = std::lower_bound(out.begin(), out.end(), row);
                if (it != out.end() && *it == row)
                    return movedFrom(row);
                const int i = row - int(it - out.begin()); // in the rest
                // The moving rows placed before it: their places in the rest ascend.
                return i
                        + int(std::upper_bound(
                                      moves.begin(), moves.end(), i,
                                      [](int at, const Move &move) { return at < move.at; })
                              - moves.begin());
            },
            mapLo, m_goneProxy.empty() ? hi : proxyRows - 1,
            [this] {
                m_goneProxy.clear(); // the map holds every row's proxy row again
                m_goneProxyLeft = false;
            });
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
        const QHostAddress address = m_tunnels->tunnelAddress(sourceRow, column);
        if (address.isNull())
            continue;
        for (const AddressRange &range : m_ranges) {
            if (range.contains(address))
                return true;
        }
    }
    return false;
}

// ---- mapping -------------------------------------------------------------------------------

void TunnelFilterModel::rebuildMap() const
{
    Q_ASSERT(m_goneSource.empty() && m_goneProxy.empty());
    m_map.assign(m_tunnels ? size_t(m_tunnels->rowCount()) : 0, -1);
    for (size_t p = 0; p < m_order.size(); ++p)
        m_map[size_t(m_order[p])] = int(p);
    m_mapValid = true;
}

void TunnelFilterModel::ensureMap() const
{
    if (!m_mapValid)
        rebuildMap();
}

void TunnelFilterModel::ensureOrderKeys()
{
    if (m_orderKeysValid)
        return;
    Q_ASSERT(orderKeysOn() && m_goneSource.empty());
    // The scale: the largest key fits in 32 bits (mostly it does as it is).
    quint64 largest = 0;
    for (const Key &key : m_keys)
        largest = std::max(largest, key.high);
    m_orderKeyShift = std::max(0, int(std::bit_width(largest)) - 32);
    m_orderKeys.resize(m_order.size());
    for (size_t p = 0; p < m_order.size(); ++p) {
        if (p + 16 < m_order.size())
            __builtin_prefetch(&m_keys[size_t(m_order[p + 16])]);
        m_orderKeys[p] = orderKeyOf(m_keys[size_t(m_order[p])].high);
    }
    m_orderKeysValid = true;
}

bool TunnelFilterModel::orderKeysAgree(const std::vector<int> &changed) const
{
    if (m_orderKeys.size() != m_order.size())
        return false;
    if (m_order.size() > 20000)
        return true; // checked in the tests' smaller tables
    std::vector<int> sorted = changed;
    std::sort(sorted.begin(), sorted.end());
    for (size_t p = 0; p < m_order.size(); ++p) {
        const int s = m_order[p];
        if (!std::binary_search(sorted.begin(), sorted.end(), s)
            && m_orderKeys[p] != orderKeyOf(m_keys[size_t(s)].high))
            return false;
    }
    return true;
}

// The end of a run of removals: renumber the source rows in one pass.
size_t TunnelFilterModel::compactRemovals()
{
    Q_ASSERT(canDeferRemovals() && !m_goneSource.empty());
    const auto compact = [this](auto &keys) {
        size_t written = 0;
        const auto keep = [&keys, &written](size_t from, size_t to) { // [from, to)
            if (written != from)
                std::move(keys.begin() + qsizetype(from), keys.begin() + qsizetype(to),
                          keys.begin() + qsizetype(written));
            written += to - from;
        };
        size_t from = 0;
        for (auto gone = m_goneSource.rbegin(); gone != m_goneSource.rend(); ++gone) {
            const size_t first = std::min(size_t(gone->first), keys.size());
            keep(std::min(from, first), first);
            from = std::max(from, std::min(first + size_t(gone->second), keys.size()));
        }
        keep(from, keys.size());
        keys.resize(written);
    };
    compact(m_map);
    if (m_keyKind != KeyKind::None)
        compact(m_keys);
    if (m_keyKind == KeyKind::Text)
        compact(m_textKeys);
    // The rows above the first removal kept their numbers.
    const size_t unmoved = size_t(m_goneSource.back().first);
    m_goneSource.clear();
    return unmoved;
}

// Removals still pending (none of them shown) and an insertion of `count` rows at `first`
// (current coordinates) below all of them, as a poll's departures and arrivals come: the rows
// between the first removal and the insertion close their gaps, the rows below the insertion
// move once, by the arrivals less the departures (not at all when as many come as go), and the
// new rows get their room, in one walk over each array. compactRemovals() and a room made after
// it move everything below the first removal twice, and read the order back from the map for
// all of it; here the order is read back for the rows above the insertion only, and the rows
// below it are renumbered in place. False, with nothing done, when a removal lies below the
// insertion or the arrays do not hold every base row.
bool TunnelFilterModel::spliceRemovals(int first, int count)
{
    Q_ASSERT(canDeferRemovals() && !m_goneSource.empty());
    int removed = 0;
    for (const auto &[from, n] : m_goneSource)
        removed += n;
    const size_t base = size_t(m_tunnels->rowCount() - count + removed);
    const size_t tail = size_t(first + removed); // base coordinates: the rows below the insertion
    const auto &highest = m_goneSource.front();  // m_goneSource is descending
    if (size_t(highest.first + highest.second) > tail || m_map.size() != base
        || (m_keyKind != KeyKind::None && m_keys.size() != base)
        || (m_keyKind == KeyKind::Text && m_textKeys.size() != base))
        return false;
    const size_t head = size_t(m_goneSource.back().first);
    const std::ptrdiff_t delta = std::ptrdiff_t(count) - removed;
    const auto splice = [&](auto &rows, const auto &blank) {
        const auto at = [&rows](size_t i) {
            return rows.begin() + std::ptrdiff_t(i);
        };
        if (delta > 0) {
            rows.resize(base + size_t(delta));
            std::move_backward(at(tail), at(base), rows.end());
        }
        size_t written = head;
        size_t from = head;
        for (auto gone = m_goneSource.rbegin(); gone != m_goneSource.rend(); ++gone) {
            const size_t start = size_t(gone->first);
            if (written != from)
                std::move(at(from), at(start), at(written));
            written += start - from;
            from = start + size_t(gone->second);
        }
        if (written != from)
            std::move(at(from), at(tail), at(written));
        Q_ASSERT(written + (tail - from) == size_t(first));
        if (delta < 0) {
            std::move(at(tail), at(base), at(size_t(first + count)));
            rows.resize(base - size_t(-delta));
        }
        std::fill(at(size_t(first)), at(size_t(first + count)), blank);
    };
    splice(m_map, -1);
    if (m_keyKind != KeyKind::None)
        splice(m_keys, Key{});
    if (m_keyKind == KeyKind::Text)
        splice(m_textKeys, QString());
    m_goneSource.clear();
    // The order holds base rows: those below the insertion move by delta (without a branch: the
    // rows lie in random order), those between the first removal and the insertion are read
    // back from the map.
    if (delta != 0) {
        const int shift = int(delta);
        for (int &s : m_order)
            s += shift & -int(size_t(s) >= tail);
    }
    for (size_t s = head; s < size_t(first); ++s) {
        if (m_map[s] >= 0)
            m_order[size_t(currentProxyOf(m_map[s]))] = int(s);
    }
    return true;
}

void TunnelFilterModel::flushRemovals()
{
    if (m_goneSource.empty() && m_goneProxy.empty())
        return;
    if (canDeferRemovals()) {
        flushSourceRemovals();
        resolveLeft();
        return;
    }
    int removed = 0;
    for (const auto &[first, count] : m_goneSource)
        removed += count;
    const int baseRows = (m_tunnels ? m_tunnels->rowCount() : 0) + removed;
    std::vector<int> remap(static_cast<size_t>(baseRows));
    {
        auto gone = m_goneSource.rbegin(); // ascending
        int current = 0;
        for (int b = 0; b < baseRows; ++b) {
            if (gone != m_goneSource.rend() && b >= gone->first + gone->second)
                ++gone;
            if (gone != m_goneSource.rend() && b >= gone->first)
                remap[size_t(b)] = -1;
            else
                remap[size_t(b)] = current++;
        }
    }
    for (int &s : m_order)
        s = remap[size_t(s)];
    if (m_keyKind != KeyKind::None)
        compactKeys(m_keys, remap);
    if (m_keyKind == KeyKind::Text)
        compactKeys(m_textKeys, remap);
    m_goneSource.clear();
    m_goneProxy.clear();
    m_goneProxyLeft = false;
    rebuildMap();
}

// Removals no shown row left (a poll's departures left the proxy before the model removed
// them): the map and the keys close their gaps by moving runs, and the order is read back from
// the map. Rows that left the proxy may stay pending.
void TunnelFilterModel::flushSourceRemovals()
{
    if (m_goneSource.empty())
        return;
    if (!canDeferRemovals()) {
        flushRemovals();
        return;
    }
    const size_t unmoved = compactRemovals();
    for (size_t s = unmoved; s < m_map.size(); ++s) {
        if (m_map[s] >= 0)
            m_order[size_t(currentProxyOf(m_map[s]))] = int(s);
    }
}

// Rows that left the proxy (onRowsAboutToLeave) with no layout change after them: the map is
// rewritten from the first of them on.
void TunnelFilterModel::resolveLeft()
{
    if (m_goneProxy.empty())
        return;
    Q_ASSERT(m_goneProxyLeft && m_goneSource.empty());
    for (size_t p = size_t(m_goneProxy.front()); p < m_order.size(); ++p)
        m_map[size_t(m_order[p])] = int(p);
    m_goneProxy.clear();
    m_goneProxyLeft = false;
}

int TunnelFilterModel::currentProxyOf(int proxyRow) const
{
    if (m_goneProxy.empty())
        return proxyRow;
    // The rows that left above it (< proxyRow): asked for every row of the block and every
    // changed row of a poll. Counted per chunk of 64 proxy rows ahead (a poll's 125 departures
    // among 50,000 rows: mostly none in a chunk), so that is a table read and a step or two
    // instead of a binary search over all of them.
    if (m_goneChunksMade != m_goneProxyMade) {
        const size_t rows = m_order.size() + m_goneProxy.size() + 1;
        m_goneChunks.resize((rows >> kGoneChunkBits) + 1);
        size_t k = 0;
        for (size_t c = 0; c < m_goneChunks.size(); ++c) {
            while (k < m_goneProxy.size() && size_t(m_goneProxy[k]) < (c << kGoneChunkBits))
                ++k;
            m_goneChunks[c] = int(k);
        }
        m_goneChunksMade = m_goneProxyMade;
    }
    const size_t chunk = size_t(proxyRow) >> kGoneChunkBits;
    if (proxyRow < 0 || chunk >= m_goneChunks.size())
        return proxyRow - int(upperBound(m_goneProxy, proxyRow - 1));
    size_t k = size_t(m_goneChunks[chunk]);
    while (k < m_goneProxy.size() && m_goneProxy[k] < proxyRow)
        ++k;
    return proxyRow - int(k);
}

namespace {

// How many of `shifts` (TunnelFilterModel::GoneShift, ascending by current row) start at or
// above `row`: the last of them gives the row's shift.
template<typename Shifts> size_t shiftsAtOrAbove(const Shifts &shifts, int row)
{
    return size_t(std::upper_bound(shifts.begin(), shifts.end(), row,
                                   [](int r, const auto &gone) { return r < gone.current; })
                  - shifts.begin());
}

} // namespace

const std::vector<TunnelFilterModel::GoneShift> &TunnelFilterModel::goneShifts() const
{
    // m_goneSource only grows by onRowsRemoved() or is emptied: the count of removals added
    // and its size tell whether these were made from it as it is.
    if (m_goneShiftsAdded != m_goneSourceAdded || m_goneShifts.size() != m_goneSource.size()) {
        m_goneShifts.clear();
        int shift = 0;
        for (auto it = m_goneSource.rbegin(); it != m_goneSource.rend(); ++it) {
            // A removal starts, in current coordinates, where its base row is less the rows
            // removed above it.
            const int current = it->first - shift;
            shift += it->second;
            m_goneShifts.push_back({current, shift});
        }
        m_goneShiftsAdded = m_goneSourceAdded;
    }
    return m_goneShifts;
}

int TunnelFilterModel::baseSourceOf(int sourceRow) const
{
    // Above every pending removal (the model removes bottom-up: every row it removes next),
    // current and base coordinates agree.
    if (m_goneSource.empty() || sourceRow < m_goneSource.back().first)
        return sourceRow;
    // The removals starting at or above the row (current coordinates) lie above it in base
    // coordinates too: the row moves down by all of theirs.
    const std::vector<GoneShift> &shifts = goneShifts();
    const size_t above = shiftsAtOrAbove(shifts, sourceRow);
    return above == 0 ? sourceRow : sourceRow + shifts[above - 1].shift;
}

int TunnelFilterModel::currentSourceOf(int baseRow) const
{
    int s = baseRow;
    for (const auto &[first, count] : m_goneSource) {
        if (first < baseRow)
            s -= count;
    }
    return s;
}

int TunnelFilterModel::proxyRowOf(int sourceRow) const
{
    if (!m_tunnels || sourceRow < 0 || sourceRow >= m_tunnels->rowCount())
        return -1;
    if (m_goneSource.empty() && m_goneProxy.empty()) {
        ensureMap();
        return m_map[size_t(sourceRow)];
    }
    const int b = baseSourceOf(sourceRow);
    if (b < 0 || size_t(b) >= m_map.size())
        return -1;
    const int p = m_map[size_t(b)];
    if (p < 0)
        return -1;
    const auto at = std::lower_bound(m_goneProxy.begin(), m_goneProxy.end(), p);
    if (at != m_goneProxy.end() && *at == p) {
        // Rows leaving the proxy wait at its bottom in order until they are removed.
        return m_leavingAtBottom
                ? int(m_order.size() - m_goneProxy.size()) + int(at - m_goneProxy.begin())
                : -1;
    }
    return p - int(at - m_goneProxy.begin());
}

int TunnelFilterModel::sourceRowOf(int proxyRow) const
{
    const int b = m_order[size_t(proxyRow)];
    return m_goneSource.empty() ? b : currentSourceOf(b);
}

QModelIndex TunnelFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_order.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TunnelFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TunnelFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int TunnelFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TunnelFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_tunnels ? 0 : m_tunnels->columnCount();
}

bool TunnelFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_order.empty() && columnCount() > 0;
}

QVariant TunnelFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_tunnels)
        return {};
    if (orientation == Qt::Horizontal)
        return m_tunnels->headerData(section, orientation, role);
    if (section < 0 || size_t(section) >= m_order.size())
        return {};
    return m_tunnels->headerData(sourceRowOf(section), orientation, role);
}

QModelIndex TunnelFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tunnels || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() < 0
        || size_t(proxyIndex.row()) >= m_order.size())
        return {};
    return m_tunnels->index(sourceRowOf(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TunnelFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tunnels || !sourceIndex.isValid() || sourceIndex.model() != m_tunnels)
        return {};
    const int p = proxyRowOf(sourceIndex.row());
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

// Accepted source rows (current coordinates, not in the proxy yet) go to their sorted place,
// one insertion per run of neighbours, bottom-up so the places found stay right.
void TunnelFilterModel::insertSorted(std::vector<int> sourceRows)
{
    if (sourceRows.empty())
        return;
    Q_ASSERT(m_goneSource.empty() && m_goneProxy.empty());
    const auto before = [this](int a, int b) {
        return sortsBefore(a, b);
    };
    for (const int s : sourceRows)
        updateKey(s);
    std::sort(sourceRows.begin(), sourceRows.end(), before);
    std::vector<int> places(sourceRows.size(), 0);
    auto from = m_order.begin();
    for (size_t i = 0; i < sourceRows.size(); ++i) {
        from = std::upper_bound(from, m_order.end(), sourceRows[i], before);
        places[i] = int(from - m_order.begin());
    }
    m_mapValid = false;
    size_t end = sourceRows.size();
    while (end > 0) {
        size_t first = end - 1;
        while (first > 0 && places[first - 1] == places[end - 1])
            --first;
        const int at = places[first];
        beginInsertRows({}, at, at + int(end - first) - 1);
        m_order.insert(m_order.begin() + at, sourceRows.begin() + qsizetype(first),
                       sourceRows.begin() + qsizetype(end));
        m_orderKeysValid = false;
        m_mapValid = false;
        endInsertRows();
        end = first;
    }
}

// Proxy rows (current coordinates, any order) leave, one removal per run, bottom-up.
void TunnelFilterModel::removeProxyRows(std::vector<int> proxyRows)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    forEachRunBackwards(proxyRows, [this](int first, int last) {
        beginRemoveRows({}, first, last);
        m_order.erase(m_order.begin() + first, m_order.begin() + last + 1);
        m_orderKeysValid = false;
        m_mapValid = false;
        endRemoveRows();
    });
}

// ---- source signals ------------------------------------------------------------------------

void TunnelFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (!m_tunnels || !topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const bool valueRoles = roles.isEmpty() || roles.contains(TunnelTableModel::RawValueRole)
            || roles.contains(TunnelTableModel::TunnelRole) || roles.contains(Qt::DisplayRole);
    const bool sortAffected = valueRoles && m_sortColumn >= topLeft.column()
            && m_sortColumn <= bottomRight.column();
    const bool filterAffected = valueRoles && hasFilter();
    // Removals no shown row left may stay pending (the map and the keys in base coordinates,
    // the proxy rows current): the rows arriving after them renumber the rest in the same walk
    // (onRowsInserted). Rows that come and go here need the current coordinates.
    if (filterAffected || !canDeferRemovals())
        flushRemovals();
    ensureMap();
    const int first = topLeft.row();
    const int last = bottomRight.row();
    std::vector<int> hide;
    std::vector<int> show;
    int low = std::numeric_limits<int>::max();
    int high = -1;
    // The pending removals at or above the current row (see baseSourceOf()).
    const std::vector<GoneShift> *shifts = m_goneSource.empty() ? nullptr : &goneShifts();
    size_t above = 0;
    int shift = 0; // rows removed above the current one
    if (shifts) {
        above = shiftsAtOrAbove(*shifts, first);
        shift = above > 0 ? (*shifts)[above - 1].shift : 0;
    }
    for (int s = first; s <= last; ++s) {
        while (shifts && above < shifts->size() && (*shifts)[above].current <= s)
            shift = (*shifts)[above++].shift;
        const int b = s + shift; // the row in base coordinates
        const int p = m_map[size_t(b)] >= 0 ? currentProxyOf(m_map[size_t(b)]) : -1;
        if (filterAffected) {
            const bool accepted = filterAcceptsRow(s);
            if (p >= 0 && !accepted) {
                hide.push_back(p);
                continue;
            }
            if (p < 0 && accepted) {
                show.push_back(s);
                continue;
            }
        }
        if (p < 0)
            continue;
        if (sortAffected && updateKey(s, b))
            m_resort.push_back(s); // current coordinates: re-placed after the removals
        low = std::min(low, p);
        high = std::max(high, p);
    }
    if (high >= 0) {
        // One range, as QSortFilterProxyModel sends: a view repaints what it shows of it.
        // Rows shown and the source's columns: valid, without index()'s checks.
        Q_EMIT dataChanged(createIndex(low, topLeft.column()),
                           createIndex(high, bottomRight.column()), roles);
    }
    if (!hide.empty() || !show.empty()) {
        // Re-placing waits for no one here: the rows that come and go need a settled order.
        flushResort();
        ensureMap();
        std::vector<int> hideNow;
        for (int s = first; s <= last; ++s) {
            const int p = m_map[size_t(s)];
            if (p >= 0 && !filterAcceptsRow(s))
                hideNow.push_back(p);
        }
        removeProxyRows(std::move(hideNow));
        insertSorted(std::move(show));
    }
}

void TunnelFilterModel::onRowsAboutToBeInserted(const QModelIndex &parent, int, int)
{
    if (parent.isValid())
        return;
    // Rows waiting to be re-placed wait on: they are renumbered with the others below, and
    // placed with the arrivals in the update's one layout change. So do removals no shown row
    // left: onRowsInserted() renumbers for both at once.
    if (!canDeferRemovals())
        flushRemovals();
}

void TunnelFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_tunnels)
        return;
    // Removals still pending (none of them shown, see onDataChanged()): the map and the keys
    // close their gaps here and the order is read back from the map once, for the removals and
    // this insertion together, instead of a walk over the whole order for each.
    const int count = last - first + 1;
    // A poll's arrivals come below its departures (the end of the server's block): both in one
    // walk.
    const bool spliced
            = !m_goneSource.empty() && canDeferRemovals() && spliceRemovals(first, count);
    if (!spliced) {
        const bool compacted = !m_goneSource.empty() && canDeferRemovals();
        size_t renumberFrom = 0;
        if (compacted)
            renumberFrom = std::min(compactRemovals(), size_t(first));
        else
            flushRemovals();
        if (!compacted) {
            for (int &s : m_order)
                s += count & -int(s >= first); // without a branch: the rows lie in random order
        }
        if (m_keyKind != KeyKind::None)
            m_keys.insert(m_keys.begin() + first, size_t(count), Key{});
        if (m_keyKind == KeyKind::Text)
            m_textKeys.insert(m_textKeys.begin() + first, size_t(count), QString());
        // The rows shown keep their proxy rows: the map only makes room (the new rows are not
        // shown yet).
        if (m_mapValid)
            m_map.insert(m_map.begin() + first, size_t(count), -1);
        if (compacted) {
            for (size_t s = renumberFrom; s < m_map.size(); ++s) {
                if (m_map[s] >= 0)
                    m_order[size_t(currentProxyOf(m_map[s]))] = int(s);
            }
        }
    }
    for (int &s : m_resort) {
        if (s >= first)
            s += count;
    }
    std::vector<int> accepted;
    accepted.reserve(size_t(count));
    for (int s = first; s <= last; ++s) {
        if (filterAcceptsRow(s))
            accepted.push_back(s);
    }
    if (m_sortColumn >= 0 && accepted.size() > 1) {
        // Arrivals land in many places of a sorted view: appended here with one insertion, they
        // go to their places with the rows whose keys changed, in the one layout change at the
        // end of the model's update (flushResort), instead of an insertion per place.
        for (const int s : accepted)
            updateKey(s);
        const int rows = int(m_order.size());
        beginInsertRows({}, rows, rows + int(accepted.size()) - 1);
        m_order.insert(m_order.end(), accepted.begin(), accepted.end());
        if (m_orderKeysValid) { // updateKey() above keeps it so only while they fit
            for (const int s : accepted)
                m_orderKeys.push_back(orderKeyOf(m_keys[size_t(s)].high));
        }
        if (m_mapValid) {
            // Below any rows that left and are still read through (currentProxyOf()).
            const int bottom = rows + int(m_goneProxy.size());
            for (size_t i = 0; i < accepted.size(); ++i)
                m_map[size_t(accepted[i])] = bottom + int(i);
        }
        endInsertRows();
        m_resort.insert(m_resort.end(), accepted.begin(), accepted.end());
        m_arrivals += int(accepted.size());
        return;
    }
    flushResort(); // insertSorted() places rows among rows in order
    flushRemovals();
    insertSorted(std::move(accepted));
}

void TunnelFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_tunnels)
        return;
    flushResort();
    // Removals from the bottom up stay in the coordinates of the first one; any other order
    // renumbers first.
    if (!m_goneSource.empty() && last >= m_goneSource.back().first)
        flushRemovals();
    if (m_goneSource.empty() && m_goneProxy.empty())
        ensureMap();
    std::vector<int> rows; // current proxy rows
    for (int s = first; s <= last; ++s) {
        const int p = proxyRowOf(s);
        if (p >= 0)
            rows.push_back(p);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    forEachRunBackwards(rows, [this](int from, int to) {
        // The base proxy rows of this run, before they leave m_order.
        std::vector<int> gone;
        gone.reserve(size_t(to - from + 1));
        for (int p = from; p <= to; ++p) {
            gone.push_back(m_map[size_t(m_order[size_t(p)])]); // m_order holds base rows
        }
        beginRemoveRows({}, from, to);
        m_order.erase(m_order.begin() + from, m_order.begin() + to + 1);
        m_orderKeysValid = false;
        std::sort(gone.begin(), gone.end());
        std::vector<int> merged;
        merged.reserve(m_goneProxy.size() + gone.size());
        std::merge(m_goneProxy.begin(), m_goneProxy.end(), gone.begin(), gone.end(),
                   std::back_inserter(merged));
        m_goneProxy = std::move(merged);
        ++m_goneProxyMade;
        m_goneProxyLeft = false; // these rows are still in the map
        endRemoveRows();
    });
}

// Rows about to leave the model that this proxy shows in several places: gathered at the bottom
// with one layout change, then removed with one signal, before the model removes them (when
// it does, they are no longer here). A view's header pays for every removal with a walk over
// all its sections; one removal instead of one per scattered row.
void TunnelFilterModel::onRowsAboutToLeave(const QList<int> &sourceRows)
{
    if (!m_tunnels || sourceRows.size() < 2)
        return;
    flushResort();
    flushRemovals();
    ensureMap();
    const int sourceCount = m_tunnels->rowCount();
    std::vector<int> proxyRows;
    proxyRows.reserve(size_t(sourceRows.size()));
    for (const int s : sourceRows) {
        if (s >= 0 && s < sourceCount && m_map[size_t(s)] >= 0)
            proxyRows.push_back(m_map[size_t(s)]);
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    int runs = 0;
    for (size_t i = 0; i < proxyRows.size(); ++i)
        runs += i == 0 || proxyRows[i] != proxyRows[i - 1] + 1;
    if (runs < 2)
        return; // one removal either way
    const int rows = int(m_order.size());
    const int count = int(proxyRows.size());
    std::vector<int> leaving;
    leaving.reserve(size_t(count));
    for (const int p : proxyRows)
        leaving.push_back(m_order[size_t(p)]);
    // The order with the leaving rows at the bottom: the rows between them close up in place, in
    // runs (one walk over the order instead of a copy into another one and back).
    const auto gatherIn = [&](auto &order, const auto &leavers) {
        auto written = order.begin() + proxyRows.front();
        int pos = proxyRows.front();
        for (const int p : proxyRows) {
            written = std::copy(order.begin() + pos, order.begin() + p, written);
            pos = p + 1;
        }
        written = std::copy(order.begin() + pos, order.end(), written);
        std::copy(leavers.begin(), leavers.end(), written);
    };
    std::vector<quint32> leavingKeys;
    if (m_orderKeysValid) {
        leavingKeys.reserve(size_t(count));
        for (const int p : proxyRows)
            leavingKeys.push_back(m_orderKeys[size_t(p)]);
    }
    const auto gather = [&] {
        gatherIn(m_order, leaving);
        if (m_orderKeysValid)
            gatherIn(m_orderKeys, leavingKeys);
    };
    // The map is not rewritten: it keeps the proxy rows from before, read through the leaving
    // rows' places (currentProxyOf()) until the update's layout change rewrites it (flushResort),
    // instead of a rewrite of every row below the first departure here and another there.
    applyMoves(
            gather, proxyRows.front(), rows - 1,
            [&](int row) {
                const auto it = std::lower_bound(proxyRows.begin(), proxyRows.end(), row);
                const int rank = int(it - proxyRows.begin());
                return it != proxyRows.end() && *it == row ? rows - count + rank : row - rank;
            },
            0, -1,
            [&] {
                m_goneProxy.assign(proxyRows.begin(), proxyRows.end());
                ++m_goneProxyMade;
                m_goneProxyLeft = true;
                m_leavingAtBottom = true; // until they are removed: see proxyRowOf()
            });
    beginRemoveRows({}, rows - count, rows - 1);
    m_order.resize(size_t(rows - count));
    if (m_orderKeysValid)
        m_orderKeys.resize(size_t(rows - count));
    for (const int s : leaving)
        m_map[size_t(s)] = -1; // the map stays whole for the model's removals that follow
    m_leavingAtBottom = false;
    endRemoveRows();
}

void TunnelFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_tunnels)
        return;
    m_goneSource.emplace_back(first, last - first + 1);
    ++m_goneSourceAdded;
    // Someone rebuilt or dropped the map in the middle of the removal: renumber now.
    if (!m_mapValid)
        flushRemovals();
}

void TunnelFilterModel::onLayoutAboutToBeChanged()
{
    flushResort();
    flushRemovals();
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxies = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(size_t(m_layoutProxies.size()));
    for (const QModelIndex &index : std::as_const(m_layoutProxies))
        m_layoutSources.emplace_back(mapToSource(index));
}

void TunnelFilterModel::onLayoutChanged()
{
    rebuildAll();
    QModelIndexList to;
    to.reserve(m_layoutProxies.size());
    for (const QPersistentModelIndex &source : m_layoutSources)
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxies, to);
    m_layoutProxies.clear();
    m_layoutSources.clear();
    Q_EMIT layoutChanged();
}

void TunnelFilterModel::onAboutToBeReset()
{
    beginResetModel();
}

void TunnelFilterModel::onReset()
{
    rebuildAll();
    endResetModel();
}

void TunnelFilterModel::rebuildAll()
{
    m_resort.clear();
    m_arrivals = 0;
    m_goneSource.clear();
    m_goneProxy.clear();
    m_goneProxyLeft = false;
    m_order.clear();
    m_orderKeysValid = false;
    if (m_tunnels) {
        const int rows = m_tunnels->rowCount();
        m_order.reserve(size_t(rows));
        for (int s = 0; s < rows; ++s) {
            if (filterAcceptsRow(s))
                m_order.push_back(s);
        }
    }
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    rebuildKeys();
    m_order = sortedOrder(std::move(m_order));
    rebuildMap();
}
