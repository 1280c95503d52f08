// ServerSet makes each server's client from its profile's authentication method: the console
// polls rras-sim set up as a default Windows listener (Negotiate and Kerberos, encryption
// required) over NTLM and Kerberos, and a Basic profile keeps working against a Basic listener.

#include "auth/negotiateauthenticator.h"
#include "kdcfixture.h"
#include "rras/serverset.h"
#include "simfixture.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using M = ServerProfile::AuthMethod;

class tst_ServerSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pollsWithTheProfilesMethod_data();
    void pollsWithTheProfilesMethod();

private:
    QNetworkAccessManager m_nam;
    KdcFixture m_kdc;
    bool m_kdcUp = false;
    QString m_ntlmUsers;
};

void tst_ServerSet::initTestCase()
{
    qRegisterMetaType<QList<Tunnel>>();
    m_kdcUp = m_kdc.start();
    if (m_kdcUp)
        QVERIFY2(m_kdc.addPrincipal(u"bob"_s, u"bob-pw"_s), qPrintable(m_kdc.errorString()));
    if (NegotiateAuthenticator::ntlmAvailable())
        m_ntlmUsers = m_kdc.writeNtlmUsers({u"CORP:carol:carol-pw"_s});
}

void tst_ServerSet::pollsWithTheProfilesMethod_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("serverSees");
    QTest::newRow("ntlm, http") << int(M::Ntlm) << u"CORP\\carol"_s << u"carol-pw"_s << false
                                << u"CORP\\carol"_s;
    QTest::newRow("negotiate (ntlm), http")
            << int(M::Negotiate) << u"CORP\\carol"_s << u"carol-pw"_s << false << u"CORP\\carol"_s;
    QTest::newRow("kerberos, http")
            << int(M::Kerberos) << u"bob"_s << u"bob-pw"_s << false << u"bob@TEST.LOCAL"_s;
    QTest::newRow("negotiate (kerberos), https")
            << int(M::Negotiate) << u"bob"_s << u"bob-pw"_s << true << u"bob@TEST.LOCAL"_s;
    QTest::newRow("basic, https") << int(M::Basic) << u"operator"_s << u"op-pw"_s << true
                                  << QString();
}

void tst_ServerSet::pollsWithTheProfilesMethod()
{
    QFETCH(int, method);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, tls);
    QFETCH(QString, serverSees);
    const bool ntlm = user.contains(u'\\');
    if (M(method) != M::Basic && ntlm && m_ntlmUsers.isEmpty())
        QSKIP("gss-ntlmssp is not installed (scripts/deps.sh test)");
    if (M(method) != M::Basic && !ntlm && !m_kdcUp)
        QSKIP(qPrintable(u"no Kerberos realm: "_s + m_kdc.errorString()));

    SimConfig config;
    config.tunnels = 6;
    config.tls = tls;
    config.log = false;
    if (M(method) == M::Basic) {
        config.user = u"operator"_s;
        config.password = u"op-pw"_s;
    } else {
        config.auth = {SimConfig::Auth::Negotiate, SimConfig::Auth::Kerberos};
        if (m_kdcUp)
            config.keytab = m_kdc.keytabPath();
        else
            config.auth = {SimConfig::Auth::Negotiate};
        config.ntlmUsersFile = m_ntlmUsers;
    }
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    ServerProfile profile;
    profile.id = u"rras1"_s;
    profile.name = u"RRAS 1"_s;
    profile.url = sim.url();
    profile.url.setHost(u"localhost"_s); // the keytab's HTTP/localhost, the certificate's name
    profile.user = user;
    profile.authMethod = M(method);
    profile.caCertificates = QSslCertificate::fromData(sim.caCertificatesPem());
    profile.pollIntervalMs = 60000;
    ServerSet set(&m_nam);
    QSignalSpy snapshots(&set, &ServerSet::snapshotReady);
    set.addServer(profile, password);
    QVERIFY(snapshots.wait(20000));
    QCOMPARE(snapshots.first().at(0).toString(), u"rras1"_s);
    QCOMPARE(snapshots.first().at(1).value<QList<Tunnel>>().size(), 6);
    SimServer *server = sim.server();
    QCOMPARE(server->lastClientName(), serverSees);
    QCOMPARE(server->sealedRequestCount(), M(method) != M::Basic && !tls ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_ServerSet)
#include "tst_serverset.moc"
