#pragma once

#include <QObject>
#include <QString>

// Passwords in the OS keychain (Secret Service on Linux, Credential Manager on Windows, Keychain
// on macOS) through QtKeychain. Every operation is a job that reports once through finished() and
// then deletes itself; nothing here blocks or spins an event loop. Passwords are never logged.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)
public:
    enum class Operation { Read, Write, Delete };
    enum class Status {
        Ok,
        NotFound,    // nothing stored under the key (a delete of nothing is Ok)
        Unavailable, // no keychain on this system, or it could not be reached
        Denied,      // the user or the system refused access
        Failed,      // anything else; errorString() has the keychain's words
    };
    Q_ENUM(Status)

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    // Read: the password when status() is Ok.
    QString password() const { return m_password; }

    // A sentence for the user about a failure (what happened, and that the password is then kept
    // for this session only); empty when status() is Ok.
    QString userMessage() const;

Q_SIGNALS:
    void finished(CredentialJob *job);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, QString key, QObject *parent);
    void complete(Status status, QString errorString, QString password = {});

    Operation m_operation;
    QString m_key;
    bool m_finished = false;
    Status m_status = Status::Failed;
    QString m_errorString;
    QString m_password;
};

class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    // `service` names this application's entries in the keychain.
    explicit CredentialStore(QString service = QStringLiteral("rras-console"),
                             QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    // Each starts at once; connect to the job's finished() right away (it is emitted on a later
    // event-loop turn at the earliest). The job is parented to the store and deletes itself after
    // finished().
    CredentialJob *readPassword(const QString &key);
    CredentialJob *writePassword(const QString &key, const QString &password);
    CredentialJob *deletePassword(const QString &key);

    // What the last finished job taught about the keychain: false once one found no keychain.
    // Starts true (unknown yet); a later success sets it back.
    bool isAvailable() const { return m_available; }

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    CredentialJob *start(CredentialJob::Operation operation, const QString &key,
                         const QString &password);
    void noteStatus(CredentialJob::Status status);

    QString m_service;
    bool m_available = true;
};
