#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// How to reach one RRAS server. No secret lives here: the password comes from the keychain or the
// user, and is handed to ServerSet separately.
struct ServerProfile
{
    // How the client proves who it is. Whether this build can use a method, and the
    // authenticator for it, come from serverconnection.h.
    enum class AuthMethod { Negotiate, Kerberos, Ntlm, Basic };

    QString id;   // stable across renames
    QString name; // what the user sees
    QUrl url;     // http(s)://host:5985|5986/wsman
    QString user; // DOMAIN\user or user@realm; empty = no credentials
    AuthMethod authMethod = AuthMethod::Basic;
    bool rememberPassword = false; // the password is kept in the OS keychain under `id`
    bool allowUnencrypted = false; // Basic over plain http (explicit opt-in)
    QString computerName; // RRAS server to target when the WinRM host is a management server
    int pollIntervalMs = 5000;
    int maxEnvelopeKb = 500;
    int operationTimeoutMs = 60000;
    QList<QSslCertificate> caCertificates;
    QByteArray pinnedSha256;

    bool operator==(const ServerProfile &) const = default;
};
