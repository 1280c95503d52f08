// CredentialStore against a real Secret Service (gnome-keyring on a private D-Bus session, see
// tests/keyring/with-keyring.sh), and without any keychain at all.
#include "auth/credentialstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int keychainTimeoutMs = 15000;

// Runs a job to its end; the job deletes itself afterwards, so the caller gets a copy of the
// result.
struct Result
{
    CredentialJob::Status status = CredentialJob::Status::Failed;
    QString password;
    QString message;
};

bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("RRAS_TEST_NO_KEYCHAIN");
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadDelete_data();
    void writeReadDelete();
    void overwriteReplaces();
    void entriesAreKeptApart();
    void storedInTheSecretService();
    void jobReportsOnceAndDeletesItself();
    void noKeychain();

private:
    Result run(CredentialJob *job);
    QString freshKey() const { return u"test-"_s + QUuid::createUuid().toString(QUuid::Id128); }

    CredentialStore m_store{u"rras-console-test"_s};
};

void TestCredentialStore::initTestCase()
{
    if (expectNoKeychain())
        return;
    // Under the wrapper a session bus is there; without it the tests below cannot mean anything.
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/keyring/with-keyring.sh (ctest does).");
}

Result TestCredentialStore::run(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    QPointer<CredentialJob> guard(job);
    Result result;
    connect(job, &CredentialJob::finished, this, [&result](CredentialJob *done) {
        result.status = done->status();
        result.password = done->password();
        result.message = done->userMessage();
    });
    if (!spy.wait(keychainTimeoutMs))
        qWarning("keychain job did not finish in time");
    // It deletes itself after reporting.
    [[maybe_unused]] const bool gone = QTest::qWaitFor([&] { return guard.isNull(); }, 5000);
    return result;
}

void TestCredentialStore::writeReadDelete_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << u"pw-for-tests"_s;
    QTest::newRow("unicode and spaces") << u"Pässwort mit Leerzeichen € 🔑"_s;
    QTest::newRow("quotes and backslash") << uR"(a"b'c\d;e=f)"_s;
    QTest::newRow("long") << QString(2000, u'x');
}

void TestCredentialStore::writeReadDelete()
{
    if (expectNoKeychain())
        QSKIP("no keychain in this run");
    QFETCH(QString, password);
    const QString key = freshKey();

    Result read = run(m_store.readPassword(key));
    QCOMPARE(read.status, CredentialJob::Status::NotFound);

    const Result written = run(m_store.writePassword(key, password));
    QCOMPARE(written.status, CredentialJob::Status::Ok);
    QVERIFY(written.message.isEmpty());

    read = run(m_store.readPassword(key));
    QCOMPARE(read.status, CredentialJob::Status::Ok);
    QCOMPARE(read.password, password);

    QCOMPARE(run(m_store.deletePassword(key)).status, CredentialJob::Status::Ok);
    read = run(m_store.readPassword(key));
    QCOMPARE(read.status, CredentialJob::Status::NotFound);
    QVERIFY(read.password.isEmpty());
    // Deleting again leaves the keychain as asked: no error.
    QCOMPARE(run(m_store.deletePassword(key)).status, CredentialJob::Status::Ok);
    QVERIFY(m_store.isAvailable());
}

void TestCredentialStore::overwriteReplaces()
{
    if (expectNoKeychain())
        QSKIP("no keychain in this run");
    const QString key = freshKey();
    QCOMPARE(run(m_store.writePassword(key, u"first"_s)).status, CredentialJob::Status::Ok);
    QCOMPARE(run(m_store.writePassword(key, u"second"_s)).status, CredentialJob::Status::Ok);
    QCOMPARE(run(m_store.readPassword(key)).password, u"second"_s);
    QCOMPARE(run(m_store.deletePassword(key)).status, CredentialJob::Status::Ok);
}

void TestCredentialStore::entriesAreKeptApart()
{
    if (expectNoKeychain())
        QSKIP("no keychain in this run");
    // Two keys, and the same key under another service name (another application).
    const QString a = freshKey();
    const QString b = freshKey();
    CredentialStore other(u"rras-console-other"_s);
    QCOMPARE(run(m_store.writePassword(a, u"pw-a"_s)).status, CredentialJob::Status::Ok);
    QCOMPARE(run(m_store.writePassword(b, u"pw-b"_s)).status, CredentialJob::Status::Ok);
    QCOMPARE(run(m_store.readPassword(a)).password, u"pw-a"_s);
    QCOMPARE(run(m_store.readPassword(b)).password, u"pw-b"_s);
    QCOMPARE(run(other.readPassword(a)).status, CredentialJob::Status::NotFound);
    QCOMPARE(run(m_store.deletePassword(a)).status, CredentialJob::Status::Ok);
    QCOMPARE(run(m_store.readPassword(b)).password, u"pw-b"_s);
    QCOMPARE(run(m_store.deletePassword(b)).status, CredentialJob::Status::Ok);
}

void TestCredentialStore::storedInTheSecretService()
{
    if (expectNoKeychain())
        QSKIP("no keychain in this run");
    // An independent client of the Secret Service sees the entry: it is in the keychain, not in
    // a file of ours.
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (tool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString key = freshKey();
    QCOMPARE(run(m_store.writePassword(key, u"seen-by-secret-tool"_s)).status,
             CredentialJob::Status::Ok);
    QProcess lookup;
    lookup.start(tool, {u"lookup"_s, u"server"_s, m_store.service(), u"user"_s, key});
    QVERIFY(lookup.waitForFinished(keychainTimeoutMs));
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("seen-by-secret-tool"));
    QCOMPARE(run(m_store.deletePassword(key)).status, CredentialJob::Status::Ok);
}

void TestCredentialStore::jobReportsOnceAndDeletesItself()
{
    if (expectNoKeychain())
        QSKIP("no keychain in this run");
    CredentialJob *job = m_store.readPassword(freshKey());
    QPointer<CredentialJob> guard(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    // Not before the caller could connect.
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(keychainTimeoutMs));
    QCOMPARE(spy.count(), 1);
    QTRY_VERIFY(guard.isNull());
}

void TestCredentialStore::noKeychain()
{
    if (!expectNoKeychain())
        QSKIP("a keychain is there in this run (tst_credentialstore_nokeychain covers this)");
    // No session bus at all: every operation says so, and the store remembers it.
    QSignalSpy availability(&m_store, &CredentialStore::availabilityChanged);
    const QString key = freshKey();
    const Result written = run(m_store.writePassword(key, u"pw"_s));
    QCOMPARE(written.status, CredentialJob::Status::Unavailable);
    QVERIFY2(written.message.contains(u"session only"_s), qPrintable(written.message));
    QVERIFY(!written.message.contains(u"pw\""_s));
    QVERIFY(!m_store.isAvailable());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.first().first().toBool(), false);
    const Result read = run(m_store.readPassword(key));
    QCOMPARE(read.status, CredentialJob::Status::Unavailable);
    QVERIFY(read.password.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
