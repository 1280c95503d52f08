// What one server's listing costs, for 2,500 tunnels (about 2.6 MB of XML) by default:
//  1. the work itself, parsing the WS-Man reply and turning its cmdletOutput instances into
//     Tunnels, timed directly (this is what a pool thread now does);
//     Beside it the direct reader the client uses (TunnelListReader: XML straight into Tunnels),
//     which takes the fast path (pugixml, wsman/replytree.h) on a plain reply, the same reader on
//     the token stream alone, and QXmlStreamReader alone (every token read, nothing kept): the
//     floor of any reader on the token stream;
//  2. the real path, WsmanRrasClient::listTunnels() over loopback: the GUI thread's own CPU time
//     from the request to the job's finished() (what is left on it: the envelope, the reply's
//     hand-over, the result's delivery), beside the wall time. The simulator serves from its own
//     thread here, so that its XML writing is not counted as the client's.
//
//   bench_listingparse [tunnels] [rounds]
#include "auth/authenticator.h"
#include "rras/tunnellistreader.h"
#include "rras/tunnelreader.h"
#include "rras/wsmanrrasclient.h"
#include "rrassimulator.h"
#include "simserver.h"
#include "wsman/envelope.h"
#include "wsman/replyparser.h"
#include "wsman/wsmanclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QThreadPool>
#include <QXmlStreamReader>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tunnels = argc > 1 ? std::atoi(argv[1]) : 2500;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 15;

    SimConfig config;
    config.tunnels = tunnels;
    config.maxEnvelopeKb = std::max(500, tunnels * 2);
    config.log = false;
    // The simulator on a thread of its own (created, started and deleted there).
    QThread simThread;
    simThread.start();
    std::unique_ptr<RrasSimulator> sim;
    QString error;
    bool started = false;
    QUrl url;
    QObject simContext;
    simContext.moveToThread(&simThread);
    QMetaObject::invokeMethod(
            &simContext,
            [&] {
                sim = std::make_unique<RrasSimulator>(config);
                started = sim->start(&error);
                if (started) {
                    sim->server(0)->setTunnels(sim->server(0)->tunnels()); // no ageing
                    url = sim->server(0)->url();
                }
            },
            Qt::BlockingQueuedConnection);
    auto stopSim = [&] {
        QMetaObject::invokeMethod(
                &simContext, [&] { sim.reset(); }, Qt::BlockingQueuedConnection);
        simThread.quit();
        simThread.wait();
    };
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        stopSim();
        return 1;
    }
    InvokeRequest request;
    request.to = url;
    request.resourceUri = wmiResourceUri(QString::fromLatin1(WsmanNs::remoteAccessNamespace),
                                         QStringLiteral("PS_RemoteAccessConnectionStatistics"));
    request.method = QStringLiteral("GetByActiveStatistics");
    request.maxEnvelopeSize = quint32(config.maxEnvelopeKb) * 1024;
    const QByteArray envelope = writeInvokeEnvelope(request);
    QNetworkAccessManager nam;
    QNetworkRequest http(request.to);
    http.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/soap+xml;charset=UTF-8"));
    QNetworkReply *reply = nam.post(http, envelope);
    QEventLoop loop; // a benchmark's own set-up, not product code
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
        stopSim();
        return 1;
    }

    std::vector<double> parseMs;
    std::vector<double> readMs;
    std::vector<double> parseCpuMs;
    std::vector<double> readCpuMs;
    std::vector<double> directCpuMs;
    std::vector<double> streamCpuMs;
    std::vector<double> tokensCpuMs;
    int count = 0;
    int directCount = 0;
    for (int i = 0; i < rounds; ++i) {
        double cpu = threadCpuMs();
        {
            auto reader = std::make_shared<TunnelListReader>();
            const ParsedReply parsed = parseInvokeReply(body, request.messageId, reader.get());
            directCount = parsed.error.isError() ? -1 : int(reader->takeTunnels().size());
        }
        directCpuMs.push_back(threadCpuMs() - cpu);
        cpu = threadCpuMs();
        {
            TunnelListReader reader;
            const ParsedReply parsed
                    = parseInvokeReply(body, request.messageId, &reader, ReplyParsing::StreamOnly);
            if (parsed.error.isError() || reader.takeTunnels().size() != directCount)
                directCount = -1;
        }
        streamCpuMs.push_back(threadCpuMs() - cpu);
        cpu = threadCpuMs();
        {
            QXmlStreamReader xml(body);
            while (!xml.atEnd())
                xml.readNext();
        }
        tokensCpuMs.push_back(threadCpuMs() - cpu);

        QElapsedTimer t;
        t.start();
        double cpu0 = threadCpuMs();
        const ParsedReply parsed = parseInvokeReply(body, request.messageId);
        parseMs.push_back(double(t.nsecsElapsed()) / 1e6);
        parseCpuMs.push_back(threadCpuMs() - cpu0);
        if (parsed.error.isError()) {
            std::fprintf(stderr, "parse error: %s\n", qPrintable(parsed.error.summary()));
            stopSim();
            return 1;
        }
        t.start();
        cpu0 = threadCpuMs();
        count = int(readTunnels(parsed.result).size());
        readMs.push_back(double(t.nsecsElapsed()) / 1e6);
        readCpuMs.push_back(threadCpuMs() - cpu0);
    }

    // The real path: the client parses and converts on pool threads; the GUI thread's CPU time
    // is what the event loop loses per listing.
    WsmanEndpoint endpoint;
    endpoint.url = url;
    endpoint.maxEnvelopeSize = request.maxEnvelopeSize;
    WsmanClient wsman(&nam, endpoint, nullptr);
    WsmanRrasClient rras(&wsman);
    auto workerNs = std::make_shared<std::atomic<qint64>>(0);
    std::vector<double> guiCpuMs;
    std::vector<double> wallMs;
    std::vector<double> workerMs;
    int listed = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = threadCpuMs();
        ListTunnelsJob *job = rras.listTunnels();
        QObject::connect(job, &ListTunnelsJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const WsmanError jobError = job->error();
        listed = int(job->tunnels().size());
        // The job's Tunnels are freed on this thread too (in the console: when the model lets
        // go of a server's previous snapshot).
        delete job;
        guiCpuMs.push_back(threadCpuMs() - cpu0);
        wallMs.push_back(double(wall.nsecsElapsed()) / 1e6);
        if (jobError) {
            std::fprintf(stderr, "listing failed: %s\n", qPrintable(jobError.summary()));
            stopSim();
            return 1;
        }
    }
    // The old worker's share, measured apart: the generic parse and the conversion on a pool
    // thread.
    for (int i = 0; i < rounds; ++i) {
        QThreadPool::globalInstance()->start([&body, &request, workerNs] {
            const double cpu0 = threadCpuMs();
            {
                const ParsedReply parsed = parseInvokeReply(body, request.messageId);
                const QList<Tunnel> t = readTunnels(parsed.result);
                Q_UNUSED(t);
            }
            *workerNs = qint64((threadCpuMs() - cpu0) * 1e6);
        });
        QThreadPool::globalInstance()->waitForDone();
        workerMs.push_back(double(workerNs->load()) / 1e6);
    }
    stopSim();

    auto report = [](const char *what, std::vector<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-34s median %7.2f ms  min %7.2f  max %7.2f\n", what, v[v.size() / 2],
                    v.front(), v.back());
    };
    std::printf("reply %.2f MB, %d tunnels, %d rounds\n", double(body.size()) / 1e6, count, rounds);
    // Wall time includes waiting for a core on a loaded machine; CPU time is the work itself.
    std::printf("the work, on the calling thread (where the GUI thread did it before):\n");
    report("  parseInvokeReply wall", parseMs);
    report("  parseInvokeReply CPU", parseCpuMs);
    report("  readTunnels wall", readMs);
    report("  readTunnels CPU", readCpuMs);
    std::printf("the direct reader (parseInvokeReply + TunnelListReader, %d tunnels), freed:\n",
                directCount);
    report("  parse into Tunnels CPU", directCpuMs);
    report("  the same, token stream only CPU", streamCpuMs);
    report("  QXmlStreamReader tokens only CPU", tokensCpuMs);
    std::printf("the old generic path as a pool thread ran it:\n");
    report("  parse + convert + free, CPU", workerMs);
    std::printf("listTunnels() end to end, %d tunnels:\n", listed);
    report("  GUI-thread CPU per listing", guiCpuMs);
    report("  wall time per listing", wallMs);
    return 0;
}
