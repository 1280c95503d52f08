// What one server's listing costs the thread that reads it: parsing the WS-Man reply and turning
// its cmdletOutput instances into Tunnels, for 2,500 tunnels (about 3 MB of XML) by default.
// The reply comes from rras-sim in process, fetched once; the timings are of the client only.
//
//   bench_listingparse [tunnels] [rounds]
#include "rras/tunnelreader.h"
#include "rrassimulator.h"
#include "simserver.h"
#include "wsman/envelope.h"
#include "wsman/replyparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tunnels = argc > 1 ? std::atoi(argv[1]) : 2500;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 15;

    SimConfig config;
    config.tunnels = tunnels;
    config.maxEnvelopeKb = std::max(500, tunnels * 2);
    config.log = false;
    RrasSimulator sim(config);
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    InvokeRequest request;
    request.to = sim.server(0)->url();
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

    std::vector<double> parseMs;
    std::vector<double> readMs;
    int count = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const ParsedReply parsed = parseInvokeReply(body, request.messageId);
        parseMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (parsed.error.isError()) {
            std::fprintf(stderr, "parse error: %s\n", qPrintable(parsed.error.summary()));
            return 1;
        }
        t.start();
        count = int(readTunnels(parsed.result).size());
        readMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    auto report = [](const char *what, std::vector<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-22s median %7.2f ms  min %7.2f  max %7.2f\n", what, v[v.size() / 2],
                    v.front(), v.back());
    };
    std::printf("reply %.2f MB, %d tunnels, %d rounds\n", double(body.size()) / 1e6, count, rounds);
    report("parseInvokeReply", parseMs);
    report("readTunnels", readMs);
    return 0;
}
