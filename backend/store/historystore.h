#pragma once

#include "historytypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QLockFile;
class QSqlDatabase;
class QSqlError;

// Why the history could not be read or written, in words a user can act on.
struct StoreError
{
    enum class Kind {
        None,
        CannotOpen,  // the folder or file cannot be created or opened
        ReadOnly,    // the file, its folder or the file system is read-only
        Locked,      // another program holds a lock on the database longer than we wait
        DiskFull,    // the disk (or the configured size limit) is full
        Corrupt,     // not a database, or a damaged one
        NewerSchema, // written by a newer version of RRAS Console
        NotOpen,     // used before open() succeeded
        Other,
    };
    Kind kind = Kind::None;
    QString message; // a sentence with the fix, translated
    QString detail;  // the database driver's own words, for the log and the details

    explicit operator bool() const { return kind != Kind::None; }
    // message and detail in one line.
    QString summary() const;
};

// The disconnect history in SQLite (Qt SQL, QSQLITE), product.md point 5.
//
// One file, history.sqlite, in the data folder: the console's QStandardPaths::AppDataLocation by
// default (rrasctl uses the same one), or a folder given with --data-dir. WAL mode, one
// transaction per step: createJob() commits the job and every session before the caller sends
// anything; recordOutcome() commits each outcome as it arrives (recordOutcomes() a burst of them);
// finishJob() closes the job. Creating and finishing a job are synced to the disk (synchronous
// FULL: they survive a power cut); an outcome is committed with synchronous NORMAL, which survives
// any crash of the program but not of the machine. A thousand FULL commits take seconds on a laptop
// disk and would stall the window while a large job settles; an outcome lost to a power cut shows
// as Unknown. PRAGMA user_version holds the schema version; open() migrates older files step by
// step and refuses newer ones.
//
// A running job is tied to its process by a lock file (QLockFile, history-job-<id>.lock) held
// until finishJob() or close(). open() recovers jobs whose process is gone: they become
// Interrupted and their unresolved sessions Unknown. Jobs of live processes (another console,
// a running rrasctl) are left alone.
//
// Every failure is a StoreError (lastError()), never an exception, a crash or a silent loss.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)
public:
    struct Options
    {
        bool readOnly = false;       // reading only: no migration, no recovery, no writes
        int busyTimeoutMs = 5000;    // how long to wait for another writer before Locked
        qint64 maximumSizeBytes = 0; // 0: no limit; else writes beyond it fail as DiskFull
    };

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override; // close()

    static constexpr int currentSchemaVersion = 2;
    static QString databaseFileName(); // "history.sqlite"
    // The console's AppDataLocation, whichever program asks.
    static QString defaultDirectory();
    // Who and where, for a job's record.
    static QString osUserName();
    static QString workstationName();

    // Creates `directory` if needed, opens or creates the database, migrates it, and recovers
    // interrupted jobs (unless read-only). false with lastError() set when any step fails.
    bool open(const QString &directory, const Options &options);
    bool open(const QString &directory) { return open(directory, Options{}); }
    // Running jobs stay Running in the file and their locks are released: the next open()
    // recovers them as Interrupted.
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_options.readOnly; }
    QString directory() const { return m_directory; }
    QString databasePath() const;
    int schemaVersionOnDisk() const { return m_schemaVersion; }
    // The jobs the last open() found interrupted.
    QList<qint64> recoveredJobs() const { return m_recovered; }
    const StoreError &lastError() const { return m_error; }

    // Writes. Each is one transaction; on failure nothing of it is in the file.
    // Records a job and its sessions, in order, as Running. The id, or nullopt.
    std::optional<qint64> createJob(const HistoryJobInfo &info,
                                    const QList<HistorySession> &sessions,
                                    const QDateTime &startedAt = {});
    // The outcome of the session `key` of a running job. A session that already has one keeps it.
    bool recordOutcome(qint64 jobId, const SessionKey &key, const DisconnectOutcome &outcome,
                       const QDateTime &at = {});
    // The outcomes of several sessions of a running job in one transaction: a burst of outcomes
    // (one server's reply) costs one commit, not one per session. The same rules per session as
    // recordOutcome(); on failure none of them is in the file.
    bool recordOutcomes(qint64 jobId,
                        const QList<std::pair<SessionKey, DisconnectOutcome>> &outcomes,
                        const QDateTime &at = {});
    // Every session still without an outcome becomes Unknown; the job Finished.
    bool finishJob(qint64 jobId, const QDateTime &at = {});

    // Reads. On failure an empty result and lastError() set.
    std::optional<HistoryJob> job(qint64 id) const;
    // Newest first.
    QList<HistoryJob> jobs(const HistoryFilter &filter = {}) const;
    // A job's sessions in their order.
    QList<HistoryItem> items(qint64 jobId) const;
    // The sessions of several jobs, per job (one query).
    QHash<qint64, QList<HistoryItem>> items(const QList<qint64> &jobIds) const;

Q_SIGNALS:
    void jobCreated(qint64 jobId);
    // An outcome was recorded, or the job finished.
    void jobChanged(qint64 jobId);
    // A write failed (also in lastError()).
    void writeFailed(const StoreError &error);

private:
    bool openDatabase(const QString &directory, const Options &options);
    QSqlDatabase database() const;
    bool exec(const QString &sql) const;
    bool configure();
    bool migrate();
    bool recover();
    bool setDurable(bool full) const;
    bool begin() const;
    bool commit() const;
    void rollback() const;
    bool setError(const QSqlError &error) const;
    void setError(StoreError::Kind kind, const QString &message, const QString &detail = {}) const;
    bool failWrite();
    bool notOpen();
    QString lockPath(qint64 jobId) const;
    QList<HistoryJob> loadJobs(const QString &where, const QVariantList &bindings) const;

    QString m_connection;
    QString m_directory;
    Options m_options;
    int m_schemaVersion = 0;
    QList<qint64> m_recovered;
    QHash<qint64, std::shared_ptr<QLockFile>> m_locks; // the running jobs of this process
    mutable StoreError m_error;
    StoreError m_openError; // why the last open() failed: the reason a write cannot be done
};

Q_DECLARE_METATYPE(StoreError)
