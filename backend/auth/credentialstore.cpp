#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

#ifdef QT_DBUS_LIB
#    include <QDBusConnection>
#endif

Q_LOGGING_CATEGORY(lcCredentials, "rras.auth.keychain")

namespace {

CredentialJob::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialJob::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialJob::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialJob::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialJob::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialJob::Status::Failed;
}

// QtKeychain reports a Secret Service that cannot be reached (no session bus, no keyring daemon)
// as OtherError; for the user that is "no keychain".
bool secretServiceUnreachable(const QString &errorString)
{
#ifdef QT_DBUS_LIB
    if (!QDBusConnection::sessionBus().isConnected())
        return true;
    return errorString.contains(QLatin1String("org.freedesktop.secrets"));
#else
    Q_UNUSED(errorString);
    return false;
#endif
}

} // namespace

CredentialJob::CredentialJob(Operation operation, QString key, QObject *parent)
    : QObject(parent), m_operation(operation), m_key(std::move(key))
{ }

void CredentialJob::complete(Status status, QString errorString, QString password)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_errorString = std::move(errorString);
    m_password = std::move(password);
    Q_EMIT finished(this);
    deleteLater();
}

QString CredentialJob::userMessage() const
{
    switch (m_status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No password is stored in the keychain for this server.");
    case Status::Unavailable:
        return tr("No keychain is available on this system (%1): the password is kept for this "
                  "session only and must be entered again next time.")
                .arg(m_errorString);
    case Status::Denied:
        return tr("Access to the keychain was refused (%1): the password is kept for this session "
                  "only.")
                .arg(m_errorString);
    case Status::Failed:
        return tr("The keychain reported an error (%1): the password is kept for this session "
                  "only.")
                .arg(m_errorString);
    }
    return {};
}

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{ }

CredentialStore::~CredentialStore() = default;

CredentialJob *CredentialStore::readPassword(const QString &key)
{
    return start(CredentialJob::Operation::Read, key, {});
}

CredentialJob *CredentialStore::writePassword(const QString &key, const QString &password)
{
    return start(CredentialJob::Operation::Write, key, password);
}

CredentialJob *CredentialStore::deletePassword(const QString &key)
{
    return start(CredentialJob::Operation::Delete, key, {});
}

CredentialJob *CredentialStore::start(CredentialJob::Operation operation, const QString &key,
                                      const QString &password)
{
    auto *job = new CredentialJob(operation, key, this);
    QKeychain::Job *kjob = nullptr;
    switch (operation) {
    case CredentialJob::Operation::Read:
        kjob = new QKeychain::ReadPasswordJob(m_service, job);
        break;
    case CredentialJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, job);
        write->setTextData(password);
        kjob = write;
        break;
    }
    case CredentialJob::Operation::Delete:
        kjob = new QKeychain::DeletePasswordJob(m_service, job);
        break;
    }
    // The job is the child of ours and goes with it; never a plaintext file as a fallback.
    kjob->setAutoDelete(false);
    kjob->setInsecureFallback(false);
    kjob->setKey(key);
    connect(kjob, &QKeychain::Job::finished, job, [this, job, operation](QKeychain::Job *done) {
        CredentialJob::Status status = statusFor(done->error());
        if (done->error() == QKeychain::OtherError && secretServiceUnreachable(done->errorString()))
            status = CredentialJob::Status::Unavailable;
        // Deleting what is not there leaves the keychain as asked.
        if (operation == CredentialJob::Operation::Delete
            && status == CredentialJob::Status::NotFound)
            status = CredentialJob::Status::Ok;
        QString secret;
        if (status == CredentialJob::Status::Ok && operation == CredentialJob::Operation::Read)
            secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        noteStatus(status);
        qCDebug(lcCredentials) << "keychain job" << int(operation) << "for" << job->key()
                               << "finished:" << status << done->errorString();
        job->complete(status, done->error() == QKeychain::NoError ? QString() : done->errorString(),
                      secret);
    });
    kjob->start();
    return job;
}

void CredentialStore::noteStatus(CredentialJob::Status status)
{
    bool available = m_available;
    if (status == CredentialJob::Status::Unavailable)
        available = false;
    else if (status == CredentialJob::Status::Ok || status == CredentialJob::Status::NotFound)
        available = true;
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}
