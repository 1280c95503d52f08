#include "serverlistmodel.h"

#include "auth/authenticator.h"
#include "rras/wsmanrrasclient.h"
#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"
#include "wsman/wsmanclient.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using State = ServerPoller::State;
using Role = ServerListModel::Role;

class TestServerListModel final : public QObject
{
    Q_OBJECT

public:
    using Setter = std::function<void(ServerListModel &)>;

private Q_SLOTS:
    void initTestCase();
    void addAndRemove();
    void setters_data();
    void setters();
    void followsPoller();
};

Q_DECLARE_METATYPE(TestServerListModel::Setter)

void TestServerListModel::initTestCase()
{
    qRegisterMetaType<State>();
}

void TestServerListModel::addAndRemove()
{
    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.addServer(u"a"_s, u"Paris"_s, QUrl(u"http://paris:5985/wsman"_s));
    model.addServer(u"b"_s, QString(), QUrl(u"https://berlin:5986/wsman"_s));
    model.addServer(u"c"_s, u"Cairo"_s, QUrl(u"http://cairo:5985/wsman"_s));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.serverIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(model.index(1).data().toString(), u"b"_s); // no name: the id shows
    QCOMPARE(model.index(0).data(Role::IdRole).toString(), u"a"_s);
    QCOMPARE(model.index(0).data(Role::UrlRole).toUrl(), QUrl(u"http://paris:5985/wsman"_s));
    QCOMPARE(model.index(0).data(Role::StateRole).value<State>(), State::Connecting);
    QCOMPARE(model.index(0).data(Role::StateTextRole).toString(),
             ServerPoller::stateText(State::Connecting));
    QVERIFY(!model.index(0).data(Role::LastRefreshRole).toDateTime().isValid());
    QCOMPARE(model.index(0).data(Role::TunnelCountRole).toInt(), 0);
    QCOMPARE(model.index(0).data(Role::LatencyRole).toLongLong(), -1);

    // A known id is updated in place, not added twice.
    model.addServer(u"b"_s, u"Berlin"_s, QUrl(u"https://berlin:5986/wsman"_s));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1).data().toString(), u"Berlin"_s);

    model.removeServer(u"b"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(model.rowForServer(u"c"_s), 1);
    QCOMPARE(model.serverIdAt(1), u"c"_s);
    model.removeServer(u"zz"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowForServer(u"b"_s), -1);
    QCOMPARE(model.serverIdAt(5), QString());
}

void TestServerListModel::setters_data()
{
    QTest::addColumn<Setter>("setter");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QList<int>>("roles"); // named by the one dataChanged

    const QDateTime when(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    QTest::newRow("name") << Setter([](auto &m) { m.setServerName(u"b"_s, u"Berlin"_s); })
                          << int(Role::NameRole) << QVariant(u"Berlin"_s)
                          << QList<int>{Qt::DisplayRole, Role::NameRole, Qt::ToolTipRole};
    QTest::newRow("url") << Setter(
            [](auto &m) { m.setServerUrl(u"b"_s, QUrl(u"https://b2:5986/wsman"_s)); })
                         << int(Role::UrlRole) << QVariant(QUrl(u"https://b2:5986/wsman"_s))
                         << QList<int>{Role::UrlRole, Qt::ToolTipRole};
    QTest::newRow("state") << Setter([](auto &m) { m.setState(u"b"_s, State::Unreachable); })
                           << int(Role::StateRole) << QVariant::fromValue(State::Unreachable)
                           << QList<int>{Role::StateRole, Role::StateTextRole, Qt::ToolTipRole};
    QTest::newRow("last refresh") << Setter([when](auto &m) { m.setLastRefresh(u"b"_s, when); })
                                  << int(Role::LastRefreshRole) << QVariant(when)
                                  << QList<int>{Role::LastRefreshRole, Qt::ToolTipRole};
    QTest::newRow("tunnel count") << Setter([](auto &m) { m.setTunnelCount(u"b"_s, 2500); })
                                  << int(Role::TunnelCountRole) << QVariant(2500)
                                  << QList<int>{Role::TunnelCountRole};
    QTest::newRow("error text") << Setter([](auto &m) {
        m.setErrorText(u"b"_s, u"The server refused the credentials."_s);
    }) << int(Role::ErrorTextRole)
                                << QVariant(u"The server refused the credentials."_s)
                                << QList<int>{Role::ErrorTextRole, Qt::ToolTipRole};
    QTest::newRow("latency") << Setter([](auto &m) { m.setLatency(u"b"_s, 42); })
                             << int(Role::LatencyRole) << QVariant(qlonglong(42))
                             << QList<int>{Role::LatencyRole};
}

void TestServerListModel::setters()
{
    QFETCH(Setter, setter);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(QList<int>, roles);

    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(u"a"_s, u"Paris"_s, QUrl(u"http://paris:5985/wsman"_s));
    model.addServer(u"b"_s, u"b"_s, QUrl(u"http://b:5985/wsman"_s));
    model.addServer(u"c"_s, u"Cairo"_s, QUrl(u"http://cairo:5985/wsman"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    setter(model);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1));
    QCOMPARE(changed.first().at(2).value<QList<int>>(), roles);
    QCOMPARE(model.index(1).data(role), value);

    setter(model); // the same value again: nothing to say
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
}

// The model follows a real poller against the simulator: state, error text, last refresh,
// tunnel count and latency, all through dataChanged.
void TestServerListModel::followsPoller()
{
    SimConfig config;
    config.tunnels = 17;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QNetworkAccessManager nam;
    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    WsmanClient wsman(&nam, endpoint, nullptr);
    WsmanRrasClient rras(&wsman);
    ServerPoller poller(&rras, u"rras1"_s, 10s);

    ServerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(u"other"_s, u"Other"_s, QUrl(u"http://other:5985/wsman"_s));
    model.addServer(u"rras1"_s, u"Simulated"_s, sim.url(0));
    model.attachPoller(&poller);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex row = model.index(1);

    poller.start();
    QTRY_COMPARE(row.data(Role::StateRole).value<State>(), State::Live);
    QCOMPARE(row.data(Role::TunnelCountRole).toInt(), 17);
    QVERIFY(row.data(Role::LastRefreshRole).toDateTime().isValid());
    QCOMPARE(row.data(Role::LastRefreshRole).toDateTime(), poller.lastSuccess());
    QVERIFY(row.data(Role::LatencyRole).toLongLong() >= 0);
    QVERIFY(row.data(Role::ErrorTextRole).toString().isEmpty());

    // A failing poll: Stale, with the error in words; the last refresh stays.
    const QDateTime lastGood = poller.lastSuccess();
    bool ok = false;
    sim.server(0)->setFaults({SimFault::parse(u"http500"_s, &ok, nullptr)});
    QVERIFY(ok);
    poller.refreshNow();
    QTRY_COMPARE(row.data(Role::StateRole).value<State>(), State::Stale);
    QCOMPARE(row.data(Role::ErrorTextRole).toString(), poller.lastError().userMessage());
    QVERIFY(!row.data(Role::ErrorTextRole).toString().isEmpty());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(poller.lastError().userMessage()));
    QCOMPARE(row.data(Role::LastRefreshRole).toDateTime(), lastGood);

    // Recovery clears the error.
    sim.server(0)->setFaults({});
    sim.server(0)->removeTunnel(sim.server(0)->tunnels().first().primaryAddress());
    poller.refreshNow();
    QTRY_COMPARE(row.data(Role::StateRole).value<State>(), State::Live);
    QVERIFY(row.data(Role::ErrorTextRole).toString().isEmpty());
    QCOMPARE(row.data(Role::TunnelCountRole).toInt(), 16);

    QVERIFY(changed.count() > 0);
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(0).toModelIndex(), row); // only that server's row
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(model.index(0).data(Role::StateRole).value<State>(), State::Connecting);
}

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
