#pragma once

#include "serverprofile.h"
#include "wsman/wsmanclient.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

class Authenticator;

// From a ServerProfile to what a WsmanClient needs. The console (ServerSet, the server dialog's
// "Test connection") and rrasctl --profile all go through here, so that one profile means the
// same connection everywhere.

// The endpoint a profile describes: URL, envelope size, timeouts, extra anchors and the pin.
WsmanEndpoint profileEndpoint(const ServerProfile &profile);

// Whether this build can authenticate with `method`. When not, *reason (if given) says why in
// words for the user. Enabling a method is one line here plus its case in
// createProfileAuthenticator().
bool isAuthMethodAvailable(ServerProfile::AuthMethod method, QString *reason = nullptr);

// The authenticator for a profile and its password; null when its method is not available in
// this build, or it is Basic or NTLM without a user (no credentials are sent). Negotiate and
// Kerberos without a user use the Kerberos ticket of whoever runs the program.
std::unique_ptr<Authenticator> createProfileAuthenticator(const ServerProfile &profile,
                                                          const QString &password);

// Stable names for settings, JSON and the command line: "negotiate", "kerberos", "ntlm", "basic".
QString authMethodKey(ServerProfile::AuthMethod method);
std::optional<ServerProfile::AuthMethod> authMethodFromKey(QStringView key);
// What the user sees: "Negotiate (Kerberos or NTLM)", "Kerberos", "NTLM", "Basic".
QString authMethodDisplayName(ServerProfile::AuthMethod method);

// True when traffic to this server can be read on the network: plain http without message
// sealing (Basic, or NTLM without a user, which sends nothing).
bool isProfileUnencrypted(const ServerProfile &profile);

// A SHA-256 fingerprint for people: "AB:CD:…" (upper-case hex, colons).
QString formatSha256Fingerprint(const QByteArray &sha256);
// A fingerprint as a user may type it: 64 hex digits, colons or spaces between them allowed.
// Empty when it is not one.
QByteArray parseSha256Fingerprint(QStringView text);
