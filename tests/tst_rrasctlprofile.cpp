// rrasctl with the console's saved servers (--profile, --settings), --pin, and the password from
// the console's keychain entry. rrasctl and rras-sim run as processes.
#include "auth/credentialstore.h"
#include "rras/profilestore.h"
#include "rras/serverconnection.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString user = u"CORP\\op"_s;
const QString password = u"pw-for-profile-tests"_s;
constexpr int tunnels = 7;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment(bool withPassword)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"RRAS_PASSWORD"_s);
    if (withPassword)
        env.insert(u"RRAS_PASSWORD"_s, password);
    return env;
}

Result run(const QStringList &arguments, bool withPassword = true)
{
    QProcess process;
    process.setProcessEnvironment(environment(withPassword));
    process.start(QStringLiteral(RRASCTL_PATH), arguments);
    Result r;
    if (!process.waitForStarted(10000))
        return r;
    process.closeWriteChannel(); // not a terminal: no prompt
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

bool keychainRun()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
            && !qEnvironmentVariableIsSet("RRAS_TEST_NO_KEYCHAIN");
}
} // namespace

class TestRrasctlProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listThroughAProfile_data();
    void listThroughAProfile();
    void changedCertificateIsRefused();
    void pinOnTheCommandLine_data();
    void pinOnTheCommandLine();
    void usageErrors_data();
    void usageErrors();
    void passwordFromTheKeychain();

private:
    void saveProfiles(const QList<ServerProfile> &profiles);
    ServerProfile profile() const;

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QUrl m_url;
    QByteArray m_sha;
    QString m_settings;
};

void TestRrasctlProfile::initTestCase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIM_PW"_s, password);
    QVERIFY2(m_sim.start({u"--tls"_s, u"--user"_s, user, u"--password-env"_s, u"SIM_PW"_s,
                          u"--tunnels"_s, QString::number(tunnels), u"--quiet"_s},
                         1, env),
             qPrintable(m_sim.errorString()));
    m_url = m_sim.urls().value(0);
    m_sha = QByteArray::fromHex(m_sim.certificateSha256().toLatin1());
    QCOMPARE(m_sha.size(), 32);
    m_settings = m_dir.filePath(u"console.ini"_s);
}

void TestRrasctlProfile::cleanupTestCase()
{
    m_sim.stop();
}

ServerProfile TestRrasctlProfile::profile() const
{
    ServerProfile p;
    p.id = u"6f1e0c2a-lab"_s;
    p.name = u"Lab RRAS"_s;
    p.url = m_url;
    p.user = user;
    p.pinnedSha256 = m_sha;
    p.operationTimeoutMs = 20000;
    return p;
}

void TestRrasctlProfile::saveProfiles(const QList<ServerProfile> &profiles)
{
    QSettings settings(m_settings, QSettings::IniFormat);
    ProfileStore(&settings).save(profiles);
}

void TestRrasctlProfile::listThroughAProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("by name") << u"Lab RRAS"_s;
    QTest::newRow("by name, other case") << u"lab rras"_s;
    QTest::newRow("by id") << u"6f1e0c2a-lab"_s;
}

void TestRrasctlProfile::listThroughAProfile()
{
    QFETCH(QString, name);
    ServerProfile other = profile();
    other.id = u"other"_s;
    other.name = u"Elsewhere"_s;
    other.url = QUrl(u"https://192.0.2.1:5986/wsman"_s);
    saveProfiles({other, profile()});
    const Result r = run({u"list"_s, u"--profile"_s, name, u"--settings"_s, m_settings,
                          u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), tunnels);
}

void TestRrasctlProfile::changedCertificateIsRefused()
{
    ServerProfile p = profile();
    p.pinnedSha256 = QByteArray(32, '\x5a'); // pinned before the server's certificate changed
    saveProfiles({p});
    const Result r = run({u"list"_s, u"--profile"_s, p.name, u"--settings"_s, m_settings});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("different certificate"), r.err.constData());
    QVERIFY(r.out.trimmed().isEmpty() || !r.out.contains("Lab"));
    // A --pin on the command line (the new fingerprint, checked) wins over the saved one.
    const Result repinned = run({u"list"_s, u"--profile"_s, p.name, u"--settings"_s, m_settings,
                                 u"--pin"_s, formatSha256Fingerprint(m_sha)});
    QVERIFY2(repinned.exitCode == 0, repinned.err.constData());
}

void TestRrasctlProfile::pinOnTheCommandLine_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrPart");
    QTest::newRow("no pin: self-signed refused") << QString() << 1 << QByteArray("not trusted");
    QTest::newRow("hex") << QString::fromLatin1(m_sha.toHex()) << 0 << QByteArray();
    QTest::newRow("colons, upper case") << formatSha256Fingerprint(m_sha) << 0 << QByteArray();
    QTest::newRow("another certificate") << QString::fromLatin1(QByteArray(32, '\x11').toHex()) << 1
                                         << QByteArray("different certificate");
    QTest::newRow("not a fingerprint") << u"12:34"_s << 2 << QByteArray("--pin takes");
}

void TestRrasctlProfile::pinOnTheCommandLine()
{
    QFETCH(QString, pin);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrPart);
    QStringList args{u"list"_s,   u"--server"_s, m_url.toString(), u"--auth"_s, u"basic"_s,
                     u"--user"_s, user};
    if (!pin.isEmpty())
        args << u"--pin"_s << pin;
    const Result r = run(args);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(r.err.contains(stderrPart), r.err.constData());
}

void TestRrasctlProfile::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("stderrPart");
    QTest::newRow("unknown profile")
            << QStringList{u"--profile"_s, u"Nowhere"_s} << QByteArray("No server \"Nowhere\"");
    QTest::newRow("profile and server")
            << QStringList{u"--profile"_s, u"Lab RRAS"_s, u"--server"_s, u"https://x/wsman"_s}
            << QByteArray("--server cannot be combined with --profile");
    QTest::newRow("profile and user")
            << QStringList{u"--profile"_s, u"Lab RRAS"_s, u"--user"_s, u"x"_s}
            << QByteArray("--user cannot be combined");
    QTest::newRow("settings file missing")
            << QStringList{u"--profile"_s, u"Lab RRAS"_s, u"--settings"_s, u"/nonexistent.ini"_s}
            << QByteArray("does not exist");
    QTest::newRow("settings without profile")
            << QStringList{u"--server"_s, u"https://x/wsman"_s, u"--settings"_s, u"/x.ini"_s}
            << QByteArray("--settings is read only with --profile");
    QTest::newRow("pin with two servers")
            << QStringList{u"--server"_s,        u"https://a/wsman"_s, u"--server"_s,
                           u"https://b/wsman"_s, u"--pin"_s,           QString(64, u'a')}
            << QByteArray("one --server");
}

void TestRrasctlProfile::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, stderrPart);
    saveProfiles({profile()});
    QStringList args{u"list"_s};
    args += extra;
    if (!args.contains(u"--settings"_s) && args.contains(u"--profile"_s))
        args << u"--settings"_s << m_settings;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(stderrPart), r.err.constData());
}

void TestRrasctlProfile::passwordFromTheKeychain()
{
    ServerProfile p = profile();
    p.rememberPassword = true;
    saveProfiles({p});
    const QStringList args{u"list"_s, u"--profile"_s, p.name, u"--settings"_s, m_settings};
    if (!keychainRun()) {
        // No keychain: the environment variable still works, and nothing else is asked for.
        const Result r = run(args, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Result none = run(args, false);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("No password for"), none.err.constData());
        return;
    }
    // The console stored the password; rrasctl needs neither the environment nor a terminal.
    CredentialStore store(u"rras-console"_s);
    CredentialJob *job = store.writePassword(p.id, password);
    QSignalSpy written(job, &CredentialJob::finished);
    QVERIFY(written.wait(15000));
    const Result r = run(args, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.err.contains(password.toUtf8()));
    CredentialJob *removed = store.deletePassword(p.id);
    QSignalSpy deleted(removed, &CredentialJob::finished);
    QVERIFY(deleted.wait(15000));
}

QTEST_GUILESS_MAIN(TestRrasctlProfile)
#include "tst_rrasctlprofile.moc"
