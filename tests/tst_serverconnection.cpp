// From a profile to a connection: endpoint, authenticator, method names, fingerprints.
#include "auth/authenticator.h"
#include "rras/serverconnection.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServerConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointCarriesTheProfile();
    void authenticatorForTheMethod_data();
    void authenticatorForTheMethod();
    void unavailableMethodsSayWhy();
    void methodKeys();
    void unencrypted_data();
    void unencrypted();
    void fingerprints_data();
    void fingerprints();
};

void TestServerConnection::endpointCarriesTheProfile()
{
    ServerProfile p;
    p.url = QUrl(u"https://rras:5986/wsman"_s);
    p.allowUnencrypted = true;
    p.maxEnvelopeKb = 2048;
    p.operationTimeoutMs = 12000;
    p.pinnedSha256 = QByteArray(32, '\x11');
    const WsmanEndpoint e = profileEndpoint(p);
    QCOMPARE(e.url, p.url);
    QVERIFY(e.allowUnencrypted);
    QCOMPARE(e.maxEnvelopeSize, 2048u * 1024u);
    QCOMPARE(e.operationTimeoutMs, 12000);
    QCOMPARE(e.pinnedSha256, p.pinnedSha256);
    // Below WinRM's own minimum the request would be refused outright.
    p.maxEnvelopeKb = 1;
    QCOMPARE(profileEndpoint(p).maxEnvelopeSize, 8u * 1024u);
}

void TestServerConnection::authenticatorForTheMethod_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<ServerProfile::AuthMethod>("method");
    QTest::addColumn<QString>("scheme"); // empty: no authenticator
    QTest::newRow("Basic") << u"CORP\\op"_s << ServerProfile::AuthMethod::Basic << u"Basic"_s;
    QTest::newRow("no user") << QString() << ServerProfile::AuthMethod::Basic << QString();
    for (auto method : {ServerProfile::AuthMethod::Negotiate, ServerProfile::AuthMethod::Kerberos,
                        ServerProfile::AuthMethod::Ntlm}) {
        // Whatever this build supports, the factory and the availability agree.
        QTest::newRow(qPrintable(authMethodKey(method)))
                << u"op@CORP.EXAMPLE"_s << method
                << (isAuthMethodAvailable(method) ? u"Negotiate"_s : QString());
    }
}

void TestServerConnection::authenticatorForTheMethod()
{
    QFETCH(QString, user);
    QFETCH(ServerProfile::AuthMethod, method);
    QFETCH(QString, scheme);
    ServerProfile p;
    p.url = QUrl(u"https://rras:5986/wsman"_s);
    p.user = user;
    p.authMethod = method;
    const std::unique_ptr<Authenticator> auth = createProfileAuthenticator(p, u"pw"_s);
    if (scheme.isEmpty()) {
        QVERIFY(!auth);
        return;
    }
    QVERIFY(auth);
    QCOMPARE(auth->scheme().isEmpty(), false);
    if (method == ServerProfile::AuthMethod::Basic)
        QCOMPARE(auth->scheme(), scheme);
}

void TestServerConnection::unavailableMethodsSayWhy()
{
    QVERIFY(isAuthMethodAvailable(ServerProfile::AuthMethod::Basic));
    for (auto method : {ServerProfile::AuthMethod::Negotiate, ServerProfile::AuthMethod::Kerberos,
                        ServerProfile::AuthMethod::Ntlm}) {
        QString reason;
        if (!isAuthMethodAvailable(method, &reason))
            QVERIFY2(!reason.isEmpty(), qPrintable(authMethodKey(method)));
    }
}

void TestServerConnection::methodKeys()
{
    for (auto method : {ServerProfile::AuthMethod::Negotiate, ServerProfile::AuthMethod::Kerberos,
                        ServerProfile::AuthMethod::Ntlm, ServerProfile::AuthMethod::Basic}) {
        QCOMPARE(authMethodFromKey(authMethodKey(method)), method);
        QCOMPARE(authMethodFromKey(authMethodKey(method).toUpper()), method);
        QVERIFY(!authMethodDisplayName(method).isEmpty());
    }
    QCOMPARE(authMethodFromKey(u"digest"), std::nullopt);
    QCOMPARE(authMethodFromKey(u""), std::nullopt);
}

void TestServerConnection::unencrypted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<ServerProfile::AuthMethod>("method");
    QTest::addColumn<bool>("unencrypted");
    using M = ServerProfile::AuthMethod;
    QTest::newRow("http Basic") << u"http://a:5985/wsman"_s << u"u"_s << M::Basic << true;
    QTest::newRow("http no user, Basic")
            << u"http://a:5985/wsman"_s << QString() << M::Basic << true;
    QTest::newRow("http no user, Kerberos ticket")
            << u"http://a:5985/wsman"_s << QString() << M::Kerberos << false;
    QTest::newRow("http Negotiate seals")
            << u"http://a:5985/wsman"_s << u"u"_s << M::Negotiate << false;
    QTest::newRow("HTTP upper case") << u"HTTP://a:5985/wsman"_s << u"u"_s << M::Basic << true;
    QTest::newRow("https Basic") << u"https://a:5986/wsman"_s << u"u"_s << M::Basic << false;
}

void TestServerConnection::unencrypted()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(ServerProfile::AuthMethod, method);
    QFETCH(bool, unencrypted);
    ServerProfile p;
    p.url = QUrl(url);
    p.user = user;
    p.authMethod = method;
    QCOMPARE(isProfileUnencrypted(p), unencrypted);
}

void TestServerConnection::fingerprints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QByteArray digest = QByteArray::fromHex(
            "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QTest::newRow("plain lower") << QString::fromLatin1(digest.toHex()) << true;
    QTest::newRow("colons upper") << formatSha256Fingerprint(digest) << true;
    QTest::newRow("spaces") << QString::fromLatin1(digest.toHex(' ')) << true;
    QTest::newRow("too short") << QString::fromLatin1(digest.left(31).toHex()) << false;
    QTest::newRow("too long") << QString::fromLatin1(digest.toHex()) + u"00"_s << false;
    QTest::newRow("not hex") << QString::fromLatin1(digest.toHex()).replace(0, 1, u"g"_s) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestServerConnection::fingerprints()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray parsed = parseSha256Fingerprint(text);
    QCOMPARE(!parsed.isEmpty(), valid);
    if (valid) {
        QCOMPARE(parsed.size(), 32);
        QCOMPARE(parseSha256Fingerprint(formatSha256Fingerprint(parsed)), parsed);
        QVERIFY(formatSha256Fingerprint(parsed).startsWith(u"00:11:22"_s));
    }
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
