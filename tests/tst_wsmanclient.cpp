// WsmanClient against rras-sim in this process (SimFixture): round trips, Basic authentication,
// HTTPS trust and pinning, every injected fault, cancellation, reply caps. A tiny scripted HTTP
// peer covers what the simulator cannot produce (a 1 GB Content-Length, a stall after the
// headers, a redirect, other authentication schemes, 413).

#include "auth/authenticator.h"
#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"
#include "wsman/envelope.h"
#include "wsman/wsmanclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(SimConfig::Namespace)
Q_DECLARE_METATYPE(SimFault::Kind)
Q_DECLARE_METATYPE(WsmanError::Kind)

namespace {

// An HTTP response with a correct Content-Length.
QByteArray httpResponse(const QByteArray &statusAndHeaders, const QByteArray &body = {})
{
    return statusAndHeaders + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
}

QString listUri()
{
    return wmiResourceUri(QString::fromLatin1(WsmanNs::remoteAccessNamespace),
                          u"PS_RemoteAccessConnectionStatistics"_s);
}

const QString listMethod = u"GetByActiveStatistics"_s;

// A scripted HTTP/1.1 peer: reads one request at a time (headers plus Content-Length bytes) and
// answers each with `response`; an empty response answers nothing and keeps the connection open.
class ScriptedServer final : public QObject
{
public:
    explicit ScriptedServer(QByteArray response, bool closeAfterResponse = true)
        : m_response(std::move(response)), m_close(closeAfterResponse)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/wsman"_s.arg(m_server.serverPort())); }
    int requests() const { return m_requests; }
    QByteArray lastHeaders() const { return m_lastHeaders; }
    QByteArray lastBody() const { return m_lastBody; }

    // The value of one header of the last request ("" when absent).
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_lastHeaders.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray headers = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : headers.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            m_lastHeaders = headers;
            m_lastBody = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            ++m_requests;
            if (m_response.isEmpty())
                return;
            socket->write(m_response);
            if (m_close)
                socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QByteArray m_response;
    bool m_close;
    int m_requests = 0;
    QByteArray m_lastHeaders;
    QByteArray m_lastBody;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestWsmanClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listRoundTrip_data();
    void listRoundTrip();
    void disconnectRoundTrip();
    void basicAuth_data();
    void basicAuth();
    void basicOverHttpRefused();
    void https_data();
    void https();
    void injectedFaults_data();
    void injectedFaults();
    void delayPastOperationTimeout();
    void replySizeCap();
    void envelopeLimit_data();
    void envelopeLimit();
    void abortIsCancelled();
    void deadPort();
    void notAnHttpUrl();
    void ownTimerFires_data();
    void ownTimerFires();
    void hugeContentLengthRefusedEarly();
    void scriptedStatus_data();
    void scriptedStatus();
    void requestHeaders_data();
    void requestHeaders();
    void destroyClientWhileRunning();
    void effectiveTransferTimeout_data();
    void effectiveTransferTimeout();

private:
    // Runs one listing call and waits for its finished() (exactly once).
    WsmanCall *runList(WsmanClient &client, int waitMs = 15000);

    QNetworkAccessManager m_nam;
};

void TestWsmanClient::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
}

WsmanCall *TestWsmanClient::runList(WsmanClient &client, int waitMs)
{
    WsmanCall *call = client.invoke(listUri(), listMethod, {});
    QSignalSpy spy(call, &WsmanCall::finished);
    if (!call->isFinished() && spy.isEmpty())
        spy.wait(waitMs);
    if (spy.size() != 1 || !call->isFinished())
        qWarning("call did not finish exactly once (%lld)", qint64(spy.size()));
    return call;
}

void TestWsmanClient::listRoundTrip_data()
{
    QTest::addColumn<SimConfig::Namespace>("ns");
    QTest::addColumn<int>("tunnels");
    QTest::newRow("wmi namespace, 12 tunnels") << SimConfig::Namespace::Wmi << 12;
    QTest::newRow("cim-schema/2 namespace, 12 tunnels") << SimConfig::Namespace::Cim << 12;
    QTest::newRow("no tunnels") << SimConfig::Namespace::Wmi << 0;
}

void TestWsmanClient::listRoundTrip()
{
    QFETCH(SimConfig::Namespace, ns);
    QFETCH(int, tunnels);
    SimConfig config;
    config.tunnels = tunnels;
    config.ns = ns;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QVERIFY2(!call->error(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().returnValue, std::optional<quint32>(0));
    QCOMPARE(call->result().relatesTo.compare(call->messageId(), Qt::CaseInsensitive), 0);
    QVERIFY(call->messageId().startsWith(u"uuid:"_s));
    QVERIFY(call->requestBytes() > 500);
    QVERIFY(call->elapsedMs() >= 0);
    QCOMPARE(sim.server(0)->requestCount(), 1);

    // Every tunnel of the simulator arrives as an embedded instance with its addresses.
    QStringList expected;
    for (const Tunnel &t : sim.server(0)->tunnels())
        expected.append(t.clientIPv4Address + u'|' + t.clientIPv6Address + u'|'
                        + t.userName.join(u','));
    QStringList received;
    for (const CimValue &item : call->result().output.values(u"cmdletOutput"_s)) {
        if (item.isNull)
            continue;
        QVERIFY(item.isInstance());
        QCOMPARE(item.instance->typeName, u"RemoteAccessMonitoringConnection_Type"_s);
        received.append(item.instance->text(u"ClientIPv4Address"_s) + u'|'
                        + item.instance->text(u"ClientIPv6Address"_s) + u'|'
                        + item.instance->texts(u"UserName"_s).join(u','));
    }
    expected.sort();
    received.sort();
    QCOMPARE(received.size(), tunnels);
    QCOMPARE(received, expected);
    call->deleteLater();
}

void TestWsmanClient::disconnectRoundTrip()
{
    SimConfig config;
    config.tunnels = 5;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QList<Tunnel> before = sim.server(0)->tunnels();
    QVERIFY(before.size() == 5);
    const QString target = before.at(2).primaryAddress();

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = client.invoke(
            wmiResourceUri(QString::fromLatin1(WsmanNs::remoteAccessNamespace), u"PS_VpnUser"_s),
            u"DisconnectByHostIP"_s,
            {{u"PassThru"_s, true}, {u"HostIPAddress"_s, QStringList{target}}});
    QSignalSpy spy(call, &WsmanCall::finished);
    QVERIFY(spy.wait(15000));
    QVERIFY2(!call->error(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().returnValue, std::optional<quint32>(0));
    QCOMPARE(call->result().output.texts(u"cmdletOutput"_s), QStringList{target});
    QCOMPARE(sim.server(0)->tunnels().size(), 4);
}

void TestWsmanClient::basicAuth_data()
{
    QTest::addColumn<QString>("password"); // what the client sends; the server expects "s3cret:é"
    QTest::addColumn<bool>("withAuthenticator");
    QTest::addColumn<WsmanError::Kind>("kind");
    QTest::newRow("right password") << u"s3cret:é"_s << true << WsmanError::Kind::None;
    QTest::newRow("wrong password") << u"wrong"_s << true << WsmanError::Kind::Auth;
    QTest::newRow("no credentials") << QString() << false << WsmanError::Kind::Auth;
}

void TestWsmanClient::basicAuth()
{
    QFETCH(QString, password);
    QFETCH(bool, withAuthenticator);
    QFETCH(WsmanError::Kind, kind);
    SimConfig config;
    config.tunnels = 3;
    config.user = u"CORP\\alice"_s;
    config.password = u"s3cret:é"_s;
    config.allowUnencrypted = true;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    endpoint.allowUnencrypted = true;
    std::unique_ptr<Authenticator> auth;
    if (withAuthenticator)
        auth = std::make_unique<BasicAuthenticator>(u"CORP\\alice"_s, password);
    WsmanClient client(&m_nam, endpoint, std::move(auth));
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QVERIFY2(call->error().kind == kind, qPrintable(call->error().summary()));
    if (kind == WsmanError::Kind::None) {
        QCOMPARE(call->result().output.values(u"cmdletOutput"_s).size(), 3);
    } else {
        QCOMPARE(call->error().httpStatus, 401);
        QVERIFY2(call->error().offeredAuthSchemes.contains(u"Basic"_s),
                 qPrintable(call->error().offeredAuthSchemes.join(u',')));
        QVERIFY(call->error().userMessage().contains(u"Basic"_s));
        // The server got the request once: no retry loop, no QNAM dialog.
        QCOMPARE(sim.server(0)->requestCount(), 1);
    }
}

void TestWsmanClient::basicOverHttpRefused()
{
    SimConfig config;
    config.tunnels = 2;
    config.user = u"alice"_s;
    config.password = u"pw"_s;
    config.allowUnencrypted = true; // the server would even take it: the client must not send
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    QVERIFY(!endpoint.allowUnencrypted);
    WsmanClient refusing(&m_nam, endpoint,
                         std::make_unique<BasicAuthenticator>(u"alice"_s, u"pw"_s));
    WsmanCall *call = refusing.invoke(listUri(), listMethod, {});
    // finished() comes on a later event-loop turn, so a spy made after invoke() sees it.
    QVERIFY(!call->isFinished());
    QSignalSpy spy(call, &WsmanCall::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(call->error().kind, WsmanError::Kind::Auth);
    QCOMPARE(call->error().httpStatus, 0);
    QVERIFY(call->error().detail.contains(u"Basic"_s));
    QVERIFY(call->error().userMessage().contains(u"HTTPS"_s));

    // A later permitted call is the first request the server ever saw.
    endpoint.allowUnencrypted = true;
    WsmanClient allowed(&m_nam, endpoint,
                        std::make_unique<BasicAuthenticator>(u"alice"_s, u"pw"_s));
    WsmanCall *second = runList(allowed);
    QVERIFY2(!second->error(), qPrintable(second->error().summary()));
    QCOMPARE(sim.server(0)->requestCount(), 1);
}

void TestWsmanClient::https_data()
{
    QTest::addColumn<QString>("trust"); // "ca", "pin", "none", "wrong pin", "pin and ca"
    QTest::addColumn<bool>("basic");
    QTest::addColumn<WsmanError::Kind>("kind");
    QTest::newRow("simulator certificate as CA") << u"ca"_s << false << WsmanError::Kind::None;
    QTest::newRow("CA, Basic over TLS") << u"ca"_s << true << WsmanError::Kind::None;
    QTest::newRow("pinned, no CA") << u"pin"_s << true << WsmanError::Kind::None;
    QTest::newRow("no trust") << u"none"_s << true << WsmanError::Kind::Tls;
    QTest::newRow("wrong pin") << u"wrong pin"_s << false << WsmanError::Kind::Tls;
    QTest::newRow("valid chain, other pin")
            << u"ca and wrong pin"_s << false << WsmanError::Kind::Tls;
}

void TestWsmanClient::https()
{
    QFETCH(QString, trust);
    QFETCH(bool, basic);
    QFETCH(WsmanError::Kind, kind);
    SimConfig config;
    config.tunnels = 4;
    config.tls = true;
    config.user = u"alice"_s;
    config.password = u"pw"_s;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QSslCertificate certificate = sim.server(0)->certificate();
    QVERIFY(!certificate.isNull());
    QCOMPARE(sim.url(0).scheme(), u"https"_s);
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    if (trust.contains(u"ca"_s))
        endpoint.caCertificates = {certificate};
    if (trust == u"pin"_s)
        endpoint.pinnedSha256 = digest;
    if (trust.contains(u"wrong pin"_s))
        endpoint.pinnedSha256
                = QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
    std::unique_ptr<Authenticator> auth;
    if (basic)
        auth = std::make_unique<BasicAuthenticator>(u"alice"_s, u"pw"_s);
    WsmanClient client(&m_nam, endpoint, std::move(auth));
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    const WsmanError &e = call->error();
    QVERIFY2(e.kind == kind
                     || (kind == WsmanError::Kind::None && e.kind == WsmanError::Kind::Auth
                         && !basic),
             qPrintable(e.summary()));
    if (kind == WsmanError::Kind::None && basic) {
        QCOMPARE(call->result().output.values(u"cmdletOutput"_s).size(), 4);
    } else if (kind == WsmanError::Kind::None) {
        // Trusted, but the server wants credentials: the TLS part worked.
        QCOMPARE(e.httpStatus, 401);
    } else {
        QCOMPARE(e.certificateSha256, digest);
        const QString fingerprint = QString::fromLatin1(digest.toHex(':').toUpper());
        QVERIFY2(e.detail.contains(fingerprint), qPrintable(e.detail));
        if (trust.contains(u"pin"_s))
            QVERIFY2(e.detail.contains(u"pinned"_s), qPrintable(e.detail));
        QVERIFY(e.userMessage().contains(u"certificate"_s));
        // Nothing was sent: the handshake stopped before any request.
        QCOMPARE(sim.server(0)->requestCount(), 0);
        QCOMPARE(call->result().output.properties.size(), 0);
    }
}

void TestWsmanClient::injectedFaults_data()
{
    QTest::addColumn<SimFault::Kind>("fault");
    QTest::addColumn<int>("argMs");
    QTest::addColumn<QList<WsmanError::Kind>>("kinds"); // any of these
    QTest::addColumn<int>("httpStatus");
    using K = WsmanError::Kind;
    QTest::newRow("http500, empty body")
            << SimFault::Kind::Http500 << 0 << QList<K>{K::Http} << 500;
    QTest::newRow("http401") << SimFault::Kind::Http401 << 0 << QList<K>{K::Auth} << 401;
    QTest::newRow("reset") << SimFault::Kind::Reset << 0 << QList<K>{K::Transport} << 0;
    QTest::newRow("truncate") << SimFault::Kind::Truncate << 0 << QList<K>{K::Transport, K::Parse}
                              << -1;
    QTest::newRow("badxml") << SimFault::Kind::BadXml << 0 << QList<K>{K::Parse} << 200;
    QTest::newRow("w:TimedOut") << SimFault::Kind::Timeout << 0 << QList<K>{K::Timeout} << 500;
}

void TestWsmanClient::injectedFaults()
{
    QFETCH(SimFault::Kind, fault);
    QFETCH(int, argMs);
    QFETCH(QList<WsmanError::Kind>, kinds);
    QFETCH(int, httpStatus);
    SimConfig config;
    config.tunnels = 20;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimFault f;
    f.kind = fault;
    f.argMs = argMs;
    sim.server(0)->setFaults({f});

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    const WsmanError &e = call->error();
    QVERIFY2(kinds.contains(e.kind), qPrintable(e.summary()));
    if (httpStatus >= 0)
        QCOMPARE(e.httpStatus, httpStatus);
    QVERIFY(!e.userMessage().isEmpty());
    if (fault == SimFault::Kind::Timeout) {
        QCOMPARE(e.subcodeLocalName(), u"TimedOut"_s);
        QCOMPARE(e.wsmanCode, std::optional<quint32>(2150858793u));
    }
    if (fault == SimFault::Kind::Http500)
        QVERIFY2(e.detail.contains(u"empty body"_s), qPrintable(e.detail));

    // The fault is gone: the same client works again.
    sim.server(0)->setFaults({});
    WsmanCall *again = runList(client);
    QVERIFY2(!again->error(), qPrintable(again->error().summary()));
}

void TestWsmanClient::delayPastOperationTimeout()
{
    SimConfig config;
    config.tunnels = 2;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimFault delay;
    delay.kind = SimFault::Kind::Delay;
    delay.argMs = 10000;
    sim.server(0)->setFaults({delay});

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    endpoint.operationTimeoutMs = 700;
    endpoint.transferTimeoutMs = 1200; // raised to 1700: it must outlast OperationTimeout
    QCOMPARE(endpoint.effectiveTransferTimeoutMs(), 1700);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QVERIFY2(call->error().kind == WsmanError::Kind::Timeout, qPrintable(call->error().summary()));
    QVERIFY2(call->elapsedMs() < 5000, qPrintable(QString::number(call->elapsedMs())));
    QVERIFY(call->error().userMessage().contains(u"did not answer in time"_s));
}

void TestWsmanClient::replySizeCap()
{
    SimConfig config;
    config.tunnels = 40;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    endpoint.maxReplyBytes = 4096;
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, WsmanError::Kind::Transport);
    QVERIFY2(call->error().detail.contains(u"too large"_s), qPrintable(call->error().detail));
    QVERIFY(call->result().output.properties.isEmpty());
}

void TestWsmanClient::envelopeLimit_data()
{
    QTest::addColumn<quint32>("clientMaxEnvelope");
    QTest::addColumn<int>("serverMaxKb");
    QTest::newRow("client asks for 8 KB") << 8192u << 500;
    QTest::newRow("server limit 8 KB") << 512000u << 8;
}

void TestWsmanClient::envelopeLimit()
{
    QFETCH(quint32, clientMaxEnvelope);
    QFETCH(int, serverMaxKb);
    SimConfig config;
    config.tunnels = 60;
    config.maxEnvelopeKb = serverMaxKb;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    endpoint.maxEnvelopeSize = clientMaxEnvelope;
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QVERIFY2(call->error().kind == WsmanError::Kind::EnvelopeLimit,
             qPrintable(call->error().summary()));
    QVERIFY(call->error().userMessage().contains(u"MaxEnvelopeSizekb"_s));
}

void TestWsmanClient::abortIsCancelled()
{
    SimConfig config;
    config.tunnels = 2;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SimFault delay;
    delay.kind = SimFault::Kind::Delay;
    delay.argMs = 1500;
    sim.server(0)->setFaults({delay});

    WsmanEndpoint endpoint;
    endpoint.url = sim.url(0);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = client.invoke(listUri(), listMethod, {});
    QSignalSpy spy(call, &WsmanCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(sim.server(0)->requestCount(), 1, 5000); // the request is out
    call->abort();
    QCOMPARE(spy.size(), 1);
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, WsmanError::Kind::Cancelled);
    call->abort(); // a second abort changes nothing
    QCOMPARE(spy.size(), 1);
    QCOMPARE(call->error().kind, WsmanError::Kind::Cancelled);

    // A second call waits out the same delay, so the first request's delayed answer has come
    // (and met a closed connection) by the time it finishes: still only the one signal.
    WsmanCall *later = runList(client);
    QVERIFY2(!later->error(), qPrintable(later->error().summary()));
    QVERIFY(later->elapsedMs() >= 1400);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(call->error().kind, WsmanError::Kind::Cancelled);
}

void TestWsmanClient::deadPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    WsmanEndpoint endpoint;
    endpoint.url = QUrl(u"http://127.0.0.1:%1/wsman"_s.arg(port));
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, WsmanError::Kind::Transport);
    QVERIFY(!call->error().detail.isEmpty());
    QVERIFY(call->error().userMessage().contains(call->error().detail));
}

void TestWsmanClient::notAnHttpUrl()
{
    WsmanEndpoint endpoint;
    endpoint.url = QUrl(u"ftp://rras1/wsman"_s);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, WsmanError::Kind::Transport);
}

void TestWsmanClient::ownTimerFires_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("silent after the request") << QByteArray();
    QTest::newRow("stalls after the headers")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n"
                          "Content-Length: 5000\r\n\r\n<s:Envelope "
                          "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">");
}

void TestWsmanClient::ownTimerFires()
{
    QFETCH(QByteArray, response);
    ScriptedServer server(response, false);
    QVERIFY(server.listen());
    WsmanEndpoint endpoint;
    endpoint.url = server.url();
    endpoint.operationTimeoutMs = 200;
    endpoint.transferTimeoutMs = 900; // raised to 1200
    QCOMPARE(endpoint.effectiveTransferTimeoutMs(), 1200);
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client, 10000);
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, WsmanError::Kind::Timeout);
    QVERIFY(call->error().subcode.isEmpty()); // ours, not the server's w:TimedOut
    QVERIFY2(call->elapsedMs() >= 1100 && call->elapsedMs() < 6000,
             qPrintable(QString::number(call->elapsedMs())));
    QCOMPARE(server.requests(), 1);
}

void TestWsmanClient::hugeContentLengthRefusedEarly()
{
    ScriptedServer server(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\n"
                                     "Content-Length: 1000000000\r\n\r\n<s:Envelope"),
                          false);
    QVERIFY(server.listen());
    WsmanEndpoint endpoint;
    endpoint.url = server.url();
    endpoint.operationTimeoutMs = 20000; // the cap must act long before any timeout
    WsmanClient client(&m_nam, endpoint, nullptr);
    WsmanCall *call = runList(client, 10000);
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, WsmanError::Kind::Transport);
    QVERIFY2(call->error().detail.contains(u"too large"_s), qPrintable(call->error().detail));
    QVERIFY2(call->error().detail.contains(u"1000000000"_s), qPrintable(call->error().detail));
    QVERIFY(call->elapsedMs() < 5000);
}

void TestWsmanClient::scriptedStatus_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<WsmanError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QStringList>("schemes");
    QTest::newRow("401 Negotiate and Kerberos, two headers")
            << httpResponse("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate\r\n"
                            "WWW-Authenticate: Kerberos")
            << WsmanError::Kind::Auth << 401 << QStringList{u"Negotiate"_s, u"Kerberos"_s};
    QTest::newRow("401, one header with params")
            << httpResponse("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate, "
                            "Basic realm=\"WSMAN, the realm\", CredSSP")
            << WsmanError::Kind::Auth << 401
            << QStringList{u"Negotiate"_s, u"Basic"_s, u"CredSSP"_s};
    QTest::newRow("413") << httpResponse("HTTP/1.1 413 Request Entity Too Large")
                         << WsmanError::Kind::EnvelopeLimit << 413 << QStringList{};
    QTest::newRow("302 not followed")
            << httpResponse("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/elsewhere")
            << WsmanError::Kind::Http << 302 << QStringList{};
    QTest::newRow("500 with an HTML page")
            << httpResponse("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html",
                            "<html><body>Server Error</body></html>")
            << WsmanError::Kind::Http << 500 << QStringList{};
    QTest::newRow("200, empty body")
            << httpResponse("HTTP/1.1 200 OK") << WsmanError::Kind::Parse << 200 << QStringList{};
    QTest::newRow("200, wrong RelatesTo") << httpResponse(
            "HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8",
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
            "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\"><s:Header>"
            "<a:RelatesTo>uuid:00000000-0000-4000-8000-000000000000</a:RelatesTo>"
            "</s:Header><s:Body><p:M_OUTPUT xmlns:p=\"urn:x\"><p:ReturnValue>0"
            "</p:ReturnValue></p:M_OUTPUT></s:Body></s:Envelope>")
                                          << WsmanError::Kind::Parse << 200 << QStringList{};
}

void TestWsmanClient::scriptedStatus()
{
    QFETCH(QByteArray, response);
    QFETCH(WsmanError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QStringList, schemes);
    ScriptedServer server(response);
    QVERIFY(server.listen());
    WsmanEndpoint endpoint;
    endpoint.url = server.url();
    endpoint.allowUnencrypted = true;
    WsmanClient client(&m_nam, endpoint, std::make_unique<BasicAuthenticator>(u"u"_s, u"p"_s));
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QVERIFY2(call->error().kind == kind, qPrintable(call->error().summary()));
    QCOMPARE(call->error().httpStatus, httpStatus);
    QCOMPARE(call->error().offeredAuthSchemes, schemes);
    QCOMPARE(server.requests(), 1); // no retry, no redirect followed
}

void TestWsmanClient::requestHeaders_data()
{
    QTest::addColumn<bool>("withAuth");
    QTest::newRow("Basic, sent up front") << true;
    QTest::newRow("no authenticator") << false;
}

void TestWsmanClient::requestHeaders()
{
    QFETCH(bool, withAuth);
    ScriptedServer server(httpResponse("HTTP/1.1 500 Internal Server Error"));
    QVERIFY(server.listen());
    WsmanEndpoint endpoint;
    endpoint.url = server.url();
    endpoint.url.setUserInfo(u"urluser:urlpass"_s); // never used for authentication
    endpoint.allowUnencrypted = true;
    std::unique_ptr<Authenticator> auth;
    if (withAuth)
        auth = std::make_unique<BasicAuthenticator>(u"CORP\\alice"_s, u"pä:ss"_s);
    WsmanClient client(&m_nam, endpoint, std::move(auth));
    WsmanCall *call = runList(client);
    QVERIFY(call->isFinished());
    QCOMPARE(server.requests(), 1);
    QVERIFY(server.lastHeaders().startsWith("POST /wsman HTTP/1.1"));
    QCOMPARE(server.header("Content-Type"), QByteArray("application/soap+xml;charset=UTF-8"));
    QCOMPARE(server.header("Content-Length").toLongLong(), call->requestBytes());
    QCOMPARE(qint64(server.lastBody().size()), call->requestBytes());
    QVERIFY(server.lastBody().contains(call->messageId().toUtf8()));
    QVERIFY(server.lastBody().contains("<m:GetByActiveStatistics_INPUT"));
    const QByteArray expectedAuth = "Basic " + QByteArray("CORP\\alice:pä:ss").toBase64();
    QCOMPARE(server.header("Authorization"), withAuth ? expectedAuth : QByteArray());
    QVERIFY(!server.lastHeaders().contains("urlpass"));
    QVERIFY(!server.lastBody().contains("urlpass"));
}

void TestWsmanClient::destroyClientWhileRunning()
{
    ScriptedServer silent(QByteArray(), false); // never answers
    QVERIFY(silent.listen());
    WsmanEndpoint endpoint;
    endpoint.url = silent.url();
    auto client = std::make_unique<WsmanClient>(&m_nam, endpoint, nullptr);
    QPointer<WsmanCall> call = client->invoke(listUri(), listMethod, {});
    QSignalSpy spy(call.data(), &WsmanCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(silent.requests(), 1, 5000);
    client.reset();
    QVERIFY(call.isNull()); // calls are the client's children and go with it, silently
    QCOMPARE(spy.size(), 0);

    // The shared QNetworkAccessManager is unharmed.
    ScriptedServer answering(httpResponse("HTTP/1.1 500 Internal Server Error"));
    QVERIFY(answering.listen());
    endpoint.url = answering.url();
    WsmanClient next(&m_nam, endpoint, nullptr);
    WsmanCall *second = runList(next);
    QVERIFY(second->isFinished());
    QCOMPARE(second->error().kind, WsmanError::Kind::Http);
}

void TestWsmanClient::effectiveTransferTimeout_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("transfer");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << 60000 << 0 << 75000;
    QTest::newRow("explicit, longer") << 60000 << 90000 << 90000;
    QTest::newRow("explicit, too short") << 60000 << 30000 << 61000;
    QTest::newRow("huge operation timeout")
            << std::numeric_limits<int>::max() << 0 << std::numeric_limits<int>::max();
}

void TestWsmanClient::effectiveTransferTimeout()
{
    QFETCH(int, operation);
    QFETCH(int, transfer);
    QFETCH(int, expected);
    WsmanEndpoint endpoint;
    endpoint.operationTimeoutMs = operation;
    endpoint.transferTimeoutMs = transfer;
    QCOMPARE(endpoint.effectiveTransferTimeoutMs(), expected);
}

QTEST_GUILESS_MAIN(TestWsmanClient)
#include "tst_wsmanclient.moc"
