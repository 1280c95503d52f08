#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using Column = TunnelTableModel::Column;

namespace {

Tunnel makeTunnel(int n)
{
    Tunnel t;
    t.clientIPv4Address = u"10.0.0."_s + QString::number(n);
    t.hostName = u"host-"_s + QString::number(n);
    t.clientExternalAddress = u"203.0.113."_s + QString::number(n % 250);
    t.tunnelType = u"Sstp"_s;
    t.transitionTechnology = u"None"_s;
    t.connectionType = u"Vpn"_s;
    t.healthStatus = u"OK"_s;
    t.authMethod = u"EAP"_s;
    t.userActivityState = u"Active"_s;
    t.userName = {u"CORP\\user"_s + QString::number(n)};
    t.connectionStartTime = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(60 * n);
    t.connectionDuration = quint32(3600 + n);
    t.totalBytesIn = quint64(1000) * quint64(n);
    t.totalBytesOut = quint64(2000) * quint64(n);
    return t;
}

QList<Tunnel> makeTunnels(std::initializer_list<int> numbers)
{
    QList<Tunnel> list;
    for (const int n : numbers)
        list.append(makeTunnel(n));
    return list;
}

QStringList keyTexts(const QString &server, std::initializer_list<int> numbers)
{
    QStringList keys;
    for (const int n : numbers)
        keys.append(server + u"/10.0.0."_s + QString::number(n));
    return keys;
}

QString keyText(const SessionKey &key)
{
    return key.serverId + u'/' + key.address;
}

QStringList rowKeys(const TunnelTableModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(keyText(model.keyForRow(row)));
    return keys;
}

QString roleName(int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return u"display"_s;
    case Qt::ToolTipRole:
        return u"tooltip"_s;
    case TunnelTableModel::RawValueRole:
        return u"raw"_s;
    case TunnelTableModel::TunnelRole:
        return u"tunnel"_s;
    case TunnelTableModel::StaleRole:
        return u"stale"_s;
    case TunnelTableModel::OperationRole:
        return u"operation"_s;
    default:
        return QString::number(role);
    }
}

QString columnName(int column)
{
    return QString::fromLatin1(QMetaEnum::fromType<Column>().valueToKey(column));
}

// Every structural or data signal of a model, in the order they came.
class SignalLog
{
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             entries.append(u"removed %1-%2"_s.arg(first).arg(last));
                         });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             entries.append(u"inserted %1-%2"_s.arg(first).arg(last));
                         });
        QObject::connect(model, &QAbstractItemModel::dataChanged, &m_context,
                         [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles) {
                             QStringList names;
                             for (const int role : roles)
                                 names.append(roleName(role));
                             entries.append(u"changed %1-%2 %3-%4 %5"_s.arg(topLeft.row())
                                                    .arg(bottomRight.row())
                                                    .arg(columnName(topLeft.column()),
                                                         columnName(bottomRight.column()),
                                                         names.join(u',')));
                         });
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_context,
                         [this] { entries.append(u"reset"_s); });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &m_context,
                         [this] { entries.append(u"layout"_s); });
        QObject::connect(model, &QAbstractItemModel::rowsMoved, &m_context,
                         [this] { entries.append(u"moved"_s); });
    }
    QStringList entries;

private:
    QObject m_context;
};

} // namespace

class TestTunnelTableModel final : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<void(TestTunnelTableModel *, TunnelTableModel &)>;
    using Edit = std::function<void(Tunnel &)>;

    // Applies a snapshot and remembers it, so that checkRows() can compare every row with it.
    void apply(TunnelTableModel &model, const QString &server, const QList<Tunnel> &tunnels)
    {
        m_snapshots.insert(server, tunnels);
        model.applySnapshot(server, tunnels);
    }
    void forget(TunnelTableModel &model, const QString &server)
    {
        m_snapshots.remove(server);
        model.removeServer(server);
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void diff_data();
    void diff();
    void staleRole();
    void operationKeptWhileRowLives();
    void display_data();
    void display();
    void formatDuration_data();
    void formatDuration();
    void headers();
    void addressSortKey_data();
    void addressSortKey();
    void sortsAddressesNumerically();
    void selectionAndSortFollowSessions();
    void fingerprintSeesEveryField_data();
    void fingerprintSeesEveryField();
    void fingerprintOfEqualTunnels_data();
    void fingerprintOfEqualTunnels();
    void anyListingOrder_data();
    void anyListingOrder();

private:
    void checkRows(const TunnelTableModel &model);

    QHash<QString, QList<Tunnel>> m_snapshots;
};

Q_DECLARE_METATYPE(TestTunnelTableModel::Step)
Q_DECLARE_METATYPE(TestTunnelTableModel::Edit)

void TestTunnelTableModel::initTestCase()
{
    // Byte sizes and dates are formatted for the user's locale: pin one for exact texts.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTunnelTableModel::init()
{
    m_snapshots.clear();
}

// Every row shows exactly what the last snapshot of its server said, each listed session has a
// row, and the key index agrees with the row order.
void TestTunnelTableModel::checkRows(const TunnelTableModel &model)
{
    int expectedRows = 0;
    for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
        QSet<QString> addresses;
        for (const Tunnel &t : it.value()) {
            const QString address = t.primaryAddress();
            if (address.isEmpty() || addresses.contains(address))
                continue; // skipped by the model: no key, or a repeat (the first one wins)
            addresses.insert(address);
            const int row = model.rowForKey({it.key(), address});
            QVERIFY2(row >= 0, qPrintable(it.key() + u'/' + address));
            QCOMPARE(model.tunnel(row), t);
        }
        QCOMPARE(model.totalCount(it.key()), int(addresses.size()));
        expectedRows += int(addresses.size());
    }
    QCOMPARE(model.rowCount(), expectedRows);
    for (int row = 0; row < model.rowCount(); ++row) {
        const SessionKey key = model.keyForRow(row);
        QCOMPARE(model.rowForKey(key), row);
        QCOMPARE(model.index(row, 0).data(TunnelTableModel::KeyRole).value<SessionKey>(), key);
        QCOMPARE(model.index(row, 3).data(TunnelTableModel::ServerIdRole).toString(), key.serverId);
    }
}

void TestTunnelTableModel::diff_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QStringList>("expectedSignals");
    QTest::addColumn<QStringList>("expectedRows");

    // Before each step: server s1 lists tunnels 1-5 (rows 0-4), then s2 lists 101 and 102
    // (rows 5-6).
    const QStringList s1 = keyTexts(u"s1"_s, {1, 2, 3, 4, 5});
    const QStringList s2 = keyTexts(u"s2"_s, {101, 102});
    const QString tunnelRoles = u"display,raw,tunnel"_s;

    QTest::newRow("identical") << Step([](auto *t, auto &m) {
        t->apply(m, u"s1"_s, makeTunnels({1, 2, 3, 4, 5}));
    }) << QStringList() << s1 + s2;
    QTest::newRow("reordered") << Step([](auto *t, auto &m) {
        t->apply(m, u"s1"_s, makeTunnels({5, 3, 1, 4, 2}));
    }) << QStringList() << s1 + s2;
    QTest::newRow("add one") << Step([](auto *t, auto &m) {
        t->apply(m, u"s1"_s, makeTunnels({1, 2, 3, 4, 5, 6}));
    }) << QStringList{u"inserted 5-5"_s}
                             << s1 + keyTexts(u"s1"_s, {6}) + s2;
    QTest::newRow("add several, scattered") << Step([](auto *t, auto &m) {
        t->apply(m, u"s1"_s, makeTunnels({8, 1, 2, 7, 3, 4, 5, 6}));
    }) << QStringList{u"inserted 5-7"_s} << s1 + keyTexts(u"s1"_s, {8, 7, 6}) + s2;
    QTest::newRow("add to the last server") << Step([](auto *t, auto &m) {
        t->apply(m, u"s2"_s, makeTunnels({101, 102, 103}));
    }) << QStringList{u"inserted 7-7"_s} << s1 + s2 + keyTexts(u"s2"_s, {103});
    QTest::newRow("new server") << Step([](auto *t, auto &m) {
        t->apply(m, u"s3"_s, makeTunnels({201, 202}));
    }) << QStringList{u"inserted 7-8"_s}
                                << s1 + s2 + keyTexts(u"s3"_s, {201, 202});
    QTest::newRow("remove one") << Step([](auto *t, auto &m) {
        t->apply(m, u"s1"_s, makeTunnels({1, 2, 4, 5}));
    }) << QStringList{u"removed 2-2"_s}
                                << keyTexts(u"s1"_s, {1, 2, 4, 5}) + s2;
    QTest::newRow("remove two ranges, bottom-up") << Step([](auto *t, auto &m) {
        t->apply(m, u"s1"_s, makeTunnels({4, 1}));
    }) << QStringList{u"removed 4-4"_s, u"removed 1-2"_s}
                                                  << keyTexts(u"s1"_s, {1, 4}) + s2;
    QTest::newRow("server lists nothing")
            << Step([](auto *t, auto &m) { t->apply(m, u"s1"_s, {}); })
            << QStringList{u"removed 0-4"_s} << s2;
    QTest::newRow("one counter") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
        list[2].totalBytesIn += 1;
        t->apply(m, u"s1"_s, list);
    }) << QStringList{u"changed 2-2 BytesIn-BytesIn "_s + tunnelRoles}
                                 << s1 + s2;
    QTest::newRow("adjacent rows, same columns: one range") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
        for (int i : {1, 2, 3}) {
            list[i].totalBytesIn += 1;
            list[i].totalBytesOut += 1;
        }
        t->apply(m, u"s1"_s, list);
    }) << QStringList{u"changed 1-3 BytesIn-BytesOut "_s + tunnelRoles}
                                                            << s1 + s2;
    // A range never names a column that did not change (a sorting proxy re-sorts every row of
    // a range that spans its sort column).
    QTest::newRow("adjacent rows, other columns: a range each")
            << Step([](auto *t, auto &m) {
                   QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
                   list[1].totalBytesOut += 1;
                   list[2].totalBytesIn += 1;
                   t->apply(m, u"s1"_s, list);
               })
            << QStringList{u"changed 1-1 BytesOut-BytesOut "_s + tunnelRoles,
                           u"changed 2-2 BytesIn-BytesIn "_s + tunnelRoles}
            << s1 + s2;
    QTest::newRow("one row, two column spans")
            << Step([](auto *t, auto &m) {
                   QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
                   list[4].connectionDuration += 5;
                   list[4].userActivityState = u"Idle"_s;
                   t->apply(m, u"s1"_s, list);
               })
            << QStringList{u"changed 4-4 Duration-Duration "_s + tunnelRoles,
                           u"changed 4-4 Activity-Activity "_s + tunnelRoles}
            << s1 + s2;
    QTest::newRow("separate rows") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
        list[0].connectionDuration += 5;
        list[3].userActivityState = u"Idle"_s;
        t->apply(m, u"s1"_s, list);
    })
                                   << QStringList{u"changed 0-0 Duration-Duration "_s + tunnelRoles,
                                                  u"changed 3-3 Activity-Activity "_s + tunnelRoles}
                                   << s1 + s2;
    QTest::newRow("most rows: one full range") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
        for (Tunnel &tunnel : list)
            tunnel.totalBytesIn += 7;
        t->apply(m, u"s1"_s, list);
    }) << QStringList{u"changed 0-6 BytesIn-BytesIn "_s + tunnelRoles}
                                               << s1 + s2;
    QTest::newRow("a field no column shows") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
        list[1].healthStatus = u"Degraded"_s;
        t->apply(m, u"s1"_s, list);
    }) << QStringList{u"changed 1-1 Server-ConnectionType "_s + tunnelRoles}
                                             << s1 + s2;
    QTest::newRow("remove, change and add at once")
            << Step([](auto *t, auto &m) {
                   QList<Tunnel> list = makeTunnels({1, 3, 5, 6});
                   list[1].totalBytesIn += 1;
                   t->apply(m, u"s1"_s, list);
               })
            << QStringList{u"removed 3-3"_s, u"removed 1-1"_s,
                           u"changed 1-1 BytesIn-BytesIn "_s + tunnelRoles, u"inserted 3-3"_s}
            << keyTexts(u"s1"_s, {1, 3, 5, 6}) + s2;
    QTest::newRow("tunnel address changed") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5});
        list[2].clientIPv4Address = u"10.0.0.33"_s;
        t->apply(m, u"s1"_s, list);
    }) << QStringList{u"removed 2-2"_s, u"inserted 4-4"_s}
                                            << keyTexts(u"s1"_s, {1, 2, 4, 5, 33}) + s2;
    QTest::newRow("IPv6-only tunnel") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5, 7});
        list[5].clientIPv4Address.clear();
        list[5].clientIPv6Address = u"2001:db8::7"_s;
        t->apply(m, u"s1"_s, list);
    }) << QStringList{u"inserted 5-5"_s}
                                      << s1 + QStringList{u"s1/2001:db8::7"_s} + s2;
    QTest::newRow("repeated and missing addresses are skipped") << Step([](auto *t, auto &m) {
        QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5, 3});
        list[5].totalBytesIn = 99; // a repeat: ignored, the first one wins
        Tunnel noAddress = makeTunnel(9);
        noAddress.clientIPv4Address.clear();
        list.append(noAddress);
        t->apply(m, u"s1"_s, list);
    }) << QStringList() << s1 + s2;
    QTest::newRow("a new address listed twice: the first one wins")
            << Step([](auto *t, auto &m) {
                   QList<Tunnel> list = makeTunnels({1, 2, 3, 4, 5, 40, 41, 40});
                   list[7].totalBytesIn = 99; // the repeat: ignored
                   t->apply(m, u"s1"_s, list);
               })
            << QStringList{u"inserted 5-6"_s}
            << s1 + QStringList{u"s1/10.0.0.40"_s, u"s1/10.0.0.41"_s} + s2;
    QTest::newRow("server gone stale")
            << Step([](auto *, auto &m) { m.setServerStale(u"s1"_s, true); })
            << QStringList{u"changed 0-4 Server-ConnectionType stale"_s} << s1 + s2;
    QTest::newRow("not stale already")
            << Step([](auto *, auto &m) { m.setServerStale(u"s2"_s, false); }) << QStringList()
            << s1 + s2;
    QTest::newRow("server removed") << Step([](auto *t, auto &m) { t->forget(m, u"s1"_s); })
                                    << QStringList{u"removed 0-4"_s} << s2;
    QTest::newRow("last server removed") << Step([](auto *t, auto &m) { t->forget(m, u"s2"_s); })
                                         << QStringList{u"removed 5-6"_s} << s1;
    QTest::newRow("unknown server removed")
            << Step([](auto *t, auto &m) { t->forget(m, u"s9"_s); }) << QStringList() << s1 + s2;
    QTest::newRow("server renamed")
            << Step([](auto *, auto &m) { m.setServerName(u"s2"_s, u"Paris"_s); })
            << QStringList{u"changed 5-6 Server-Server display,raw"_s} << s1 + s2;
    QTest::newRow("operation set") << Step([](auto *, auto &m) {
        m.setOperation(
                {{u"s1"_s, u"10.0.0.2"_s}, {u"s1"_s, u"10.0.0.3"_s}, {u"s1"_s, u"10.0.0.99"_s}},
                TunnelOperation::disconnecting());
    }) << QStringList{u"changed 1-2 Server-ConnectionType operation,tooltip"_s}
                                   << s1 + s2;
}

void TestTunnelTableModel::diff()
{
    QFETCH(Step, step);
    QFETCH(QStringList, expectedSignals);
    QFETCH(QStringList, expectedRows);

    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    apply(model, u"s1"_s, makeTunnels({1, 2, 3, 4, 5}));
    apply(model, u"s2"_s, makeTunnels({101, 102}));

    SignalLog log(&model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    step(this, model);

    QCOMPARE(log.entries, expectedSignals);
    QCOMPARE(removed.count() + inserted.count() + changed.count(), expectedSignals.size());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rowKeys(model), expectedRows);
    checkRows(model);
}

void TestTunnelTableModel::staleRole()
{
    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(u"s1"_s, makeTunnels({1, 2}));
    model.applySnapshot(u"s2"_s, makeTunnels({101}));

    model.setServerStale(u"s1"_s, true);
    QVERIFY(model.isServerStale(u"s1"_s));
    QVERIFY(model.index(0, 0).data(TunnelTableModel::StaleRole).toBool());
    QVERIFY(model.index(1, 5).data(TunnelTableModel::StaleRole).toBool());
    QVERIFY(model.isStale(1));
    QVERIFY(!model.index(2, 0).data(TunnelTableModel::StaleRole).toBool());
    QCOMPARE(model.rowCount(), 3); // kept

    // A successful poll clears the mark: one signal for the mark, none for identical rows.
    SignalLog log(&model);
    model.applySnapshot(u"s1"_s, makeTunnels({1, 2}));
    QCOMPARE(log.entries, QStringList{u"changed 0-1 Server-ConnectionType stale"_s});
    QVERIFY(!model.isServerStale(u"s1"_s));
    QVERIFY(!model.index(0, 0).data(TunnelTableModel::StaleRole).toBool());
}

void TestTunnelTableModel::operationKeptWhileRowLives()
{
    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(u"s1"_s, makeTunnels({1, 2, 3}));
    const SessionKey key{u"s1"_s, u"10.0.0.2"_s};
    QCOMPARE(model.operation(key), TunnelOperation::idle());
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());

    model.setOperation({key}, TunnelOperation::disconnecting());
    QList<Tunnel> next = makeTunnels({3, 2, 1, 4});
    next[1].totalBytesIn += 100;
    model.applySnapshot(u"s1"_s, next);
    QCOMPARE(model.operation(key).phase, TunnelOperation::Phase::Disconnecting);
    const int row = model.rowForKey(key);
    QCOMPARE(model.index(row, 2).data(TunnelTableModel::OperationRole).value<TunnelOperation>(),
             TunnelOperation::disconnecting());
    QCOMPARE(model.index(row, 2).data(Qt::ToolTipRole).toString(), u"Disconnecting…"_s);

    // Setting the same operation again says nothing.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOperation({key}, TunnelOperation::disconnecting());
    QCOMPARE(changed.count(), 0);

    const TunnelOperation failed
            = TunnelOperation::finished(DisconnectOutcomeKind::Failed, u"Access is denied."_s);
    model.setOperation({key}, failed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.operation(key), failed);
    QCOMPARE(model.index(row, 0).data(Qt::ToolTipRole).toString(),
             u"Disconnect failed: Access is denied."_s);

    // The row goes, and with it the operation: a session that comes back is a new one.
    model.applySnapshot(u"s1"_s, makeTunnels({1, 3}));
    QCOMPARE(model.rowForKey(key), -1);
    QCOMPARE(model.operation(key), TunnelOperation::idle());
    model.applySnapshot(u"s1"_s, makeTunnels({1, 2, 3}));
    QCOMPARE(model.operation(key), TunnelOperation::idle());
}

void TestTunnelTableModel::display_data()
{
    QTest::addColumn<Tunnel>("tunnel");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("raw");

    const Tunnel base = makeTunnel(1);
    Tunnel t = base;
    t.totalBytesIn = 1536;
    QTest::newRow("bytes in") << t << Column::BytesIn << QVariant(u"1.50 KiB"_s)
                              << QVariant(qulonglong(1536));
    t = base;
    t.totalBytesOut = 5'000'000'000ULL;
    QTest::newRow("bytes out, large") << t << Column::BytesOut << QVariant(u"4.66 GiB"_s)
                                      << QVariant(qulonglong(5'000'000'000ULL));
    t = base;
    t.totalBytesOut = 0;
    QTest::newRow("no bytes") << t << Column::BytesOut << QVariant(u"0 bytes"_s)
                              << QVariant(qulonglong(0));
    t = base;
    t.connectionDuration = 7500;
    QTest::newRow("duration") << t << Column::Duration << QVariant(u"2 h 05 min"_s)
                              << QVariant(qulonglong(7500));
    t = base;
    t.connectionStartTime = QDateTime(QDate(2024, 5, 1), QTime(8, 30), Qt::UTC);
    QTest::newRow("connected since")
            << t << Column::ConnectedSince
            << QVariant(QLocale().toString(t.connectionStartTime.toLocalTime(),
                                           QLocale::ShortFormat))
            << QVariant(qlonglong(1714552200000LL));
    t = base;
    t.connectionStartTime = QDateTime();
    QTest::newRow("connected since, unknown")
            << t << Column::ConnectedSince << QVariant()
            << QVariant(qlonglong(std::numeric_limits<qint64>::min()));
    t = base;
    t.userName = {u"CORP\\alice"_s, u"CORP\\alice-admin"_s};
    QTest::newRow("users") << t << Column::User << QVariant(u"CORP\\alice, CORP\\alice-admin"_s)
                           << QVariant(u"CORP\\alice, CORP\\alice-admin"_s);
    t = base;
    t.tunnelType = u"Ikev2"_s;
    QTest::newRow("tunnel type") << t << Column::TunnelType << QVariant(u"IKEv2"_s)
                                 << QVariant(u"IKEv2"_s);
    t = base;
    t.userActivityState = u"Idle"_s;
    QTest::newRow("activity") << t << Column::Activity << QVariant(u"Idle"_s)
                              << QVariant(u"Idle"_s);
    t = base;
    t.connectionType = u"DirectAccess"_s;
    QTest::newRow("connection type") << t << Column::ConnectionType << QVariant(u"DirectAccess"_s)
                                     << QVariant(u"DirectAccess"_s);
    t = base;
    t.connectionType = u"Vpn"_s;
    QTest::newRow("connection type VPN")
            << t << Column::ConnectionType << QVariant(u"VPN"_s) << QVariant(u"VPN"_s);
    t = base;
    t.clientIPv4Address = u"10.1.2.200"_s;
    QTest::newRow("tunnel IPv4") << t << Column::TunnelIPv4 << QVariant(u"10.1.2.200"_s)
                                 << QVariant(u"40a0102c8"_s);
    t = base;
    t.clientIPv6Address = u"2001:db8::1"_s;
    QTest::newRow("tunnel IPv6") << t << Column::TunnelIPv6 << QVariant(u"2001:db8::1"_s)
                                 << QVariant(u"620010db8000000000000000000000001"_s);
    t = base;
    QTest::newRow("server") << t << Column::Server << QVariant(u"Paris"_s) << QVariant(u"Paris"_s);
}

void TestTunnelTableModel::display()
{
    QFETCH(Tunnel, tunnel);
    QFETCH(Column, column);
    QFETCH(QVariant, display);
    QFETCH(QVariant, raw);

    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServerName(u"s1"_s, u"Paris"_s);
    model.applySnapshot(u"s1"_s, {tunnel});
    const QModelIndex cell = model.index(0, int(column));
    QCOMPARE(cell.data(Qt::DisplayRole), display);
    QCOMPARE(cell.data(TunnelTableModel::RawValueRole), raw);
    QCOMPARE(cell.data(TunnelTableModel::TunnelRole).value<Tunnel>(), tunnel);
}

void TestTunnelTableModel::formatDuration_data()
{
    QTest::addColumn<quint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << quint64(0) << u"0 s"_s;
    QTest::newRow("seconds") << quint64(45) << u"45 s"_s;
    QTest::newRow("minutes") << quint64(12 * 60 + 59) << u"12 min"_s;
    QTest::newRow("hours, padded minutes") << quint64(2 * 3600 + 5 * 60) << u"2 h 05 min"_s;
    QTest::newRow("just under a day") << quint64(86399) << u"23 h 59 min"_s;
    QTest::newRow("days") << quint64(3 * 86400 + 4 * 3600 + 59) << u"3 d 4 h"_s;
    QTest::newRow("many days") << quint64(1234 * 86400) << u"1,234 d 0 h"_s;
}

void TestTunnelTableModel::formatDuration()
{
    QFETCH(quint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TunnelTableModel::formatDuration(seconds), expected);
}

void TestTunnelTableModel::headers()
{
    TunnelTableModel model;
    QCOMPARE(model.columnCount(), int(Column::Count));
    QSet<QString> seen;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty(), qPrintable(columnName(column)));
        seen.insert(header);
    }
    QCOMPARE(seen.size(), model.columnCount()); // no two alike
    QCOMPARE(model.headerData(int(Column::TunnelIPv4), Qt::Horizontal).toString(),
             u"Tunnel IPv4"_s);
    QVERIFY(model.roleNames().contains(TunnelTableModel::RawValueRole));
}

void TestTunnelTableModel::addressSortKey_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("v4") << u"10.0.0.1"_s << u"40a000001"_s;
    QTest::newRow("v4 max") << u"255.255.255.255"_s << u"4ffffffff"_s;
    QTest::newRow("v6") << u"2001:db8::10"_s << u"620010db8000000000000000000000010"_s;
    QTest::newRow("v6 loopback") << u"::1"_s << u"600000000000000000000000000000001"_s;
    QTest::newRow("v4-mapped v6 stays v6")
            << u"::ffff:10.0.0.1"_s << u"600000000000000000000ffff0a000001"_s;
    QTest::newRow("not an address") << u"Laptop-7"_s << u"9laptop-7"_s;
}

void TestTunnelTableModel::addressSortKey()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(TunnelTableModel::addressSortKey(address), key);
    const QHostAddress back = TunnelTableModel::addressFromSortKey(key);
    if (key.startsWith(u'4') || key.startsWith(u'6'))
        QCOMPARE(back, QHostAddress(address));
    else
        QVERIFY(back.isNull());
}

void TestTunnelTableModel::sortsAddressesNumerically()
{
    const QStringList ascending{QString(),        u"9.255.255.255"_s, u"10.0.0.9"_s,
                                u"10.0.0.10"_s,   u"192.168.1.1"_s,   u"::1"_s,
                                u"2001:db8::9"_s, u"2001:db8::10"_s,  u"fe80::1"_s};
    QList<Tunnel> tunnels;
    // Listed out of order; the external address column holds both families.
    const QList<int> order{4, 8, 0, 6, 2, 7, 1, 5, 3};
    for (const int i : order) {
        Tunnel t = makeTunnel(i + 1);
        t.clientExternalAddress = ascending.at(i);
        tunnels.append(t);
    }
    TunnelTableModel model;
    model.applySnapshot(u"s1"_s, tunnels);

    // A plain QSortFilterProxyModel must sort right too: the raw value is text that compares
    // like the numbers.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TunnelTableModel::RawValueRole);
    proxy.sort(int(Column::ExternalAddress), Qt::AscendingOrder);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted.append(proxy.index(row, int(Column::ExternalAddress)).data().toString());
    QCOMPARE(sorted, ascending);

    // Numbers sort as numbers, not as text ("9000" < "10000").
    proxy.sort(int(Column::BytesIn), Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, int(Column::BytesIn))
                        .data(TunnelTableModel::RawValueRole)
                        .toULongLong()
                <= proxy.index(row, int(Column::BytesIn))
                           .data(TunnelTableModel::RawValueRole)
                           .toULongLong());
    }
    QCOMPARE(proxy.index(0, int(Column::BytesIn)).data(TunnelTableModel::RawValueRole),
             QVariant(qulonglong(1000)));
    QCOMPARE(proxy.index(8, int(Column::BytesIn)).data(TunnelTableModel::RawValueRole),
             QVariant(qulonglong(9000)));
}

// A hundred random polls over three servers (arrivals, departures, counters, reordering, a
// stale server now and then): the selection and the current row stay on the same sessions, the
// sorted proxy stays sorted and shows exactly the live sessions, and nothing is ever reset.
void TestTunnelTableModel::selectionAndSortFollowSessions()
{
    QRandomGenerator random(20240501);
    TunnelTableModel model;
    TunnelFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    QSignalSpy modelReset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);

    const QStringList servers{u"a"_s, u"b"_s, u"c"_s};
    QHash<QString, QList<Tunnel>> alive;
    int nextNumber = 1;
    for (const QString &server : servers) {
        for (int i = 0; i < 20; ++i) {
            Tunnel t = makeTunnel(nextNumber++);
            t.totalBytesIn = random.bounded(1000000);
            alive[server].append(t);
        }
        model.applySnapshot(server, alive[server]);
    }

    // Selects every `step`-th row of the sorted view, and makes one of them current.
    QSet<SessionKey> selected;
    SessionKey current;
    const auto selectSome = [&](int step) {
        for (int row = 0; row < proxy.rowCount(); row += step) {
            selection.select(proxy.index(row, 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selected.insert(
                    proxy.index(row, 0).data(TunnelTableModel::KeyRole).value<SessionKey>());
        }
        const QModelIndex currentIndex = proxy.index(proxy.rowCount() / 2, 0);
        selection.setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        current = currentIndex.data(TunnelTableModel::KeyRole).value<SessionKey>();
    };
    selectSome(3);
    QSet<QString> stale;
    int roundsWithSelection = 0;

    for (int round = 0; round < 100; ++round) {
        if (round % 20 == 19)
            selectSome(4); // sessions that arrived later get selected too
        for (const QString &server : servers) {
            QList<Tunnel> &list = alive[server];
            if (random.bounded(10) == 0) { // this poll failed: the rows stay, greyed
                model.setServerStale(server, true);
                stale.insert(server);
                continue;
            }
            stale.remove(server);
            const int leaving = int(random.bounded(4));
            for (int i = 0; i < leaving && !list.isEmpty(); ++i) {
                const Tunnel gone = list.takeAt(random.bounded(list.size()));
                const SessionKey key{server, gone.primaryAddress()};
                selected.remove(key);
                if (key == current)
                    current = {};
            }
            const int arriving = int(random.bounded(4));
            for (int i = 0; i < arriving; ++i) {
                Tunnel t = makeTunnel(nextNumber++);
                t.totalBytesIn = random.bounded(1000000);
                list.insert(random.bounded(list.size() + 1), t);
            }
            for (Tunnel &t : list) {
                if (random.bounded(3) == 0) {
                    t.totalBytesIn += random.bounded(200000);
                    t.connectionDuration += 5;
                }
            }
            if (random.bounded(5) == 0)
                std::shuffle(list.begin(), list.end(), random);
            model.applySnapshot(server, list);
        }

        // The proxy shows exactly the live sessions, sorted, each with its latest data.
        int total = 0;
        QHash<SessionKey, Tunnel> byKey;
        for (const QString &server : servers) {
            total += int(alive[server].size());
            for (const Tunnel &t : std::as_const(alive[server]))
                byKey.insert({server, t.primaryAddress()}, t);
        }
        QCOMPARE(proxy.rowCount(), total);
        quint64 previous = std::numeric_limits<quint64>::max();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, int(Column::BytesIn));
            const SessionKey key = index.data(TunnelTableModel::KeyRole).value<SessionKey>();
            QVERIFY(byKey.contains(key));
            QCOMPARE(index.data(TunnelTableModel::TunnelRole).value<Tunnel>(), byKey.value(key));
            QCOMPARE(index.data(TunnelTableModel::StaleRole).toBool(),
                     stale.contains(key.serverId));
            const quint64 bytes = index.data(TunnelTableModel::RawValueRole).toULongLong();
            QVERIFY2(bytes <= previous, qPrintable(u"round %1 row %2"_s.arg(round).arg(row)));
            previous = bytes;
        }

        QSet<SessionKey> selectedNow;
        const QModelIndexList rows = selection.selectedRows();
        for (const QModelIndex &index : rows)
            selectedNow.insert(index.data(TunnelTableModel::KeyRole).value<SessionKey>());
        QCOMPARE(selectedNow, selected);
        QCOMPARE(int(rows.size()), int(selected.size()));
        if (!current.serverId.isEmpty()) {
            QCOMPARE(selection.currentIndex().data(TunnelTableModel::KeyRole).value<SessionKey>(),
                     current);
        }
        if (!selected.isEmpty())
            ++roundsWithSelection;
    }
    QVERIFY2(roundsWithSelection >= 90, qPrintable(QString::number(roundsWithSelection)));
    QCOMPARE(modelReset.count(), 0);
    QCOMPARE(proxyReset.count(), 0);
}

// The table takes two equal fingerprints for an unchanged tunnel and compares nothing else: a
// change of any one field must change the fingerprint (and operator==), and the table must show
// it after the poll.
void TestTunnelTableModel::fingerprintSeesEveryField_data()
{
    QTest::addColumn<Edit>("edit");
    const auto row = [](const char *name, Edit edit) {
        QTest::newRow(name) << edit;
    };
    row("ClientIPv4Address", [](Tunnel &t) { t.clientIPv4Address = u"10.0.0.9"_s; });
    row("ClientIPv6Address", [](Tunnel &t) { t.clientIPv6Address = u"fd00::1"_s; });
    row("HostName", [](Tunnel &t) { t.hostName = u"host-1b"_s; });
    row("HostName, case only", [](Tunnel &t) { t.hostName = u"HOST-1"_s; });
    row("ClientExternalAddress", [](Tunnel &t) { t.clientExternalAddress = u"203.0.113.99"_s; });
    row("TunnelType", [](Tunnel &t) { t.tunnelType = u"Ikev2"_s; });
    row("TransitionTechnology", [](Tunnel &t) { t.transitionTechnology = u"Teredo"_s; });
    row("ConnectionStartTime",
        [](Tunnel &t) { t.connectionStartTime = t.connectionStartTime.addMSecs(1); });
    row("ConnectionStartTime, nil", [](Tunnel &t) { t.connectionStartTime = QDateTime(); });
    row("ConnectionDuration", [](Tunnel &t) { ++t.connectionDuration; });
    row("TotalBytesIn", [](Tunnel &t) { ++t.totalBytesIn; });
    row("TotalBytesOut", [](Tunnel &t) { ++t.totalBytesOut; });
    row("TotalBytesOut, high bit", [](Tunnel &t) { t.totalBytesOut ^= quint64(1) << 63; });
    row("ConnectionType", [](Tunnel &t) { t.connectionType = u"DirectAccess"_s; });
    row("HealthStatus", [](Tunnel &t) { t.healthStatus = u"Degraded"_s; });
    row("AuthMethod", [](Tunnel &t) { t.authMethod = u"MSCHAPv2"_s; });
    row("UserActivityState", [](Tunnel &t) { t.userActivityState = u"Idle"_s; });
    row("Bandwidth", [](Tunnel &t) { t.bandwidth = 1; });
    row("UserName", [](Tunnel &t) { t.userName = {u"CORP\\someone"_s}; });
    row("UserName, one more", [](Tunnel &t) { t.userName.append(u"CORP\\HOST-1$"_s); });
    row("UserName, none", [](Tunnel &t) { t.userName.clear(); });
    row("RoutingDomain", [](Tunnel &t) { t.routingDomain = u"rd1"_s; });
    // The same text moved to another field.
    row("HostName and AuthMethod swapped", [](Tunnel &t) { std::swap(t.hostName, t.authMethod); });
}

void TestTunnelTableModel::fingerprintSeesEveryField()
{
    QFETCH(Edit, edit);
    Tunnel before = makeTunnel(1);
    before.setFingerprint();
    Tunnel after = before;
    edit(after);
    QVERIFY(!(after == before));
    QVERIFY(after.computeFingerprint() != before.fingerprint);
    QCOMPARE(after.fingerprint, before.fingerprint); // stale until set again
    // The steady digest leaves out exactly the three counters that move on every poll.
    const QByteArray field = QTest::currentDataTag();
    const bool counter = field.startsWith("ConnectionDuration") || field.startsWith("TotalBytesIn")
            || field.startsWith("TotalBytesOut");
    QCOMPARE(after.computeSteadyFingerprint() == before.steadyFingerprint, counter);
    after.setFingerprint();
    QVERIFY(after.fingerprint != 0);
    QVERIFY(after.steadyFingerprint != 0);
    QCOMPARE(after.fingerprint, after.computeFingerprint());

    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Tunnel other = makeTunnel(2);
    other.setFingerprint();
    apply(model, u"s1"_s, {before, other});
    checkRows(model);
    SignalLog log(&model);
    apply(model, u"s1"_s, {after, other});
    QVERIFY(!log.entries.isEmpty());
    checkRows(model); // every row equal (operator==) to what the snapshot said
    const int row = model.rowForKey({u"s1"_s, after.primaryAddress()});
    QVERIFY(row >= 0);
    QCOMPARE(model.tunnel(row).fingerprint, after.fingerprint);
    QCOMPARE(model.tunnel(row).steadyFingerprint, after.steadyFingerprint);
    // The same again: nothing.
    log.entries.clear();
    apply(model, u"s1"_s, {after, other});
    QCOMPARE(log.entries, QStringList());
    // Back, through tunnels without fingerprints: compared field by field.
    Tunnel plain = before;
    plain.clearFingerprint();
    apply(model, u"s1"_s, {plain, other});
    QVERIFY(!log.entries.isEmpty());
    checkRows(model);
    // Forward again with only the whole digest missing: the steady digests alone may tell a
    // change of traffic, and must not hide any other change.
    Tunnel steadyOnly = after;
    steadyOnly.fingerprint = 0;
    apply(model, u"s1"_s, {steadyOnly, other});
    QVERIFY(!log.entries.isEmpty());
    checkRows(model);
}

// Tunnels equal by operator== get equal fingerprints (else an unchanged row would be compared
// in full, or worse, reported as changed).
void TestTunnelTableModel::fingerprintOfEqualTunnels_data()
{
    QTest::addColumn<Edit>("editA");
    QTest::addColumn<Edit>("editB");
    const Edit none = [](Tunnel &) {
    };
    QTest::newRow("nothing") << none << none;
    QTest::newRow("empty host name, null and not")
            << Edit([](Tunnel &t) { t.hostName = QString(); })
            << Edit([](Tunnel &t) { t.hostName = u""_s; });
    QTest::newRow("same instant, other time spec") << none << Edit([](Tunnel &t) {
        t.connectionStartTime = t.connectionStartTime.toOffsetFromUtc(3600);
    });
    QTest::newRow("nil times") << Edit([](Tunnel &t) {
        t.connectionStartTime = QDateTime();
    }) << Edit([](Tunnel &t) { t.connectionStartTime = QDateTime(QDate(), QTime(1, 0)); });
    QTest::newRow("strings in their own allocations") << none << Edit([](Tunnel &t) {
        t.hostName = QString(t.hostName.constData(), t.hostName.size());
        t.userName = {QString(t.userName.first().constData(), t.userName.first().size())};
    });
}

void TestTunnelTableModel::fingerprintOfEqualTunnels()
{
    QFETCH(Edit, editA);
    QFETCH(Edit, editB);
    Tunnel a = makeTunnel(1);
    Tunnel b = makeTunnel(1);
    editA(a);
    editB(b);
    QVERIFY(a == b);
    QCOMPARE(a.computeFingerprint(), b.computeFingerprint());
    QCOMPARE(a.computeSteadyFingerprint(), b.computeSteadyFingerprint());
}

void TestTunnelTableModel::anyListingOrder_data()
{
    QTest::addColumn<bool>("fingerprints");
    QTest::newRow("with fingerprints") << true; // as TunnelListReader lists them
    QTest::newRow("without") << false;
}

// A poll finds most rows by walking the last listing's order; whatever order a server lists its
// tunnels in, and however many come and go at once, every row ends up as the listing says.
void TestTunnelTableModel::anyListingOrder()
{
    QFETCH(bool, fingerprints);
    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261125);
    int serial = 0;
    std::array<QList<Tunnel>, 2> lists;
    const std::array<QString, 2> servers{u"s1"_s, u"s2"_s};
    for (QList<Tunnel> &list : lists) {
        for (int i = 0; i < 40; ++i)
            list.append(makeTunnel(++serial));
    }
    const auto someRow = [&random](const QList<Tunnel> &list) {
        return qsizetype(random.bounded(int(list.size())));
    };
    for (int step = 0; step < 48; ++step) {
        for (size_t s = 0; s < lists.size(); ++s) {
            QList<Tunnel> &list = lists[s];
            switch (step % 6) {
            case 0: // a run of departures, a run of arrivals, elsewhere
                list.remove(qsizetype(random.bounded(int(list.size()) - 6)), 6);
                for (int i = 0, at = int(someRow(list)); i < 5; ++i)
                    list.insert(at + i, makeTunnel(++serial));
                break;
            case 1: // listed in another order
                std::shuffle(list.begin(), list.end(), random);
                break;
            case 2: // a block of rows listed elsewhere, and traffic on some
                std::rotate(list.begin(), list.begin() + someRow(list), list.end());
                for (int i = 0; i < 10; ++i)
                    list[someRow(list)].totalBytesIn += quint64(random.bounded(5000) + 1);
                break;
            case 3: // a field besides the counters, two swapped neighbours
            {
                const qsizetype at = someRow(list);
                list[at].hostName += u"-renamed"_s;
                list.swapItemsAt(at, (at + 1) % list.size());
                break;
            }
            case 4: // an address listed twice (the copy changed), and a tunnel without one
            {
                Tunnel copy = list[someRow(list)];
                copy.totalBytesOut += 7;
                list.insert(someRow(list), copy);
                Tunnel bare = makeTunnel(++serial);
                bare.clientIPv4Address.clear();
                list.insert(someRow(list), bare);
                break;
            }
            case 5: // departures all over, arrivals at the end
                for (int i = 0; i < 8; ++i)
                    list.removeAt(someRow(list));
                for (int i = 0; i < 8; ++i)
                    list.append(makeTunnel(++serial));
                break;
            }
            QList<Tunnel> listed = list;
            for (Tunnel &tunnel : listed) {
                if (fingerprints)
                    tunnel.setFingerprint();
                else
                    tunnel.clearFingerprint();
            }
            apply(model, servers[s], listed);
            checkRows(model);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"step %1, server %2"_s.arg(step).arg(servers[s])));
        }
    }
}

QTEST_GUILESS_MAIN(TestTunnelTableModel)
#include "tst_tunneltablemodel.moc"
