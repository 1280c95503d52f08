#include "historystore.h"

#include "storelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_UNIX
#    include <pwd.h>
#    include <unistd.h>
#endif

namespace {

// SQLite's primary result codes this file tells apart.
constexpr int sqliteBusy = 5;

// The primary result code of a SQLite error (its low byte; the rest is the extended code), -1
// when the driver gave none.
int primaryResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// The console's name for its folders: rrasctl reads and writes the same history.
const QString consoleName = QStringLiteral("rras-console");

// User names of one session in one column: they never contain a line break.
const QChar userSeparator = u'\n';

// Each step takes the schema from version N-1 to N. Version 1 was the first layout; version 2
// added where a job ran from, what started it, and the sessions' tunnel details. A new database
// goes through every step, so the migrations are exercised on every first start.
QStringList migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
                QStringLiteral("CREATE TABLE jobs ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " operator TEXT NOT NULL,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " started_at INTEGER NOT NULL," // ms since the epoch, UTC
                               " finished_at INTEGER,"
                               " state TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE items ("
                               " job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
                               " seq INTEGER NOT NULL,"
                               " server_id TEXT NOT NULL,"
                               " address TEXT NOT NULL,"
                               " user_names TEXT NOT NULL DEFAULT '',"
                               " host_name TEXT NOT NULL DEFAULT '',"
                               " external_address TEXT NOT NULL DEFAULT '',"
                               " outcome TEXT," // NULL until the outcome is known
                               " message TEXT NOT NULL DEFAULT '',"
                               " settled_at INTEGER,"
                               " PRIMARY KEY (job_id, seq),"
                               " UNIQUE (job_id, server_id, address))"),
                QStringLiteral("CREATE INDEX jobs_started ON jobs(started_at)"),
                QStringLiteral("CREATE INDEX jobs_state ON jobs(state)"),
        };
    case 2:
        return {
                QStringLiteral("ALTER TABLE jobs ADD COLUMN workstation TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE jobs ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE items ADD COLUMN server_name TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE items ADD COLUMN tunnel_type TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE items ADD COLUMN connected_since INTEGER"),
                QStringLiteral("ALTER TABLE items ADD COLUMN bytes_in INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE items ADD COLUMN bytes_out INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE items ADD COLUMN code INTEGER NOT NULL DEFAULT 0"),
                // Version 1 knew servers by id only: show that until a name is known.
                QStringLiteral("UPDATE items SET server_name = server_id WHERE server_name = ''"),
        };
    default:
        return {};
    }
}

const QString itemColumns = QStringLiteral(
        "job_id, seq, server_id, server_name, address, user_names, host_name, external_address,"
        " tunnel_type, connected_since, bytes_in, bytes_out, outcome, message, code, settled_at");

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime nowOr(const QDateTime &time)
{
    return time.isValid() ? time.toUTC() : QDateTime::currentDateTimeUtc();
}

HistoryItem itemFrom(const QSqlQuery &q)
{
    HistoryItem item;
    item.jobId = q.value(0).toLongLong();
    item.sequence = q.value(1).toInt();
    item.serverId = q.value(2).toString();
    item.serverName = q.value(3).toString();
    item.address = q.value(4).toString();
    const QString users = q.value(5).toString();
    if (!users.isEmpty())
        item.userNames = users.split(userSeparator);
    item.hostName = q.value(6).toString();
    item.externalAddress = q.value(7).toString();
    item.tunnelType = q.value(8).toString();
    item.connectedSince = timeFrom(q.value(9));
    item.bytesIn = quint64(q.value(10).toLongLong());
    item.bytesOut = quint64(q.value(11).toLongLong());
    if (!q.value(12).isNull())
        item.outcome = outcomeFromName(q.value(12).toString());
    item.message = q.value(13).toString();
    item.code = quint32(q.value(14).toLongLong());
    item.settledAt = timeFrom(q.value(15));
    return item;
}

} // namespace

QString StoreError::summary() const
{
    if (detail.isEmpty() || message.contains(detail))
        return message;
    return message + QStringLiteral(" (") + detail + u')';
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent),
      m_connection(QStringLiteral("rras-history-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::databaseFileName()
{
    return QStringLiteral("history.sqlite");
}

QString HistoryStore::defaultDirectory()
{
    // AppDataLocation depends on the names of the running program; rrasctl answers for the
    // console so that both keep one history. The names are put back at once.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(consoleName);
    QCoreApplication::setApplicationName(consoleName);
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return path;
}

QString HistoryStore::osUserName()
{
#ifdef Q_OS_UNIX
    // The account the process runs as, not what the environment claims.
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    for (const char *name : {"USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#else
    const QString user = qEnvironmentVariable("USERNAME");
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    if (!user.isEmpty())
        return domain.isEmpty() ? user : domain + u'\\' + user;
#endif
    return tr("unknown");
}

QString HistoryStore::workstationName()
{
    return QSysInfo::machineHostName();
}

QString HistoryStore::databasePath() const
{
    return m_directory.isEmpty() ? QString() : QDir(m_directory).filePath(databaseFileName());
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::open(const QString &directory, const Options &options)
{
    const bool opened = openDatabase(directory, options);
    if (!opened)
        m_openError = m_error;
    return opened;
}

bool HistoryStore::openDatabase(const QString &directory, const Options &options)
{
    close();
    m_error = {};
    m_openError = {};
    m_recovered.clear();
    m_options = options;
    m_directory = QDir::cleanPath(QDir(directory).absolutePath());

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        setError(StoreError::Kind::CannotOpen,
                 tr("The SQLite driver of Qt (QSQLITE) is not installed; install it "
                    "(Debian: libqt6sql6-sqlite)."));
        return false;
    }
    if (!options.readOnly && !QDir().mkpath(m_directory)) {
        //: %1 is a folder.
        setError(StoreError::Kind::CannotOpen,
                 tr("The history folder %1 cannot be created: check its parent's permissions, "
                    "or choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    const QString path = databasePath();
    if (options.readOnly && !QFileInfo::exists(path)) {
        setError(StoreError::Kind::CannotOpen,
                 tr("There is no history in %1 yet.").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        QStringList connectOptions{
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs))};
        if (options.readOnly)
            connectOptions.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setConnectOptions(connectOptions.join(u';'));
        if (!db.open()) {
            setError(db.lastError());
            close();
            return false;
        }
    }
    if (!configure() || !migrate() || (!options.readOnly && !recover())) {
        const StoreError error = m_error;
        close();
        m_error = error;
        return false;
    }
    qCInfo(lcStore).noquote() << "History open:" << path << "schema" << m_schemaVersion
                              << (options.readOnly ? "(read-only)" : "");
    return true;
}

void HistoryStore::close()
{
    // Locks of jobs still running go with this object: the next open() recovers them.
    m_locks.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_schemaVersion = 0;
}

bool HistoryStore::exec(const QString &sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return setError(q.lastError());
    return true;
}

bool HistoryStore::configure()
{
    // The first statement reads the file: a file that is no database fails here.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return setError(q.lastError());
    m_schemaVersion = q.value(0).toInt();
    q.finish();
    if (m_options.readOnly)
        return exec(QStringLiteral("PRAGMA query_only = ON"));
    // WAL: readers never block the writer; a commit is one append to the log. NORMAL between
    // the durable steps (see the class comment). Turning a new file to WAL takes an exclusive
    // lock for which SQLite does not wait (no busy handler): when two programs open a new
    // history at once, one gets SQLITE_BUSY at once. It tries again, within the busy timeout,
    // as SQLite's own handler would for any other lock. (Once the file is in WAL mode this
    // statement changes nothing and takes no such lock.)
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        const QSqlError error = q.lastError();
        q.finish();
        if (primaryResultCode(error) != sqliteBusy
            || waited.elapsed() >= qMax(0, m_options.busyTimeoutMs))
            return setError(error);
        QThread::msleep(5);
    }
    if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        // SQLite answers with the mode it kept, e.g. on a file system without shared memory.
        qCWarning(lcStore).noquote() << "journal_mode stays" << q.value(0).toString();
    }
    q.finish();
    if (!setDurable(false) || !exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return false;
    if (m_options.maximumSizeBytes > 0) {
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return setError(q.lastError());
        const qint64 pageSize = qMax<qint64>(512, q.value(0).toLongLong());
        q.finish();
        if (!exec(QStringLiteral("PRAGMA max_page_count = %1")
                          .arg(qMax<qint64>(1, m_options.maximumSizeBytes / pageSize))))
            return false;
    }
    return true;
}

bool HistoryStore::migrate()
{
    if (m_schemaVersion > currentSchemaVersion) {
        //: %1 is the database file, %2 and %3 schema version numbers.
        setError(StoreError::Kind::NewerSchema,
                 tr("The history %1 was written by a newer version of RRAS Console (schema %2; "
                    "this version knows %3). Update RRAS Console, or choose another folder "
                    "with --data-dir.")
                         .arg(QDir::toNativeSeparators(databasePath()))
                         .arg(m_schemaVersion)
                         .arg(currentSchemaVersion));
        return false;
    }
    if (m_schemaVersion == currentSchemaVersion)
        return true;
    if (m_options.readOnly) {
        setError(StoreError::Kind::ReadOnly,
                 tr("The history %1 needs an update to schema %2, which a read-only file "
                    "cannot take.")
                         .arg(QDir::toNativeSeparators(databasePath()))
                         .arg(currentSchemaVersion));
        return false;
    }
    // A durable step: synced to the disk.
    setDurable(true);
    const auto normal = qScopeGuard([this] { setDurable(false); });
    // All steps in one transaction: a file is at one version or the next, never in between.
    if (!begin())
        return false;
    // Another process may have migrated the file between configure()'s read and our write
    // lock (two programs opening a new history at once): read the version again under the lock.
    {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            setError(q.lastError());
            rollback();
            return false;
        }
        m_schemaVersion = q.value(0).toInt();
    }
    if (m_schemaVersion >= currentSchemaVersion) {
        rollback();
        return migrate(); // the checks above, with the version now on disk
    }
    for (int version = m_schemaVersion + 1; version <= currentSchemaVersion; ++version) {
        for (const QString &sql : migrationStep(version)) {
            if (!exec(sql)) {
                rollback();
                return false;
            }
        }
        qCInfo(lcStore) << "History schema migrated to version" << version;
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion)) || !commit()) {
        rollback();
        return false;
    }
    m_schemaVersion = currentSchemaVersion;
    return true;
}

QString HistoryStore::lockPath(qint64 jobId) const
{
    return QDir(m_directory).filePath(QStringLiteral("history-job-%1.lock").arg(jobId));
}

bool HistoryStore::recover()
{
    QList<qint64> running;
    {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT id FROM jobs WHERE state = 'Running'")))
            return setError(q.lastError());
        while (q.next())
            running.append(q.value(0).toLongLong());
    }
    if (running.isEmpty())
        return true;

    // A job whose lock no live process holds was cut short. Our locks stay held until the
    // transaction is in, so that no other process recovers the same job at the same time.
    std::vector<std::unique_ptr<QLockFile>> held;
    QList<qint64> dead;
    for (qint64 id : std::as_const(running)) {
        auto lock = std::make_unique<QLockFile>(lockPath(id));
        lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (lock->tryLock(0)) {
            dead.append(id);
            held.push_back(std::move(lock));
        } else if (lock->error() != QLockFile::LockFailedError) {
            qCWarning(lcStore) << "Cannot check the lock of job" << id << lock->error();
        }
    }
    if (dead.isEmpty())
        return true;

    // A durable step: synced to the disk.
    setDurable(true);
    const auto normal = qScopeGuard([this] { setDurable(false); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!begin())
        return false;
    QSqlQuery items(database());
    items.prepare(QStringLiteral("UPDATE items SET outcome = 'Unknown', message = ?, settled_at = ?"
                                 " WHERE job_id = ? AND outcome IS NULL"));
    QSqlQuery jobs(database());
    jobs.prepare(QStringLiteral("UPDATE jobs SET state = 'Interrupted', finished_at = ?"
                                " WHERE id = ? AND state = 'Running'"));
    const QString message
            = tr("The program ended before the server's answer was recorded: the session may or "
                 "may not have been disconnected.");
    for (qint64 id : std::as_const(dead)) {
        items.addBindValue(message);
        items.addBindValue(now.toMSecsSinceEpoch());
        items.addBindValue(id);
        jobs.addBindValue(now.toMSecsSinceEpoch());
        jobs.addBindValue(id);
        if (!items.exec() || !jobs.exec()) {
            setError(items.lastError().isValid() ? items.lastError() : jobs.lastError());
            items.finish();
            jobs.finish();
            rollback();
            return false;
        }
    }
    items.finish();
    jobs.finish();
    if (!commit()) {
        rollback();
        return false;
    }
    m_recovered = dead;
    qCWarning(lcStore) << "Interrupted jobs recovered:" << dead;
    return true;
}

bool HistoryStore::setDurable(bool full) const
{
    return exec(full ? QStringLiteral("PRAGMA synchronous = FULL")
                     : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

bool HistoryStore::begin() const
{
    // IMMEDIATE: take the write lock now (waiting up to the busy timeout), not halfway through.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool HistoryStore::commit() const
{
    return exec(QStringLiteral("COMMIT"));
}

void HistoryStore::rollback() const
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
}

bool HistoryStore::notOpen()
{
    // Say why it is not open, when an open() failed: that is what the user can fix.
    if (m_openError)
        setError(StoreError::Kind::NotOpen, m_openError.message, m_openError.detail);
    else
        setError(StoreError::Kind::NotOpen, tr("The history is not open."));
    return failWrite();
}

bool HistoryStore::failWrite()
{
    Q_EMIT writeFailed(m_error);
    return false;
}

void HistoryStore::setError(StoreError::Kind kind, const QString &message,
                            const QString &detail) const
{
    m_error = {kind, message, detail};
    qCWarning(lcStore).noquote() << "History:" << m_error.summary();
}

bool HistoryStore::setError(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(databasePath());
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryResultCode(error)) {
    case sqliteBusy:
    case 6: // SQLITE_LOCKED
        //: %1 is the database file.
        setError(StoreError::Kind::Locked,
                 tr("The history %1 is locked by another program. Let the other RRAS Console "
                    "or rrasctl finish, then try again.")
                         .arg(file),
                 detail);
        break;
    case 8: // SQLITE_READONLY
        setError(StoreError::Kind::ReadOnly,
                 tr("The history %1 is read-only. Make the file and its folder writable, or "
                    "choose another folder with --data-dir.")
                         .arg(file),
                 detail);
        break;
    case 13: // SQLITE_FULL
        setError(StoreError::Kind::DiskFull,
                 tr("The disk holding the history %1 is full. Free some space, then try again.")
                         .arg(file),
                 detail);
        break;
    case 14: // SQLITE_CANTOPEN
        setError(StoreError::Kind::CannotOpen,
                 tr("The history %1 cannot be opened. Check that the file and its folder can be "
                    "read and written, or choose another folder with --data-dir.")
                         .arg(file),
                 detail);
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        setError(StoreError::Kind::Corrupt,
                 tr("The history %1 is damaged or is not a history database. Move it aside: a "
                    "new history starts in its place.")
                         .arg(file),
                 detail);
        break;
    default:
        setError(StoreError::Kind::Other,
                 tr("The history %1 could not be read or written: %2").arg(file, detail), detail);
        break;
    }
    return false;
}

std::optional<qint64> HistoryStore::createJob(const HistoryJobInfo &info,
                                              const QList<HistorySession> &sessions,
                                              const QDateTime &startedAt)
{
    if (!isOpen()) {
        notOpen();
        return std::nullopt;
    }
    if (m_options.readOnly) {
        setError(StoreError::Kind::ReadOnly,
                 tr("The history %1 was opened read-only.")
                         .arg(QDir::toNativeSeparators(databasePath())));
        failWrite();
        return std::nullopt;
    }
    // A durable step: synced to the disk.
    setDurable(true);
    const auto normal = qScopeGuard([this] { setDurable(false); });
    if (!begin()) {
        failWrite();
        return std::nullopt;
    }
    auto fail = [this]() -> std::optional<qint64> {
        const StoreError error = m_error;
        rollback();
        m_error = error;
        failWrite();
        return std::nullopt;
    };

    QSqlQuery job(database());
    job.prepare(QStringLiteral("INSERT INTO jobs (operator, workstation, reason, source,"
                               " started_at, state) VALUES (?, ?, ?, ?, ?, 'Running')"));
    job.addBindValue(text(info.operatorName));
    job.addBindValue(text(info.workstation));
    job.addBindValue(text(info.reason));
    job.addBindValue(text(info.source));
    job.addBindValue(nowOr(startedAt).toMSecsSinceEpoch());
    if (!job.exec()) {
        setError(job.lastError());
        return fail();
    }
    const qint64 id = job.lastInsertId().toLongLong();
    job.finish();

    QSqlQuery item(database());
    item.prepare(QStringLiteral("INSERT INTO items (") + itemColumns
                 + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', 0,"
                                  " NULL)"));
    QSet<SessionKey> seen;
    int sequence = 0;
    for (const HistorySession &session : sessions) {
        if (seen.contains(session.key))
            continue; // one session, one outcome
        seen.insert(session.key);
        const Tunnel &t = session.tunnel;
        item.addBindValue(id);
        item.addBindValue(sequence++);
        item.addBindValue(text(session.key.serverId));
        item.addBindValue(
                text(session.serverName.isEmpty() ? session.key.serverId : session.serverName));
        item.addBindValue(text(session.key.address));
        item.addBindValue(text(t.userName.join(userSeparator)));
        item.addBindValue(text(t.hostName));
        item.addBindValue(text(t.clientExternalAddress));
        item.addBindValue(text(t.tunnelType));
        item.addBindValue(timeValue(t.connectionStartTime));
        item.addBindValue(qint64(t.totalBytesIn));
        item.addBindValue(qint64(t.totalBytesOut));
        if (!item.exec()) {
            setError(item.lastError());
            return fail();
        }
    }
    item.finish();

    // The lock exists before the job is visible to anyone: no other process can take a running
    // job of ours for an interrupted one.
    auto lock = std::make_shared<QLockFile>(lockPath(id));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        //: %1 is a file.
        setError(StoreError::Kind::CannotOpen,
                 tr("The lock file %1 cannot be created. Make the history folder writable, or "
                    "choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(lockPath(id))));
        return fail();
    }
    if (!commit()) {
        lock->unlock();
        return fail();
    }
    m_locks.insert(id, lock);
    qCInfo(lcStore) << "Job" << id << "recorded with" << sequence << "session(s)";
    Q_EMIT jobCreated(id);
    return id;
}

bool HistoryStore::recordOutcome(qint64 jobId, const SessionKey &key,
                                 const DisconnectOutcome &outcome, const QDateTime &at)
{
    if (!isOpen())
        return notOpen();
    // One statement: its own transaction.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE items SET outcome = ?, message = ?, code = ?, settled_at = ?"
                             " WHERE job_id = ? AND server_id = ? AND address = ?"
                             " AND outcome IS NULL"));
    q.addBindValue(outcomeName(outcome.outcome));
    q.addBindValue(text(outcome.message));
    q.addBindValue(qint64(outcome.code));
    q.addBindValue(nowOr(at).toMSecsSinceEpoch());
    q.addBindValue(jobId);
    q.addBindValue(text(key.serverId));
    q.addBindValue(text(key.address));
    if (!q.exec()) {
        setError(q.lastError());
        return failWrite();
    }
    if (q.numRowsAffected() == 0)
        qCDebug(lcStore) << "No pending session" << key.serverId << key.address << "in job"
                         << jobId;
    else
        Q_EMIT jobChanged(jobId);
    return true;
}

bool HistoryStore::recordOutcomes(qint64 jobId,
                                  const QList<std::pair<SessionKey, DisconnectOutcome>> &outcomes,
                                  const QDateTime &at)
{
    if (!isOpen())
        return notOpen();
    if (outcomes.isEmpty())
        return true;
    if (!begin())
        return failWrite();
    const qint64 settledAt = nowOr(at).toMSecsSinceEpoch();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE items SET outcome = ?, message = ?, code = ?, settled_at = ?"
                             " WHERE job_id = ? AND server_id = ? AND address = ?"
                             " AND outcome IS NULL"));
    int changed = 0;
    for (const auto &[key, outcome] : outcomes) {
        q.bindValue(0, outcomeName(outcome.outcome));
        q.bindValue(1, text(outcome.message));
        q.bindValue(2, qint64(outcome.code));
        q.bindValue(3, settledAt);
        q.bindValue(4, jobId);
        q.bindValue(5, text(key.serverId));
        q.bindValue(6, text(key.address));
        if (!q.exec()) {
            setError(q.lastError());
            q.finish();
            const StoreError error = m_error;
            rollback();
            m_error = error;
            return failWrite();
        }
        if (q.numRowsAffected() == 0)
            qCDebug(lcStore) << "No pending session" << key.serverId << key.address << "in job"
                             << jobId;
        else
            ++changed;
    }
    q.finish();
    if (!commit()) {
        const StoreError error = m_error;
        rollback();
        m_error = error;
        return failWrite();
    }
    if (changed > 0)
        Q_EMIT jobChanged(jobId);
    return true;
}

bool HistoryStore::finishJob(qint64 jobId, const QDateTime &at)
{
    if (!isOpen())
        return notOpen();
    // A durable step: synced to the disk.
    setDurable(true);
    const auto normal = qScopeGuard([this] { setDurable(false); });
    const qint64 now = nowOr(at).toMSecsSinceEpoch();
    if (!begin())
        return failWrite();
    QSqlQuery items(database());
    items.prepare(QStringLiteral("UPDATE items SET outcome = 'Unknown', message = ?, settled_at = ?"
                                 " WHERE job_id = ? AND outcome IS NULL"));
    items.addBindValue(tr("No outcome was reported for this session."));
    items.addBindValue(now);
    items.addBindValue(jobId);
    QSqlQuery job(database());
    job.prepare(QStringLiteral("UPDATE jobs SET state = 'Finished', finished_at = ? WHERE id = ?"));
    job.addBindValue(now);
    job.addBindValue(jobId);
    if (!items.exec() || !job.exec()) {
        setError(items.lastError().isValid() ? items.lastError() : job.lastError());
        items.finish();
        job.finish();
        const StoreError error = m_error;
        rollback();
        m_error = error;
        return failWrite();
    }
    items.finish();
    job.finish();
    if (!commit()) {
        const StoreError error = m_error;
        rollback();
        m_error = error;
        return failWrite();
    }
    m_locks.remove(jobId); // unlocks
    Q_EMIT jobChanged(jobId);
    return true;
}

QList<HistoryJob> HistoryStore::loadJobs(const QString &where, const QVariantList &bindings) const
{
    QList<HistoryJob> result;
    if (!isOpen()) {
        setError(StoreError::Kind::NotOpen, tr("The history is not open."));
        return result;
    }
    auto prepare = [this, &bindings](QSqlQuery &q, const QString &sql) {
        if (!q.prepare(sql))
            return setError(q.lastError());
        for (const QVariant &value : bindings)
            q.addBindValue(value);
        if (!q.exec())
            return setError(q.lastError());
        return true;
    };
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery q(database());
        if (!prepare(q,
                     QStringLiteral("SELECT j.id, j.operator, j.workstation, j.reason, j.source,"
                                    " j.started_at, j.finished_at, j.state FROM jobs j WHERE ")
                             + where + QStringLiteral(" ORDER BY j.started_at DESC, j.id DESC")))
            return {};
        while (q.next()) {
            HistoryJob job;
            job.id = q.value(0).toLongLong();
            job.info.operatorName = q.value(1).toString();
            job.info.workstation = q.value(2).toString();
            job.info.reason = q.value(3).toString();
            job.info.source = q.value(4).toString();
            job.startedAt = timeFrom(q.value(5));
            job.finishedAt = timeFrom(q.value(6));
            job.state = historyJobStateFromName(q.value(7).toString())
                                .value_or(HistoryJobState::Running);
            index.insert(job.id, result.size());
            result.append(job);
        }
    }
    if (result.isEmpty())
        return result;
    {
        QSqlQuery q(database());
        if (!prepare(q,
                     QStringLiteral("SELECT i.job_id, i.outcome, COUNT(*) FROM items i"
                                    " JOIN jobs j ON j.id = i.job_id WHERE ")
                             + where + QStringLiteral(" GROUP BY i.job_id, i.outcome")))
            return {};
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            HistoryCounts &counts = result[*it].counts;
            const int n = q.value(2).toInt();
            if (q.value(1).isNull()) {
                counts.pending += n;
            } else if (const auto kind = outcomeFromName(q.value(1).toString())) {
                counts.perOutcome.at(size_t(*kind)) += n;
            } else {
                // A name from a newer version: not known here, so not known.
                counts.perOutcome.at(size_t(DisconnectOutcomeKind::Unknown)) += n;
            }
        }
    }
    {
        QSqlQuery q(database());
        if (!prepare(q,
                     QStringLiteral("SELECT i.job_id, i.server_name, i.server_id, MIN(i.seq) AS"
                                    " first FROM items i JOIN jobs j ON j.id = i.job_id WHERE ")
                             + where
                             + QStringLiteral(" GROUP BY i.job_id, i.server_id"
                                              " ORDER BY i.job_id, first")))
            return {};
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            const QString name = q.value(1).toString();
            const QString server = name.isEmpty() ? q.value(2).toString() : name;
            // rrasctl records an address that no server lists (or an invalid one, with several
            // servers) under no server: it names none.
            if (!server.isEmpty())
                result[*it].servers.append(server);
        }
    }
    return result;
}

std::optional<HistoryJob> HistoryStore::job(qint64 id) const
{
    m_error = {};
    const QList<HistoryJob> found = loadJobs(QStringLiteral("j.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<HistoryJob> HistoryStore::jobs(const HistoryFilter &filter) const
{
    m_error = {};
    QStringList conditions{QStringLiteral("1")};
    QVariantList bindings;
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("j.started_at >= ?"));
        bindings.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("j.started_at < ?"));
        bindings.append(filter.to.toMSecsSinceEpoch());
    }
    QList<HistoryJob> candidates = loadJobs(conditions.join(QStringLiteral(" AND ")), bindings);
    // Text matching in C++, with the same rules as the History view's filter (SQLite's LIKE
    // folds ASCII only).
    candidates.removeIf([&filter](const HistoryJob &job) { return !filter.matchesJob(job); });
    if (!filter.hasItemCriteria() || candidates.isEmpty())
        return candidates;
    QList<qint64> ids;
    ids.reserve(candidates.size());
    for (const HistoryJob &job : std::as_const(candidates))
        ids.append(job.id);
    const QHash<qint64, QList<HistoryItem>> items = this->items(ids);
    candidates.removeIf([&filter, &items](const HistoryJob &job) {
        return !filter.matches(job, items.value(job.id));
    });
    return candidates;
}

QList<HistoryItem> HistoryStore::items(qint64 jobId) const
{
    return items(QList<qint64>{jobId}).value(jobId);
}

QHash<qint64, QList<HistoryItem>> HistoryStore::items(const QList<qint64> &jobIds) const
{
    m_error = {};
    QHash<qint64, QList<HistoryItem>> result;
    if (!isOpen()) {
        setError(StoreError::Kind::NotOpen, tr("The history is not open."));
        return result;
    }
    // SQLite takes a bounded number of parameters per statement.
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < jobIds.size(); start += chunk) {
        const QList<qint64> part = jobIds.mid(start, chunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT ") + itemColumns
                       + QStringLiteral(" FROM items WHERE job_id IN (") + marks.join(u',')
                       + QStringLiteral(") ORDER BY job_id, seq"))) {
            setError(q.lastError());
            return {};
        }
        for (qint64 id : part)
            q.addBindValue(id);
        if (!q.exec()) {
            setError(q.lastError());
            return {};
        }
        while (q.next()) {
            HistoryItem item = itemFrom(q);
            result[item.jobId].append(std::move(item));
        }
    }
    return result;
}
