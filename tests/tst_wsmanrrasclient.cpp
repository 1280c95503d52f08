// WsmanRrasClient against the in-process simulator: the listing, and every outcome of the
// disconnect settlement (wsmanrrasclient.h) in each way a server can report "not connected".

#include "auth/authenticator.h"
#include "rras/hostaddress.h"
#include "rras/wsmanrrasclient.h"
#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"
#include "wsman/wsmanclient.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QtTest>

#include <memory>

using Kind = DisconnectOutcomeKind;

namespace {

// Addresses that no generated tunnel uses (TEST-NET-2 and the documentation IPv6 prefix).
const QStringList notConnected = {QStringLiteral("198.51.100.1"), QStringLiteral("198.51.100.2")};

struct Harness
{
    std::unique_ptr<SimFixture> sim;
    QNetworkAccessManager nam;
    std::unique_ptr<WsmanClient> wsman;
    std::unique_ptr<WsmanRrasClient> rras;

    SimServer *server() const { return sim->server(0); }
};

SimConfig simConfig(int tunnels)
{
    SimConfig config;
    config.servers = 1;
    config.tunnels = tunnels;
    config.seed = 7;
    config.churnPerMinute = 0;
    config.log = false;
    return config;
}

// Starts the simulator and a client for it; `endpointTweak` may change the endpoint.
std::unique_ptr<Harness> makeHarness(SimConfig config, WsmanRrasClientOptions options = {},
                                     const std::function<void(WsmanEndpoint &)> &endpointTweak = {})
{
    auto h = std::make_unique<Harness>();
    h->sim = std::make_unique<SimFixture>(config);
    if (!h->sim->start()) {
        qWarning() << "simulator did not start:" << h->sim->errorString();
        return nullptr;
    }
    // Serve the table exactly as it is now (no ageing), so that fields compare exactly.
    h->server()->setTunnels(h->server()->tunnels());
    WsmanEndpoint endpoint;
    endpoint.url = h->sim->url(0);
    endpoint.operationTimeoutMs = 5000;
    if (endpointTweak)
        endpointTweak(endpoint);
    h->wsman = std::make_unique<WsmanClient>(&h->nam, endpoint, nullptr);
    h->rras = std::make_unique<WsmanRrasClient>(h->wsman.get(), options);
    return h;
}

QStringList liveAddresses(SimServer *server, int count)
{
    QStringList result;
    for (const Tunnel &t : server->tunnels()) {
        if (!t.clientIPv4Address.isEmpty())
            result.append(t.clientIPv4Address);
        if (result.size() == count)
            break;
    }
    return result;
}

struct DisconnectRun
{
    QList<DisconnectOutcome> outcomes; // as the job keeps them
    QList<DisconnectOutcome> reported; // through outcomesReady()
    int readySignals = 0;
    int finishedSignals = 0;
};

// Runs one disconnect to its end. Check QTest::currentTestFailed() afterwards.
void runDisconnect(WsmanRrasClient *client, const QStringList &addresses, DisconnectRun *run,
                   int timeoutMs = 15000)
{
    DisconnectJob *job = client->disconnectByHostIp(addresses);
    QObject::connect(job, &DisconnectJob::outcomesReady, job,
                     [run](const QList<DisconnectOutcome> &batch) {
                         run->reported += batch;
                         ++run->readySignals;
                     });
    QSignalSpy finished(job, &DisconnectJob::finished);
    QVERIFY(finished.wait(timeoutMs));
    QVERIFY(job->isFinished());
    run->outcomes = job->outcomes();
    run->finishedSignals = int(finished.size());
    job->deleteLater();
}

const DisconnectOutcome *find(const QList<DisconnectOutcome> &outcomes, const QString &requested)
{
    for (const DisconnectOutcome &o : outcomes) {
        if (o.requested == requested)
            return &o;
    }
    return nullptr;
}

int countOf(const QList<DisconnectOutcome> &outcomes, Kind kind)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [kind](const DisconnectOutcome &o) { return o.outcome == kind; }));
}

bool listed(SimServer *server, const QString &address)
{
    for (const Tunnel &t : server->tunnels()) {
        if (t.clientIPv4Address == address || t.clientIPv6Address == address)
            return true;
    }
    return false;
}

} // namespace

class TestWsmanRrasClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listing_data();
    void listing();
    void listingError();
    void outcomesPerMode_data();
    void outcomesPerMode();
    void failedWhenRefused();
    void splitsToFitEnvelope();
    void splitsWhenServerLimitIsSmaller();
    void injectedFaults_data();
    void injectedFaults();
    void relistFails();
    void ipv6ExpandedForm();
    void duplicatesCollapse();
    void invalidOnlyNeverSent();
    void computerName();
    void abortEndsUnknown();
    void abortListing();
    void outcomeNames();
};

void TestWsmanRrasClient::listing_data()
{
    QTest::addColumn<SimConfig::Namespace>("ns");
    QTest::addColumn<int>("tunnels");
    QTest::newRow("wmi namespace") << SimConfig::Namespace::Wmi << 60;
    QTest::newRow("cim-schema namespace") << SimConfig::Namespace::Cim << 60;
    QTest::newRow("empty table") << SimConfig::Namespace::Wmi << 0;
}

void TestWsmanRrasClient::listing()
{
    QFETCH(SimConfig::Namespace, ns);
    QFETCH(int, tunnels);
    SimConfig config = simConfig(tunnels);
    config.ns = ns;
    const auto h = makeHarness(config);
    QVERIFY(h);

    ListTunnelsJob *job = h->rras->listTunnels();
    QSignalSpy finished(job, &ListTunnelsJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(!job->error(), qPrintable(job->error().summary()));

    const QList<Tunnel> expected = h->server()->tunnels();
    QCOMPARE(expected.size(), tunnels);
    QCOMPARE(job->tunnels().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Tunnel &a = job->tunnels().at(i);
        const Tunnel &e = expected.at(i);
        QCOMPARE(a.clientIPv4Address, e.clientIPv4Address);
        QCOMPARE(a.clientIPv6Address, e.clientIPv6Address);
        QCOMPARE(a.hostName, e.hostName);
        QCOMPARE(a.clientExternalAddress, e.clientExternalAddress);
        QCOMPARE(a.tunnelType, e.tunnelType);
        QCOMPARE(a.transitionTechnology, e.transitionTechnology);
        QCOMPARE(a.connectionStartTime, e.connectionStartTime.toUTC());
        QCOMPARE(a.connectionDuration, e.connectionDuration);
        QCOMPARE(a.totalBytesIn, e.totalBytesIn);
        QCOMPARE(a.totalBytesOut, e.totalBytesOut);
        QCOMPARE(a.connectionType, e.connectionType);
        QCOMPARE(a.healthStatus, e.healthStatus);
        QCOMPARE(a.authMethod, e.authMethod);
        QCOMPARE(a.userActivityState, e.userActivityState);
        QCOMPARE(a.bandwidth, e.bandwidth);
        QCOMPARE(a.userName, e.userName);
        QCOMPARE(a.routingDomain, e.routingDomain);
    }
    QVERIFY(job->elapsedMs() >= 0);
    job->deleteLater();
}

void TestWsmanRrasClient::listingError()
{
    const auto h = makeHarness(simConfig(5));
    QVERIFY(h);
    h->server()->setListening(false);
    ListTunnelsJob *job = h->rras->listTunnels();
    QSignalSpy finished(job, &ListTunnelsJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().kind, WsmanError::Kind::Transport);
    QVERIFY(job->tunnels().isEmpty());
    job->deleteLater();
}

void TestWsmanRrasClient::outcomesPerMode_data()
{
    QTest::addColumn<SimConfig::NotConnected>("mode");
    QTest::addColumn<int>("disconnected");
    QTest::addColumn<int>("alreadyGone");
    QTest::addColumn<int>("requests");

    // silent: the server skips what is not connected.
    QTest::newRow("silent") << SimConfig::NotConnected::Silent << 5 << 2 << 1;
    // fault: the whole call fails and nothing happens; the re-list shows 2 absent, the retry
    // with the 5 live ones succeeds.
    QTest::newRow("fault") << SimConfig::NotConnected::Fault << 5 << 2 << 2;
    // ReturnValue != 0: the live ones are gone but the server did not say so cleanly; strictly,
    // a non-zero ReturnValue never yields Disconnected, so the re-list reports all 7 as gone.
    QTest::newRow("retval") << SimConfig::NotConnected::ReturnValue << 0 << 7 << 1;
}

void TestWsmanRrasClient::outcomesPerMode()
{
    QFETCH(SimConfig::NotConnected, mode);
    QFETCH(int, disconnected);
    QFETCH(int, alreadyGone);
    QFETCH(int, requests);

    SimConfig config = simConfig(40);
    config.notConnected = mode;
    const auto h = makeHarness(config);
    QVERIFY(h);
    const int before = int(h->server()->tunnels().size());
    QCOMPARE(before, 40);

    const QStringList live = liveAddresses(h->server(), 5);
    QCOMPARE(live.size(), 5);
    for (const QString &a : notConnected)
        QVERIFY(!listed(h->server(), a));
    // Mixed order: the not-connected and invalid ones in between.
    const QStringList addresses
            = {live[0], notConnected[0], live[1], live[2], QStringLiteral("10.0.0.300"),
               live[3], notConnected[1], live[4]};

    DisconnectRun run;
    runDisconnect(h->rras.get(), addresses, &run);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(run.finishedSignals, 1);
    QCOMPARE(run.outcomes.size(), 8);
    QCOMPARE(run.reported.size(), run.outcomes.size());
    QCOMPARE(countOf(run.outcomes, Kind::Disconnected), disconnected);
    QCOMPARE(countOf(run.outcomes, Kind::AlreadyGone), alreadyGone);
    QCOMPARE(countOf(run.outcomes, Kind::InvalidAddress), 1);
    QCOMPARE(countOf(run.outcomes, Kind::Failed), 0);
    QCOMPARE(countOf(run.outcomes, Kind::Unknown), 0);
    for (const QString &a : addresses) {
        const DisconnectOutcome *o = find(run.outcomes, a);
        QVERIFY2(o, qPrintable(a));
        if (a == u"10.0.0.300") {
            QCOMPARE(o->outcome, Kind::InvalidAddress);
            QVERIFY(o->address.isEmpty());
            QVERIFY(!o->message.isEmpty());
        } else {
            QCOMPARE(o->address, a);
        }
        if (notConnected.contains(a))
            QCOMPARE(o->outcome, Kind::AlreadyGone);
        if (live.contains(a) && disconnected > 0)
            QCOMPARE(o->outcome, Kind::Disconnected);
    }
    QCOMPARE(h->server()->disconnectRequestCount(), requests);
    QCOMPARE(h->server()->tunnels().size(), before - 5);
    for (const QString &a : live)
        QVERIFY(!listed(h->server(), a));
}

void TestWsmanRrasClient::failedWhenRefused()
{
    // The server refuses a single address (fault mode: it is not connected when the call is
    // made), yet the re-list shows it connected (it came back in between): no retry for a single
    // address, so Failed with the provider's message and code.
    SimConfig config = simConfig(10);
    config.notConnected = SimConfig::NotConnected::Fault;
    const auto h = makeHarness(config);
    QVERIFY(h);

    Tunnel phantom;
    phantom.clientIPv4Address = QStringLiteral("198.51.100.77");
    SimServer *server = h->server();
    QObject::connect(server, &SimServer::requestHandled, server,
                     [server, phantom](const QString &method, const QStringList &, int) {
                         if (method == u"DisconnectByHostIP")
                             server->addTunnel(phantom);
                     });
    DisconnectRun run;
    runDisconnect(h->rras.get(), {phantom.clientIPv4Address}, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), 1);
    const DisconnectOutcome &o = run.outcomes.first();
    QCOMPARE(o.outcome, Kind::Failed);
    QVERIFY2(o.message.contains(QLatin1String("No VPN connection")), qPrintable(o.message));
    QCOMPARE(o.code, 2147943568u); // error_Code of the provider's RemoteAccessError
    QCOMPARE(server->disconnectRequestCount(), 1);
    QCOMPARE(server->tunnels().size(), 11);
}

void TestWsmanRrasClient::splitsToFitEnvelope()
{
    constexpr int tunnels = 260;
    SimConfig config = simConfig(tunnels);
    config.maxEnvelopeKb = 8; // the smallest WinRM allows
    const auto h = makeHarness(config, {}, [](WsmanEndpoint &e) { e.maxEnvelopeSize = 8192; });
    QVERIFY(h);
    QStringList all;
    for (const Tunnel &t : h->server()->tunnels())
        all.append(t.primaryAddress());
    QCOMPARE(all.size(), tunnels);

    const QList<QStringList> plan = h->rras->planBatches(all);
    QVERIFY2(plan.size() > 1, "a tiny envelope must split the request");
    qsizetype planned = 0;
    for (const QStringList &batch : plan) {
        QVERIFY(!batch.isEmpty());
        planned += batch.size();
    }
    QCOMPARE(planned, all.size());

    DisconnectRun run;
    runDisconnect(h->rras.get(), all, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), tunnels);
    QCOMPARE(countOf(run.outcomes, Kind::Disconnected), tunnels);
    QCOMPARE(run.readySignals, int(plan.size())); // one per settled batch
    QCOMPARE(h->server()->disconnectRequestCount(), int(plan.size()));
    QVERIFY(h->server()->tunnels().isEmpty());

    // With the default envelope the same list goes in one request.
    const auto big = makeHarness(simConfig(tunnels));
    QVERIFY(big);
    QStringList allBig;
    for (const Tunnel &t : big->server()->tunnels())
        allBig.append(t.primaryAddress());
    QCOMPARE(big->rras->planBatches(allBig).size(), 1);
    DisconnectRun one;
    runDisconnect(big->rras.get(), allBig, &one);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(countOf(one.outcomes, Kind::Disconnected), tunnels);
    QCOMPARE(big->server()->disconnectRequestCount(), 1);
}

void TestWsmanRrasClient::splitsWhenServerLimitIsSmaller()
{
    // The client plans for 500 KB but the server reads at most 8 KB (HTTP 413): the batch is
    // halved until it fits, and nothing is reported before the server has acted.
    constexpr int tunnels = 260;
    SimConfig config = simConfig(tunnels);
    config.maxEnvelopeKb = 8;
    const auto h = makeHarness(config);
    QVERIFY(h);
    QStringList all;
    for (const Tunnel &t : h->server()->tunnels())
        all.append(t.primaryAddress());
    QCOMPARE(h->rras->planBatches(all).size(), 1);

    DisconnectRun run;
    runDisconnect(h->rras.get(), all, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), tunnels);
    QCOMPARE(countOf(run.outcomes, Kind::Disconnected), tunnels);
    QVERIFY(h->server()->disconnectRequestCount() > 1);
    QVERIFY(h->server()->tunnels().isEmpty());
}

void TestWsmanRrasClient::injectedFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("serverActed"); // the simulator disconnected before the reply broke
    QTest::addColumn<Kind>("liveOutcome");

    // Nothing was done and the outcome is not certain: the re-list still shows the live ones.
    QTest::newRow("w:TimedOut") << "timeout/DisconnectByHostIP" << false << Kind::Unknown;
    QTest::newRow("reset") << "reset/DisconnectByHostIP" << false << Kind::Unknown;
    QTest::newRow("http500 empty") << "http500/DisconnectByHostIP" << false << Kind::Unknown;
    // The server did the work but the reply was lost: the re-list settles it.
    QTest::newRow("bad xml") << "badxml/DisconnectByHostIP" << true << Kind::AlreadyGone;
    QTest::newRow("truncated") << "truncate/DisconnectByHostIP" << true << Kind::AlreadyGone;
    QTest::newRow("stall past the operation timeout")
            << "delay:4000/DisconnectByHostIP" << true << Kind::AlreadyGone;
    // 401: the server never processed the request: Failed, not Unknown.
    QTest::newRow("http401") << "http401/DisconnectByHostIP" << false << Kind::Failed;
}

void TestWsmanRrasClient::injectedFaults()
{
    QFETCH(QString, fault);
    QFETCH(bool, serverActed);
    QFETCH(Kind, liveOutcome);

    bool ok = false;
    QString error;
    const SimFault parsed = SimFault::parse(fault, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    const auto h = makeHarness(simConfig(20), {}, [](WsmanEndpoint &e) {
        e.operationTimeoutMs = 1000;
        e.transferTimeoutMs = 2500;
    });
    QVERIFY(h);
    h->server()->setFaults({parsed});
    const QStringList live = liveAddresses(h->server(), 2);
    const QStringList addresses = {live[0], notConnected[0], live[1]};

    DisconnectRun run;
    runDisconnect(h->rras.get(), addresses, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.finishedSignals, 1);
    QCOMPARE(run.outcomes.size(), 3);
    QCOMPARE(countOf(run.outcomes, Kind::Disconnected), 0); // no clean reply, no Disconnected
    // The absent one is settled by the re-list whatever happened to the call.
    QCOMPARE(find(run.outcomes, notConnected[0])->outcome, Kind::AlreadyGone);
    for (const QString &a : live) {
        const DisconnectOutcome *o = find(run.outcomes, a);
        QVERIFY(o);
        QCOMPARE(o->outcome, liveOutcome);
        QVERIFY(!o->message.isEmpty());
        QCOMPARE(listed(h->server(), a), !serverActed);
    }
    QCOMPARE(h->server()->tunnels().size(), serverActed ? 18 : 20);
}

void TestWsmanRrasClient::relistFails()
{
    // Every request fails: neither the call nor the re-list settles anything.
    const auto h = makeHarness(simConfig(10));
    QVERIFY(h);
    bool ok = false;
    QString error;
    h->server()->setFaults({SimFault::parse(QStringLiteral("http500"), &ok, &error)});
    QVERIFY(ok);
    const QStringList live = liveAddresses(h->server(), 2);

    DisconnectRun run;
    runDisconnect(h->rras.get(), live, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), 2);
    for (const DisconnectOutcome &o : run.outcomes) {
        QCOMPARE(o.outcome, Kind::Unknown);
        // Both errors are in the message: the call's and the re-list's.
        QVERIFY2(o.message.count(QLatin1String("500")) >= 2, qPrintable(o.message));
    }
}

void TestWsmanRrasClient::ipv6ExpandedForm()
{
    const auto h = makeHarness(simConfig(3));
    QVERIFY(h);
    Tunnel v6;
    v6.clientIPv6Address = QStringLiteral("2001:db8:100::2a");
    v6.userName = QStringList{QStringLiteral("CORP\\v6user")};
    v6.tunnelType = QStringLiteral("Ikev2");
    h->server()->addTunnel(v6);
    Tunnel both;
    both.clientIPv4Address = QStringLiteral("10.77.0.1");
    both.clientIPv6Address = QStringLiteral("2001:db8:100::2b");
    h->server()->addTunnel(both);
    QCOMPARE(h->server()->tunnels().size(), 5);

    const QString expanded = QStringLiteral("2001:0DB8:0100:0000:0000:0000:0000:002A");
    const QString viaV6 = QStringLiteral("2001:db8:100:0::2B");
    DisconnectRun run;
    runDisconnect(h->rras.get(), {expanded, viaV6}, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), 2);
    const DisconnectOutcome *o = find(run.outcomes, expanded);
    QVERIFY(o);
    QCOMPARE(o->outcome, Kind::Disconnected);
    QCOMPARE(o->address, QStringLiteral("2001:db8:100::2a"));
    const DisconnectOutcome *o2 = find(run.outcomes, viaV6);
    QVERIFY(o2);
    QCOMPARE(o2->outcome, Kind::Disconnected);
    QCOMPARE(o2->address, QStringLiteral("2001:db8:100::2b"));
    // The normal form is what travels.
    QVERIFY(h->server()->lastRequestBody().contains("2001:db8:100::2a"));
    QVERIFY(!h->server()->lastRequestBody().contains("0DB8"));
    QCOMPARE(h->server()->tunnels().size(), 3);
}

void TestWsmanRrasClient::duplicatesCollapse()
{
    const auto h = makeHarness(simConfig(10));
    QVERIFY(h);
    const QString a = liveAddresses(h->server(), 1).first();
    const QStringList addresses = {QStringLiteral(" ") + a, a, a + QStringLiteral("\t"),
                                   QStringLiteral("1.2.3"), QStringLiteral("1.2.3")};
    DisconnectRun run;
    runDisconnect(h->rras.get(), addresses, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), 2);
    const DisconnectOutcome *o = find(run.outcomes, addresses.first());
    QVERIFY2(o, "the first spelling is kept as requested");
    QCOMPARE(o->address, a);
    QCOMPARE(o->outcome, Kind::Disconnected);
    QCOMPARE(countOf(run.outcomes, Kind::InvalidAddress), 1);
    QCOMPARE(h->server()->disconnectRequestCount(), 1);
    QCOMPARE(h->server()->lastRequestBody().count(a.toUtf8()), 1);
}

void TestWsmanRrasClient::invalidOnlyNeverSent()
{
    const auto h = makeHarness(simConfig(5));
    QVERIFY(h);
    const int requestsBefore = h->server()->requestCount();
    DisconnectRun run;
    runDisconnect(h->rras.get(),
                  {QStringLiteral("10.0.0.300"), QStringLiteral("010.1.1.1"), QString(),
                   QStringLiteral("fe80::1%eth0")},
                  &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.outcomes.size(), 4);
    QCOMPARE(countOf(run.outcomes, Kind::InvalidAddress), 4);
    QCOMPARE(run.readySignals, 1);
    QCOMPARE(h->server()->requestCount(), requestsBefore);

    DisconnectRun empty;
    runDisconnect(h->rras.get(), {}, &empty);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(empty.finishedSignals, 1);
    QVERIFY(empty.outcomes.isEmpty());
    QCOMPARE(h->server()->requestCount(), requestsBefore);
}

void TestWsmanRrasClient::computerName()
{
    // Without a name the parameter is not sent at all.
    {
        const auto h = makeHarness(simConfig(5));
        QVERIFY(h);
        ListTunnelsJob *job = h->rras->listTunnels();
        QSignalSpy finished(job, &ListTunnelsJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(!job->error());
        QVERIFY(!h->server()->lastRequestBody().contains("ComputerName"));
    }
    // The simulator's own name is accepted; the parameter travels in both methods.
    {
        WsmanRrasClientOptions options;
        options.computerName = QStringLiteral("rras1");
        const auto h = makeHarness(simConfig(5), options);
        QVERIFY(h);
        ListTunnelsJob *job = h->rras->listTunnels();
        QSignalSpy finished(job, &ListTunnelsJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!job->error(), qPrintable(job->error().summary()));
        QCOMPARE(job->tunnels().size(), 5);
        QVERIFY(h->server()->lastRequestBody().contains(">rras1<"));

        DisconnectRun run;
        runDisconnect(h->rras.get(), liveAddresses(h->server(), 1), &run);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(run.outcomes.first().outcome, Kind::Disconnected);
        QVERIFY(h->server()->lastRequestBody().contains("ComputerName"));
        QVERIFY(h->server()->lastRequestBody().contains(">rras1<"));
    }
    // Another name reaches the provider, which cannot reach that server.
    {
        WsmanRrasClientOptions options;
        options.computerName = QStringLiteral("rras-elsewhere");
        const auto h = makeHarness(simConfig(5), options);
        QVERIFY(h);
        ListTunnelsJob *job = h->rras->listTunnels();
        QSignalSpy finished(job, &ListTunnelsJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->error().kind, WsmanError::Kind::Fault);
        QVERIFY2(job->error().serverMessage().contains(QLatin1String("rras-elsewhere")),
                 qPrintable(job->error().serverMessage()));
    }
}

void TestWsmanRrasClient::abortEndsUnknown()
{
    const auto h = makeHarness(simConfig(10));
    QVERIFY(h);
    bool ok = false;
    QString error;
    h->server()->setFaults(
            {SimFault::parse(QStringLiteral("delay:3000/DisconnectByHostIP"), &ok, &error)});
    QVERIFY(ok);
    const QStringList live = liveAddresses(h->server(), 3);

    DisconnectJob *job = h->rras->disconnectByHostIp(live + QStringList{QStringLiteral("x")});
    QSignalSpy ready(job, &DisconnectJob::outcomesReady);
    QSignalSpy finished(job, &DisconnectJob::finished);
    // The invalid one settles first, then the call is in flight.
    QVERIFY(ready.wait(5000));
    QCOMPARE(finished.size(), 0);
    job->abort();
    QCOMPARE(finished.size(), 1);
    QVERIFY(job->isFinished());
    QCOMPARE(job->outcomes().size(), 4);
    QCOMPARE(countOf(job->outcomes(), Kind::InvalidAddress), 1);
    QCOMPARE(countOf(job->outcomes(), Kind::Unknown), 3);
    for (const DisconnectOutcome &o : job->outcomes()) {
        if (o.outcome == Kind::Unknown)
            QCOMPARE(o.message, QStringLiteral("cancelled"));
    }
    job->abort(); // a second abort changes nothing
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->outcomes().size(), 4);
    job->deleteLater();
}

void TestWsmanRrasClient::abortListing()
{
    const auto h = makeHarness(simConfig(10));
    QVERIFY(h);
    bool ok = false;
    QString error;
    h->server()->setFaults({SimFault::parse(QStringLiteral("delay:3000"), &ok, &error)});
    QVERIFY(ok);
    ListTunnelsJob *job = h->rras->listTunnels();
    QSignalSpy finished(job, &ListTunnelsJob::finished);
    job->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind, WsmanError::Kind::Cancelled);
    QVERIFY(job->tunnels().isEmpty());
    job->abort();
    QVERIFY(!finished.wait(200)); // nothing more arrives, not even the delayed reply
    QCOMPARE(finished.size(), 1);
    job->deleteLater();
}

void TestWsmanRrasClient::outcomeNames()
{
    const QList<std::pair<Kind, QString>> names = {
            {Kind::Disconnected, QStringLiteral("Disconnected")},
            {Kind::AlreadyGone, QStringLiteral("AlreadyGone")},
            {Kind::Failed, QStringLiteral("Failed")},
            {Kind::Unknown, QStringLiteral("Unknown")},
            {Kind::InvalidAddress, QStringLiteral("InvalidAddress")},
    };
    for (const auto &[kind, name] : names) {
        QCOMPARE(outcomeName(kind), name);
        QCOMPARE(outcomeFromName(name), std::optional<Kind>(kind));
    }
    QCOMPARE(outcomeFromName(QStringLiteral("disconnected")), std::nullopt);
    QCOMPARE(outcomeFromName(QString()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestWsmanRrasClient)
#include "tst_wsmanrrasclient.moc"
