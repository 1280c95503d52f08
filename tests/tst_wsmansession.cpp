// WsmanSession through WsmanClient with NegotiateAuthenticator against rras-sim in process, as a
// default Windows listener (Negotiate and Kerberos, AllowUnencrypted=false): Kerberos (ticket
// cache and password), NTLM, sealed over http and in TLS over https, one handshake per connection,
// wrong passwords, expired tickets, dropped connections, tampered and plaintext replies, and the
// bytes on the wire (a loopback proxy) carrying no plaintext envelope.

#include "auth/negotiateauthenticator.h"
#include "auth/securitycontext.h"
#include "kdcfixture.h"
#include "rrassimulator.h"
#include "simfixture.h"
#include "simserver.h"
#include "tcpproxy.h"
#include "wsman/envelope.h"
#include "wsman/wsmanclient.h"
#include "wsman/wsmansession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Mech = NegotiateAuthenticator::Mechanism;

namespace {

QString listUri()
{
    return wmiResourceUri(QString::fromLatin1(WsmanNs::remoteAccessNamespace),
                          u"PS_RemoteAccessConnectionStatistics"_s);
}

const QString listMethod = u"GetByActiveStatistics"_s;
constexpr int tunnelCount = 7;

struct Account
{
    Mech mechanism;
    QString user;
    QString password;
};

} // namespace

class tst_WsmanSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listing_data();
    void listing();
    void oneHandshakePerConnection();
    void wireCarriesNoPlaintext();
    void wrongPassword_data();
    void wrongPassword();
    void expiredTicket();
    void noTicket();
    void connectionDroppedBetweenCalls();
    void connectionDroppedMidSession();
    void tamperedReply();
    void plaintextReplyRefused();
    void missingMutualAuthentication();
    void unsealedRequestRefusedByServer();
    void pinnedCertificate_data();
    void pinnedCertificate();
    void abortInFlight();
    void sealedMessageFraming_data();
    void sealedMessageFraming();

private:
    std::unique_ptr<SimFixture> startSim(bool tls, QList<SimConfig::Auth> auth = {});
    WsmanCall *list(WsmanClient &client);
    bool waitFor(WsmanCall *call);
    std::unique_ptr<WsmanClient> client(const QUrl &url, const Account &account,
                                        const QByteArray &caPem = {}, const QByteArray &pin = {});
    void require(Mech mechanism, const QString &user);

    QNetworkAccessManager m_nam;
    KdcFixture m_kdc;
    bool m_kdcUp = false;
    QString m_ntlmUsers;
};

void tst_WsmanSession::initTestCase()
{
    m_kdcUp = m_kdc.start();
    if (m_kdcUp) {
        QVERIFY2(m_kdc.addPrincipal(u"alice"_s, u"alice-pw"_s), qPrintable(m_kdc.errorString()));
        QVERIFY2(m_kdc.addPrincipal(u"bob"_s, u"bob-pw"_s), qPrintable(m_kdc.errorString()));
    } else {
        qWarning("Kerberos cases skip: %s", qPrintable(m_kdc.errorString()));
    }
    if (NegotiateAuthenticator::ntlmAvailable())
        m_ntlmUsers = m_kdc.writeNtlmUsers({u"CORP:carol:carol-pw"_s});
    else
        qWarning("NTLM cases skip: gss-ntlmssp is not installed (scripts/deps.sh test)");
    if (!m_kdcUp && m_ntlmUsers.isEmpty())
        QSKIP("neither a Kerberos realm nor gss-ntlmssp: nothing to test");
}

void tst_WsmanSession::init()
{
    if (m_kdcUp)
        m_kdc.kdestroy();
}

void tst_WsmanSession::require(Mech mechanism, const QString &user)
{
    const bool ntlm = mechanism == Mech::Ntlm || user.contains(u'\\');
    if (ntlm && m_ntlmUsers.isEmpty())
        QSKIP("gss-ntlmssp is not installed (scripts/deps.sh test)");
    if (!ntlm && !m_kdcUp)
        QSKIP(qPrintable(u"no Kerberos realm: "_s + m_kdc.errorString()));
}

std::unique_ptr<SimFixture> tst_WsmanSession::startSim(bool tls, QList<SimConfig::Auth> auth)
{
    SimConfig config;
    config.tunnels = tunnelCount;
    config.tls = tls;
    config.log = false;
    config.bindAddress = u"127.0.0.1"_s;
    if (m_kdcUp)
        config.keytab = m_kdc.keytabPath();
    config.ntlmUsersFile = m_ntlmUsers;
    if (auth.isEmpty()) {
        // Windows' defaults: Negotiate and Kerberos, no Basic, AllowUnencrypted=false.
        auth = {SimConfig::Auth::Negotiate};
        if (m_kdcUp)
            auth.append(SimConfig::Auth::Kerberos);
    }
    config.auth = auth;
    auto sim = std::make_unique<SimFixture>(config);
    if (!sim->start()) {
        qWarning("%s", qPrintable(sim->errorString()));
        return nullptr;
    }
    return sim;
}

std::unique_ptr<WsmanClient> tst_WsmanSession::client(const QUrl &url, const Account &account,
                                                      const QByteArray &caPem,
                                                      const QByteArray &pin)
{
    WsmanEndpoint endpoint;
    // "localhost" is what the keytab names (HTTP/localhost); the sim listens on 127.0.0.1.
    endpoint.url = url;
    endpoint.url.setHost(u"localhost"_s);
    endpoint.operationTimeoutMs = 10000;
    endpoint.caCertificates = QSslCertificate::fromData(caPem);
    endpoint.pinnedSha256 = pin;
    return std::make_unique<WsmanClient>(
            &m_nam, endpoint,
            std::make_unique<NegotiateAuthenticator>(account.mechanism, account.user,
                                                     account.password));
}

WsmanCall *tst_WsmanSession::list(WsmanClient &client)
{
    return client.invoke(listUri(), listMethod, {});
}

bool tst_WsmanSession::waitFor(WsmanCall *call)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &WsmanCall::finished);
    return spy.wait(20000);
}

void tst_WsmanSession::listing_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("kinit");
    QTest::addColumn<QString>("serverSees");
    for (const bool tls : {false, true}) {
        const QByteArray t = tls ? "https, " : "http, ";
        QTest::newRow(QByteArray(t + "kerberos, ticket cache").constData())
                << tls << int(Mech::Kerberos) << QString() << QString() << true
                << u"alice@TEST.LOCAL"_s;
        QTest::newRow(QByteArray(t + "kerberos, password").constData())
                << tls << int(Mech::Kerberos) << u"bob"_s << u"bob-pw"_s << false
                << u"bob@TEST.LOCAL"_s;
        QTest::newRow(QByteArray(t + "negotiate, ticket cache").constData())
                << tls << int(Mech::Negotiate) << QString() << QString() << true
                << u"alice@TEST.LOCAL"_s;
        QTest::newRow(QByteArray(t + "ntlm").constData())
                << tls << int(Mech::Ntlm) << u"CORP\\carol"_s << u"carol-pw"_s << false
                << u"CORP\\carol"_s;
        QTest::newRow(QByteArray(t + "negotiate, ntlm password").constData())
                << tls << int(Mech::Negotiate) << u"CORP\\carol"_s << u"carol-pw"_s << false
                << u"CORP\\carol"_s;
    }
}

void tst_WsmanSession::listing()
{
    QFETCH(bool, tls);
    QFETCH(int, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, kinit);
    QFETCH(QString, serverSees);
    require(Mech(mechanism), user);
    if (kinit)
        QVERIFY2(m_kdc.kinit(u"alice"_s, u"alice-pw"_s), qPrintable(m_kdc.errorString()));
    auto sim = startSim(tls);
    QVERIFY(sim);
    auto wsman = client(sim->url(), {Mech(mechanism), user, password}, sim->caCertificatesPem());
    WsmanCall *call = list(*wsman);
    QVERIFY(waitFor(call));
    QVERIFY2(!call->error(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().output.values(u"cmdletOutput"_s).size(), tunnelCount);
    QCOMPARE(call->result().returnValue, std::optional<quint32>(0));
    SimServer *server = sim->server();
    QCOMPARE(server->handshakeCount(), 1);
    QCOMPARE(server->lastClientName(), serverSees);
    // Sealed over http; in TLS (unsealed) over https.
    QCOMPARE(server->sealedRequestCount(), tls ? 0 : 1);
    QVERIFY(server->lastRequestBody().contains("GetByActiveStatistics_INPUT"));
    QCOMPARE(wsman->session()->isSealing(), !tls);
    delete call;
}

void tst_WsmanSession::oneHandshakePerConnection()
{
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    auto wsman = client(sim->url(), {Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s});
    // Three in a row, then three at once: all on one connection, one handshake.
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<WsmanCall> call(list(*wsman));
        QVERIFY(waitFor(call.get()));
        QVERIFY2(!call->error(), qPrintable(call->error().summary()));
    }
    std::vector<std::unique_ptr<WsmanCall>> calls;
    for (int i = 0; i < 3; ++i)
        calls.emplace_back(list(*wsman));
    for (auto &call : calls) {
        QVERIFY(waitFor(call.get()));
        QVERIFY2(!call->error(), qPrintable(call->error().summary()));
        QCOMPARE(call->result().output.values(u"cmdletOutput"_s).size(), tunnelCount);
    }
    QCOMPARE(wsman->session()->handshakeCount(), 1);
    QCOMPARE(wsman->session()->connectionId(), quint64(1));
    QCOMPARE(sim->server()->handshakeCount(), 1);
    QCOMPARE(sim->server()->sealedRequestCount(), 6);
}

void tst_WsmanSession::wireCarriesNoPlaintext()
{
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    TcpProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, sim->server()->port()));
    QUrl url = sim->url();
    url.setPort(proxy.port());
    auto wsman = client(url, {Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s});
    const QList<Tunnel> tunnels = sim->server()->tunnels();
    const QString someAddress = tunnels.first().clientIPv4Address;
    std::unique_ptr<WsmanCall> call(wsman->invoke(
            wmiResourceUri(QString::fromLatin1(WsmanNs::remoteAccessNamespace), u"PS_VpnUser"_s),
            u"DisconnectByHostIP"_s,
            {InvokeParameter{u"PassThru"_s, true},
             InvokeParameter{u"HostIPAddress"_s, QStringList{someAddress}}}));
    QVERIFY(waitFor(call.get()));
    QVERIFY2(!call->error(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().output.texts(u"cmdletOutput"_s), QStringList{someAddress});
    QCOMPARE(sim->server()->tunnels().size(), tunnelCount - 1);

    const QByteArray up = proxy.clientBytes();
    const QByteArray down = proxy.serverBytes();
    QVERIFY(up.contains("multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-"
                        "encrypted\""));
    QVERIFY(up.contains("Authorization: Negotiate "));
    for (const QByteArray &secret :
         {QByteArray("Envelope"), QByteArray("DisconnectByHostIP"), QByteArray("HostIPAddress"),
          QByteArray("carol-pw"), someAddress.toLatin1()})
        QVERIFY2(!up.contains(secret), secret.constData());
    for (const QByteArray &secret :
         {QByteArray("Envelope"), QByteArray("cmdletOutput"), someAddress.toLatin1()})
        QVERIFY2(!down.contains(secret), secret.constData());
    QVERIFY(down.contains("--Encrypted Boundary--\r\n"));
}

void tst_WsmanSession::wrongPassword_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("ntlm") << int(Mech::Ntlm) << u"CORP\\carol"_s << 401;
    QTest::newRow("negotiate, ntlm") << int(Mech::Negotiate) << u"CORP\\carol"_s << 401;
    QTest::newRow("ntlm, unknown user") << int(Mech::Ntlm) << u"CORP\\mallory"_s << 401;
    // The KDC refuses a wrong Kerberos password before the server is asked.
    QTest::newRow("kerberos") << int(Mech::Kerberos) << u"bob"_s << 0;
}

void tst_WsmanSession::wrongPassword()
{
    QFETCH(int, mechanism);
    QFETCH(QString, user);
    QFETCH(int, httpStatus);
    require(Mech(mechanism), user);
    auto sim = startSim(false);
    QVERIFY(sim);
    auto wsman = client(sim->url(), {Mech(mechanism), user, u"wrong-pw"_s});
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    const WsmanError &error = call->error();
    QCOMPARE(error.kind, WsmanError::Kind::Auth);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.attemptedAuthScheme, u"Negotiate"_s);
    if (httpStatus == 401) {
        QStringList offered = {u"Negotiate"_s};
        if (m_kdcUp)
            offered.append(u"Kerberos"_s);
        QCOMPARE(error.offeredAuthSchemes, offered);
        QVERIFY2(error.summary().contains(u"[offered: Negotiate"_s), qPrintable(error.summary()));
        QVERIFY2(error.userMessage().contains(u"refused the user name or password"_s),
                 qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(offered.join(u", ")));
    } else {
        QVERIFY2(error.detail.contains(u"bob"_s), qPrintable(error.detail));
        QVERIFY2(error.userMessage().contains(u"kinit"_s), qPrintable(error.userMessage()));
    }
    QCOMPARE(sim->server()->sealedRequestCount(), 0);
    QCOMPARE(sim->server()->requestCount() > 0, httpStatus == 401);
}

void tst_WsmanSession::expiredTicket()
{
    require(Mech::Kerberos, {});
    QVERIFY2(m_kdc.kinit(u"alice"_s, u"alice-pw"_s, u"2s"_s), qPrintable(m_kdc.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_kdc.hasValidTicket() && !m_kdc.canGetServiceTicket(), 10000);
    auto sim = startSim(false);
    QVERIFY(sim);
    auto wsman = client(sim->url(), {Mech::Kerberos, {}, {}});
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    QCOMPARE(call->error().kind, WsmanError::Kind::Auth);
    QVERIFY2(call->error().credentialsExpired, qPrintable(call->error().detail));
    QVERIFY2(call->error().userMessage().contains(u"expired"_s),
             qPrintable(call->error().userMessage()));
    QCOMPARE(sim->server()->requestCount(), 0);
}

void tst_WsmanSession::noTicket()
{
    require(Mech::Kerberos, {});
    auto sim = startSim(false);
    QVERIFY(sim);
    auto wsman = client(sim->url(), {Mech::Kerberos, {}, {}});
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    QCOMPARE(call->error().kind, WsmanError::Kind::Auth);
    QCOMPARE(call->error().httpStatus, 0);
    QVERIFY2(call->error().userMessage().contains(u"kinit"_s),
             qPrintable(call->error().userMessage()));
    QCOMPARE(sim->server()->requestCount(), 0);
}

void tst_WsmanSession::connectionDroppedBetweenCalls()
{
    require(Mech::Kerberos, u"bob"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    auto wsman = client(sim->url(), {Mech::Kerberos, u"bob"_s, u"bob-pw"_s});
    std::unique_ptr<WsmanCall> first(list(*wsman));
    QVERIFY(waitFor(first.get()));
    QVERIFY2(!first->error(), qPrintable(first->error().summary()));
    sim->server()->closeConnections();
    QTRY_VERIFY(!wsman->session()->connection()->isOpen());
    std::unique_ptr<WsmanCall> second(list(*wsman));
    QVERIFY(waitFor(second.get()));
    QVERIFY2(!second->error(), qPrintable(second->error().summary()));
    // A new connection, authenticated again before the (newly) sealed envelope.
    QCOMPARE(wsman->session()->connectionId(), quint64(2));
    QCOMPARE(wsman->session()->handshakeCount(), 2);
    QCOMPARE(sim->server()->handshakeCount(), 2);
    QCOMPARE(sim->server()->sealedRequestCount(), 2);
}

void tst_WsmanSession::connectionDroppedMidSession()
{
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    TcpProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, sim->server()->port()));
    QUrl url = sim->url();
    url.setPort(proxy.port());
    auto wsman = client(url, {Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s});
    std::unique_ptr<WsmanCall> first(list(*wsman));
    QVERIFY(waitFor(first.get()));
    QVERIFY2(!first->error(), qPrintable(first->error().summary()));
    // The sealed envelope of the next call never reaches the server: the connection breaks as
    // it goes out. The client starts over on a new connection with a new context.
    proxy.dropOnNextRequest();
    std::unique_ptr<WsmanCall> second(list(*wsman));
    QVERIFY(waitFor(second.get()));
    QVERIFY2(!second->error(), qPrintable(second->error().summary()));
    QCOMPARE(second->result().output.values(u"cmdletOutput"_s).size(), tunnelCount);
    QCOMPARE(proxy.connectionCount(), 2);
    QCOMPARE(sim->server()->handshakeCount(), 2);
    QCOMPARE(sim->server()->sealedRequestCount(), 2);
}

void tst_WsmanSession::tamperedReply()
{
    require(Mech::Kerberos, u"bob"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    TcpProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, sim->server()->port()));
    QUrl url = sim->url();
    url.setPort(proxy.port());
    auto wsman = client(url, {Mech::Kerberos, u"bob"_s, u"bob-pw"_s});
    proxy.setResponseFilter(tamperSealedResponse);
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    QCOMPARE(call->error().kind, WsmanError::Kind::Parse);
    QVERIFY2(call->error().detail.contains(u"sealed reply was rejected"_s),
             qPrintable(call->error().detail));
    QVERIFY(!call->result().returnValue);
    QVERIFY(call->result().output.values(u"cmdletOutput"_s).isEmpty());
    // The connection is not trusted any more; the next call starts afresh and succeeds.
    proxy.setResponseFilter({});
    std::unique_ptr<WsmanCall> next(list(*wsman));
    QVERIFY(waitFor(next.get()));
    QVERIFY2(!next->error(), qPrintable(next->error().summary()));
    QCOMPARE(wsman->session()->handshakeCount(), 2);
}

void tst_WsmanSession::plaintextReplyRefused()
{
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    TcpProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, sim->server()->port()));
    QUrl url = sim->url();
    url.setPort(proxy.port());
    auto wsman = client(url, {Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s});
    // Someone on the path answers the sealed request with a readable, well-formed reply.
    proxy.setResponseFilter([](const QByteArray &response) -> QByteArray {
        if (!response.contains("multipart/encrypted"))
            return response;
        const QByteArray body = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
                                "<s:Body><p:GetByActiveStatistics_OUTPUT xmlns:p=\"urn:x\">"
                                "<p:ReturnValue>0</p:ReturnValue>"
                                "</p:GetByActiveStatistics_OUTPUT></s:Body></s:Envelope>";
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml;charset=UTF-8\r\n"
                          "Content-Length: ")
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    });
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    QCOMPARE(call->error().kind, WsmanError::Kind::Parse);
    QVERIFY2(call->error().detail.contains(u"plain text"_s), qPrintable(call->error().detail));
    QVERIFY(!call->result().returnValue);
}

void tst_WsmanSession::missingMutualAuthentication()
{
    require(Mech::Kerberos, u"bob"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    TcpProxy proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, sim->server()->port()));
    QUrl url = sim->url();
    url.setPort(proxy.port());
    auto wsman = client(url, {Mech::Kerberos, u"bob"_s, u"bob-pw"_s});
    // A server that accepts without proving itself (no AP-REP): never send it anything.
    proxy.setResponseFilter(stripAuthenticateHeaders);
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    QCOMPARE(call->error().kind, WsmanError::Kind::Auth);
    QVERIFY2(call->error().detail.contains(u"did not prove its identity"_s),
             qPrintable(call->error().detail));
    QCOMPARE(sim->server()->sealedRequestCount(), 0);
}

void tst_WsmanSession::unsealedRequestRefusedByServer()
{
    // The server's side: an authenticated connection that sends a readable envelope over http
    // gets Windows' answer (HTTP 500, no body), and Basic is not even offered.
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(false, {SimConfig::Auth::Negotiate, SimConfig::Auth::Basic});
    QVERIFY(sim);
    sim->server()->setCredentials(u"operator"_s, u"pw"_s);
    WsmanEndpoint endpoint;
    endpoint.url = sim->url();
    endpoint.allowUnencrypted = true; // the client would send Basic over http...
    WsmanClient basic(&m_nam, endpoint,
                      std::make_unique<BasicAuthenticator>(u"operator"_s, u"pw"_s));
    std::unique_ptr<WsmanCall> call(list(basic));
    QVERIFY(waitFor(call.get()));
    QCOMPARE(call->error().kind, WsmanError::Kind::Auth); // ...and the server refuses it
    QCOMPARE(call->error().offeredAuthSchemes, QStringList{u"Negotiate"_s});
    QCOMPARE(sim->server()->lastRequestBody(), QByteArray());

    // A raw NTLM handshake by hand, then a plaintext envelope on the same connection.
    NegotiateAuthenticator ntlm(Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s);
    HttpConnectionOptions options;
    options.host = u"127.0.0.1"_s;
    auto context = ntlm.createContext(options.host, {});
    options.port = sim->server()->port();
    HttpConnection connection(options);
    QSignalSpy opened(&connection, &HttpConnection::opened);
    QSignalSpy finished(&connection, &HttpConnection::finished);
    connection.open(5000);
    QVERIFY(opened.wait());
    QByteArray serverToken;
    for (int leg = 0; leg < 3 && !context->isComplete(); ++leg) {
        const SecurityContext::Step step = context->step(serverToken);
        QVERIFY2(step.ok(), qPrintable(step.error));
        HttpRequest request;
        request.addHeader("Authorization", "Negotiate " + step.token.toBase64());
        request.addHeader("Content-Type", "application/soap+xml;charset=UTF-8");
        connection.send(request, 5000);
        QVERIFY(finished.wait());
        const HttpResponse response = finished.takeLast().at(0).value<HttpResponse>();
        const QByteArray challenge = response.header("WWW-Authenticate");
        serverToken = QByteArray::fromBase64(challenge.mid(challenge.indexOf(' ') + 1));
        if (context->isComplete())
            QCOMPARE(response.status, 200);
    }
    QVERIFY(context->isComplete());
    HttpRequest plain;
    plain.addHeader("Content-Type", "application/soap+xml;charset=UTF-8");
    plain.body = "<s:Envelope/>";
    connection.send(plain, 5000);
    QVERIFY(finished.wait());
    const HttpResponse refused = finished.takeLast().at(0).value<HttpResponse>();
    QCOMPARE(refused.status, 500);
    QVERIFY(refused.body.isEmpty());
    QCOMPARE(sim->server()->lastRequestBody(), QByteArray());
}

void tst_WsmanSession::pinnedCertificate_data()
{
    QTest::addColumn<bool>("rightPin");
    QTest::newRow("pinned certificate") << true;
    QTest::newRow("another certificate") << false;
}

void tst_WsmanSession::pinnedCertificate()
{
    QFETCH(bool, rightPin);
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(true);
    QVERIFY(sim);
    const QByteArray pin = rightPin
            ? sim->server()->certificate().digest(QCryptographicHash::Sha256)
            : QByteArray(32, '\x42');
    auto wsman = client(sim->url(), {Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s}, {}, pin);
    std::unique_ptr<WsmanCall> call(list(*wsman));
    QVERIFY(waitFor(call.get()));
    if (rightPin) {
        QVERIFY2(!call->error(), qPrintable(call->error().summary()));
        return;
    }
    QCOMPARE(call->error().kind, WsmanError::Kind::Tls);
    QVERIFY(call->error().pinMismatch);
    QCOMPARE(call->error().certificateSha256,
             sim->server()->certificate().digest(QCryptographicHash::Sha256));
    QCOMPARE(sim->server()->requestCount(), 0);
}

void tst_WsmanSession::abortInFlight()
{
    require(Mech::Ntlm, u"CORP\\carol"_s);
    auto sim = startSim(false);
    QVERIFY(sim);
    sim->server()->setFaults({SimFault{SimFault::Kind::Delay, 3000, 1.0, listMethod}});
    auto wsman = client(sim->url(), {Mech::Ntlm, u"CORP\\carol"_s, u"carol-pw"_s});
    std::unique_ptr<WsmanCall> slow(list(*wsman));
    std::unique_ptr<WsmanCall> queued(list(*wsman));
    QTRY_COMPARE(sim->server()->sealedRequestCount(), 1);
    slow->abort();
    QCOMPARE(slow->error().kind, WsmanError::Kind::Cancelled);
    sim->server()->setFaults({});
    // The queued call goes on, on a new connection (the aborted reply must not be read as its).
    QVERIFY(waitFor(queued.get()));
    QVERIFY2(!queued->error(), qPrintable(queued->error().summary()));
    QCOMPARE(queued->result().output.values(u"cmdletOutput"_s).size(), tunnelCount);
    QCOMPARE(wsman->session()->connectionId(), quint64(2));
}

void tst_WsmanSession::sealedMessageFraming_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    const QByteArray good = SealedMessage::encode(5, "SIGN", "sealed");
    QTest::newRow("as written") << good << true;
    QTest::newRow("no final CRLF") << good.chopped(2) << true;
    QTest::newRow("no closing boundary")
            << good.left(good.indexOf("--Encrypted Boundary--")) << false;
    QByteArray noLength = good;
    noLength.replace("Length=5", "Size=5");
    QTest::newRow("no Length=") << noLength << false;
    QByteArray otherProtocol = good;
    otherProtocol.replace("HTTP-SPNEGO-session-encrypted", "HTTP-Kerberos-session-encrypted");
    QTest::newRow("other protocol") << otherProtocol << false;
    QByteArray longSignature = good;
    longSignature[longSignature.indexOf("octet-stream\r\n") + 14] = char(200);
    QTest::newRow("signature longer than data") << longSignature << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("plain soap") << QByteArray("<s:Envelope/>") << false;
}

void tst_WsmanSession::sealedMessageFraming()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    qsizetype length = -1;
    QByteArray signature;
    QByteArray sealed;
    QString error;
    QCOMPARE(SealedMessage::decode(body, &length, &signature, &sealed, &error), ok);
    if (ok) {
        QCOMPARE(length, qsizetype(5));
        QCOMPARE(signature, QByteArray("SIGN"));
        QCOMPARE(sealed, QByteArray("sealed"));
    } else {
        QVERIFY(!error.isEmpty());
    }
    // The exact bytes of protocol.md §2.2.
    QCOMPARE(SealedMessage::encode(3, "S", "x"),
             QByteArray("--Encrypted Boundary\r\n\tContent-Type: "
                        "application/HTTP-SPNEGO-session-encrypted\r\n\tOriginalContent: "
                        "type=application/soap+xml;charset=UTF-8;Length=3\r\n--Encrypted "
                        "Boundary\r\n\tContent-Type: application/octet-stream\r\n\x01\x00\x00\x00"
                        "Sx--Encrypted Boundary--\r\n",
                        241));
}

QTEST_GUILESS_MAIN(tst_WsmanSession)
#include "tst_wsmansession.moc"
