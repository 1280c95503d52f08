// "Test connection": one real listing against rras-sim, answered in plain words for every kind of
// failure the simulator can be made to produce.
#include "rras/connectiontest.h"
#include "simfixture.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int tunnels = 60;
const QString user = u"CORP\\op"_s;
const QString password = u"pw-for-tests"_s;

quint16 deadPort()
{
    // A port that was free a moment ago and has nobody listening now.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reports_data();
    void reports();
    void abortReportsCancelled();
    void destroyingWhileRunningIsSilent();

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<SimFixture> m_tlsSim;
    QNetworkAccessManager m_nam;
};

void TestConnectionTest::init()
{
    SimConfig config;
    config.tunnels = tunnels;
    config.user = user;
    config.password = password;
    config.allowUnencrypted = true;
    config.log = false;
    m_sim = std::make_unique<SimFixture>(config);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    config.tls = true;
    config.namePrefix = u"tls"_s;
    m_tlsSim = std::make_unique<SimFixture>(config);
    QVERIFY2(m_tlsSim->start(), qPrintable(m_tlsSim->errorString()));
}

void TestConnectionTest::cleanup()
{
    m_sim.reset();
    m_tlsSim.reset();
}

void TestConnectionTest::reports_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<WsmanError::Kind>("kind");
    QTest::addColumn<QStringList>("mustContain");
    using K = WsmanError::Kind;
    QTest::newRow("success") << u"ok"_s << K::None
                             << QStringList{u"Connected in"_s, u"60 tunnel"_s};
    QTest::newRow("wrong password")
            << u"wrong password"_s << K::Auth
            << QStringList{u"refused the user name or password"_s, u"Basic"_s};
    QTest::newRow("401 although the password is right")
            << u"http401"_s << K::Auth << QStringList{u"it offers: Basic"_s};
    QTest::newRow("unreachable host")
            << u"dead port"_s << K::Transport
            << QStringList{u"could not be reached"_s, u"winrm quickconfig"_s};
    QTest::newRow("connection reset")
            << u"reset"_s << K::Transport << QStringList{u"connection broke"_s};
    QTest::newRow("server envelope limit")
            << u"server envelope"_s << K::EnvelopeLimit
            << QStringList{u"exceeds its envelope limit"_s, u"MaxEnvelopeSizekb"_s};
    QTest::newRow("our envelope size")
            << u"client envelope"_s << K::EnvelopeLimit
            << QStringList{u"Max envelope size"_s, u"MaxEnvelopeSizekb"_s};
    QTest::newRow("HTTP 500") << u"http500"_s << K::Http
                              << QStringList{u"HTTP 500 without a SOAP fault"_s};
    QTest::newRow("not XML") << u"badxml"_s << K::Parse
                             << QStringList{u"could not be understood"_s};
    QTest::newRow("operation timeout")
            << u"timeout"_s << K::Timeout << QStringList{u"did not answer in time"_s};
    QTest::newRow("untrusted certificate")
            << u"tls"_s << K::Tls << QStringList{u"not trusted"_s, u"SHA-256"_s, u"pin"_s};
    QTest::newRow("Basic over http not allowed")
            << u"unencrypted"_s << K::Auth << QStringList{u"not sent"_s, u"HTTPS"_s};
    QTest::newRow("ComputerName the server cannot reach")
            << u"computer"_s << K::Fault << QStringList{u"RPC server is unavailable"_s, u"1722"_s};
}

void TestConnectionTest::reports()
{
    QFETCH(QString, scenario);
    QFETCH(WsmanError::Kind, kind);
    QFETCH(QStringList, mustContain);

    ServerProfile profile;
    profile.id = u"t"_s;
    profile.url = m_sim->url();
    profile.user = user;
    profile.allowUnencrypted = true;
    profile.operationTimeoutMs = 5000;
    QString pw = password;
    auto fault = [this](const QString &spec) {
        bool ok = false;
        QString error;
        m_sim->server()->setFaults({SimFault::parse(spec, &ok, &error)});
        QVERIFY2(ok, qPrintable(error));
    };
    if (scenario == u"wrong password") {
        pw = u"not-the-password"_s;
    } else if (scenario == u"dead port") {
        profile.url.setPort(deadPort());
    } else if (scenario == u"server envelope") {
        m_sim->server()->setMaxEnvelopeKb(8);
    } else if (scenario == u"client envelope") {
        profile.maxEnvelopeKb = 8;
    } else if (scenario == u"tls") {
        profile.url = m_tlsSim->url();
    } else if (scenario == u"unencrypted") {
        profile.allowUnencrypted = false;
    } else if (scenario == u"computer") {
        profile.computerName = u"rras-elsewhere"_s;
    } else if (scenario == u"timeout") {
        fault(u"timeout"_s);
    } else if (scenario != u"ok") {
        fault(scenario);
    }

    ConnectionTest test(&m_nam, profile, pw);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    QCOMPARE(test.resultText(), u"Testing…"_s);
    test.start();
    QVERIFY(test.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(test.isFinished());
    QCOMPARE(test.error().kind, kind);
    QCOMPARE(test.succeeded(), kind == WsmanError::Kind::None);
    const QString text = test.resultText();
    for (const QString &words : mustContain)
        QVERIFY2(text.contains(words), qPrintable(u"missing \""_s + words + u"\" in: "_s + text));
    QVERIFY2(!text.contains(password), qPrintable(text));
    if (kind == WsmanError::Kind::None) {
        QCOMPARE(test.tunnelCount(), tunnels);
        QVERIFY(test.latencyMs() >= 0);
    } else {
        QCOMPARE(test.tunnelCount(), 0);
    }
    if (scenario == u"tls") {
        // The certificate comes with the error, for the trust dialog.
        QCOMPARE(test.error().certificateSha256.toHex(),
                 m_tlsSim->server()->certificateSha256Hex().toLatin1());
        QVERIFY(!test.error().peerCertificates.isEmpty());
        QCOMPARE(test.error().peerCertificates.first(), m_tlsSim->server()->certificate());
        QVERIFY(!test.error().pinMismatch);
        // Nothing reached the server: no credentials went to an unverified peer.
        QCOMPARE(m_tlsSim->server()->requestCount(), 0);
    }
}

void TestConnectionTest::abortReportsCancelled()
{
    bool ok = false;
    QString error;
    m_sim->server()->setFaults({SimFault::parse(u"delay:3000"_s, &ok, &error)});
    ServerProfile profile;
    profile.url = m_sim->url();
    profile.user = user;
    profile.allowUnencrypted = true;
    ConnectionTest test(&m_nam, profile, password);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    test.abort();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(test.error().kind, WsmanError::Kind::Cancelled);
}

void TestConnectionTest::destroyingWhileRunningIsSilent()
{
    bool ok = false;
    QString error;
    m_sim->server()->setFaults({SimFault::parse(u"delay:3000"_s, &ok, &error)});
    ServerProfile profile;
    profile.url = m_sim->url();
    profile.user = user;
    profile.allowUnencrypted = true;
    auto test = std::make_unique<ConnectionTest>(&m_nam, profile, password);
    QSignalSpy finished(test.get(), &ConnectionTest::finished);
    test->start();
    test.reset();
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
