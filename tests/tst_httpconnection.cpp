// HttpConnection against a scripted raw HTTP peer (framing, keep-alive, caps, timeouts, drops)
// and against rras-sim's TLS listener (verification, pinning, channel-binding data).

#include "simfixture.h"
#include "simserver.h"
#include "wsman/httpconnection.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Answers each request (head plus Content-Length body) with the next scripted action.
class ScriptedPeer final : public QObject
{
public:
    // Given the socket, writes (part of) an answer; may close or keep silent.
    using Action = std::function<void(QTcpSocket *)>;

    ScriptedPeer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void script(QList<Action> actions) { m_actions = std::move(actions); }
    int connections() const { return m_connections; }
    QByteArray lastRequest() const { return m_lastRequest; }
    int requests() const { return m_requests; }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            m_lastRequest = buffer.left(end + 4 + length);
            buffer.remove(0, end + 4 + length);
            ++m_requests;
            if (!m_actions.isEmpty())
                m_actions.takeFirst()(socket);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Action> m_actions;
    QByteArray m_lastRequest;
    int m_connections = 0;
    int m_requests = 0;
};

ScriptedPeer::Action answer(const QByteArray &raw, bool close = false)
{
    return [raw, close](QTcpSocket *socket) {
        socket->write(raw);
        if (close)
            socket->disconnectFromHost();
    };
}

// Writes `parts` on successive event-loop turns, as a slow server would.
ScriptedPeer::Action inPieces(const QList<QByteArray> &parts, bool closeAtEnd = false)
{
    return [parts, closeAtEnd](QTcpSocket *socket) {
        int delay = 0;
        for (const QByteArray &part : parts)
            QTimer::singleShot(delay += 5, socket, [socket, part] { socket->write(part); });
        if (closeAtEnd)
            QTimer::singleShot(delay + 5, socket, [socket] { socket->disconnectFromHost(); });
    };
}

HttpConnectionOptions local(quint16 port)
{
    HttpConnectionOptions options;
    options.host = u"127.0.0.1"_s;
    options.port = port;
    return options;
}

QByteArray ok(const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\n" + extra + "Content-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
}

} // namespace

class tst_HttpConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void framing_data();
    void framing();
    void keepAliveReusesTheConnection();
    void requestFormat();
    void caps_data();
    void caps();
    void replyTimeout();
    void drops_data();
    void drops();
    void idleCloseNoticed();
    void unaskedBytesDropTheConnection();
    void sendWithoutOpen();
    void tls_data();
    void tls();

private:
    struct Result
    {
        bool finished = false;
        HttpResponse response;
        WsmanError error;
        bool nothingReceived = false;
    };
    Result exchange(HttpConnection &connection, const HttpRequest &request = {},
                    int timeoutMs = 5000);
};

void tst_HttpConnection::initTestCase()
{
    qRegisterMetaType<HttpResponse>();
    qRegisterMetaType<WsmanError>();
}

tst_HttpConnection::Result tst_HttpConnection::exchange(HttpConnection &connection,
                                                        const HttpRequest &request, int timeoutMs)
{
    Result result;
    QSignalSpy finished(&connection, &HttpConnection::finished);
    QSignalSpy failed(&connection, &HttpConnection::failed);
    if (!connection.isOpen()) {
        QSignalSpy opened(&connection, &HttpConnection::opened);
        connection.open(timeoutMs);
        if (!opened.wait(timeoutMs + 2000) && opened.isEmpty()) {
            if (!failed.isEmpty()) {
                result.error = failed.first().at(0).value<WsmanError>();
                result.nothingReceived = failed.first().at(1).toBool();
            }
            return result;
        }
    }
    connection.send(request, timeoutMs);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); },
                         timeoutMs + 5000))
        return result; // neither: the caller sees finished == false and no error
    if (!finished.isEmpty()) {
        result.finished = true;
        result.response = finished.first().at(0).value<HttpResponse>();
    } else {
        result.error = failed.first().at(0).value<WsmanError>();
        result.nothingReceived = failed.first().at(1).toBool();
    }
    return result;
}

void tst_HttpConnection::framing_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("closeAtEnd");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("content-length")
            << QList<QByteArray>{ok("hello")} << false << 200 << QByteArray("hello") << true;
    QTest::newRow("content-length in pieces")
            << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Le", "ngth: 11\r\n\r\nhel", "lo world"}
            << false << 200 << QByteArray("hello world") << true;
    QTest::newRow("chunked") << QList<
            QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n"}
                             << false << 200 << QByteArray("hello world") << true;
    QTest::newRow("chunked in pieces")
            << QList<QByteArray>{"HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: "
                                 "chunked\r\n\r\n5\r",
                                 "\nhel", "lo\r\nA\r\n0123456789", "\r\n0\r\n", "\r\n"}
            << false << 500 << QByteArray("hello0123456789") << true;
    QTest::newRow("until close") << QList<QByteArray>{"HTTP/1.1 200 OK\r\n\r\nall of it"} << true
                                 << 200 << QByteArray("all of it") << false;
    QTest::newRow("connection: close") << QList<QByteArray>{ok("bye", "Connection: close\r\n")}
                                       << false << 200 << QByteArray("bye") << false;
    QTest::newRow("http/1.0") << QList<QByteArray>{"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi"}
                              << false << 200 << QByteArray("hi") << false;
    QTest::newRow("http/1.0 keep-alive")
            << QList<QByteArray>{"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: "
                                 "2\r\n\r\nhi"}
            << false << 200 << QByteArray("hi") << true;
    QTest::newRow("100 continue first")
            << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\n", ok("after")} << false << 200
            << QByteArray("after") << true;
    QTest::newRow("401 with challenge")
            << QList<QByteArray>{"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate\r\n"
                                 "WWW-Authenticate: Kerberos\r\nContent-Length: 0\r\n\r\n"}
            << false << 401 << QByteArray() << true;
}

void tst_HttpConnection::framing()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, closeAtEnd);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({inPieces(pieces, closeAtEnd)});
    HttpConnection connection(local(peer.port()));
    const Result r = exchange(connection);
    QVERIFY2(r.finished, qPrintable(r.error.summary()));
    QCOMPARE(r.response.status, status);
    QCOMPARE(r.response.body, body);
    QCOMPARE(r.response.keepAlive, keepAlive);
    QCOMPARE(connection.isOpen(), keepAlive);
    if (status == 401)
        QCOMPARE(authSchemesOf(r.response.headerValues("www-authenticate")),
                 (QStringList{u"Negotiate"_s, u"Kerberos"_s}));
}

void tst_HttpConnection::keepAliveReusesTheConnection()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({answer(ok("one")), answer(ok("two")), answer(ok("three", "Connection: close\r\n")),
                 answer(ok("four"))});
    HttpConnection connection(local(peer.port()));
    QCOMPARE(exchange(connection).response.body, QByteArray("one"));
    QCOMPARE(exchange(connection).response.body, QByteArray("two"));
    QCOMPARE(connection.connectionId(), quint64(1));
    QCOMPARE(connection.exchangesOnConnection(), 2);
    QCOMPARE(exchange(connection).response.body, QByteArray("three"));
    QVERIFY(!connection.isOpen());
    QCOMPARE(exchange(connection).response.body, QByteArray("four"));
    QCOMPARE(connection.connectionId(), quint64(2));
    QCOMPARE(peer.connections(), 2);
}

void tst_HttpConnection::requestFormat()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({answer(ok("x"))});
    HttpConnection connection(local(peer.port()));
    HttpRequest request;
    request.target = "/wsman?PSVersion=5";
    request.addHeader("Content-Type", "application/soap+xml;charset=UTF-8");
    request.body = "<s:Envelope/>";
    QVERIFY(exchange(connection, request).finished);
    const QByteArray expected = "POST /wsman?PSVersion=5 HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(peer.port())
            + "\r\nContent-Type: application/soap+xml;charset=UTF-8\r\nContent-Length: 13\r\n"
              "Connection: Keep-Alive\r\n\r\n<s:Envelope/>";
    QCOMPARE(peer.lastRequest(), expected);
    QCOMPARE(connection.bytesWritten(), expected.size());
}

void tst_HttpConnection::caps_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("why");
    QTest::newRow("content-length over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n") << u"too large"_s;
    QTest::newRow("chunks over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n"
                          + QByteArray(1024, 'a') + "\r\n400\r\n")
            << u"too large"_s;
    QTest::newRow("until close over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(1500, 'a')) << u"too large"_s;
    QTest::newRow("header block over the cap")
            << QByteArray("HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(3000, 'h') + "\r\n\r\n")
            << u"header block"_s;
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << u"not HTTP"_s;
    QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                             "zz\r\nxx\r\n")
                               << u"malformed chunk"_s;
    QTest::newRow("bad content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n") << u"not a number"_s;
    QTest::newRow("gzip") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
                          << u"transfer encoding"_s;
}

void tst_HttpConnection::caps()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, why);
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({answer(reply)});
    HttpConnectionOptions options = local(peer.port());
    options.maxResponseBytes = 1200;
    options.maxHeaderBytes = 2048;
    HttpConnection connection(options);
    const Result r = exchange(connection);
    QVERIFY(!r.finished);
    QCOMPARE(r.error.kind, WsmanError::Kind::Transport);
    QVERIFY2(r.error.detail.contains(why), qPrintable(r.error.detail));
    QVERIFY(!connection.isOpen());
}

void tst_HttpConnection::replyTimeout()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({[](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Le");
    }});
    HttpConnection connection(local(peer.port()));
    QElapsedTimer timer;
    timer.start();
    const Result r = exchange(connection, {}, 300);
    QVERIFY(!r.finished);
    QCOMPARE(r.error.kind, WsmanError::Kind::Timeout);
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY(!r.nothingReceived);
    QVERIFY(!connection.isOpen());
}

void tst_HttpConnection::drops_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<bool>("nothingReceived");
    QTest::newRow("closed without a reply") << QByteArray() << true;
    QTest::newRow("closed in the head") << QByteArray("HTTP/1.1 200 OK\r\nCont") << false;
    QTest::newRow("closed in the body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << false;
    QTest::newRow("closed in a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab") << false;
}

void tst_HttpConnection::drops()
{
    QFETCH(QByteArray, partial);
    QFETCH(bool, nothingReceived);
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({inPieces({partial}, true)});
    HttpConnection connection(local(peer.port()));
    const Result r = exchange(connection);
    QVERIFY(!r.finished);
    QCOMPARE(r.error.kind, WsmanError::Kind::Transport);
    QCOMPARE(r.nothingReceived, nothingReceived);
    QVERIFY(!connection.isOpen());
}

void tst_HttpConnection::idleCloseNoticed()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    // Says keep-alive, then closes while the client is idle.
    peer.script({[](QTcpSocket *socket) {
        socket->write(ok("x"));
        QTimer::singleShot(20, socket, [socket] { socket->disconnectFromHost(); });
    }});
    HttpConnection connection(local(peer.port()));
    QVERIFY(exchange(connection).finished);
    QTRY_VERIFY(!connection.isOpen());
    QSignalSpy failed(&connection, &HttpConnection::failed);
    connection.send({}, 1000);
    QVERIFY(failed.wait());
    QVERIFY(failed.first().at(1).toBool()); // nothing received: safe to send again elsewhere
}

void tst_HttpConnection::unaskedBytesDropTheConnection()
{
    ScriptedPeer peer;
    QVERIFY(peer.listen());
    peer.script({[](QTcpSocket *socket) {
        socket->write(ok("x"));
        QTimer::singleShot(20, socket, [socket] { socket->write(ok("unasked")); });
    }});
    HttpConnection connection(local(peer.port()));
    QVERIFY(exchange(connection).finished);
    QTRY_VERIFY(!connection.isOpen());
}

void tst_HttpConnection::sendWithoutOpen()
{
    HttpConnection connection(local(9));
    QSignalSpy failed(&connection, &HttpConnection::failed);
    connection.send({}, 1000);
    QVERIFY(failed.isEmpty()); // reported later, never from inside send()
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).value<WsmanError>().kind, WsmanError::Kind::Transport);
}

void tst_HttpConnection::tls_data()
{
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<int>("pin"); // 0 none, 1 right, 2 wrong
    QTest::addColumn<bool>("opens");
    QTest::newRow("trusted through the CA file") << true << 0 << true;
    QTest::newRow("untrusted") << false << 0 << false;
    QTest::newRow("pinned, no CA") << false << 1 << true;
    QTest::newRow("wrong pin despite the CA") << true << 2 << false;
    QTest::newRow("wrong pin") << false << 2 << false;
}

void tst_HttpConnection::tls()
{
    QFETCH(bool, withCa);
    QFETCH(int, pin);
    QFETCH(bool, opens);
    SimConfig config;
    config.tls = true;
    config.log = false;
    config.tunnels = 1;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QSslCertificate certificate = sim.server()->certificate();
    const QByteArray sha256 = certificate.digest(QCryptographicHash::Sha256);
    HttpConnectionOptions options = local(sim.server()->port());
    options.host = u"localhost"_s;
    options.tls = true;
    if (withCa)
        options.caCertificates = QSslCertificate::fromData(sim.caCertificatesPem());
    if (pin == 1)
        options.pinnedSha256 = sha256;
    if (pin == 2)
        options.pinnedSha256 = QByteArray(32, '\x01');
    HttpConnection connection(options);
    QSignalSpy opened(&connection, &HttpConnection::opened);
    QSignalSpy failed(&connection, &HttpConnection::failed);
    connection.open(5000);
    QTRY_VERIFY(!opened.isEmpty() || !failed.isEmpty());
    QCOMPARE(opened.size() == 1, opens);
    if (!opens) {
        const WsmanError error = failed.first().at(0).value<WsmanError>();
        QCOMPARE(error.kind, WsmanError::Kind::Tls);
        QCOMPARE(error.certificateSha256, sha256);
        QCOMPARE(error.pinMismatch, pin == 2);
        QVERIFY(!error.peerCertificates.isEmpty());
        QCOMPARE(sim.server()->requestCount(), 0);
        return;
    }
    // RFC 5929: the certificate's signature hash (SHA-256 here) over its DER form.
    QCOMPARE(connection.tlsServerEndPoint(), "tls-server-end-point:" + sha256);
    HttpRequest request;
    request.addHeader("Content-Type", "application/soap+xml;charset=UTF-8");
    const Result r = exchange(connection, request);
    QVERIFY(r.finished);
    QCOMPARE(r.response.status, 500); // an empty envelope: the simulator's fault
}

QTEST_GUILESS_MAIN(tst_HttpConnection)
#include "tst_httpconnection.moc"
