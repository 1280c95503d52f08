// The check of the live table: a selection of ten sessions in a view sorted by bytes
// survives a minute of churn with every selected session still selected and nothing else added.
// rras-sim (in process) serves three servers whose sessions come and go and whose counters grow
// with the clock; real pollers read them through the real WS-Man client. The clock is compressed
// a hundredfold: polls every 50 ms instead of 5 s, and the simulator's churn a hundred times
// its per-minute rate, so twelve polls per server are a minute of a real console's life.

#include "auth/authenticator.h"
#include "rras/serverpoller.h"
#include "rras/wsmanrrasclient.h"
#include "simfixture.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"
#include "wsman/wsmanclient.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using Column = TunnelTableModel::Column;

namespace {

constexpr int kServers = 3;
constexpr int kTunnels = 150;       // per server
constexpr int kChurnPerMinute = 30; // a busy server: one session leaves and one arrives every 2 s
constexpr int kCompression = 100;   // 5 s polls -> 50 ms
constexpr int kPollsPerMinute = 12;

QSet<SessionKey> selectedKeys(const QItemSelectionModel &selection)
{
    QSet<SessionKey> keys;
    const QModelIndexList rows = selection.selectedRows();
    for (const QModelIndex &index : rows)
        keys.insert(index.data(TunnelTableModel::KeyRole).value<SessionKey>());
    return keys;
}

} // namespace

class TestTunnelSelectionChurn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectionSurvivesAMinuteOfChurn();
};

void TestTunnelSelectionChurn::selectionSurvivesAMinuteOfChurn()
{
    // Every request would log a line; the check is about the table.
    QLoggingCategory::setFilterRules(u"rras.*.debug=false\nrras.*.info=false"_s);
    SimConfig config;
    config.servers = kServers;
    config.tunnels = kTunnels;
    config.seed = 20261124;
    config.churnPerMinute = kChurnPerMinute * kCompression;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    TunnelTableModel model;
    TunnelFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy resorted(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy departed(&proxy, &QAbstractItemModel::rowsRemoved);

    QNetworkAccessManager nam;
    std::vector<std::unique_ptr<WsmanClient>> wsman;
    std::vector<std::unique_ptr<WsmanRrasClient>> clients;
    std::vector<std::unique_ptr<ServerPoller>> pollers;
    for (int s = 0; s < kServers; ++s) {
        WsmanEndpoint endpoint;
        endpoint.url = sim.url(s);
        endpoint.operationTimeoutMs = 5000;
        wsman.push_back(std::make_unique<WsmanClient>(&nam, endpoint, nullptr));
        clients.push_back(std::make_unique<WsmanRrasClient>(wsman.back().get()));
        pollers.push_back(
                std::make_unique<ServerPoller>(clients.back().get(), u"rras%1"_s.arg(s + 1),
                                               std::chrono::milliseconds(5000 / kCompression)));
        connect(pollers.back().get(), &ServerPoller::snapshotReady, &model,
                &TunnelTableModel::applySnapshot);
    }

    // What must hold after every snapshot: the selection is the chosen sessions that are still
    // there, nothing more; the view stays sorted by bytes.
    QSet<SessionKey> chosen;
    bool armed = false; // once the ten are chosen
    int checkedSnapshots = 0;
    int failures = 0;
    QString firstFailure;
    connect(&model, &TunnelTableModel::updateFinished, this, [&] {
        if (!armed)
            return;
        ++checkedSnapshots;
        // A session that left is out of the selection for good, even when a later arrival
        // gets its address (and so its key) again.
        for (auto it = chosen.begin(); it != chosen.end();) {
            if (model.rowForKey(*it) < 0)
                it = chosen.erase(it);
            else
                ++it;
        }
        const QSet<SessionKey> expected = chosen;
        const QSet<SessionKey> now = selectedKeys(selection);
        bool sorted = true;
        for (int row = 1; row < proxy.rowCount() && sorted; ++row) {
            sorted = proxy.index(row - 1, int(Column::BytesIn))
                             .data(TunnelTableModel::RawValueRole)
                             .toULongLong()
                    >= proxy.index(row, int(Column::BytesIn))
                               .data(TunnelTableModel::RawValueRole)
                               .toULongLong();
        }
        if ((now != expected || !sorted) && failures++ == 0) {
            firstFailure
                    = u"snapshot %1: %2 selected, %3 expected, sorted: %4"_s.arg(checkedSnapshots)
                              .arg(now.size())
                              .arg(expected.size())
                              .arg(sorted);
        }
    });

    for (const auto &poller : pollers)
        poller->start();
    QTRY_COMPARE_WITH_TIMEOUT(model.serverIds().size(), kServers, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= kServers * kTunnels - kServers, 10000);

    // Ten sessions spread over the sorted view, as a user would pick them.
    for (int i = 0; i < 10; ++i) {
        const QModelIndex index = proxy.index(proxy.rowCount() * i / 10, 0);
        selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen.insert(index.data(TunnelTableModel::KeyRole).value<SessionKey>());
    }
    QCOMPARE(chosen.size(), 10);
    QCOMPARE(selectedKeys(selection), chosen);
    const QSet<SessionKey> initial = chosen;
    armed = true;

    // A minute: twelve more polls of every server.
    std::vector<int> startPolls;
    for (const auto &poller : pollers)
        startPolls.push_back(poller->pollCount());
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (size_t s = 0; s < pollers.size(); ++s) {
                    if (pollers[s]->pollCount() < startPolls[s] + kPollsPerMinute + 1)
                        return false;
                }
                return true;
            }(),
            15000);
    for (const auto &poller : pollers)
        poller->pause();
    // No request in flight when the clients go.
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(pollers.begin(), pollers.end(),
                                          [](const auto &poller) { return poller->isPolling(); }),
                             10000);

    QVERIFY2(failures == 0, qPrintable(firstFailure));
    QVERIFY2(checkedSnapshots >= kServers * kPollsPerMinute,
             qPrintable(QString::number(checkedSnapshots)));
    // The minute did what a minute does: sessions left, rows moved in the sort.
    QVERIFY(departed.count() > 0);
    QVERIFY(resorted.count() > 0);
    QCOMPARE(proxyReset.count(), 0);
    // And the selection kept what is still there (the sessions that left are gone from it).
    const QSet<SessionKey> now = selectedKeys(selection);
    QVERIFY(!now.isEmpty());
    QCOMPARE(now, chosen);
    for (const SessionKey &key : now)
        QVERIFY(initial.contains(key));
    qInfo("%d snapshots checked, %d removals, %d re-sorts; %lld of 10 selected "
          "sessions still connected",
          checkedSnapshots, int(departed.count()), int(resorted.count()), qlonglong(now.size()));
}

QTEST_GUILESS_MAIN(TestTunnelSelectionChurn)
#include "tst_tunnelselectionchurn.moc"
