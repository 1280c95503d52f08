// HistoryStore: round trip, persistence, migration, recovery, errors, filters, and crash safety
// (rrasctl killed with SIGKILL in the middle of a 1,000-session job against rras-sim).

#include "historytestdata.h"
#include "simfixture.h"
#include "store/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace HistoryTestData;

namespace {

HistoryJobInfo info(const QString &op = QStringLiteral("alice"),
                    const QString &reason = QStringLiteral("INC-1"))
{
    return {op, QStringLiteral("ws-01"), reason, QStringLiteral("console")};
}

// A second connection of our own, as another program would have.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

// Runs a block with the file-system identity of an unprivileged user when we are root, so that
// file permissions apply (root ignores them).
class UnprivilegedScope
{
public:
    UnprivilegedScope()
    {
        if (::geteuid() == 0)
            m_dropped = ::seteuid(65534) == 0;
    }
    ~UnprivilegedScope()
    {
        if (m_dropped)
            (void)::seteuid(0);
    }
    Q_DISABLE_COPY_MOVE(UnprivilegedScope)

private:
    bool m_dropped = false;
};

int pendingOrSettled(const QList<HistoryItem> &items, bool settled)
{
    return int(std::count_if(items.cbegin(), items.cend(), [settled](const HistoryItem &i) {
        return i.outcome.has_value() == settled;
    }));
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void committedBeforeCreateJobReturns();
    void recordOutcomesInOneTransaction();
    void walAndSchemaVersion();
    void migrationFromVersion1();
    void newerSchemaIsRefused();
    void notADatabase();
    void interruptedJobIsRecovered();
    void liveJobsAreLeftAlone();
    void diskFull();
    void locked();
    void simultaneousFirstOpen();
    void readOnly();
    void filter_data();
    void filter();
    void crashSafety();

private:
    QTemporaryDir m_dir;
};

void TestHistoryStore::roundTrip_data()
{
    QTest::addColumn<QList<HistorySession>>("sessions");
    QTest::newRow("awkward names, two servers") << awkwardSessions();
    QTest::newRow("bare addresses") << QList<HistorySession>{
            session(QStringLiteral("srv"), QString(), QStringLiteral("10.0.0.1"), {}),
            session(QStringLiteral("srv"), QString(), QStringLiteral("fe80::1"), {})};
    QList<HistorySession> duplicate = awkwardSessions().mid(0, 2);
    duplicate.append(duplicate.first());
    QTest::newRow("a session given twice is one") << duplicate;
}

void TestHistoryStore::roundTrip()
{
    QFETCH(QList<HistorySession>, sessions);
    QTemporaryDir dir;
    const QDateTime started = utc(2024, 5, 1, 10, 0, 0, 250);
    qint64 id = 0;
    QList<SessionKey> keys;
    for (const HistorySession &s : std::as_const(sessions)) {
        if (!keys.contains(s.key))
            keys.append(s.key);
    }
    {
        HistoryStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.lastError().summary()));
        QSignalSpy created(&store, &HistoryStore::jobCreated);
        QSignalSpy changed(&store, &HistoryStore::jobChanged);
        const auto created_id = store.createJob(info(QStringLiteral("Jürgen")), sessions, started);
        QVERIFY2(created_id, qPrintable(store.lastError().summary()));
        id = *created_id;
        QCOMPARE(created.size(), 1);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("history-job-%1.lock").arg(id))));

        const auto job = store.job(id);
        QVERIFY(job);
        QCOMPARE(job->info.operatorName, QStringLiteral("Jürgen"));
        QCOMPARE(job->info.workstation, QStringLiteral("ws-01"));
        QCOMPARE(job->info.reason, QStringLiteral("INC-1"));
        QCOMPARE(job->info.source, QStringLiteral("console"));
        QCOMPARE(job->startedAt, started);
        QVERIFY(!job->finishedAt.isValid());
        QCOMPARE(job->state, HistoryJobState::Running);
        QCOMPARE(job->counts.pending, keys.size());
        QCOMPARE(job->counts.total(), keys.size());

        // The first key gets its outcome; recording it again changes nothing.
        const DisconnectOutcome first{keys.first().address, keys.first().address,
                                      DisconnectOutcomeKind::Failed,
                                      QStringLiteral("Access is denied, \"really\""), 5};
        QVERIFY(store.recordOutcome(id, keys.first(), first, started.addSecs(1)));
        QVERIFY(store.recordOutcome(
                id, keys.first(),
                {first.requested, first.address, DisconnectOutcomeKind::Disconnected, {}, 0},
                started.addSecs(2)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.job(id)->counts.count(DisconnectOutcomeKind::Failed), 1);
        QVERIFY(store.finishJob(id, started.addSecs(3)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("history-job-%1.lock").arg(id))));
    }
    // Another store, as after a restart: everything is in the file.
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    QVERIFY(store.recoveredJobs().isEmpty());
    const auto job = store.job(id);
    QVERIFY(job);
    QCOMPARE(job->state, HistoryJobState::Finished);
    QCOMPARE(job->finishedAt, started.addSecs(3));
    QCOMPARE(job->counts.count(DisconnectOutcomeKind::Failed), 1);
    QCOMPARE(job->counts.count(DisconnectOutcomeKind::Unknown), keys.size() - 1);
    QCOMPARE(job->counts.pending, 0);

    const QList<HistoryItem> items = store.items(id);
    QCOMPARE(items.size(), keys.size());
    for (int i = 0; i < items.size(); ++i) {
        const HistoryItem &item = items.at(i);
        const auto s = std::find_if(sessions.cbegin(), sessions.cend(),
                                    [&](const HistorySession &x) { return x.key == keys.at(i); });
        QCOMPARE(item.jobId, id);
        QCOMPARE(item.sequence, i);
        QCOMPARE(item.key(), keys.at(i));
        QCOMPARE(item.serverName, s->serverName.isEmpty() ? s->key.serverId : s->serverName);
        QCOMPARE(item.userNames, s->tunnel.userName);
        QCOMPARE(item.hostName, s->tunnel.hostName);
        QCOMPARE(item.externalAddress, s->tunnel.clientExternalAddress);
        QCOMPARE(item.tunnelType, s->tunnel.tunnelType);
        QCOMPARE(item.connectedSince, s->tunnel.connectionStartTime);
        QCOMPARE(item.bytesIn, s->tunnel.totalBytesIn);
        QCOMPARE(item.bytesOut, s->tunnel.totalBytesOut);
        QVERIFY(item.outcome.has_value());
        QVERIFY(item.settledAt.isValid());
    }
    QCOMPARE(items.first().outcome, DisconnectOutcomeKind::Failed);
    QCOMPARE(items.first().message, QStringLiteral("Access is denied, \"really\""));
    QCOMPARE(items.first().code, 5u);
    QCOMPARE(items.first().settledAt, started.addSecs(1));
    if (items.size() > 1) {
        QCOMPARE(items.last().outcome, DisconnectOutcomeKind::Unknown);
        QVERIFY(!items.last().message.isEmpty());
    }
}

void TestHistoryStore::committedBeforeCreateJobReturns()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    const auto id = store.createJob(info(), awkwardSessions());
    QVERIFY(id);
    // Another connection sees the job and every session at once: they are committed, not
    // waiting in an open transaction.
    RawDb other(store.databasePath());
    QCOMPARE(other.value(QStringLiteral("SELECT COUNT(*) FROM items WHERE job_id = %1").arg(*id))
                     .toInt(),
             8);
    QCOMPARE(
            other.value(QStringLiteral("SELECT state FROM jobs WHERE id = %1").arg(*id)).toString(),
            QStringLiteral("Running"));
    QVERIFY(store.recordOutcome(*id, {QStringLiteral("srv1"), QStringLiteral("10.1.0.1")},
                                {QStringLiteral("10.1.0.1"),
                                 QStringLiteral("10.1.0.1"),
                                 DisconnectOutcomeKind::Disconnected,
                                 {},
                                 0}));
    QCOMPARE(other.value(QStringLiteral("SELECT outcome FROM items WHERE job_id = %1 AND"
                                        " address = '10.1.0.1'")
                                 .arg(*id))
                     .toString(),
             QStringLiteral("Disconnected"));
}

void TestHistoryStore::recordOutcomesInOneTransaction()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    const QList<HistorySession> sessions = awkwardSessions();
    const auto id = store.createJob(info(), sessions);
    QVERIFY(id);
    QSignalSpy changed(&store, &HistoryStore::jobChanged);
    RawDb other(store.databasePath());
    auto pending = [&] {
        return other
                .value(QStringLiteral("SELECT COUNT(*) FROM items WHERE job_id = %1 AND"
                                      " outcome IS NULL")
                               .arg(*id))
                .toInt();
    };
    auto outcomeOf = [](const HistorySession &s, DisconnectOutcomeKind kind) {
        return std::pair<SessionKey, DisconnectOutcome>{
                s.key, {s.key.address, s.key.address, kind, QStringLiteral("m"), 7}};
    };

    // The first session alone, then a burst of three (one of them settled already: it keeps its
    // first outcome), then a burst that names a session the job does not have.
    QVERIFY(store.recordOutcome(*id, sessions.at(0).key,
                                outcomeOf(sessions.at(0), DisconnectOutcomeKind::Failed).second));
    QVERIFY(store.recordOutcomes(*id,
                                 {outcomeOf(sessions.at(0), DisconnectOutcomeKind::Disconnected),
                                  outcomeOf(sessions.at(1), DisconnectOutcomeKind::Disconnected),
                                  outcomeOf(sessions.at(4), DisconnectOutcomeKind::AlreadyGone)}));
    QCOMPARE(pending(), 5);
    QCOMPARE(changed.size(), 2); // one signal per burst
    QVERIFY(store.recordOutcomes(*id, {}));
    QCOMPARE(changed.size(), 2);

    // While another program holds the write lock, the burst fails whole: none of it is written.
    HistoryStore::Options quick;
    quick.busyTimeoutMs = 100;
    HistoryStore impatient;
    QVERIFY(impatient.open(dir.path(), quick));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(!impatient.recordOutcomes(
            *id,
            {outcomeOf(sessions.at(2), DisconnectOutcomeKind::Disconnected),
             outcomeOf(sessions.at(3), DisconnectOutcomeKind::Disconnected)}));
    QCOMPARE(impatient.lastError().kind, StoreError::Kind::Locked);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(pending(), 5);

    QVERIFY(store.finishJob(*id));
    const QList<HistoryItem> items = store.items(*id);
    QCOMPARE(items.size(), sessions.size());
    QCOMPARE(items.at(0).outcome, DisconnectOutcomeKind::Failed); // the first outcome stays
    QCOMPARE(items.at(1).outcome, DisconnectOutcomeKind::Disconnected);
    QCOMPARE(items.at(1).code, 7u);
    QCOMPARE(items.at(4).outcome, DisconnectOutcomeKind::AlreadyGone);
    QCOMPARE(items.at(2).outcome, DisconnectOutcomeKind::Unknown); // never recorded
}

void TestHistoryStore::walAndSchemaVersion()
{
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.schemaVersionOnDisk(), HistoryStore::currentSchemaVersion);
    RawDb other(store.databasePath());
    QCOMPARE(other.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(other.value(QStringLiteral("PRAGMA user_version")).toInt(),
             HistoryStore::currentSchemaVersion);
}

void TestHistoryStore::migrationFromVersion1()
{
    // A file as the first version wrote it, with a finished job and a running one.
    QTemporaryDir dir;
    {
        RawDb old(dir.filePath(HistoryStore::databaseFileName()));
        for (const char *sql : {
                     "CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, operator TEXT NOT "
                     "NULL, reason TEXT NOT NULL DEFAULT '', started_at INTEGER NOT NULL, "
                     "finished_at INTEGER, state TEXT NOT NULL)",
                     "CREATE TABLE items (job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE "
                     "CASCADE, seq INTEGER NOT NULL, server_id TEXT NOT NULL, address TEXT NOT "
                     "NULL, user_names TEXT NOT NULL DEFAULT '', host_name TEXT NOT NULL DEFAULT "
                     "'', external_address TEXT NOT NULL DEFAULT '', outcome TEXT, message TEXT "
                     "NOT NULL DEFAULT '', settled_at INTEGER, PRIMARY KEY (job_id, seq), UNIQUE "
                     "(job_id, server_id, address))",
                     "CREATE INDEX jobs_started ON jobs(started_at)",
                     "CREATE INDEX jobs_state ON jobs(state)",
                     "INSERT INTO jobs VALUES (1, 'bob', 'old ticket', 1714550400000, "
                     "1714550401000, 'Finished')",
                     "INSERT INTO items VALUES (1, 0, 'rras1', '10.9.0.1', 'CORP\\a\nCORP\\b', "
                     "'pc1', '192.0.2.1', 'Disconnected', '', 1714550400500)",
                     "INSERT INTO items VALUES (1, 1, 'rras1', '10.9.0.2', 'CORP\\c', 'pc2', "
                     "'192.0.2.2', 'Failed', 'denied', 1714550400600)",
                     "INSERT INTO jobs VALUES (2, 'bob', '', 1714550500000, NULL, 'Running')",
                     "INSERT INTO items VALUES (2, 0, 'rras2', '10.9.1.1', 'CORP\\d', '', '', "
                     "NULL, '', NULL)",
                     "PRAGMA user_version = 1",
             })
            QVERIFY(old.exec(QLatin1String(sql)));
    }
    HistoryStore store;
    QVERIFY2(store.open(dir.path()), qPrintable(store.lastError().summary()));
    QCOMPARE(store.schemaVersionOnDisk(), 2);
    // The old running job had no lock (nor a process): it is recovered.
    QCOMPARE(store.recoveredJobs(), QList<qint64>{2});

    const auto old = store.job(1);
    QVERIFY(old);
    QCOMPARE(old->info.operatorName, QStringLiteral("bob"));
    QCOMPARE(old->info.reason, QStringLiteral("old ticket"));
    QCOMPARE(old->info.workstation, QString());
    QCOMPARE(old->state, HistoryJobState::Finished);
    QCOMPARE(old->servers, QStringList{QStringLiteral("rras1")});
    const QList<HistoryItem> items = store.items(1);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).userNames,
             (QStringList{QStringLiteral("CORP\\a"), QStringLiteral("CORP\\b")}));
    QCOMPARE(items.at(0).serverName, QStringLiteral("rras1")); // the id, until a name is known
    QCOMPARE(items.at(0).tunnelType, QString());
    QCOMPARE(items.at(0).bytesIn, 0u);
    QCOMPARE(items.at(1).outcome, DisconnectOutcomeKind::Failed);
    QCOMPARE(items.at(1).message, QStringLiteral("denied"));
    QCOMPARE(store.job(2)->state, HistoryJobState::Interrupted);
    QCOMPARE(store.items(2).first().outcome, DisconnectOutcomeKind::Unknown);

    // And the migrated file takes new jobs with every field.
    const auto id = store.createJob(info(), awkwardSessions().mid(0, 1));
    QVERIFY(id);
    QCOMPARE(*id, 3);
    QCOMPARE(store.items(*id).first().bytesIn, 123456789u);
}

void TestHistoryStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        RawDb future(dir.filePath(HistoryStore::databaseFileName()));
        QVERIFY(future.exec(QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY)")));
        QVERIFY(future.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    HistoryStore store;
    QVERIFY(!store.open(dir.path()));
    QCOMPARE(store.lastError().kind, StoreError::Kind::NewerSchema);
    QVERIFY2(store.lastError().message.contains(QStringLiteral("newer version")),
             qPrintable(store.lastError().message));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.createJob(info(), awkwardSessions()));
    QCOMPARE(store.lastError().kind, StoreError::Kind::NotOpen);
}

void TestHistoryStore::notADatabase()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(HistoryStore::databaseFileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    HistoryStore store;
    QVERIFY(!store.open(dir.path()));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Corrupt);
    QVERIFY(store.lastError().message.contains(QDir::toNativeSeparators(file.fileName())));
}

void TestHistoryStore::interruptedJobIsRecovered()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        HistoryStore first;
        QVERIFY(first.open(dir.path()));
        id = first.createJob(info(), awkwardSessions()).value_or(0);
        QVERIFY(id > 0);
        QVERIFY(first.recordOutcome(id, {QStringLiteral("srv2"), QStringLiteral("fd00::2:1")},
                                    {QStringLiteral("fd00::2:1"),
                                     QStringLiteral("fd00::2:1"),
                                     DisconnectOutcomeKind::Disconnected,
                                     {},
                                     0}));
        // The program ends here without finishing the job.
    }
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.recoveredJobs(), QList<qint64>{id});
    const auto job = store.job(id);
    QCOMPARE(job->state, HistoryJobState::Interrupted);
    QVERIFY(job->finishedAt.isValid());
    QCOMPARE(job->counts.count(DisconnectOutcomeKind::Disconnected), 1);
    QCOMPARE(job->counts.count(DisconnectOutcomeKind::Unknown), 7);
    const QList<HistoryItem> items = store.items(id);
    QCOMPARE(items.size(), 8);
    QCOMPARE(pendingOrSettled(items, false), 0);
    QVERIFY(items.at(6).message.contains(QStringLiteral("ended")));
    // Recovered once: a later start finds nothing to do.
    HistoryStore again;
    QVERIFY(again.open(dir.path()));
    QVERIFY(again.recoveredJobs().isEmpty());
}

void TestHistoryStore::liveJobsAreLeftAlone()
{
    // Another store of a live process (here: ours) runs a job; a second store opening the same
    // history must not take it for an interrupted one.
    QTemporaryDir dir;
    HistoryStore running;
    QVERIFY(running.open(dir.path()));
    const auto id = running.createJob(info(), awkwardSessions());
    QVERIFY(id);
    HistoryStore viewer;
    QVERIFY(viewer.open(dir.path()));
    QVERIFY(viewer.recoveredJobs().isEmpty());
    QCOMPARE(viewer.job(*id)->state, HistoryJobState::Running);
    QVERIFY(running.finishJob(*id));
    QCOMPARE(viewer.job(*id)->state, HistoryJobState::Finished);
}

void TestHistoryStore::diskFull()
{
    // SQLite's max_page_count gives the same SQLITE_FULL a full disk gives, without filling one.
    QTemporaryDir dir;
    HistoryStore store;
    HistoryStore::Options options;
    options.maximumSizeBytes = 48 * 1024;
    QVERIFY(store.open(dir.path(), options));
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QList<HistorySession> many;
    for (int i = 0; i < 2000; ++i)
        many.append(session(QStringLiteral("srv"), QStringLiteral("Server"),
                            QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250 + 1),
                            {QStringLiteral("CORP\\user%1").arg(i)},
                            QStringLiteral("host-%1").arg(i)));
    QVERIFY(!store.createJob(info(), many));
    QCOMPARE(store.lastError().kind, StoreError::Kind::DiskFull);
    QVERIFY2(store.lastError().message.contains(QStringLiteral("full")),
             qPrintable(store.lastError().message));
    QCOMPARE(failed.size(), 1);
    // Nothing of it is in the file, and no lock is left behind.
    QVERIFY(store.jobs().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.lock")}).size(), 0);
    // A small job still fits.
    QVERIFY(store.createJob(info(), many.mid(0, 3)));
}

void TestHistoryStore::locked()
{
    QTemporaryDir dir;
    {
        HistoryStore init;
        QVERIFY(init.open(dir.path()));
    }
    RawDb other(QDir(dir.path()).filePath(HistoryStore::databaseFileName()));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    HistoryStore store;
    HistoryStore::Options options;
    options.busyTimeoutMs = 150;
    QVERIFY2(store.open(dir.path(), options), qPrintable(store.lastError().summary()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!store.createJob(info(), awkwardSessions()));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Locked);
    QVERIFY(store.lastError().message.contains(QStringLiteral("locked by another program")));
    QVERIFY(timer.elapsed() >= 100); // it waited for the other writer first
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(store.createJob(info(), awkwardSessions()));
}

void TestHistoryStore::simultaneousFirstOpen()
{
    // Several programs (here: threads, each with its own connection, as processes would have)
    // opening a history that does not exist yet: each must find a ready schema, none may fail
    // with "table jobs already exists" because another created it first.
    constexpr int rounds = 8;
    constexpr int openers = 6;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("history"));
        std::atomic<int> ready{0};
        std::vector<QString> errors(openers);
        std::vector<std::thread> threads;
        for (int i = 0; i < openers; ++i) {
            threads.emplace_back([&, i] {
                ++ready;
                while (ready.load() < openers) { } // start together
                HistoryStore store;
                if (!store.open(folder))
                    errors[size_t(i)] = store.lastError().message;
                else if (store.schemaVersionOnDisk() != HistoryStore::currentSchemaVersion)
                    errors[size_t(i)]
                            = QStringLiteral("schema %1").arg(store.schemaVersionOnDisk());
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < openers; ++i)
            QVERIFY2(errors[size_t(i)].isEmpty(),
                     qPrintable(QStringLiteral("round %1, opener %2: %3")
                                        .arg(round)
                                        .arg(i)
                                        .arg(errors[size_t(i)])));
    }
}

void TestHistoryStore::readOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        HistoryStore init;
        QVERIFY(init.open(dir.path()));
        QVERIFY(init.createJob(info(), awkwardSessions().mid(0, 2)));
    }
    const QString path = QDir(dir.path()).filePath(HistoryStore::databaseFileName());
    // The file cannot be written; its folder can (SQLite keeps its shared-memory file there).
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
    UnprivilegedScope unprivileged;
    HistoryStore store;
    bool opened = store.open(dir.path());
    if (opened) {
        // Reading works; the first write says why it cannot be done.
        QCOMPARE(store.jobs().size(), 1);
        QVERIFY(!store.createJob(info(), awkwardSessions()));
    }
    QCOMPARE(store.lastError().kind, StoreError::Kind::ReadOnly);
    QVERIFY2(store.lastError().message.contains(QStringLiteral("read-only")),
             qPrintable(store.lastError().message));
}

void TestHistoryStore::filter_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // job numbers below, newest first

    auto f = [] {
        return HistoryFilter{};
    };
    QTest::newRow("everything") << f() << QList<int>{3, 2, 1};
    HistoryFilter period = f();
    period.from = utc(2024, 5, 2, 0, 0);
    period.to = utc(2024, 5, 3, 0, 0);
    QTest::newRow("period, end exclusive") << period << QList<int>{2};
    HistoryFilter op = f();
    op.operatorName = QStringLiteral("JÜR");
    QTest::newRow("operator, any case") << op << QList<int>{3};
    HistoryFilter server = f();
    server.server = QStringLiteral("zwei");
    QTest::newRow("server by name") << server << QList<int>{2};
    server.server = QStringLiteral("srv1");
    QTest::newRow("server by id") << server << QList<int>{3, 1};
    HistoryFilter user = f();
    user.user = QStringLiteral("ångström");
    QTest::newRow("user, Unicode folded") << user << QList<int>{2};
    HistoryFilter address = f();
    address.address = QStringLiteral("2001:db8");
    QTest::newRow("external address") << address << QList<int>{2};
    address.address = QStringLiteral("10.1.0.4");
    QTest::newRow("tunnel address") << address << QList<int>{1};
    HistoryFilter outcome = f();
    outcome.outcome = DisconnectOutcomeKind::Failed;
    QTest::newRow("outcome") << outcome << QList<int>{1};
    // The item criteria hold for one and the same session.
    HistoryFilter same = f();
    same.user = QStringLiteral("@admin");
    same.outcome = DisconnectOutcomeKind::AlreadyGone;
    QTest::newRow("user and outcome on one session") << same << QList<int>{1};
    same.outcome = DisconnectOutcomeKind::Failed;
    QTest::newRow("user and outcome on different sessions") << same << QList<int>{};
}

void TestHistoryStore::filter()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QList<int>, expected);
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.path()));
    const QList<HistorySession> all = awkwardSessions();
    const QList<std::optional<DisconnectOutcome>> outcomes = awkwardOutcomes();
    // Job 1: the srv1 sessions; job 2: the srv2 ones; job 3: one srv1 session, another operator.
    const struct
    {
        QString op;
        QDateTime started;
        int first;
        int count;
    } jobs[] = {{QStringLiteral("alice"), utc(2024, 5, 1, 9, 0), 0, 4},
                {QStringLiteral("bob"), utc(2024, 5, 2, 9, 0), 4, 4},
                {QStringLiteral("Jürgen"), utc(2024, 5, 3, 0, 0), 0, 1}};
    QList<qint64> ids;
    for (const auto &j : jobs) {
        const auto id = store.createJob(info(j.op), all.mid(j.first, j.count), j.started);
        QVERIFY(id);
        ids.append(*id);
        for (int i = j.first; i < j.first + j.count; ++i) {
            if (outcomes.at(i))
                QVERIFY(store.recordOutcome(*id, all.at(i).key, *outcomes.at(i)));
        }
    }
    QList<int> found;
    for (const HistoryJob &job : store.jobs(filter))
        found.append(int(ids.indexOf(job.id)) + 1);
    QCOMPARE(found, expected);
}

void TestHistoryStore::crashSafety()
{
    // rras-sim as a process with 995 tunnels; every disconnect request waits 600 ms.
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--servers"), QStringLiteral("1"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--tunnels"), QStringLiteral("995"),
                        QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--churn"),
                        QStringLiteral("0"), QStringLiteral("--max-envelope-kb"),
                        QStringLiteral("4096"), QStringLiteral("--fault"),
                        QStringLiteral("delay:600/DisconnectByHostIP")},
                       1),
             qPrintable(sim.errorString()));
    const QString server = sim.urls().constFirst().toString();

    QProcess list;
    list.start(QStringLiteral(RRASCTL_PATH),
               {QStringLiteral("list"), QStringLiteral("--server"), server,
                QStringLiteral("--max-envelope-kb"), QStringLiteral("4096"),
                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(list.waitForFinished(30000));
    const QJsonArray tunnels = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
    QCOMPARE(tunnels.size(), 995);
    QStringList addresses;
    for (const QJsonValue &t : tunnels) {
        const QJsonObject o = t.toObject();
        const QString v4 = o.value(QLatin1String("ClientIPv4Address")).toString();
        addresses.append(v4.isEmpty() ? o.value(QLatin1String("ClientIPv6Address")).toString()
                                      : v4);
    }
    // Five that settle at once (never sent): 1,000 sessions in all.
    for (int i = 0; i < 5; ++i)
        addresses.append(QStringLiteral("not-an-address-%1").arg(i));
    QTemporaryDir dir;
    const QString ipsFile = dir.filePath(QStringLiteral("ips.txt"));
    {
        QFile file(ipsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(addresses.join(u'\n').toUtf8());
    }
    const QString dataDir = dir.filePath(QStringLiteral("data"));

    // Small envelopes: the job runs as many requests one after the other.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(RRASCTL_PATH),
                {QStringLiteral("disconnect"), QStringLiteral("--server"), server,
                 QStringLiteral("--ips-file"), ipsFile, QStringLiteral("--data-dir"), dataDir,
                 QStringLiteral("--reason"), QStringLiteral("crash test"),
                 QStringLiteral("--max-envelope-kb"), QStringLiteral("16")});
    QVERIFY(child.waitForStarted(10000));

    // Watch the history from outside until some real outcomes are in, then kill the child.
    HistoryStore watcher;
    HistoryStore::Options readOnly;
    readOnly.readOnly = true;
    QTRY_VERIFY_WITH_TIMEOUT(watcher.open(dataDir, readOnly) && !watcher.jobs().isEmpty(), 20000);
    const qint64 id = watcher.jobs().constFirst().id;
    QCOMPARE(watcher.items(id).size(), 1000); // every session recorded before the first request
    QTRY_VERIFY_WITH_TIMEOUT(pendingOrSettled(watcher.items(id), true) > 5, 20000);
    const auto before = watcher.job(id);
    QCOMPARE(before->state, HistoryJobState::Running);
    QVERIFY2(before->counts.pending > 100, "the job ended too soon to be cut in the middle");
    QCOMPARE(before->counts.count(DisconnectOutcomeKind::InvalidAddress), 5);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    watcher.close();

    // rrasctl's own report recovers the job: Interrupted, no session missing.
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    QProcess report;
    report.start(QStringLiteral(RRASCTL_PATH),
                 {QStringLiteral("report"), QStringLiteral("--job"), QString::number(id),
                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                  reportPath, QStringLiteral("--data-dir"), dataDir});
    QVERIFY(report.waitForFinished(30000));
    QVERIFY2(report.exitCode() == 0, report.readAllStandardError().constData());
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(reportFile.readAll()).object();
    const QJsonObject job = root.value(QLatin1String("jobs")).toArray().first().toObject();
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("Interrupted"));
    QCOMPARE(job.value(QLatin1String("reason")).toString(), QStringLiteral("crash test"));
    const QJsonArray sessions = job.value(QLatin1String("sessions")).toArray();
    QCOMPARE(sessions.size(), 1000);
    QSet<QString> reported;
    for (const QJsonValue &s : sessions) {
        const QJsonObject o = s.toObject();
        QVERIFY2(o.value(QLatin1String("outcome")).isString(),
                 qPrintable(o.value(QLatin1String("address")).toString()));
        reported.insert(o.value(QLatin1String("address")).toString());
    }
    QCOMPARE(reported, QSet<QString>(addresses.cbegin(), addresses.cend()));

    // The store agrees, and the outcomes recorded before the kill are kept.
    HistoryStore store;
    QVERIFY(store.open(dataDir));
    const auto after = store.job(id);
    QCOMPARE(after->state, HistoryJobState::Interrupted);
    QCOMPARE(after->counts.pending, 0);
    QCOMPARE(after->counts.total(), 1000);
    QVERIFY(after->counts.count(DisconnectOutcomeKind::Disconnected)
            >= before->counts.count(DisconnectOutcomeKind::Disconnected));
    QVERIFY(after->counts.count(DisconnectOutcomeKind::Unknown) > 0);
    QCOMPARE(after->counts.count(DisconnectOutcomeKind::InvalidAddress), 5);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
