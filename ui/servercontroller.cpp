#include "servercontroller.h"

#include "auth/credentialstore.h"
#include "rras/profilestore.h"
#include "rras/serverset.h"
#include "serverdialog.h"
#include "tls/certificatedialog.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace {
// A server list is small; anything far larger is not one.
constexpr qint64 maxImportBytes = 4 * 1024 * 1024;
} // namespace

ServerController::ServerController(ServerSet *servers, QSettings *settings,
                                   CredentialStore *credentials, QWidget *window, bool persist,
                                   QObject *parent)
    : QObject(parent),
      m_servers(servers),
      m_settings(settings),
      m_credentials(credentials),
      m_window(window),
      m_persist(persist),
      m_store(std::make_unique<ProfileStore>(settings)),
      m_testNam(new QNetworkAccessManager(this))
{
    connect(m_servers, &ServerSet::serverAdded, this, &ServerController::onServerAdded);
    for (const QString &id : m_servers->ids())
        onServerAdded(id);
}

ServerController::~ServerController() = default;

int ServerController::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return int(i);
    }
    return -1;
}

void ServerController::loadServers()
{
    if (!m_persist)
        return;
    const QList<ServerProfile> saved = m_store->load();
    for (const ServerProfile &p : saved) {
        if (indexOf(p.id) >= 0 || m_servers->contains(p.id))
            continue;
        m_profiles.append(p);
        const bool needsKeychain = p.rememberPassword && !p.user.isEmpty();
        m_pending.append({p, !needsKeychain});
        if (!needsKeychain) {
            if (!p.user.isEmpty())
                //: %1 is a server name
                Q_EMIT message(tr("%1 has no saved password: edit the server to enter it for "
                                  "this session.")
                                       .arg(p.name));
            continue;
        }
        CredentialJob *job = m_credentials->readPassword(p.id);
        connect(job, &CredentialJob::finished, this,
                [this, id = p.id, name = p.name](CredentialJob *done) {
                    if (done->status() == CredentialJob::Status::Ok)
                        m_passwords.insert(id, done->password());
                    else
                        reportKeychain(done, name);
                    for (Pending &pending : m_pending) {
                        if (pending.profile.id == id)
                            pending.resolved = true;
                    }
                    addResolvedServers();
                });
    }
    addResolvedServers();
    Q_EMIT profilesChanged();
}

void ServerController::addResolvedServers()
{
    // In saved order: a slow keychain read holds back the servers after it, not before.
    while (!m_pending.isEmpty() && m_pending.constFirst().resolved) {
        const Pending pending = m_pending.takeFirst();
        // The profile may have changed meanwhile (an import); the current one wins.
        const int index = indexOf(pending.profile.id);
        if (index >= 0)
            apply(m_profiles.at(index));
    }
}

void ServerController::reportKeychain(const CredentialJob *job, const QString &serverName)
{
    if (job->status() == CredentialJob::Status::NotFound) {
        //: %1 is a server name
        Q_EMIT message(tr("No password for %1 in the keychain: edit the server to enter it.")
                               .arg(serverName));
        return;
    }
    const QString text = job->userMessage();
    if (job->status() == CredentialJob::Status::Unavailable) {
        // Said once, not once per server.
        if (m_keychainProblem == text)
            return;
        m_keychainProblem = text;
    }
    Q_EMIT message(text);
}

void ServerController::apply(const ServerProfile &profile)
{
    m_servers->addServer(profile, m_passwords.value(profile.id));
}

void ServerController::upsert(const ServerProfile &profile)
{
    const int index = indexOf(profile.id);
    if (index >= 0)
        m_profiles[index] = profile;
    else
        m_profiles.append(profile);
}

void ServerController::save()
{
    if (m_persist)
        m_store->save(m_profiles);
    Q_EMIT profilesChanged();
}

void ServerController::addServer()
{
    ServerProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    openDialog(profile, true);
}

void ServerController::editServer(const QString &id)
{
    if (!m_servers->contains(id))
        return;
    const int index = indexOf(id);
    openDialog(index >= 0 ? m_profiles.at(index) : m_servers->profile(id), false);
}

void ServerController::openDialog(const ServerProfile &profile, bool isNew)
{
    auto *dialog = new ServerDialog(profile, m_testNam, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList others;
    for (const QString &id : m_servers->ids()) {
        if (id != profile.id)
            others.append(m_servers->profile(id).name);
    }
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.profile.id != profile.id)
            others.append(pending.profile.name);
    }
    dialog->setOtherNames(others);
    if (m_passwords.contains(profile.id))
        dialog->setKnownPassword(m_passwords.value(profile.id),
                                 profile.rememberPassword && m_persist
                                         ? ServerDialog::KnownPassword::Keychain
                                         : ServerDialog::KnownPassword::Session);
    if (!m_persist)
        dialog->setKeychainUnavailable(tr("Nothing is saved in demo mode: the password is kept "
                                          "for this session only."));
    else if (!m_credentials->isAvailable())
        dialog->setKeychainUnavailable(m_keychainProblem.isEmpty()
                                               ? tr("No keychain is available: the password is "
                                                    "kept for this session only.")
                                               : m_keychainProblem);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        accepted(dialog->profile(), dialog->passwordEntered() ? dialog->password() : QString(),
                 isNew);
    });
    dialog->open();
}

void ServerController::accepted(const ServerProfile &edited, const QString &typedPassword,
                                bool isNew)
{
    const int index = indexOf(edited.id);
    const ServerProfile old = index >= 0 ? m_profiles.at(index) : m_servers->profile(edited.id);
    ServerProfile profile = edited;
    if (!typedPassword.isEmpty())
        m_passwords.insert(profile.id, typedPassword);
    if (profile.user.isEmpty())
        m_passwords.remove(profile.id);
    upsert(profile);
    save();

    if (m_persist && !isNew && old.rememberPassword && !profile.rememberPassword)
        m_credentials->deletePassword(profile.id);
    if (m_persist && profile.rememberPassword && m_passwords.contains(profile.id)
        && (!typedPassword.isEmpty() || !old.rememberPassword))
        storePassword(profile, m_passwords.value(profile.id));

    // An edit is a new start: a certificate refused before may be shown again.
    m_declined.remove(profile.id);
    apply(profile);
}

void ServerController::storePassword(const ServerProfile &profile, const QString &password)
{
    CredentialJob *job = m_credentials->writePassword(profile.id, password);
    connect(job, &CredentialJob::finished, this, [this, name = profile.name](CredentialJob *done) {
        if (done->status() != CredentialJob::Status::Ok)
            reportKeychain(done, name);
    });
}

void ServerController::removeServer(const QString &id)
{
    m_servers->removeServer(id);
    const int index = indexOf(id);
    const bool remembered = index >= 0 && m_profiles.at(index).rememberPassword;
    if (index >= 0)
        m_profiles.removeAt(index);
    m_pending.removeIf([&id](const Pending &p) { return p.profile.id == id; });
    m_passwords.remove(id);
    m_declined.remove(id);
    m_certificateQueue.removeIf([&id](const CertificatePrompt &p) { return p.id == id; });
    if (m_certificateDialog && m_certificateDialogId == id)
        m_certificateDialog->reject();
    save();
    if (m_persist && remembered)
        m_credentials->deletePassword(id);
    addResolvedServers();
}

bool ServerController::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxImportBytes) {
        *error = tr("%1 is too large to be a server list.").arg(path);
        return false;
    }
    const QList<ServerProfile> imported = ProfileStore::fromJson(file.read(maxImportBytes), error);
    if (imported.isEmpty()) {
        if (error->isEmpty())
            *error = tr("%1 lists no servers.").arg(path);
        return false;
    }
    int needPassword = 0;
    for (const ServerProfile &p : imported) {
        upsert(p);
        m_declined.remove(p.id);
        apply(p);
        if (p.user.isEmpty() || m_passwords.contains(p.id))
            continue;
        if (m_persist && p.rememberPassword) {
            // Exported on this computer: its keychain may still hold the password.
            CredentialJob *job = m_credentials->readPassword(p.id);
            connect(job, &CredentialJob::finished, this, [this, id = p.id](CredentialJob *done) {
                const int index = indexOf(id);
                if (done->status() == CredentialJob::Status::Ok && index >= 0) {
                    m_passwords.insert(id, done->password());
                    apply(m_profiles.at(index));
                }
            });
        } else {
            ++needPassword;
        }
    }
    save();
    //: %n servers were imported
    QString text = tr("Imported %n server(s).", nullptr, int(imported.size()));
    if (needPassword > 0)
        text += QLatin1Char(' ')
                + tr("%n server(s) without a password: edit to enter it.", nullptr, needPassword);
    Q_EMIT message(text);
    error->clear();
    return true;
}

bool ServerController::exportFile(const QString &path, QString *error) const
{
    QList<ServerProfile> profiles = m_profiles;
    if (!m_persist) {
        profiles.clear();
        for (const QString &id : m_servers->ids())
            profiles.append(m_servers->profile(id));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(ProfileStore::toJson(profiles));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    error->clear();
    return true;
}

void ServerController::importServers()
{
    auto *dialog
            = new QFileDialog(m_window, tr("Import Servers"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("Server lists (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!importFile(path, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Servers"), error,
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void ServerController::exportServers()
{
    auto *dialog
            = new QFileDialog(m_window, tr("Export Servers"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                      + QStringLiteral("/rras-servers.json"),
                              tr("Server lists (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportFile(path, &error)) {
            //: %1 is a file path
            Q_EMIT message(tr("Servers exported to %1 (without passwords).").arg(path));
        } else {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Servers"), error,
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void ServerController::onServerAdded(const QString &id)
{
    if (ServerPoller *poller = m_servers->poller(id)) {
        connect(poller, &ServerPoller::pollFailed, this, &ServerController::onPollFailed,
                Qt::UniqueConnection);
    }
}

void ServerController::onPollFailed(const QString &id, const WsmanError &error)
{
    if (error.kind != WsmanError::Kind::Tls || error.certificateSha256.isEmpty())
        return;
    if (m_declined.value(id) == error.certificateSha256)
        return;
    if (m_certificateDialog && m_certificateDialogId == id)
        return;
    for (const CertificatePrompt &queued : std::as_const(m_certificateQueue)) {
        if (queued.id == id)
            return;
    }
    m_certificateQueue.append({id, error});
    showNextCertificatePrompt();
}

void ServerController::showNextCertificatePrompt()
{
    // One prompt at a time: several servers may fail at once.
    if (m_certificateDialog)
        return;
    while (!m_certificateQueue.isEmpty()) {
        const CertificatePrompt prompt = m_certificateQueue.takeFirst();
        if (!m_servers->contains(prompt.id))
            continue;
        const ServerProfile profile = m_servers->profile(prompt.id);
        const WsmanError &error = prompt.error;
        auto *dialog = new CertificateDialog(error.pinMismatch ? CertificateDialog::Mode::Changed
                                                               : CertificateDialog::Mode::Untrusted,
                                             profile.name, profile.url, error.peerCertificates,
                                             error.certificateSha256, error.detail,
                                             profile.pinnedSha256, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_certificateDialog = dialog;
        m_certificateDialogId = prompt.id;
        connect(dialog, &QDialog::finished, this, [this, dialog, prompt](int result) {
            m_certificateDialog = nullptr;
            m_certificateDialogId.clear();
            if (result == QDialog::Accepted && m_servers->contains(prompt.id)) {
                const int index = indexOf(prompt.id);
                ServerProfile pinned
                        = index >= 0 ? m_profiles.at(index) : m_servers->profile(prompt.id);
                pinned.pinnedSha256 = dialog->sha256();
                upsert(pinned);
                save();
                m_declined.remove(prompt.id);
                apply(pinned);
            } else {
                m_declined.insert(prompt.id, prompt.error.certificateSha256);
                //: %1 is a server name
                Q_EMIT message(tr("%1: certificate not trusted; the server stays refused. Edit "
                                  "the server to review it again.")
                                       .arg(m_servers->profile(prompt.id).name));
            }
            QTimer::singleShot(0, this, &ServerController::showNextCertificatePrompt);
        });
        dialog->open();
        return;
    }
}
