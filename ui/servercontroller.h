#pragma once

#include "rras/serverprofile.h"
#include "tls/certificatedialog.h"
#include "wsman/wsmanerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class CredentialJob;
class CredentialStore;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class QWidget;
class ServerSet;

// The console's servers as the user manages them: the saved profiles (ProfileStore, no secret),
// their passwords (the keychain when the user asked for it, else memory for this session), the
// server dialog, import and export, and the certificate prompt when a server's TLS certificate is
// not trusted or not the pinned one. ServerSet runs what this keeps.
class ServerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerController)
public:
    // `servers`, `settings` and `credentials` are not owned and must outlive the controller.
    // `window` parents the dialogs. With `persist` false (--demo) nothing is saved or read, and
    // the keychain is not touched.
    ServerController(ServerSet *servers, QSettings *settings, CredentialStore *credentials,
                     QWidget *window, bool persist, QObject *parent = nullptr);
    ~ServerController() override;

    // Adds the saved servers, in their order. Passwords come from the keychain asynchronously:
    // a server is added once its own password (and those of the servers before it) is known.
    void loadServers();
    bool isLoading() const { return !m_pending.isEmpty(); }

    // The dialogs; they open window-modal and act when accepted.
    void addServer();
    void editServer(const QString &id);
    // Stops watching the server, forgets its profile and deletes its keychain entry.
    void removeServer(const QString &id);
    void importServers(); // a file dialog, then importFile()
    void exportServers(); // a file dialog, then exportFile()

    // The profiles of a JSON file are added (a known id replaces that server). False with *error
    // set when the file cannot be read or is not a server list; nothing changes then.
    bool importFile(const QString &path, QString *error);
    // Writes every profile (no password) atomically.
    bool exportFile(const QString &path, QString *error) const;

    QList<ServerProfile> profiles() const { return m_profiles; }
    // Whether a password is known for the server in memory (from the keychain or typed).
    bool hasPassword(const QString &id) const { return m_passwords.contains(id); }
    // The certificate prompt shown for a server right now, if any.
    CertificateDialog *certificateDialog() const { return m_certificateDialog; }

Q_SIGNALS:
    // Something the user should know that needs no decision (the keychain is unavailable, a
    // password could not be stored, a certificate is refused): for the status bar.
    void message(const QString &text);
    void profilesChanged();

private:
    struct Pending
    {
        ServerProfile profile;
        bool resolved = false;
    };
    void openDialog(const ServerProfile &profile, bool isNew);
    void accepted(const ServerProfile &profile, const QString &typedPassword, bool isNew);
    void upsert(const ServerProfile &profile);
    void save();
    void apply(const ServerProfile &profile); // (re)starts the server with its password
    void addResolvedServers();
    void onServerAdded(const QString &id);
    void onPollFailed(const QString &id, const WsmanError &error);
    void showNextCertificatePrompt();
    void storePassword(const ServerProfile &profile, const QString &password);
    void reportKeychain(const CredentialJob *job, const QString &serverName);
    int indexOf(const QString &id) const;

    ServerSet *m_servers;
    QSettings *m_settings;
    CredentialStore *m_credentials;
    QWidget *m_window;
    bool m_persist;
    std::unique_ptr<ProfileStore> m_store;
    QNetworkAccessManager *m_testNam; // for "Test connection"

    QList<ServerProfile> m_profiles;     // what is saved, in order
    QHash<QString, QString> m_passwords; // in memory only, never written anywhere but the keychain
    QList<Pending> m_pending;            // saved servers waiting for their keychain read
    QString m_keychainProblem;           // why the keychain could not be used, once known

    struct CertificatePrompt
    {
        QString id;
        WsmanError error;
    };
    QList<CertificatePrompt> m_certificateQueue;
    QPointer<CertificateDialog> m_certificateDialog;
    QString m_certificateDialogId;
    QHash<QString, QByteArray> m_declined; // id -> digest the user refused to trust
};
