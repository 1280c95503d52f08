// ServerPoller against the in-process simulator through the real WsmanRrasClient and WsmanClient:
// snapshots, churn, refresh-now coalescing, pause/resume, the state machine under injected
// faults, backoff (growing, capped, reset on success) and never two requests in flight.

#include "auth/authenticator.h"
#include "rras/serverpoller.h"
#include "rras/wsmanrrasclient.h"
#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"
#include "wsman/wsmanclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using State = ServerPoller::State;

namespace {

// Passes every call on to the real client and counts the listings in flight: the poller's
// promise of one request at a time is checked from the outside.
class CountingClient final : public RrasClient
{
public:
    explicit CountingClient(RrasClient *inner) : m_inner(inner) { }

    ListTunnelsJob *listTunnels() override
    {
        ListTunnelsJob *job = m_inner->listTunnels();
        ++started;
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        const auto done = [this] {
            --inFlight;
            ++finished;
        };
        if (job->isFinished())
            done();
        else
            connect(job, &ListTunnelsJob::finished, this, done);
        return job;
    }
    DisconnectJob *disconnectByHostIp(const QStringList &addresses) override
    {
        return m_inner->disconnectByHostIp(addresses);
    }

    int started = 0;
    int finished = 0;
    int inFlight = 0;
    int maxInFlight = 0;

private:
    RrasClient *m_inner;
};

struct Harness
{
    std::unique_ptr<SimFixture> sim;
    QNetworkAccessManager nam;
    std::unique_ptr<WsmanClient> wsman;
    std::unique_ptr<WsmanRrasClient> rras;
    std::unique_ptr<CountingClient> counting;
    int handled = 0; // requests the simulator answered (or dropped)

    SimServer *server() const { return sim->server(0); }
};

std::unique_ptr<Harness> makeHarness(int tunnels = 20)
{
    SimConfig config;
    config.servers = 1;
    config.tunnels = tunnels;
    config.seed = 11;
    config.log = false;
    auto h = std::make_unique<Harness>();
    h->sim = std::make_unique<SimFixture>(config);
    if (!h->sim->start()) {
        qWarning() << "simulator did not start:" << h->sim->errorString();
        return nullptr;
    }
    QObject::connect(h->server(), &SimServer::requestHandled, h->server(),
                     [raw = h.get()] { ++raw->handled; });
    WsmanEndpoint endpoint;
    endpoint.url = h->sim->url(0);
    endpoint.operationTimeoutMs = 2000;
    endpoint.transferTimeoutMs = 3000;
    h->wsman = std::make_unique<WsmanClient>(&h->nam, endpoint, nullptr);
    h->rras = std::make_unique<WsmanRrasClient>(h->wsman.get());
    h->counting = std::make_unique<CountingClient>(h->rras.get());
    return h;
}

SimFault fault(const QString &text)
{
    bool ok = false;
    QString error;
    const SimFault f = SimFault::parse(text, &ok, &error);
    if (!ok)
        qWarning() << "bad fault" << text << error;
    return f;
}

QSet<QString> addresses(const QList<Tunnel> &tunnels)
{
    QSet<QString> result;
    for (const Tunnel &t : tunnels)
        result.insert(t.primaryAddress());
    return result;
}

// The states a poller announced, in order.
struct StateLog
{
    explicit StateLog(ServerPoller *poller)
    {
        QObject::connect(poller, &ServerPoller::stateChanged, poller,
                         [this](const QString &, State state) { states.append(state); });
    }
    QList<State> states;
};

} // namespace

class TestServerPoller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPollYieldsCompleteSnapshot();
    void snapshotsFollowChurn();
    void refreshNowCoalesces();
    void neverTwoRequestsInFlight();
    void pauseAndResume();
    void failures_data();
    void failures();
    void backoffGrowsCapsAndResets();
    void delayAfter();
    void destroyedWhileInFlight();
    void clientDestroyedFirst();
    void stateNames();
};

void TestServerPoller::initTestCase()
{
    qRegisterMetaType<State>();
    qRegisterMetaType<WsmanError>();
    qRegisterMetaType<QList<Tunnel>>();
}

void TestServerPoller::firstPollYieldsCompleteSnapshot()
{
    auto h = makeHarness(25);
    QVERIFY(h);
    h->server()->setTunnels(h->server()->tunnels()); // served exactly as set: comparable
    ServerPoller poller(h->counting.get(), u"paris"_s, 10s);
    QCOMPARE(poller.state(), State::Connecting);
    QVERIFY(!poller.lastSuccess().isValid());
    QCOMPARE(poller.lastLatencyMs(), -1);
    StateLog log(&poller);
    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);
    QSignalSpy latency(&poller, &ServerPoller::pollLatency);

    poller.start();
    QVERIFY(poller.isPolling());
    QCOMPARE(poller.state(), State::Connecting); // the first poll does not say Refreshing
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(snapshots.first().at(0).toString(), u"paris"_s);
    QCOMPARE(snapshots.first().at(1).value<QList<Tunnel>>(), h->server()->tunnels());
    QCOMPARE(latency.count(), 1);
    QVERIFY(latency.first().at(1).toLongLong() >= 0);
    QCOMPARE(poller.state(), State::Live);
    QVERIFY(poller.lastSuccess().isValid());
    QVERIFY(poller.lastSuccess().secsTo(QDateTime::currentDateTimeUtc()) < 10);
    QVERIFY(!poller.lastError().isError());
    QCOMPARE(log.states, QList<State>{State::Live});
    QVERIFY(poller.isScheduled()); // the next poll, in 10 s
    QVERIFY(!poller.isPolling());

    // A later poll passes through Refreshing and back.
    poller.refreshNow();
    QCOMPARE(poller.state(), State::Refreshing);
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(log.states, (QList<State>{State::Live, State::Refreshing, State::Live}));
    QCOMPARE(poller.pollCount(), 2);
    QCOMPARE(h->counting->started, 2);
    QTRY_COMPARE(h->handled, 2);
}

void TestServerPoller::snapshotsFollowChurn()
{
    auto h = makeHarness(30);
    QVERIFY(h);
    h->server()->setChurnPerMinute(3000); // 50 arrivals or departures a second
    ServerPoller poller(h->counting.get(), u"s"_s, 40ms);
    QList<QList<Tunnel>> received;
    connect(&poller, &ServerPoller::snapshotReady, this,
            [&received](const QString &, const QList<Tunnel> &tunnels) {
                received.append(tunnels);
            });
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 6, 10000);
    // Each snapshot is one complete listing: no address twice, none missing.
    for (const QList<Tunnel> &snapshot : std::as_const(received)) {
        QCOMPARE(addresses(snapshot).size(), snapshot.size());
        QVERIFY(!snapshot.isEmpty());
    }
    // The table moved between polls, and the snapshots saw it.
    QVERIFY(addresses(received.first()) != addresses(received.last()));

    // Once the churn stops, the next snapshot is exactly the server's table.
    h->server()->setChurnPerMinute(0);
    const QSet<QString> now = addresses(h->server()->tunnels());
    const qsizetype before = received.size();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= before + 2, 10000);
    QCOMPARE(addresses(received.last()), now);
    QCOMPARE(h->counting->maxInFlight, 1);
}

void TestServerPoller::refreshNowCoalesces()
{
    auto h = makeHarness();
    QVERIFY(h);
    h->server()->setFaults({fault(u"delay:300"_s)});
    ServerPoller poller(h->counting.get(), u"s"_s, 60s);
    QSignalSpy started(&poller, &ServerPoller::pollStarted);
    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);

    poller.start();
    QCOMPARE(started.count(), 1);
    for (int i = 0; i < 5; ++i)
        poller.refreshNow(); // all while the first request is in flight
    QCOMPARE(started.count(), 1);
    QCOMPARE(h->counting->inFlight, 1);

    // The first answer arrives; exactly one more poll follows at once.
    QVERIFY(snapshots.wait(5000));
    QTRY_COMPARE(started.count(), 2);
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(snapshots.count(), 2);
    QVERIFY(poller.isScheduled()); // back to the interval: the next poll is a minute away
    QVERIFY(!started.wait(500));
    QCOMPARE(poller.pollCount(), 2);

    // With nothing in flight, refresh-now polls at once.
    poller.refreshNow();
    QCOMPARE(started.count(), 3);
    QVERIFY(poller.isPolling());
    QVERIFY(!poller.isScheduled());
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(h->counting->maxInFlight, 1);
    QTRY_COMPARE(h->handled, 3);
}

void TestServerPoller::neverTwoRequestsInFlight()
{
    auto h = makeHarness();
    QVERIFY(h);
    h->server()->setFaults({fault(u"delay:60"_s)});
    ServerPoller poller(h->counting.get(), u"s"_s, 1ms); // polls back to back
    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);
    // Hammer it with refresh-now, pause and resume while it polls.
    QTimer hammer;
    int ticks = 0;
    connect(&hammer, &QTimer::timeout, &poller, [&] {
        ++ticks;
        poller.refreshNow();
        if (ticks % 7 == 0)
            poller.pause();
        if (ticks % 7 == 2)
            poller.resume();
        QVERIFY(h->counting->inFlight <= 1);
    });
    hammer.start(5);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 12, 15000);
    hammer.stop();
    QCOMPARE(h->counting->maxInFlight, 1);
    // Every request sent was answered once, by the server too.
    QTRY_COMPARE(h->counting->finished, h->counting->started);
    QTRY_COMPARE(h->handled, h->counting->started);
    QCOMPARE(poller.pollCount(), h->counting->started);
}

void TestServerPoller::pauseAndResume()
{
    auto h = makeHarness();
    QVERIFY(h);
    ServerPoller poller(h->counting.get(), u"s"_s, 50ms);
    QSignalSpy started(&poller, &ServerPoller::pollStarted);
    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);

    // Paused before start: nothing at all happens.
    poller.pause();
    poller.start();
    QVERIFY(!poller.isPolling());
    QVERIFY(!poller.isScheduled());
    QVERIFY(!started.wait(300));

    poller.resume(); // never polled: polls now
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 3, 5000);

    // Paused with a request in flight: that one still reports, then no timer runs.
    if (!poller.isPolling())
        QVERIFY(started.wait(2000));
    QVERIFY(poller.isPolling());
    const qsizetype snapshotsBefore = snapshots.count();
    poller.pause();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(snapshots.count(), snapshotsBefore + 1);
    QVERIFY(!poller.isScheduled());
    const qsizetype startedWhilePaused = started.count();
    QVERIFY(!started.wait(400)); // eight intervals: no poll
    QCOMPARE(started.count(), startedWhilePaused);

    // Resumed long after the poll was due: it polls at once, and the schedule goes on.
    poller.resume();
    QCOMPARE(started.count(), startedWhilePaused);
    QVERIFY(poller.isScheduled()); // due immediately, from the event loop
    QVERIFY(started.wait(1000));
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= snapshotsBefore + 4, 5000);
    QCOMPARE(h->counting->maxInFlight, 1);
}

void TestServerPoller::failures_data()
{
    QTest::addColumn<QString>("faultText"); // empty: the server stops listening
    QTest::addColumn<bool>("afterSuccess");
    QTest::addColumn<WsmanError::Kind>("kind");
    QTest::addColumn<QList<State>>("states"); // state() after failures 1, 2, 3

    const QList<State> stale3{State::Stale, State::Stale, State::Stale};
    const QList<State> staleThenUnreachable{State::Stale, State::Stale, State::Unreachable};
    const QList<State> unreachable3{State::Unreachable, State::Unreachable, State::Unreachable};
    const QList<State> auth3{State::AuthFailed, State::AuthFailed, State::AuthFailed};

    QTest::newRow("HTTP 500 after success")
            << u"http500"_s << true << WsmanError::Kind::Http << stale3;
    QTest::newRow("HTTP 500 first") << u"http500"_s << false << WsmanError::Kind::Http << stale3;
    QTest::newRow("bad XML after success")
            << u"badxml"_s << true << WsmanError::Kind::Parse << stale3;
    QTest::newRow("401 after success") << u"http401"_s << true << WsmanError::Kind::Auth << auth3;
    QTest::newRow("401 first") << u"http401"_s << false << WsmanError::Kind::Auth << auth3;
    QTest::newRow("connection reset after success")
            << u"reset"_s << true << WsmanError::Kind::Transport << staleThenUnreachable;
    QTest::newRow("connection reset first")
            << u"reset"_s << false << WsmanError::Kind::Transport << unreachable3;
    QTest::newRow("WS-Man timeout after success")
            << u"timeout"_s << true << WsmanError::Kind::Timeout << staleThenUnreachable;
    QTest::newRow("server down after success")
            << QString() << true << WsmanError::Kind::Transport << staleThenUnreachable;
    QTest::newRow("server down first")
            << QString() << false << WsmanError::Kind::Transport << unreachable3;
}

void TestServerPoller::failures()
{
    QFETCH(QString, faultText);
    QFETCH(bool, afterSuccess);
    QFETCH(WsmanError::Kind, kind);
    QFETCH(QList<State>, states);

    auto h = makeHarness();
    QVERIFY(h);
    ServerPoller poller(h->counting.get(), u"s"_s, 10ms);
    poller.setBackoff(10ms, 40ms);
    StateLog log(&poller);
    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);
    QList<State> statesAtFailure;
    QList<WsmanError::Kind> kinds;
    connect(&poller, &ServerPoller::pollFailed, this,
            [&](const QString &, const WsmanError &error) {
                statesAtFailure.append(poller.state());
                kinds.append(error.kind);
                if (statesAtFailure.size() == states.size())
                    poller.pause(); // enough failures seen
            });

    const auto breakServer = [&] {
        if (faultText.isEmpty())
            QVERIFY(h->server()->setListening(false) || !h->server()->isListening());
        else
            h->server()->setFaults({fault(faultText)});
    };
    QList<State> expectedLog;
    if (afterSuccess) {
        poller.start();
        QVERIFY(snapshots.wait(5000));
        poller.pause(); // break the server between two polls
        breakServer();
        poller.resume();
        expectedLog << State::Live << State::Refreshing;
    } else {
        breakServer();
        poller.start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(statesAtFailure.size(), states.size(), 10000);
    QCOMPARE(statesAtFailure, states);
    QCOMPARE(kinds, QList<WsmanError::Kind>(states.size(), kind));
    QCOMPARE(poller.lastError().kind, kind);
    QCOMPARE(poller.consecutiveFailures(), int(states.size()));
    QCOMPARE(poller.lastSuccess().isValid(), afterSuccess);
    for (const State state : std::as_const(states)) {
        if (expectedLog.isEmpty() || expectedLog.last() != state)
            expectedLog << state;
    }
    QCOMPARE(log.states, expectedLog);

    // Recovery: the first good answer makes it Live again and clears the error.
    if (faultText.isEmpty())
        QVERIFY(h->server()->setListening(true));
    else
        h->server()->setFaults({});
    const qsizetype before = snapshots.count();
    // Hold still after the first good answer, so that the state read below is its state.
    connect(&poller, &ServerPoller::snapshotReady, this, [&poller] { poller.pause(); });
    poller.resume();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), before + 1, 10000);
    QCOMPARE(poller.state(), State::Live);
    QCOMPARE(log.states.last(), State::Live);
    QVERIFY(!poller.lastError().isError());
    QCOMPARE(poller.consecutiveFailures(), 0);
    QCOMPARE(h->counting->maxInFlight, 1);
}

void TestServerPoller::backoffGrowsCapsAndResets()
{
    auto h = makeHarness();
    QVERIFY(h);
    // Interval 20 ms; after failures: 100, 200, 400 (cap), 400 ms; after a success: 20 ms again.
    ServerPoller poller(h->counting.get(), u"s"_s, 20ms);
    poller.setBackoff(100ms, 400ms);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> startedAt;
    QList<qint64> endedAt; // when each poll finished, failed or not
    connect(&poller, &ServerPoller::pollStarted, this, [&] { startedAt.append(clock.elapsed()); });
    connect(&poller, &ServerPoller::pollFailed, this, [&] { endedAt.append(clock.elapsed()); });
    connect(&poller, &ServerPoller::snapshotReady, this, [&] { endedAt.append(clock.elapsed()); });

    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);
    QSignalSpy failed(&poller, &ServerPoller::pollFailed);
    poller.start();
    QVERIFY(snapshots.wait(5000));
    poller.pause();
    h->server()->setFaults({fault(u"http500"_s)});
    poller.resume();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 5, 10000);
    h->server()->setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 3, 10000);
    poller.pause();

    // The wait before each poll: from the end of the previous one to the start of the next.
    // Poll 0 succeeded, polls 1-5 failed, polls 6 and 7 succeeded.
    QVERIFY(startedAt.size() >= 8);
    QList<qint64> waits;
    for (int i = 1; i < 8; ++i)
        waits.append(startedAt.at(i) - endedAt.at(i - 1));
    qInfo() << "waits before polls 2-8 (ms):" << waits;
    // After failures 1-4 (before polls 2-5): 100, 200, 400, 400; a coarse timer may fire 5%
    // early, a busy machine late.
    const QList<qint64> expected{100, 200, 400, 400};
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(waits.at(i + 1) >= expected.at(i) * 9 / 10,
                 qPrintable(u"wait %1 was %2 ms"_s.arg(i + 1).arg(waits.at(i + 1))));
        QVERIFY2(waits.at(i + 1) < expected.at(i) + 300,
                 qPrintable(u"wait %1 was %2 ms"_s.arg(i + 1).arg(waits.at(i + 1))));
    }
    // After the recovering success: the plain interval again, far below the cap.
    QVERIFY2(waits.at(6) < 200, qPrintable(QString::number(waits.at(6))));
    QCOMPARE(poller.consecutiveFailures(), 0);
    QCOMPARE(h->counting->maxInFlight, 1);
}

void TestServerPoller::delayAfter()
{
    auto h = makeHarness();
    QVERIFY(h);
    ServerPoller poller(h->counting.get(), u"s"_s);
    QCOMPARE(poller.interval(), 5000ms);
    QCOMPARE(poller.delayAfter(0), 5000ms);
    QCOMPARE(poller.delayAfter(1), 5000ms); // base 5 s
    QCOMPARE(poller.delayAfter(2), 10000ms);
    QCOMPARE(poller.delayAfter(3), 20000ms);
    QCOMPARE(poller.delayAfter(4), 40000ms);
    QCOMPARE(poller.delayAfter(5), 60000ms); // capped
    QCOMPARE(poller.delayAfter(1000), 60000ms);
    poller.setInterval(30s);
    QCOMPARE(poller.delayAfter(1), 30000ms); // never faster than the interval
    QCOMPARE(poller.delayAfter(3), 30000ms);
    QCOMPARE(poller.delayAfter(4), 40000ms);
    poller.setInterval(120s);
    QCOMPARE(poller.delayAfter(9), 120000ms);
}

void TestServerPoller::destroyedWhileInFlight()
{
    auto h = makeHarness();
    QVERIFY(h);
    h->server()->setFaults({fault(u"delay:200"_s)});
    auto poller = std::make_unique<ServerPoller>(h->counting.get(), u"s"_s, 10ms);
    int signalsAfterDeath = 0;
    bool dead = false;
    connect(poller.get(), &ServerPoller::stateChanged, this, [&] { signalsAfterDeath += dead; });
    poller->start();
    QCOMPARE(h->counting->inFlight, 1);
    poller.reset();
    dead = true;
    QTRY_COMPARE(h->counting->inFlight, 0); // aborted
    QCOMPARE(signalsAfterDeath, 0);

    // The client is still good for a new poller.
    h->server()->setFaults({});
    ServerPoller again(h->counting.get(), u"s"_s, 10s);
    QSignalSpy snapshots(&again, &ServerPoller::snapshotReady);
    again.start();
    QVERIFY(snapshots.wait(5000));
}

void TestServerPoller::clientDestroyedFirst()
{
    auto h = makeHarness();
    QVERIFY(h);
    ServerPoller poller(h->counting.get(), u"s"_s, 10ms);
    QSignalSpy snapshots(&poller, &ServerPoller::snapshotReady);
    poller.start();
    QVERIFY(snapshots.wait(5000));
    poller.pause();
    h->counting.reset();
    QCOMPARE(poller.client(), nullptr);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no client any more"_s));
    poller.refreshNow(); // nothing to ask: says so, does not crash
    QVERIFY(!poller.isPolling());
}

void TestServerPoller::stateNames()
{
    const QMetaEnum states = QMetaEnum::fromType<State>();
    QSet<QString> names;
    QSet<QString> texts;
    for (int i = 0; i < states.keyCount(); ++i) {
        const auto state = State(states.value(i));
        QCOMPARE(ServerPoller::stateName(state), QString::fromLatin1(states.key(i)));
        names.insert(ServerPoller::stateName(state));
        texts.insert(ServerPoller::stateText(state));
    }
    QCOMPARE(names.size(), states.keyCount());
    QCOMPARE(texts.size(), states.keyCount());
    QVERIFY(!texts.contains(QString()));
}

QTEST_GUILESS_MAIN(TestServerPoller)
#include "tst_serverpoller.moc"
