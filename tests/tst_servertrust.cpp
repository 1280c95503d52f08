// TLS trust through ServerSet (the console's pollers) against rras-sim's self-signed
// certificate: refused by default, accepted once pinned, refused when the simulator comes back
// with a new certificate, accepted again once re-pinned.
#include "rras/serverset.h"
#include "simcertificate.h"
#include "simfixture.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString user = u"op"_s;
const QString password = u"pw-for-tests"_s;
constexpr int tunnels = 12;
constexpr int waitMs = 15000;
} // namespace

class TestServerTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedPinnedRefusedOnNewCertificate();
    void caFileTrustsTheCertificate();
    void pinAloneIgnoresTheHostName();

private:
    bool startSim(quint16 port = 0);
    ServerProfile profile() const;
    // The next failure of server `id` (its poller retries on its own backoff).
    WsmanError nextFailure(const QString &id);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ServerSet> m_servers;
};

bool TestServerTrust::startSim(quint16 port)
{
    SimConfig config;
    config.tls = true;
    config.port = port;
    config.tunnels = tunnels;
    config.user = user;
    config.password = password;
    config.log = false;
    m_sim = std::make_unique<SimFixture>(config);
    if (!m_sim->start()) {
        qWarning("%s", qPrintable(m_sim->errorString()));
        return false;
    }
    return true;
}

void TestServerTrust::init()
{
    QVERIFY(startSim());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_servers = std::make_unique<ServerSet>(m_nam.get());
}

void TestServerTrust::cleanup()
{
    m_servers.reset();
    m_nam.reset();
    m_sim.reset();
}

ServerProfile TestServerTrust::profile() const
{
    ServerProfile p;
    p.id = u"tls1"_s;
    p.name = u"TLS server"_s;
    p.url = m_sim->url();
    p.user = user;
    p.pollIntervalMs = 60000; // polls on demand only
    return p;
}

WsmanError TestServerTrust::nextFailure(const QString &id)
{
    ServerPoller *poller = m_servers->poller(id);
    if (!poller)
        return {};
    QSignalSpy failed(poller, &ServerPoller::pollFailed);
    poller->refreshNow();
    if (!failed.wait(waitMs))
        return {};
    return failed.first().at(1).value<WsmanError>();
}

void TestServerTrust::refusedPinnedRefusedOnNewCertificate()
{
    const QByteArray firstSha
            = QByteArray::fromHex(m_sim->server()->certificateSha256Hex().toLatin1());
    ServerProfile p = profile();

    // 1. Nobody vouches for a self-signed certificate: refused, with the certificate to show.
    QSignalSpy firstFailure(m_servers.get(), &ServerSet::stateChanged);
    m_servers->addServer(p, password);
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(p.id)->state(), ServerPoller::State::Unreachable,
                              waitMs);
    WsmanError error = m_servers->poller(p.id)->lastError();
    QCOMPARE(error.kind, WsmanError::Kind::Tls);
    QCOMPARE(error.certificateSha256, firstSha);
    QVERIFY(!error.pinMismatch);
    QCOMPARE(error.peerCertificates.value(0), m_sim->server()->certificate());
    QVERIFY(error.userMessage().contains(u"not trusted"_s));
    QCOMPARE(m_sim->server()->requestCount(), 0); // the password never left

    // 2. Pinned: the same certificate is accepted and the server goes live.
    p.pinnedSha256 = error.certificateSha256;
    QSignalSpy snapshots(m_servers.get(), &ServerSet::snapshotReady);
    m_servers->addServer(p, password);
    QVERIFY(snapshots.wait(waitMs));
    QCOMPARE(snapshots.first().at(1).value<QList<Tunnel>>().size(), tunnels);
    QCOMPARE(m_servers->poller(p.id)->state(), ServerPoller::State::Live);

    // 3. The simulator restarts on the same port with a certificate of its own making.
    const quint16 port = m_sim->server()->port();
    m_sim.reset();
    QVERIFY(startSim(port));
    const QByteArray secondSha
            = QByteArray::fromHex(m_sim->server()->certificateSha256Hex().toLatin1());
    QVERIFY(secondSha != firstSha);
    error = nextFailure(p.id);
    QCOMPARE(error.kind, WsmanError::Kind::Tls);
    QVERIFY(error.pinMismatch);
    QCOMPARE(error.certificateSha256, secondSha);
    const QString warning = error.userMessage();
    QVERIFY2(warning.startsWith(u"Warning"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"different certificate"_s), qPrintable(warning));
    QCOMPARE(m_sim->server()->requestCount(), 0);
    // Still refused on the next attempt: nothing changes until the user re-pins.
    error = nextFailure(p.id);
    QVERIFY(error.pinMismatch);
    QCOMPARE(m_sim->server()->requestCount(), 0);

    // 4. Re-pinned to the new certificate: live again.
    p.pinnedSha256 = secondSha;
    snapshots.clear();
    m_servers->addServer(p, password);
    QVERIFY(snapshots.wait(waitMs));
    QCOMPARE(m_servers->poller(p.id)->state(), ServerPoller::State::Live);
}

void TestServerTrust::caFileTrustsTheCertificate()
{
    // The other way to trust a server: its certificate (or its CA) as an extra anchor, with
    // the host-name check intact (the simulator's certificate names 127.0.0.1).
    ServerProfile p = profile();
    p.caCertificates = QSslCertificate::fromData(m_sim->caCertificatesPem(), QSsl::Pem);
    QVERIFY(!p.caCertificates.isEmpty());
    QSignalSpy snapshots(m_servers.get(), &ServerSet::snapshotReady);
    m_servers->addServer(p, password);
    QVERIFY(snapshots.wait(waitMs));

    // Another certificate as the anchor vouches for nothing here: refused.
    QString error;
    const std::optional<SimCertificate> other = SimCertificate::create(u"someone-else"_s, &error);
    QVERIFY2(other, qPrintable(error));
    ServerProfile wrongAnchor = p;
    wrongAnchor.id = u"tls2"_s;
    wrongAnchor.caCertificates = {other->certificate};
    // Its own network access manager: QNetworkAccessManager reuses a connection to the same
    // host and port whatever the request's TLS configuration, so a second profile of the same
    // endpoint would ride on the first one's verified connection.
    QNetworkAccessManager nam;
    ServerSet servers(&nam);
    servers.addServer(wrongAnchor, password);
    QTRY_COMPARE_WITH_TIMEOUT(servers.poller(wrongAnchor.id)->state(),
                              ServerPoller::State::Unreachable, waitMs);
    QCOMPARE(servers.poller(wrongAnchor.id)->lastError().kind, WsmanError::Kind::Tls);
}

void TestServerTrust::pinAloneIgnoresTheHostName()
{
    // A pin trusts that certificate as itself: the user compared the fingerprint, not the name.
    ServerProfile p = profile();
    p.url.setHost(u"localhost"_s);
    p.pinnedSha256 = QByteArray::fromHex(m_sim->server()->certificateSha256Hex().toLatin1());
    QSignalSpy snapshots(m_servers.get(), &ServerSet::snapshotReady);
    m_servers->addServer(p, password);
    QVERIFY(snapshots.wait(waitMs));
}

QTEST_GUILESS_MAIN(TestServerTrust)
#include "tst_servertrust.moc"
