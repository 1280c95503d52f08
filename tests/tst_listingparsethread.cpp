// Where a listing's reply is parsed and turned into Tunnels (WsmanClient::backgroundParseBytes,
// WsmanRrasClient::listTunnels): a large reply off the GUI thread, a small one on it; and a job,
// call or client destroyed or aborted while a pool thread works on its reply must neither crash
// nor report, and a client deleted mid-parse retires its pool without waiting for it.

#include "auth/authenticator.h"
#include "rras/wsmanrrasclient.h"
#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"
#include "wsman/wsmanclient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>
#include <memory>
#include <optional>

namespace {

// What the hooks saw. Shared with the pool threads, so owned by a shared_ptr the hooks capture
// (a test that deletes the clients mid-parse must not leave a worker writing into freed memory).
struct Probe
{
    std::atomic<QThread *> parseThread{nullptr};
    std::atomic<QThread *> conversionThread{nullptr};
    std::atomic<int> parses{0};
    std::atomic<int> conversions{0};
    std::atomic<bool> blocked{false};
    QSemaphore release;
};

struct Harness
{
    std::unique_ptr<SimFixture> sim;
    QNetworkAccessManager nam;
    std::unique_ptr<WsmanClient> wsman;
    std::unique_ptr<WsmanRrasClient> rras;
    std::shared_ptr<Probe> probe = std::make_shared<Probe>();
};

enum class Stage { Parse, Conversion };

// `blockAt`: the hook of that stage waits on probe->release the first time it runs.
std::unique_ptr<Harness> makeHarness(int tunnels, std::optional<Stage> blockAt = {})
{
    SimConfig config;
    config.servers = 1;
    config.tunnels = tunnels;
    config.seed = 11;
    config.churnPerMinute = 0;
    config.maxEnvelopeKb = std::max(500, tunnels * 2);
    config.log = false;
    auto h = std::make_unique<Harness>();
    h->sim = std::make_unique<SimFixture>(config);
    if (!h->sim->start()) {
        qWarning() << "simulator did not start:" << h->sim->errorString();
        return nullptr;
    }
    h->sim->server(0)->setTunnels(h->sim->server(0)->tunnels());
    WsmanEndpoint endpoint;
    endpoint.url = h->sim->url(0);
    endpoint.operationTimeoutMs = 5000;
    endpoint.maxEnvelopeSize = quint32(config.maxEnvelopeKb) * 1024;
    h->wsman = std::make_unique<WsmanClient>(&h->nam, endpoint, nullptr);
    h->rras = std::make_unique<WsmanRrasClient>(h->wsman.get());

    auto hook = [probe = h->probe](std::atomic<QThread *> &thread, std::atomic<int> &count,
                                   bool block) {
        thread = QThread::currentThread();
        if (count++ == 0 && block) {
            probe->blocked = true;
            probe->release.acquire();
        }
    };
    const std::shared_ptr<Probe> probe = h->probe;
    const bool blockParse = blockAt == Stage::Parse;
    const bool blockConversion = blockAt == Stage::Conversion;
    h->wsman->setParseHook(
            [probe, hook, blockParse] { hook(probe->parseThread, probe->parses, blockParse); });
    h->rras->setConversionHook([probe, hook, blockConversion] {
        hook(probe->conversionThread, probe->conversions, blockConversion);
    });
    return h;
}

} // namespace

class TestListingParseThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void parsesWhereItShould_data()
    {
        QTest::addColumn<int>("tunnels");
        QTest::addColumn<bool>("parsedOffThread");
        // 3 tunnels: a few KB, under backgroundParseBytes. 2,500: about 2.6 MB.
        QTest::newRow("small reply") << 3 << false;
        QTest::newRow("2,500 tunnels") << 2500 << true;
    }

    void parsesWhereItShould()
    {
        QFETCH(int, tunnels);
        QFETCH(bool, parsedOffThread);
        auto h = makeHarness(tunnels);
        QVERIFY(h);

        ListTunnelsJob *job = h->rras->listTunnels();
        QSignalSpy finished(job, &ListTunnelsJob::finished);
        QThread *finishedOn = nullptr;
        connect(job, &ListTunnelsJob::finished, this,
                [&finishedOn] { finishedOn = QThread::currentThread(); });
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(!job->error(), qPrintable(job->error().summary()));
        QCOMPARE(job->tunnels().size(), h->sim->server(0)->tunnels().size());
        QCOMPARE(job->tunnels().size(), tunnels);
        QCOMPARE(job->tunnels().constFirst().clientIPv4Address,
                 h->sim->server(0)->tunnels().constFirst().clientIPv4Address);

        QCOMPARE(h->probe->parses.load(), 1);
        QVERIFY(h->probe->parseThread.load() != nullptr);
        QCOMPARE(h->probe->parseThread.load() != QThread::currentThread(), parsedOffThread);
        // The conversion into Tunnels runs on a pool thread whatever the size.
        QCOMPARE(h->probe->conversions.load(), 1);
        QVERIFY(h->probe->conversionThread.load() != nullptr);
        QVERIFY(h->probe->conversionThread.load() != QThread::currentThread());
        // ...and the job reports on the thread that asked.
        QCOMPARE(finishedOn, QThread::currentThread());
        delete job;
    }

    void destroyedWhileTheWorkerRuns_data()
    {
        QTest::addColumn<bool>("inConversion"); // else in the parse
        QTest::addColumn<QString>("what");
        for (const bool inConversion : {false, true}) {
            for (const char *what : {"delete job", "abort job", "delete clients"})
                QTest::addRow("%s, %s", inConversion ? "conversion" : "parse", what)
                        << inConversion << QString::fromLatin1(what);
        }
    }

    void destroyedWhileTheWorkerRuns()
    {
        QFETCH(bool, inConversion);
        QFETCH(QString, what);
        const Stage stage = inConversion ? Stage::Conversion : Stage::Parse;
        auto h = makeHarness(2500, stage);
        QVERIFY(h);
        const std::shared_ptr<Probe> probe = h->probe;

        // The client's own pool, not Qt's global one (which the raster engine waits on).
        QPointer<QThreadPool> pool = h->wsman->threadPool();
        QVERIFY(pool.data() != QThreadPool::globalInstance());
        QPointer<ListTunnelsJob> job = h->rras->listTunnels();
        QSignalSpy finished(job.data(), &ListTunnelsJob::finished);
        // The worker is now inside the hook, holding the reply (parse) or the parsed tree
        // (conversion); the GUI thread goes on.
        QTRY_VERIFY_WITH_TIMEOUT(probe->blocked.load(), 15000);
        QCOMPARE(finished.size(), 0);

        if (what == QLatin1String("delete job")) {
            delete job.data();
        } else if (what == QLatin1String("abort job")) {
            job->abort();
            QCOMPARE(finished.size(), 1);
            QCOMPARE(job->error().kind, WsmanError::Kind::Cancelled);
        } else {
            h->rras.reset();  // deletes the job
            h->wsman.reset(); // deletes the call
            QVERIFY(job.isNull());
        }
        // Let the worker finish and deliver (or not) its result, then let the event loop run
        // whatever it queued.
        probe->release.release();
        if (what == QLatin1String("delete clients")) {
            // The client's pool was retired, not waited for: it goes once its parse has ended.
            QTRY_VERIFY_WITH_TIMEOUT(pool.isNull(), 10000);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(pool->activeThreadCount(), 0, 10000);
        }
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();

        if (job) {
            // Aborted: finished exactly once, with Cancelled; the late result changed nothing.
            QCOMPARE(finished.size(), 1);
            QCOMPARE(job->error().kind, WsmanError::Kind::Cancelled);
            QVERIFY(job->tunnels().isEmpty());
            delete job.data();
        }
        if (stage == Stage::Conversion)
            QCOMPARE(probe->conversions.load(), 1);
        else
            QCOMPARE(probe->conversions.load(), 0); // the call never finished into a conversion

        // The client (when it is still there) lists again normally.
        if (h->rras) {
            ListTunnelsJob *again = h->rras->listTunnels();
            QSignalSpy done(again, &ListTunnelsJob::finished);
            QVERIFY(done.wait(15000));
            QVERIFY2(!again->error(), qPrintable(again->error().summary()));
            QCOMPARE(again->tunnels().size(), 2500);
            delete again;
        }
    }
};

QTEST_GUILESS_MAIN(TestListingParseThread)
#include "tst_listingparsethread.moc"
