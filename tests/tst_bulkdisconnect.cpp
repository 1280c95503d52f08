// BulkDisconnect against two simulated servers: one request per server, in parallel, and exactly
// one outcome per session.
#include "auth/authenticator.h"
#include "rras/bulkdisconnect.h"
#include "rras/wsmanrrasclient.h"
#include "simfixture.h"
#include "simserver.h"
#include "wsman/wsmanclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestBulkDisconnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void oneRequestPerServerInParallel();
    void everyKeyEndsOnce();
    void unknownServerFailsWithoutSending();
    void failingServerDoesNotSpoilTheOther();
    void sessionsSettledOncePerReply();

private:
    QList<SessionKey> liveKeys(int server, int count) const;

    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<WsmanClient>> m_wsman;
    std::vector<std::unique_ptr<WsmanRrasClient>> m_rras;
    QHash<QString, RrasClient *> m_clients;
};

void TestBulkDisconnect::init()
{
    SimConfig config;
    config.servers = 2;
    config.tunnels = 20;
    config.seed = 99;
    config.user = QStringLiteral("op");
    config.password = QStringLiteral("secret");
    config.allowUnencrypted = true;
    config.log = false;
    m_sim = std::make_unique<SimFixture>(config);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    for (int i = 0; i < 2; ++i) {
        WsmanEndpoint endpoint;
        endpoint.url = m_sim->url(i);
        endpoint.allowUnencrypted = true;
        endpoint.operationTimeoutMs = 3000;
        m_wsman.push_back(std::make_unique<WsmanClient>(
                &m_nam, endpoint,
                std::make_unique<BasicAuthenticator>(config.user, config.password)));
        const QString id = QStringLiteral("s%1").arg(i);
        m_rras.push_back(std::make_unique<WsmanRrasClient>(m_wsman.back().get(),
                                                           WsmanRrasClientOptions{{}, id}));
        m_clients.insert(id, m_rras.back().get());
    }
}

void TestBulkDisconnect::cleanup()
{
    m_clients.clear();
    m_rras.clear();
    m_wsman.clear();
    m_sim.reset();
}

QList<SessionKey> TestBulkDisconnect::liveKeys(int server, int count) const
{
    QList<SessionKey> keys;
    const QList<Tunnel> tunnels = m_sim->server(server)->tunnels();
    for (int i = 0; i < count && i < tunnels.size(); ++i)
        keys.append({QStringLiteral("s%1").arg(server), tunnels.at(i).primaryAddress()});
    return keys;
}

void TestBulkDisconnect::oneRequestPerServerInParallel()
{
    // Both servers answer after 400 ms: in parallel the whole job takes about one delay.
    for (int i = 0; i < 2; ++i)
        m_sim->server(i)->setFaults(
                {SimFault{SimFault::Kind::Delay, 400, 1.0, QStringLiteral("DisconnectByHostIP")}});
    const QList<SessionKey> keys = liveKeys(0, 4) + liveKeys(1, 3);
    BulkDisconnect job(m_clients, keys);
    QCOMPARE(job.servers(), QStringList({QStringLiteral("s0"), QStringLiteral("s1")}));
    QSignalSpy finished(&job, &BulkDisconnect::finished);
    QElapsedTimer timer;
    timer.start();
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 780, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_sim->server(0)->disconnectRequestCount(), 1);
    QCOMPARE(m_sim->server(1)->disconnectRequestCount(), 1);
    const auto results = job.results();
    QCOMPARE(results.size(), 7);
    for (const auto &r : results)
        QCOMPARE(r.outcome.outcome, DisconnectOutcomeKind::Disconnected);
    QCOMPARE(m_sim->server(0)->tunnels().size(), 16);
    QCOMPARE(m_sim->server(1)->tunnels().size(), 17);
}

void TestBulkDisconnect::everyKeyEndsOnce()
{
    QList<SessionKey> keys = liveKeys(0, 2);
    keys.append(keys.first()); // the same session twice is one session
    keys.append({QStringLiteral("s1"), QStringLiteral("10.250.0.1")}); // not connected
    BulkDisconnect job(m_clients, keys);
    QSignalSpy settled(&job, &BulkDisconnect::sessionSettled);
    QSignalSpy finished(&job, &BulkDisconnect::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(settled.size(), 3);
    QCOMPARE(job.keys().size(), 3);
    const auto results = job.results();
    QCOMPARE(results.at(0).outcome.outcome, DisconnectOutcomeKind::Disconnected);
    QCOMPARE(results.at(1).outcome.outcome, DisconnectOutcomeKind::Disconnected);
    QCOMPARE(results.at(2).outcome.outcome, DisconnectOutcomeKind::AlreadyGone);
}

void TestBulkDisconnect::unknownServerFailsWithoutSending()
{
    BulkDisconnect job(m_clients, {{QStringLiteral("gone"), QStringLiteral("10.0.0.1")}});
    QSignalSpy finished(&job, &BulkDisconnect::finished);
    job.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job.results().size(), 1);
    QCOMPARE(job.results().first().outcome.outcome, DisconnectOutcomeKind::Failed);
}

void TestBulkDisconnect::failingServerDoesNotSpoilTheOther()
{
    m_sim->server(0)->setFaults(
            {SimFault{SimFault::Kind::Reset, 0, 1.0, QStringLiteral("DisconnectByHostIP")}});
    const QList<SessionKey> keys = liveKeys(0, 2) + liveKeys(1, 2);
    BulkDisconnect job(m_clients, keys);
    QSignalSpy finished(&job, &BulkDisconnect::finished);
    job.start();
    QVERIFY(finished.wait(15000));
    const auto results = job.results();
    QCOMPARE(results.size(), 4);
    // The reset server's sessions are still listed: never Disconnected.
    QVERIFY(results.at(0).outcome.outcome != DisconnectOutcomeKind::Disconnected);
    QVERIFY(results.at(1).outcome.outcome != DisconnectOutcomeKind::Disconnected);
    QCOMPARE(results.at(2).outcome.outcome, DisconnectOutcomeKind::Disconnected);
    QCOMPARE(results.at(3).outcome.outcome, DisconnectOutcomeKind::Disconnected);
}

void TestBulkDisconnect::sessionsSettledOncePerReply()
{
    // Each server's reply settles its sessions in one burst (one history transaction in
    // rrasctl): one sessionsSettled per server here, after the sessionSettled of each session,
    // and together they are exactly the results.
    const QList<SessionKey> keys = liveKeys(0, 3) + liveKeys(1, 2);
    BulkDisconnect job(m_clients, keys);
    QList<QList<BulkDisconnect::Result>> bursts;
    int singlesAtBurst = -1;
    int singles = 0;
    connect(&job, &BulkDisconnect::sessionSettled, this, [&singles] { ++singles; });
    connect(&job, &BulkDisconnect::sessionsSettled, this,
            [&](const QList<BulkDisconnect::Result> &results) {
                bursts.append(results);
                singlesAtBurst = singles;
            });
    QSignalSpy finished(&job, &BulkDisconnect::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(bursts.size(), 2);
    QCOMPARE(singlesAtBurst, 5); // the last burst came after every single one
    QSet<QString> servers;
    QList<SessionKey> settled;
    for (const auto &burst : std::as_const(bursts)) {
        QVERIFY(!burst.isEmpty());
        for (const auto &r : burst) {
            servers.insert(r.key.serverId);
            settled.append(r.key);
            QCOMPARE(r.outcome.outcome, DisconnectOutcomeKind::Disconnected);
        }
        // One server per burst.
        for (const auto &r : burst)
            QCOMPARE(r.key.serverId, burst.first().key.serverId);
    }
    QCOMPARE(servers.size(), 2);
    QCOMPARE(QSet<SessionKey>(settled.cbegin(), settled.cend()),
             QSet<SessionKey>(keys.cbegin(), keys.cend()));
    QCOMPARE(settled.size(), keys.size());
}

QTEST_GUILESS_MAIN(TestBulkDisconnect)
#include "tst_bulkdisconnect.moc"
