// NegotiateAuthenticator's security contexts against the simulator's acceptor, with a Kerberos
// realm made for the test (KdcFixture) and NTLM users in a file: token exchange, mutual
// authentication, the sealed byte layouts of protocol.md §2.2, tampering and sequence checks.

#include "auth/negotiateauthenticator.h"
#include "auth/securitycontext.h"
#include "kdcfixture.h"
#include "simnegotiate.h"

#include <QtEndian>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Mech = NegotiateAuthenticator::Mechanism;

namespace {

struct Pair
{
    std::unique_ptr<SecurityContext> client;
    std::unique_ptr<SimNegotiateSession> server;
    QString error;
    int roundTrips = 0;
};

} // namespace

class tst_NegotiateAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void targetName_data();
    void targetName();
    void handshake_data();
    void handshake();
    void sealRoundTrip_data();
    void sealRoundTrip();
    void kerberosSealLayout();
    void tamperedAndReplayed_data();
    void tamperedAndReplayed();
    void channelBindings_data();
    void channelBindings();
    void wrongPassword_data();
    void wrongPassword();
    void noTicket();
    void expiredTicket();
    void ntlmNeedsUser();
    void ntlmToAnyHost_data();
    void ntlmToAnyHost();

private:
    Pair connect(NegotiateAuthenticator &auth, const QByteArray &clientBindings = {},
                 const QByteArray &serverBindings = {}, const QString &host = u"localhost"_s);
    void requireKdc();
    void requireNtlm();

    KdcFixture m_kdc;
    bool m_kdcUp = false;
    QString m_kdcError;
    SimNegotiateAcceptor m_acceptor;
    bool m_acceptorUp = false;
    QString m_acceptorError;
};

void tst_NegotiateAuthenticator::initTestCase()
{
    m_kdcUp = m_kdc.start();
    m_kdcError = m_kdc.errorString();
    if (m_kdcUp) {
        QVERIFY2(m_kdc.addPrincipal(u"alice"_s, u"alice-pw"_s), qPrintable(m_kdc.errorString()));
        QVERIFY2(m_kdc.addPrincipal(u"bob"_s, u"bob-pw"_s), qPrintable(m_kdc.errorString()));
    }
    const QString users = m_kdc.writeNtlmUsers({u"CORP:carol:carol-pw"_s});
    SimNegotiateAcceptor::Options options;
    if (m_kdcUp)
        options.keytab = m_kdc.keytabPath();
    if (NegotiateAuthenticator::ntlmAvailable())
        options.ntlmUsersFile = users;
    if (!options.keytab.isEmpty() || !options.ntlmUsersFile.isEmpty())
        m_acceptorUp = m_acceptor.init(options, &m_acceptorError);
    else
        m_acceptorError = u"neither a KDC nor gss-ntlmssp"_s;
}

void tst_NegotiateAuthenticator::requireKdc()
{
    if (!m_kdcUp)
        QSKIP(qPrintable(u"no Kerberos realm: "_s + m_kdcError));
    if (!m_acceptorUp)
        QFAIL(qPrintable(m_acceptorError));
}

void tst_NegotiateAuthenticator::requireNtlm()
{
    if (!NegotiateAuthenticator::ntlmAvailable())
        QSKIP("gss-ntlmssp is not installed (scripts/deps.sh test)");
    if (!m_acceptorUp)
        QFAIL(qPrintable(m_acceptorError));
}

Pair tst_NegotiateAuthenticator::connect(NegotiateAuthenticator &auth,
                                         const QByteArray &clientBindings,
                                         const QByteArray &serverBindings, const QString &host)
{
    Pair p;
    p.client = auth.createContext(host, clientBindings);
    p.server = std::make_unique<SimNegotiateSession>(
            &m_acceptor, host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host);
    QByteArray fromServer;
    for (int i = 0; i < 6; ++i) {
        const SecurityContext::Step step = p.client->step(fromServer);
        if (!step.ok()) {
            p.error = u"client: "_s + step.error;
            return p;
        }
        if (step.token.isEmpty()) {
            if (!p.client->isComplete())
                p.error = u"client: nothing to send but not complete"_s;
            return p;
        }
        ++p.roundTrips;
        QString error;
        const SimNegotiateSession::State state
                = p.server->accept(step.token, serverBindings, &fromServer, &error);
        if (state == SimNegotiateSession::State::Failed) {
            p.error = u"server: "_s + error;
            return p;
        }
        if (p.client->isComplete()) // NTLM: the client finished with its last token
            return p;
        if (state == SimNegotiateSession::State::Complete && fromServer.isEmpty()) {
            p.error = u"server complete without a token for an incomplete client"_s;
            return p;
        }
    }
    p.error = u"too many round trips"_s;
    return p;
}

void tst_NegotiateAuthenticator::targetName_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QString() << u"rras1.corp.example"_s
                             << u"HTTP@rras1.corp.example"_s;
    QTest::newRow("ipv6 brackets") << QString() << u"[::1]"_s << u"HTTP@::1"_s;
    QTest::newRow("hostbased override") << u"WSMAN@rras1"_s << u"10.0.0.5"_s << u"WSMAN@rras1"_s;
    QTest::newRow("slash without realm") << u"HTTP/rras1.corp"_s << u"x"_s << u"HTTP@rras1.corp"_s;
    QTest::newRow("principal with realm")
            << u"HTTP/rras1.corp@CORP.EXAMPLE"_s << u"x"_s << u"HTTP/rras1.corp@CORP.EXAMPLE"_s;
}

void tst_NegotiateAuthenticator::targetName()
{
    QFETCH(QString, override);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    NegotiateAuthenticator auth(Mech::Negotiate, {}, {}, override);
    QCOMPARE(auth.targetName(host), expected);
    QCOMPARE(auth.scheme(), u"Negotiate"_s);
    QVERIFY(auth.isConnectionBased());
    QVERIFY(!auth.exposesSecretsWithoutTls());
}

void tst_NegotiateAuthenticator::handshake_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("useCache");
    QTest::addColumn<int>("expectedMech");
    QTest::addColumn<QString>("expectedPeer");
    QTest::addColumn<int>("roundTrips");
    const int kerberos = int(SecurityContext::Mechanism::Kerberos);
    const int ntlm = int(SecurityContext::Mechanism::Ntlm);
    QTest::newRow("kerberos, ticket cache") << int(Mech::Kerberos) << QString() << QString() << true
                                            << kerberos << u"alice@TEST.LOCAL"_s << 1;
    QTest::newRow("kerberos, password") << int(Mech::Kerberos) << u"bob"_s << u"bob-pw"_s << false
                                        << kerberos << u"bob@TEST.LOCAL"_s << 1;
    QTest::newRow("kerberos, user@realm")
            << int(Mech::Kerberos) << u"bob@TEST.LOCAL"_s << u"bob-pw"_s << false << kerberos
            << u"bob@TEST.LOCAL"_s << 1;
    QTest::newRow("spnego, ticket cache") << int(Mech::Negotiate) << QString() << QString() << true
                                          << kerberos << u"alice@TEST.LOCAL"_s << 1;
    QTest::newRow("spnego, password (kerberos)") << int(Mech::Negotiate) << u"bob"_s << u"bob-pw"_s
                                                 << false << kerberos << u"bob@TEST.LOCAL"_s << 1;
    QTest::newRow("ntlm, raw") << int(Mech::Ntlm) << u"CORP\\carol"_s << u"carol-pw"_s << false
                               << ntlm << u"CORP\\carol"_s << 2;
    QTest::newRow("spnego, password (ntlm)")
            << int(Mech::Negotiate) << u"CORP\\carol"_s << u"carol-pw"_s << false << ntlm
            << u"CORP\\carol"_s << 2;
}

void tst_NegotiateAuthenticator::handshake()
{
    QFETCH(int, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, useCache);
    QFETCH(int, expectedMech);
    QFETCH(QString, expectedPeer);
    QFETCH(int, roundTrips);
    if (expectedMech == int(SecurityContext::Mechanism::Kerberos))
        requireKdc();
    else
        requireNtlm();
    if (useCache)
        QVERIFY2(m_kdc.kinit(u"alice"_s, u"alice-pw"_s), qPrintable(m_kdc.errorString()));
    else if (m_kdcUp)
        m_kdc.kdestroy(); // the password alone must do

    NegotiateAuthenticator auth(Mech(mechanism), user, password);
    Pair p = connect(auth);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(p.client->isComplete());
    QVERIFY(p.server->isComplete());
    QCOMPARE(int(p.client->mechanism()), expectedMech);
    QCOMPARE(int(p.server->mechanism()), expectedMech);
    QCOMPARE(p.server->peerName(), expectedPeer);
    QCOMPARE(p.roundTrips, roundTrips);
    QVERIFY(p.client->canSeal());
    QVERIFY(p.server->confidentiality());
    // Kerberos proves the server's identity; NTLM cannot.
    QCOMPARE(p.client->isMutual(), expectedMech == int(SecurityContext::Mechanism::Kerberos));
}

void tst_NegotiateAuthenticator::sealRoundTrip_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::newRow("kerberos") << int(Mech::Kerberos);
    QTest::newRow("ntlm") << int(Mech::Ntlm);
}

void tst_NegotiateAuthenticator::sealRoundTrip()
{
    QFETCH(int, mechanism);
    const bool ntlm = Mech(mechanism) == Mech::Ntlm;
    ntlm ? requireNtlm() : requireKdc();
    NegotiateAuthenticator auth(Mech(mechanism), ntlm ? u"CORP\\carol"_s : u"bob"_s,
                                ntlm ? u"carol-pw"_s : u"bob-pw"_s);
    Pair p = connect(auth);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));

    // Several messages each way, in order: the per-direction sequence numbers must agree.
    for (int i = 0; i < 4; ++i) {
        const QByteArray request = "<s:Envelope>request " + QByteArray::number(i)
                + QByteArray(i * 1000, 'x') + "</s:Envelope>";
        QByteArray signature;
        QByteArray sealed;
        QString error;
        QVERIFY2(p.client->seal(request, &signature, &sealed, &error), qPrintable(error));
        QVERIFY(!sealed.contains("request"));
        QCOMPARE(signature.size(), ntlm ? 16 : 60);
        // The simulator reads our framing with its own parser.
        char length[4];
        qToLittleEndian<quint32>(quint32(signature.size()), length);
        const QByteArray body = "--Encrypted Boundary\r\n\tContent-Type: "
                                "application/HTTP-SPNEGO-session-encrypted\r\n\tOriginalContent: "
                                "type=application/soap+xml;charset=UTF-8;Length="
                + QByteArray::number(request.size())
                + "\r\n--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n"
                + QByteArray(length, 4) + signature + sealed + "--Encrypted Boundary--\r\n";
        QByteArray opened;
        QVERIFY2(p.server->unsealBody(body, &opened, &error), qPrintable(error));
        QCOMPARE(opened, request);

        const QByteArray reply = "<s:Envelope>reply " + QByteArray::number(i) + "</s:Envelope>";
        QByteArray replyBody;
        QVERIFY2(p.server->sealBody(reply, &replyBody, &error), qPrintable(error));
        QVERIFY(!replyBody.contains("reply "));
        const qsizetype at = replyBody.indexOf("octet-stream\r\n") + 14;
        const quint32 sigLen = qFromLittleEndian<quint32>(replyBody.constData() + at);
        QCOMPARE(sigLen, quint32(ntlm ? 16 : 60));
        const QByteArray payload = replyBody.mid(at + 4, replyBody.size() - at - 4 - 24);
        QByteArray plain;
        QVERIFY2(p.client->unseal(payload.left(sigLen), payload.mid(sigLen), &plain, &error),
                 qPrintable(error));
        QCOMPARE(plain, reply);
    }
    QString error;
    QByteArray signature, sealed;
    QVERIFY(!p.client->seal({}, &signature, &sealed, &error));
}

void tst_NegotiateAuthenticator::kerberosSealLayout()
{
    requireKdc();
    NegotiateAuthenticator auth(Mech::Kerberos, u"bob"_s, u"bob-pw"_s);
    Pair p = connect(auth);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QByteArray signature, sealed;
    QString error;
    const QByteArray plain(37, 'a');
    QVERIFY2(p.client->seal(plain, &signature, &sealed, &error), qPrintable(error));
    // RFC 4121 §4.2.6.2 Wrap token header: TOK_ID 05 04, Flags (Sealed, not SentByAcceptor),
    // Filler FF, EC, RRC, SND_SEQ; with HEADER/DATA/PADDING and aes*-sha1-96 the header is 60
    // bytes (16 of token header + 16 confounder + 12 checksum + 16 encrypted token header),
    // RRC 28, and the sealed bytes are exactly as long as the message (no padding with AES).
    QCOMPARE(signature.size(), 60);
    QCOMPARE(quint8(signature.at(0)), quint8(0x05));
    QCOMPARE(quint8(signature.at(1)), quint8(0x04));
    const quint8 flags = quint8(signature.at(2));
    QVERIFY(flags & 0x02);    // Sealed
    QVERIFY(!(flags & 0x01)); // not sent by the acceptor
    QCOMPARE(quint8(signature.at(3)), quint8(0xff));
    QCOMPARE(qFromBigEndian<quint16>(signature.constData() + 4), quint16(0));  // EC
    QCOMPARE(qFromBigEndian<quint16>(signature.constData() + 6), quint16(28)); // RRC
    QCOMPARE(sealed.size(), plain.size());
}

void tst_NegotiateAuthenticator::tamperedAndReplayed_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("what");
    for (const auto &[name, mech] : {std::pair{"kerberos", Mech::Kerberos}, {"ntlm", Mech::Ntlm}}) {
        for (const char *what : {"flip sealed", "flip signature", "replay", "skip one"})
            QTest::newRow(QByteArray(QByteArray(name) + ", " + what).constData())
                    << int(mech) << QString::fromLatin1(what);
    }
}

void tst_NegotiateAuthenticator::tamperedAndReplayed()
{
    QFETCH(int, mechanism);
    QFETCH(QString, what);
    const bool ntlm = Mech(mechanism) == Mech::Ntlm;
    ntlm ? requireNtlm() : requireKdc();
    NegotiateAuthenticator auth(Mech(mechanism), ntlm ? u"CORP\\carol"_s : u"bob"_s,
                                ntlm ? u"carol-pw"_s : u"bob-pw"_s);
    Pair p = connect(auth);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));

    auto sealOne = [&](const QByteArray &text, QByteArray *sig, QByteArray *sealed) {
        QByteArray body;
        QString error;
        QVERIFY2(p.server->sealBody(text, &body, &error), qPrintable(error));
        const qsizetype at = body.indexOf("octet-stream\r\n") + 14;
        const quint32 len = qFromLittleEndian<quint32>(body.constData() + at);
        const QByteArray payload = body.mid(at + 4, body.size() - at - 4 - 24);
        *sig = payload.left(len);
        *sealed = payload.mid(len);
    };
    QByteArray sig1, sealed1, sig2, sealed2;
    sealOne("<first reply/>", &sig1, &sealed1);
    sealOne("<second reply/>", &sig2, &sealed2);
    QByteArray plain;
    QString error;
    if (what == u"flip sealed") {
        sealed1[3] = char(sealed1.at(3) ^ 0x20);
        QVERIFY(!p.client->unseal(sig1, sealed1, &plain, &error));
    } else if (what == u"flip signature") {
        sig1[sig1.size() - 1] = char(sig1.at(sig1.size() - 1) ^ 0x01);
        QVERIFY(!p.client->unseal(sig1, sealed1, &plain, &error));
    } else if (what == u"replay") {
        QVERIFY2(p.client->unseal(sig1, sealed1, &plain, &error), qPrintable(error));
        QCOMPARE(plain, QByteArray("<first reply/>"));
        QVERIFY(!p.client->unseal(sig1, sealed1, &plain, &error));
    } else {
        QVERIFY(!p.client->unseal(sig2, sealed2, &plain, &error));
    }
    QVERIFY(!error.isEmpty());
}

void tst_NegotiateAuthenticator::channelBindings_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QByteArray>("client");
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<bool>("accepted");
    const QByteArray cb = "tls-server-end-point:" + QByteArray(32, '\x11');
    const QByteArray other = "tls-server-end-point:" + QByteArray(32, '\x22');
    for (const auto &[name, mech] : {std::pair{"kerberos", Mech::Kerberos}, {"ntlm", Mech::Ntlm}}) {
        const QByteArray n(name);
        QTest::newRow(QByteArray(n + ", same").constData()) << int(mech) << cb << cb << true;
        QTest::newRow(QByteArray(n + ", different").constData())
                << int(mech) << other << cb << false;
        // Windows' default CbtHardeningLevel=Relaxed accepts a client that sends none.
        QTest::newRow(QByteArray(n + ", client sends none").constData())
                << int(mech) << QByteArray() << cb << true;
    }
}

void tst_NegotiateAuthenticator::channelBindings()
{
    QFETCH(int, mechanism);
    QFETCH(QByteArray, client);
    QFETCH(QByteArray, server);
    QFETCH(bool, accepted);
    const bool ntlm = Mech(mechanism) == Mech::Ntlm;
    ntlm ? requireNtlm() : requireKdc();
    NegotiateAuthenticator auth(Mech(mechanism), ntlm ? u"CORP\\carol"_s : u"bob"_s,
                                ntlm ? u"carol-pw"_s : u"bob-pw"_s);
    const Pair p = connect(auth, client, server);
    QVERIFY2(p.error.isEmpty() == accepted, qPrintable(p.error));
}

void tst_NegotiateAuthenticator::wrongPassword_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("side");
    QTest::newRow("kerberos: the KDC refuses") << int(Mech::Kerberos) << u"bob"_s << u"client"_s;
    QTest::newRow("ntlm: the server refuses") << int(Mech::Ntlm) << u"CORP\\carol"_s << u"server"_s;
    QTest::newRow("ntlm: unknown user") << int(Mech::Ntlm) << u"CORP\\mallory"_s << u"server"_s;
}

void tst_NegotiateAuthenticator::wrongPassword()
{
    QFETCH(int, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, side);
    Mech(mechanism) == Mech::Ntlm ? requireNtlm() : requireKdc();
    m_kdc.kdestroy();
    NegotiateAuthenticator auth(Mech(mechanism), user, u"wrong-pw"_s);
    const Pair p = connect(auth);
    QVERIFY(!p.error.isEmpty());
    QVERIFY2(p.error.startsWith(side), qPrintable(p.error));
}

void tst_NegotiateAuthenticator::noTicket()
{
    requireKdc();
    m_kdc.kdestroy();
    NegotiateAuthenticator auth(Mech::Kerberos);
    auto context = auth.createContext(u"localhost"_s, {});
    const SecurityContext::Step step = context->step({});
    QVERIFY(!step.ok());
    QVERIFY2(step.error.contains(u"credentials"_s, Qt::CaseInsensitive)
                     || step.error.contains(u"cache"_s, Qt::CaseInsensitive),
             qPrintable(step.error));
    QVERIFY(!context->isComplete());
}

void tst_NegotiateAuthenticator::expiredTicket()
{
    requireKdc();
    QVERIFY2(m_kdc.kinit(u"alice"_s, u"alice-pw"_s, u"2s"_s), qPrintable(m_kdc.errorString()));
    // Expired for the KDC too (it allows for clock skew): no service ticket any more.
    QTRY_VERIFY_WITH_TIMEOUT(!m_kdc.hasValidTicket() && !m_kdc.canGetServiceTicket(), 10000);
    NegotiateAuthenticator auth(Mech::Kerberos);
    auto context = auth.createContext(u"localhost"_s, {});
    const SecurityContext::Step step = context->step({});
    QVERIFY(!step.ok());
    QVERIFY2(step.credentialsExpired, qPrintable(step.error));
    m_kdc.kdestroy();
}

void tst_NegotiateAuthenticator::ntlmNeedsUser()
{
    NegotiateAuthenticator auth(Mech::Ntlm);
    auto context = auth.createContext(u"localhost"_s, {});
    const SecurityContext::Step step = context->step({});
    QVERIFY(!step.ok());
    QVERIFY(step.error.contains(u"DOMAIN\\user"_s));
}

void tst_NegotiateAuthenticator::ntlmToAnyHost_data()
{
    // NTLM names no service: it must work whatever the URL's host is, an IP address included
    // (where Kerberos cannot work at all), and through SPNEGO too.
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("host");
    for (const auto &[name, mech] : {std::pair{"ntlm", Mech::Ntlm}, {"spnego", Mech::Negotiate}}) {
        for (const char *host : {"127.0.0.1", "[::1]", "rras1.corp.example", "localhost"})
            QTest::newRow(QByteArray(QByteArray(name) + ", " + host).constData())
                    << int(mech) << QString::fromLatin1(host);
    }
}

void tst_NegotiateAuthenticator::ntlmToAnyHost()
{
    QFETCH(int, mechanism);
    QFETCH(QString, host);
    requireNtlm();
    m_kdc.kdestroy();
    NegotiateAuthenticator auth(Mech(mechanism), u"CORP\\carol"_s, u"carol-pw"_s);
    const Pair p = connect(auth, {}, {}, host);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.client->mechanism(), SecurityContext::Mechanism::Ntlm);
    QCOMPARE(p.server->peerName(), u"CORP\\carol"_s);
}

QTEST_GUILESS_MAIN(tst_NegotiateAuthenticator)
#include "tst_negotiateauthenticator.moc"
