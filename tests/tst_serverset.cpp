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
    void deliversSnapshotsOneAtATime();

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

// Snapshots that arrive together (twenty servers answering in the same few milliseconds) are
// handed on one at a time, with the event loop running in between, so that what a slot posts
// (a paint) is not held up by every other server's snapshot. A server's newer snapshot replaces
// one still waiting; a removed server's never arrives; a failure comes after the snapshot it
// followed.
void tst_ServerSet::deliversSnapshotsOneAtATime()
{
    SimConfig config;
    config.servers = 4;
    config.tunnels = 3;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    ServerSet set(&m_nam);
    QStringList ids;
    for (int i = 0; i < config.servers; ++i) {
        ServerProfile profile;
        profile.id = u"s%1"_s.arg(i);
        profile.name = profile.id;
        profile.url = sim.url(i);
        profile.allowUnencrypted = true;
        profile.pollIntervalMs = 600000;
        set.addServer(profile);
        ids.append(profile.id);
    }
    // Each delivery records who came, and whether what the previous delivery's slot posted
    // (a queued call, as a view's repaint request is) ran before it.
    QStringList delivered;
    QList<int> sizes;
    QList<bool> loopRanBetween;
    bool posted = false;
    QStringList events;
    connect(&set, &ServerSet::snapshotReady, this,
            [&](const QString &id, const QList<Tunnel> &tunnels) {
                delivered.append(id);
                sizes.append(int(tunnels.size()));
                loopRanBetween.append(!posted);
                events.append(u"snapshot "_s + id);
                posted = true;
                QMetaObject::invokeMethod(
                        this, [&] { posted = false; }, Qt::QueuedConnection);
            });
    connect(&set, &ServerSet::stateChanged, this,
            [&](const QString &id, ServerPoller::State state) {
                if (state == ServerPoller::State::Stale)
                    events.append(u"stale "_s + id);
            });
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), config.servers, 20000);
    delivered.clear();
    sizes.clear();
    loopRanBetween.clear();
    events.clear();

    // Four pollers' snapshots in one go, as from one event-loop turn: none is handed on inside
    // the pollers' signals, all come later, one per turn.
    const QList<Tunnel> three(3);
    for (const QString &id : std::as_const(ids))
        Q_EMIT set.poller(id)->snapshotReady(id, three);
    // s1 again with a newer snapshot before its first was handed on: only the newer one counts.
    Q_EMIT set.poller(u"s1"_s)->snapshotReady(u"s1"_s, QList<Tunnel>(5));
    // s3 goes away with its snapshot still waiting.
    set.removeServer(u"s3"_s);
    // s2 fails after its snapshot: the snapshot first, then the state.
    Q_EMIT set.poller(u"s2"_s)->stateChanged(u"s2"_s, ServerPoller::State::Stale);
    QCOMPARE(events, QStringList({u"snapshot s2"_s, u"stale s2"_s}));
    QTRY_COMPARE(delivered.size(), 3);
    QCOMPARE(delivered, QStringList({u"s2"_s, u"s0"_s, u"s1"_s}));
    QCOMPARE(sizes, QList<int>({3, 3, 5}));
    QCOMPARE(loopRanBetween, QList<bool>({true, true, true}));
    // Nothing else comes (s3's snapshot, s1's older one): a while of event loop to be sure.
    QTest::qWait(50);
    QCOMPARE(delivered.size(), 3);
}

QTEST_GUILESS_MAIN(tst_ServerSet)
#include "tst_serverset.moc"
