#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>
#include <QtTest>

#include <QItemSelectionModel>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using Column = TunnelTableModel::Column;
using Activity = TunnelFilterModel::Activity;

namespace {

Tunnel tunnel(const QString &user, const QString &ipv4, const QString &ipv6, const QString &host,
              const QString &external, const QString &type, const QString &connectionType,
              const QString &activity)
{
    Tunnel t;
    t.userName = {user};
    t.clientIPv4Address = ipv4;
    t.clientIPv6Address = ipv6;
    t.hostName = host;
    t.clientExternalAddress = external;
    t.tunnelType = type;
    t.connectionType = connectionType;
    t.userActivityState = activity;
    t.authMethod = u"EAP"_s;
    t.connectionStartTime = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    return t;
}

// Sessions are named by a number in the tests: 1-3 on s1, 4-5 on s2.
QList<Tunnel> serverOne()
{
    return {
            tunnel(u"CORP\\alice"_s, u"10.0.0.1"_s, {}, u"ALICE-LAPTOP"_s, u"198.51.100.7"_s,
                   u"Sstp"_s, u"Vpn"_s, u"Active"_s),
            tunnel(u"CORP\\bob"_s, u"10.0.0.2"_s, u"2001:db8:1::2"_s, u"bob-pc"_s, u"203.0.113.9"_s,
                   u"Ikev2"_s, u"Vpn"_s, u"Idle"_s),
            tunnel(u"CORP\\carol"_s, {}, u"2001:db8:2::3"_s, u"carol-da"_s, u"2001:db8:ffff::1"_s,
                   u"Esp"_s, u"DirectAccess"_s, u"Active"_s),
    };
}

QList<Tunnel> serverTwo()
{
    return {
            tunnel(u"CORP\\alice"_s, u"172.16.5.4"_s, {}, u"alice-tablet"_s, u"198.51.100.8"_s,
                   u"L2tp"_s, u"Vpn"_s, u"Idle"_s),
            tunnel(u"CORP\\dave"_s, u"172.16.5.130"_s, {}, u"dave-pc"_s, u"192.0.2.200"_s,
                   u"Sstp"_s, u"Vpn"_s, u"Active"_s),
    };
}

// The numbers of the sessions the proxy shows, ascending.
QList<int> visible(const TunnelFilterModel &proxy)
{
    static const QHash<QString, int> numbers{
            {u"10.0.0.1"_s, 1},   {u"10.0.0.2"_s, 2},     {u"2001:db8:2::3"_s, 3},
            {u"172.16.5.4"_s, 4}, {u"172.16.5.130"_s, 5}, {u"10.0.0.6"_s, 6},
    };
    QList<int> result;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const auto key = proxy.index(row, 0).data(TunnelTableModel::KeyRole).value<SessionKey>();
        result.append(numbers.value(key.address, -1));
    }
    std::sort(result.begin(), result.end());
    return result;
}

const QList<int> everyone{1, 2, 3, 4, 5};

// Each server's first listing, `count` tunnels from make(), applied in the servers' order.
template<typename Make>
QHash<QString, QList<Tunnel>> listEach(TunnelTableModel &model, const QStringList &servers,
                                       int count, Make make)
{
    QHash<QString, QList<Tunnel>> alive;
    for (const QString &server : servers) {
        for (int i = 0; i < count; ++i)
            alive[server].append(make());
        model.applySnapshot(server, alive[server]);
    }
    return alive;
}

} // namespace

class TestTunnelFilterModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textFilter_data();
    void textFilter();
    void serverFilter_data();
    void serverFilter();
    void tunnelTypeFilter_data();
    void tunnelTypeFilter();
    void activityFilter_data();
    void activityFilter();
    void connectionTypeFilter_data();
    void connectionTypeFilter();
    void addressFilter_data();
    void addressFilter();
    void filtersCombine();
    void splitAddressList();
    void filterFollowsPolls();
    void filterChangesNeverReset();
    void sortsByRawValue();
    void refusesOtherSources();
    void followsResetAndDestruction();
    void matchesFullSortAcrossPolls_data();
    void matchesFullSortAcrossPolls();
    void scatteredChangesAsFewSignals();
    void mapsEveryRowDuringPolls();
    void farMovesMatchFullSort_data();
    void farMovesMatchFullSort();

private:
    std::unique_ptr<TunnelTableModel> m_model;
    std::unique_ptr<TunnelFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTunnelFilterModel::init()
{
    m_model = std::make_unique<TunnelTableModel>();
    m_model->applySnapshot(u"s1"_s, serverOne());
    m_model->applySnapshot(u"s2"_s, serverTwo());
    m_proxy = std::make_unique<TunnelFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(visible(*m_proxy), everyone);
}

void TestTunnelFilterModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestTunnelFilterModel::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("empty") << QString() << everyone;
    QTest::newRow("blank") << u"   "_s << everyone;
    QTest::newRow("user") << u"alice"_s << QList<int>{1, 4};
    QTest::newRow("user, other case") << u"ALICE"_s << QList<int>{1, 4};
    QTest::newRow("domain part") << u"corp\\bo"_s << QList<int>{2};
    QTest::newRow("host name") << u"laptop"_s << QList<int>{1};
    QTest::newRow("host names") << u"-pc"_s << QList<int>{2, 5};
    QTest::newRow("tunnel IPv4 prefix") << u"10.0.0."_s << QList<int>{1, 2};
    QTest::newRow("tunnel IPv6") << u"2001:DB8:2::"_s << QList<int>{3};
    QTest::newRow("external address") << u"198.51.100"_s << QList<int>{1, 4};
    QTest::newRow("external IPv6") << u"ffff::1"_s << QList<int>{3};
    QTest::newRow("trimmed") << u"  bob "_s << QList<int>{2};
    QTest::newRow("server id is not searched") << u"s2"_s << QList<int>{};
    QTest::newRow("tunnel type is not searched") << u"sstp"_s << QList<int>{};
    QTest::newRow("nothing") << u"nobody"_s << QList<int>{};
}

void TestTunnelFilterModel::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    m_proxy->setTextFilter(text);
    QCOMPARE(visible(*m_proxy), expected);
    QCOMPARE(m_proxy->textFilter(), text.trimmed());
}

void TestTunnelFilterModel::serverFilter_data()
{
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none set") << QStringList() << everyone;
    QTest::newRow("one") << QStringList{u"s2"_s} << QList<int>{4, 5};
    QTest::newRow("both") << QStringList{u"s1"_s, u"s2"_s} << everyone;
    QTest::newRow("unknown") << QStringList{u"s9"_s} << QList<int>{};
}

void TestTunnelFilterModel::serverFilter()
{
    QFETCH(QStringList, servers);
    QFETCH(QList<int>, expected);
    m_proxy->setServerFilter(QSet<QString>(servers.cbegin(), servers.cend()));
    QCOMPARE(visible(*m_proxy), expected);
}

void TestTunnelFilterModel::tunnelTypeFilter_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none set") << QStringList() << everyone;
    QTest::newRow("SSTP") << QStringList{u"Sstp"_s} << QList<int>{1, 5};
    QTest::newRow("SSTP or IKEv2") << QStringList{u"Sstp"_s, u"Ikev2"_s} << QList<int>{1, 2, 5};
    QTest::newRow("PPTP") << QStringList{u"Pptp"_s} << QList<int>{};
}

void TestTunnelFilterModel::tunnelTypeFilter()
{
    QFETCH(QStringList, types);
    QFETCH(QList<int>, expected);
    m_proxy->setTunnelTypeFilter(QSet<QString>(types.cbegin(), types.cend()));
    QCOMPARE(visible(*m_proxy), expected);
}

void TestTunnelFilterModel::activityFilter_data()
{
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("any") << Activity::Any << everyone;
    QTest::newRow("idle") << Activity::Idle << QList<int>{2, 4};
    QTest::newRow("active") << Activity::Active << QList<int>{1, 3, 5};
}

void TestTunnelFilterModel::activityFilter()
{
    QFETCH(Activity, activity);
    QFETCH(QList<int>, expected);
    m_proxy->setActivityFilter(activity);
    QCOMPARE(visible(*m_proxy), expected);
}

void TestTunnelFilterModel::connectionTypeFilter_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none set") << QStringList() << everyone;
    QTest::newRow("DirectAccess") << QStringList{u"DirectAccess"_s} << QList<int>{3};
    QTest::newRow("VPN") << QStringList{u"Vpn"_s} << QList<int>{1, 2, 4, 5};
}

void TestTunnelFilterModel::connectionTypeFilter()
{
    QFETCH(QStringList, types);
    QFETCH(QList<int>, expected);
    m_proxy->setConnectionTypeFilter(QSet<QString>(types.cbegin(), types.cend()));
    QCOMPARE(visible(*m_proxy), expected);
}

void TestTunnelFilterModel::addressFilter_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<QStringList>("rejected");
    QTest::newRow("off") << QStringList() << everyone << QStringList();
    QTest::newRow("blank lines only: off")
            << QStringList{u""_s, u"  "_s} << everyone << QStringList();
    QTest::newRow("one address") << QStringList{u"10.0.0.1"_s} << QList<int>{1} << QStringList();
    QTest::newRow("v4 /24") << QStringList{u"10.0.0.0/24"_s} << QList<int>{1, 2} << QStringList();
    QTest::newRow("v4 /25, upper half")
            << QStringList{u"172.16.5.128/25"_s} << QList<int>{5} << QStringList();
    QTest::newRow("host bits set")
            << QStringList{u"172.16.5.77/24"_s} << QList<int>{4, 5} << QStringList();
    QTest::newRow("range and address") << QStringList{u"172.16.0.0/12"_s, u" 10.0.0.2 "_s}
                                       << QList<int>{2, 4, 5} << QStringList();
    QTest::newRow("v4 everything")
            << QStringList{u"0.0.0.0/0"_s} << QList<int>{1, 2, 4, 5} << QStringList();
    QTest::newRow("v6 /32 (matches IPv6 of a dual-stack tunnel)")
            << QStringList{u"2001:db8::/32"_s} << QList<int>{2, 3} << QStringList();
    QTest::newRow("v6 address, other spelling")
            << QStringList{u"2001:0DB8:0002:0000::3"_s} << QList<int>{3} << QStringList();
    QTest::newRow("external address is not a tunnel address")
            << QStringList{u"198.51.100.7"_s} << QList<int>{} << QStringList();
    QTest::newRow("bad lines reported, good ones used")
            << QStringList{u"10.0.0.1"_s, u"bogus"_s, u"10.0.0.300"_s, u" "_s, u"10.0.0.1/33"_s}
            << QList<int>{1} << QStringList{u"bogus"_s, u"10.0.0.300"_s, u"10.0.0.1/33"_s};
    QTest::newRow("only bad lines: nothing matches, never everything")
            << QStringList{u"bogus"_s} << QList<int>{} << QStringList{u"bogus"_s};
}

void TestTunnelFilterModel::addressFilter()
{
    QFETCH(QStringList, entries);
    QFETCH(QList<int>, expected);
    QFETCH(QStringList, rejected);
    QCOMPARE(m_proxy->setAddressFilter(entries), rejected);
    QCOMPARE(visible(*m_proxy), expected);
}

void TestTunnelFilterModel::filtersCombine()
{
    m_proxy->setTextFilter(u"alice"_s);
    QCOMPARE(visible(*m_proxy), (QList<int>{1, 4}));
    m_proxy->setServerFilter({u"s2"_s});
    QCOMPARE(visible(*m_proxy), QList<int>{4});
    m_proxy->setActivityFilter(Activity::Active);
    QCOMPARE(visible(*m_proxy), QList<int>{});
    m_proxy->setActivityFilter(Activity::Any);
    m_proxy->setAddressFilter({u"10.0.0.0/8"_s});
    QCOMPARE(visible(*m_proxy), QList<int>{});
    m_proxy->setServerFilter({});
    QCOMPARE(visible(*m_proxy), QList<int>{1});
    m_proxy->clearFilters();
    QCOMPARE(visible(*m_proxy), everyone);
}

void TestTunnelFilterModel::splitAddressList()
{
    QCOMPARE(TunnelFilterModel::splitAddressList(
                     u"10.0.0.1\n10.0.0.2, 10.0.0.0/8;  2001:db8::1\r\n\n\t"_s),
             (QStringList{u"10.0.0.1"_s, u"10.0.0.2"_s, u"10.0.0.0/8"_s, u"2001:db8::1"_s}));
    QCOMPARE(TunnelFilterModel::splitAddressList(u" \n "_s), QStringList());
}

void TestTunnelFilterModel::filterFollowsPolls()
{
    m_proxy->setActivityFilter(Activity::Active);
    QCOMPARE(visible(*m_proxy), (QList<int>{1, 3, 5}));
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);

    // Session 1 goes idle, a new active one arrives: the filter follows without being told.
    QList<Tunnel> next = serverOne();
    next[0].userActivityState = u"Idle"_s;
    next.append(tunnel(u"CORP\\erin"_s, u"10.0.0.6"_s, {}, u"erin-pc"_s, u"192.0.2.6"_s, u"Sstp"_s,
                       u"Vpn"_s, u"Active"_s));
    m_model->applySnapshot(u"s1"_s, next);
    QCOMPARE(visible(*m_proxy), (QList<int>{3, 5, 6}));
    QCOMPARE(reset.count(), 0);
}

void TestTunnelFilterModel::filterChangesNeverReset()
{
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_proxy->setTextFilter(u"alice"_s);
    QVERIFY(removed.count() > 0);
    const int removals = int(removed.count());
    const int layouts = int(layout.count());
    m_proxy->setTextFilter(u"alice"_s); // unchanged: nothing happens
    m_proxy->setServerFilter({});
    m_proxy->setActivityFilter(Activity::Any);
    QCOMPARE(removed.count(), removals);
    QCOMPARE(layout.count(), layouts);
    QCOMPARE(reset.count(), 0);
}

void TestTunnelFilterModel::sortsByRawValue()
{
    QCOMPARE(m_proxy->sortRole(), int(TunnelTableModel::RawValueRole));
    QVERIFY(m_proxy->dynamicSortFilter());
    QList<Tunnel> one = serverOne();
    one[0].totalBytesIn = 9'000;
    one[1].totalBytesIn = 10'000;
    one[2].totalBytesIn = 100;
    m_model->applySnapshot(u"s1"_s, one);
    QList<Tunnel> two = serverTwo();
    two[0].totalBytesIn = 5'000'000'000ULL;
    two[1].totalBytesIn = 0;
    m_model->applySnapshot(u"s2"_s, two);
    m_proxy->sort(int(Column::BytesIn), Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order.append(m_proxy->index(row, int(Column::TunnelIPv4)).data().toString());
    QCOMPARE(order,
             (QStringList{u"172.16.5.130"_s, QString(), u"10.0.0.1"_s, u"10.0.0.2"_s,
                          u"172.16.5.4"_s}));

    // Sorting by tunnel IPv4: numerically, tunnels without one first.
    m_proxy->sort(int(Column::TunnelIPv4), Qt::AscendingOrder);
    order.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order.append(m_proxy->index(row, int(Column::TunnelIPv4)).data().toString());
    QCOMPARE(order,
             (QStringList{QString(), u"10.0.0.1"_s, u"10.0.0.2"_s, u"172.16.5.4"_s,
                          u"172.16.5.130"_s}));

    // A poll that changes the sort key moves the row: the sort stays live.
    m_proxy->sort(int(Column::BytesIn), Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, int(Column::TunnelIPv4)).data().toString(), u"172.16.5.4"_s);
    two[1].totalBytesIn = 6'000'000'000ULL;
    m_model->applySnapshot(u"s2"_s, two);
    QCOMPARE(m_proxy->index(0, int(Column::TunnelIPv4)).data().toString(), u"172.16.5.130"_s);
}

void TestTunnelFilterModel::refusesOtherSources()
{
    QStringListModel other({u"x"_s});
    TunnelFilterModel proxy;
    QTest::ignoreMessage(QtWarningMsg, "TunnelFilterModel needs a TunnelTableModel as its source");
    proxy.setSourceModel(&other);
    QCOMPARE(proxy.sourceModel(), nullptr);
    QCOMPARE(proxy.tunnelModel(), nullptr);
    proxy.setSourceModel(m_model.get());
    QCOMPARE(proxy.tunnelModel(), m_model.get());
}

// A reset of the source (the benchmark's baseline does one) is a reset of the proxy, sorted and
// filtered as before; a destroyed source leaves an empty proxy, not a dangling one.
void TestTunnelFilterModel::followsResetAndDestruction()
{
    m_proxy->setActivityFilter(Activity::Active);
    m_proxy->sort(int(Column::HostName), Qt::DescendingOrder);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QList<Tunnel> one = serverOne();
    one[1].userActivityState = u"Active"_s;
    m_model->resetSnapshot(u"s1"_s, one);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(visible(*m_proxy), (QList<int>{1, 2, 3, 5}));
    QStringList hosts;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        hosts.append(m_proxy->index(row, int(Column::HostName)).data().toString());
    QCOMPARE(hosts, (QStringList{u"dave-pc"_s, u"carol-da"_s, u"bob-pc"_s, u"ALICE-LAPTOP"_s}));

    m_tester.reset();
    m_model.reset();
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->tunnelModel(), nullptr);
}

void TestTunnelFilterModel::matchesFullSortAcrossPolls_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("bytes in, descending") << int(Column::BytesIn) << Qt::DescendingOrder << false;
    QTest::newRow("bytes in, descending, active only")
            << int(Column::BytesIn) << Qt::DescendingOrder << true;
    QTest::newRow("duration, ascending") << int(Column::Duration) << Qt::AscendingOrder << false;
    QTest::newRow("host name (text), ascending, active only")
            << int(Column::HostName) << Qt::AscendingOrder << true;
    QTest::newRow("tunnel IPv4 (address), descending")
            << int(Column::TunnelIPv4) << Qt::DescendingOrder << false;
    QTest::newRow("unsorted, active only") << -1 << Qt::AscendingOrder << true;
    // The proxy's keys: text packed after the prefix all rows share (which shrinks as odd
    // names arrive), IPv6 addresses that differ only in their last bits, texts that are no
    // address at all, empty cells.
    QTest::newRow("user (text), descending") << int(Column::User) << Qt::DescendingOrder << false;
    QTest::newRow("host name (text), descending")
            << int(Column::HostName) << Qt::DescendingOrder << false;
    QTest::newRow("tunnel IPv6 (address), ascending")
            << int(Column::TunnelIPv6) << Qt::AscendingOrder << false;
    QTest::newRow("external address (mixed), descending")
            << int(Column::ExternalAddress) << Qt::DescendingOrder << false;
    QTest::newRow("connected since, ascending")
            << int(Column::ConnectedSince) << Qt::AscendingOrder << true;
}

// The incremental proxy (rows re-placed, inserted and removed where they belong) must show
// exactly what a full sort of the accepted rows would, after every poll: random arrivals,
// departures, counters that move (many ties too) and sessions turning idle and active.
void TestTunnelFilterModel::matchesFullSortAcrossPolls()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, filtered);
    QRandomGenerator random(7);
    TunnelTableModel model;
    TunnelFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, order);
    if (filtered)
        proxy.setActivityFilter(Activity::Active);
    QItemSelectionModel selection(&proxy);

    int serial = 0;
    // Host names share "host-" at first; later rounds bring others (the shared prefix shrinks),
    // letters in both cases, empty names and non-ASCII ones.
    bool oddNames = false;
    const auto hostName = [&] {
        if (!oddNames)
            return u"host-%1"_s.arg(random.bounded(30));
        switch (random.bounded(6)) {
        case 0:
            return QString();
        case 1:
            return u"HOST-%1"_s.arg(random.bounded(30));
        case 4: // Deseret capital and small letters: surrogate pairs that fold to each other
            return (random.bounded(2) ? u"\U00010400-%1"_s : u"\U00010428-%1"_s)
                    .arg(random.bounded(3));
        case 2:
            return u"h\u00f6st-%1"_s.arg(random.bounded(3));
        default:
            return u"host-%1"_s.arg(random.bounded(30));
        }
    };
    const auto external = [&]() -> QString {
        switch (random.bounded(5)) {
        case 0:
            return {};
        case 1:
            return u"198.51.100.%1"_s.arg(random.bounded(4));
        case 2:
            return u"2001:db8::%1"_s.arg(random.bounded(8));
        case 3:
            return random.bounded(2) ? u"Unknown"_s : u"behind NAT"_s;
        default:
            return u"192.0.2.1"_s;
        }
    };
    const auto make = [&] {
        ++serial;
        // Long names that differ only past the first sixteen units (the proxy's keys hold eight
        // units at a time), repeated names (one user on several tunnels), other domains later.
        const QString user = oddNames && serial % 3 == 0
                ? u"Partner\\u%1"_s.arg(serial)
                : (serial % 2 ? u"CORP\\sales.team.%1"_s : u"CORP\\support.team.%1"_s)
                          .arg(serial % 40);
        Tunnel t = tunnel(
                user, u"10.%1.%2.%3"_s.arg(serial % 7).arg(serial / 200).arg(serial % 200 + 1),
                // The last bits only: equal keys, compared in full.
                serial % 4 ? u"fd00::1:%1"_s.arg(serial % 16, 0, 16) : QString(), hostName(),
                external(), u"Sstp"_s, u"Vpn"_s, random.bounded(3) ? u"Active"_s : u"Idle"_s);
        t.totalBytesIn = random.bounded(20) * 1000; // ties on purpose
        t.connectionDuration = random.bounded(50);
        t.connectionStartTime = t.connectionStartTime.addSecs(random.bounded(5) * 60);
        return t;
    };
    const QStringList servers{u"a"_s, u"b"_s, u"c"_s};
    QHash<QString, QList<Tunnel>> alive = listEach(model, servers, 30, make);
    for (int row = 0; row < proxy.rowCount(); row += 5)
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const auto expected = [&] {
        std::vector<int> rows;
        for (int s = 0; s < model.rowCount(); ++s) {
            if (!filtered || model.tunnel(s).userActivityState == u"Active")
                rows.push_back(s);
        }
        if (column >= 0) {
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                return order == Qt::AscendingOrder ? model.lessThan(a, b, Column(column))
                                                   : model.lessThan(b, a, Column(column));
            });
        }
        return rows;
    };
    for (int round = 0; round < 15; ++round) {
        oddNames = round >= 5;
        for (const QString &server : servers) {
            QList<Tunnel> &list = alive[server];
            for (int i = int(random.bounded(4)); i > 0 && !list.isEmpty(); --i)
                list.removeAt(random.bounded(list.size()));
            for (int i = int(random.bounded(4)); i > 0; --i)
                list.insert(random.bounded(list.size() + 1), make());
            for (Tunnel &t : list) {
                if (random.bounded(4) == 0)
                    t.totalBytesIn += random.bounded(3) * 1000;
                if (random.bounded(3) == 0)
                    t.connectionDuration += 5;
                if (random.bounded(15) == 0)
                    t.userActivityState = t.userActivityState == u"Idle" ? u"Active"_s : u"Idle"_s;
                if (random.bounded(40) == 0)
                    t.hostName = hostName();
                if (random.bounded(40) == 0)
                    t.clientExternalAddress = external();
            }
            model.applySnapshot(server, list);
            std::vector<int> shown;
            for (int row = 0; row < proxy.rowCount(); ++row)
                shown.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
            QVERIFY2(shown == expected(),
                     qPrintable(u"round %1, server %2"_s.arg(round).arg(server)));
            for (int row = 0; row < proxy.rowCount(); ++row)
                QCOMPARE(proxy.mapFromSource(model.index(shown[size_t(row)], 1)).row(), row);
        }
        if (round % 5 == 4) { // the user sorts again now and then
            proxy.sort(column,
                       order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
            proxy.sort(column, order);
        }
    }
}

// A poll's departures and arrivals lie scattered over a sorted view. A view's header walks all
// its sections for every removal, so they reach it as one removal (after a layout change that
// gathers them) and one insertion (placed by the update's one layout change), and the
// selection of the rows that stay is kept.
void TestTunnelFilterModel::scatteredChangesAsFewSignals()
{
    TunnelTableModel model;
    TunnelFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(Column::BytesIn), Qt::AscendingOrder);
    QList<Tunnel> list;
    for (int i = 0; i < 40; ++i) {
        Tunnel t = tunnel(u"CORP\\u%1"_s.arg(i), u"10.0.0.%1"_s.arg(i + 1), {}, u"h"_s, {},
                          u"Sstp"_s, u"Vpn"_s, u"Active"_s);
        t.totalBytesIn = quint64(i) * 100;
        list.append(t);
    }
    model.applySnapshot(u"s"_s, list);
    QItemSelectionModel selection(&proxy);
    for (const int row : {1, 10, 21, 30})
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);

    // Every fifth session leaves (every fifth row of the view); five arrive between others;
    // two move (their counters grew past others).
    QList<Tunnel> next;
    for (int i = 0; i < 40; ++i) {
        if (i % 5 != 3)
            next.append(list.at(i));
        if (i == 5 || i == 16)
            next.last().totalBytesIn += 1250;
    }
    for (int i = 0; i < 5; ++i) {
        Tunnel t = tunnel(u"CORP\\new%1"_s.arg(i), u"10.0.1.%1"_s.arg(i + 1), {}, u"h"_s, {},
                          u"Sstp"_s, u"Vpn"_s, u"Active"_s);
        t.totalBytesIn = quint64(i) * 800 + 50;
        next.append(t);
    }
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    model.applySnapshot(u"s"_s, next);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(2).toInt() - removed.first().at(1).toInt() + 1, 8);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 5);
    QCOMPARE(layouts.size(), 2); // the departures gathered; arrivals and moves placed
    QCOMPARE(proxy.rowCount(), 37);
    quint64 previous = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const quint64 bytes = proxy.index(row, int(Column::BytesIn))
                                      .data(TunnelTableModel::RawValueRole)
                                      .toULongLong();
        QVERIFY(bytes >= previous);
        previous = bytes;
    }
    QStringList selected;
    for (const QModelIndex &index : selection.selectedRows(int(Column::User)))
        selected.append(index.data().toString());
    selected.sort();
    QCOMPARE(selected,
             (QStringList{u"CORP\\u1"_s, u"CORP\\u10"_s, u"CORP\\u21"_s, u"CORP\\u30"_s}));
}

QTEST_GUILESS_MAIN(TestTunnelFilterModel)
// A poll's departures leave the sorted proxy before the model removes them, and the map is
// brought up to date for them only with the poll's last layout change: at every signal in
// between, of the proxy or of the model, every row must still map to its source row and back.
void TestTunnelFilterModel::mapsEveryRowDuringPolls()
{
    QRandomGenerator random(11);
    TunnelTableModel model;
    TunnelFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
    int serial = 0;
    const auto make = [&] {
        ++serial;
        Tunnel t = tunnel(u"CORP\\u%1"_s.arg(serial),
                          u"10.%1.%2.%3"_s.arg(serial % 5).arg(serial / 200).arg(serial % 200 + 1),
                          {}, u"h"_s, {}, u"Sstp"_s, u"Vpn"_s, u"Active"_s);
        t.totalBytesIn = random.bounded(1000) * 10;
        return t;
    };
    const QStringList servers{u"a"_s, u"b"_s, u"c"_s};
    QHash<QString, QList<Tunnel>> alive;
    for (const QString &server : servers) {
        for (int i = 0; i < 40; ++i)
            alive[server].append(make());
        model.applySnapshot(server, alive[server]);
    }
    int checks = 0;
    QString failure;
    const auto check = [&](const char *when) {
        ++checks;
        if (!failure.isEmpty())
            return;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
            const int back = proxy.mapFromSource(source).row();
            if (!source.isValid() || back != row) {
                failure = u"%1: proxy row %2 -> source row %3 -> proxy row %4"_s
                                  .arg(QLatin1String(when))
                                  .arg(row)
                                  .arg(source.row())
                                  .arg(back);
                return;
            }
        }
    };
    // After the proxy (connected first) has heard each signal of the model.
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { check("model rowsRemoved"); });
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { check("model rowsInserted"); });
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { check("model dataChanged"); });
    connect(&proxy, &QAbstractItemModel::rowsRemoved, this, [&] { check("proxy rowsRemoved"); });
    connect(&proxy, &QAbstractItemModel::rowsInserted, this, [&] { check("proxy rowsInserted"); });
    connect(&proxy, &QAbstractItemModel::layoutChanged, this,
            [&] { check("proxy layoutChanged"); });
    connect(&proxy, &QAbstractItemModel::dataChanged, this, [&] { check("proxy dataChanged"); });
    for (int round = 0; round < 10; ++round) {
        for (const QString &server : servers) {
            QList<Tunnel> &list = alive[server];
            // Several departures, scattered over the view, and arrivals now more, now fewer.
            for (int i = int(random.bounded(2, 7)); i > 0 && !list.isEmpty(); --i)
                list.removeAt(random.bounded(list.size()));
            for (int i = int(random.bounded(7)); i > 0; --i)
                list.insert(random.bounded(list.size() + 1), make());
            for (Tunnel &t : list) {
                if (random.bounded(3) == 0)
                    t.totalBytesIn += random.bounded(300) * 10;
            }
            model.applySnapshot(server, list);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            check("after the poll");
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QCOMPARE(proxy.rowCount(), model.rowCount());
        }
    }
    QVERIFY(checks > 300);
}

void TestTunnelFilterModel::farMovesMatchFullSort_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    // 0: counters reset, 1: order reversed, 2: a few jump, 3: counters beyond 32 bits and close
    // together, 4: counters growing past 32 bits
    QTest::addColumn<int>("jump");
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const char *name = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("%s, counters reset", name) << order << 0;
        QTest::addRow("%s, order reversed", name) << order << 1;
        QTest::addRow("%s, a few jump across", name) << order << 2;
        QTest::addRow("%s, large counters close together", name) << order << 3;
        QTest::addRow("%s, counters grow past 32 bits", name) << order << 4;
    }
}

// Most rows of a poll move a few places and are placed by a short walk from where they stood;
// rows that move across the table (a server restarted and its counters began again, counters
// that overtake each other in bulk) must land where a full sort puts them as well, with the
// arrivals and departures of the same poll, and the selection must stay on its sessions.
void TestTunnelFilterModel::farMovesMatchFullSort()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, jump);
    TunnelTableModel model;
    TunnelFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(Column::BytesIn), order);
    QItemSelectionModel selection(&proxy);
    QRandomGenerator random(11);
    int serial = 0;
    const auto make = [&] {
        ++serial;
        Tunnel t = tunnel(u"CORP\\u%1"_s.arg(serial),
                          u"10.%1.%2.%3"_s.arg(serial % 5).arg(serial / 250).arg(serial % 250 + 1),
                          {}, u"host-%1"_s.arg(serial), {}, u"Sstp"_s, u"Vpn"_s, u"Active"_s);
        // Beyond 32 bits, keys a few apart: the proxy's copy of the keys in row order holds
        // their top 32 bits, and rows equal there are told apart by the whole key.
        const quint64 base = jump == 3 ? quint64(1) << 40 : 0;
        t.totalBytesIn = base + random.bounded(jump == 3 ? 5000 : 1'000'000);
        t.setFingerprint();
        return t;
    };
    const QStringList servers{u"a"_s, u"b"_s, u"c"_s};
    QHash<QString, QList<Tunnel>> alive = listEach(model, servers, 120, make);
    const auto keyAt = [&](int row) {
        return proxy.index(row, 0).data(TunnelTableModel::KeyRole).value<SessionKey>();
    };
    QList<SessionKey> selected;
    for (int row = 3; row < proxy.rowCount(); row += 37) {
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selected.append(keyAt(row));
    }
    const auto check = [&](const QString &what) {
        std::vector<int> rows(size_t(model.rowCount()));
        std::iota(rows.begin(), rows.end(), 0);
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return order == Qt::AscendingOrder ? model.lessThan(a, b, Column::BytesIn)
                                               : model.lessThan(b, a, Column::BytesIn);
        });
        std::vector<int> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
        QVERIFY2(shown == rows, qPrintable(what));
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.mapFromSource(model.index(shown[size_t(row)], 0)).row(), row);
        QList<SessionKey> stillSelected;
        for (const QModelIndex &index : selection.selectedRows())
            stillSelected.append(index.data(TunnelTableModel::KeyRole).value<SessionKey>());
        for (const SessionKey &key : std::as_const(selected)) {
            if (model.rowForKey(key) >= 0)
                QVERIFY2(stillSelected.contains(key), qPrintable(what));
        }
        QVERIFY2(stillSelected.size() <= selected.size(), qPrintable(what));
    };
    for (int round = 0; round < 3; ++round) {
        for (const QString &server : servers) {
            QList<Tunnel> &list = alive[server];
            if (jump == 4 && server == u"b" && round == 1) {
                // Rows that stay grow past 32 bits (the poll's arrivals, below, do not).
                for (Tunnel &t : list)
                    t.totalBytesIn += (quint64(1) << 33) + random.bounded(3000);
            }
            for (int i = 0; i < 6; ++i)
                list.removeAt(random.bounded(list.size()));
            for (int i = 0; i < 6; ++i)
                list.insert(random.bounded(list.size() + 1), make());
            for (qsizetype i = 0; i < list.size(); ++i) {
                Tunnel &t = list[i];
                if (jump == 0 && server == u"b")
                    t.totalBytesIn = random.bounded(1000); // the server started again
                else if (jump == 1 && server == u"b")
                    t.totalBytesIn = 2'000'000 - t.totalBytesIn;
                else if (jump == 2 && i % 10 == 0)
                    t.totalBytesIn += random.bounded(2'000'000);
                else if (random.bounded(4) == 0)
                    t.totalBytesIn += random.bounded(3000);
                t.setFingerprint();
            }
            model.applySnapshot(server, list);
            check(u"round %1, server %2"_s.arg(round).arg(server));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

#include "tst_tunnelfiltermodel.moc"
