#include "serverconnection.h"

#include "auth/authenticator.h"
#include "auth/negotiateauthenticator.h"

#include <QCoreApplication>

namespace {
constexpr int minimumEnvelopeKb = 8;
constexpr int sha256Bytes = 32;

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}
} // namespace

WsmanEndpoint profileEndpoint(const ServerProfile &profile)
{
    WsmanEndpoint endpoint;
    endpoint.url = profile.url;
    endpoint.allowUnencrypted = profile.allowUnencrypted;
    endpoint.maxEnvelopeSize = quint32(qMax(minimumEnvelopeKb, profile.maxEnvelopeKb)) * 1024;
    endpoint.operationTimeoutMs = profile.operationTimeoutMs;
    endpoint.caCertificates = profile.caCertificates;
    endpoint.pinnedSha256 = profile.pinnedSha256;
    return endpoint;
}

bool isAuthMethodAvailable(ServerProfile::AuthMethod method, QString *reason)
{
    using M = ServerProfile::AuthMethod;
    switch (method) {
    case M::Basic:
    case M::Negotiate:
    case M::Kerberos:
        return true;
    case M::Ntlm:
        // NTLM is a GSSAPI mechanism of its own package; Negotiate without it still does Kerberos.
        if (NegotiateAuthenticator::ntlmAvailable())
            return true;
        if (reason)
            *reason = QCoreApplication::translate(
                    "ServerConnection",
                    "NTLM needs the gss-ntlmssp package, which is not installed.");
        return false;
    }
    return false;
}

std::unique_ptr<Authenticator> createProfileAuthenticator(const ServerProfile &profile,
                                                          const QString &password)
{
    if (!isAuthMethodAvailable(profile.authMethod))
        return {};
    using M = ServerProfile::AuthMethod;
    using Mechanism = NegotiateAuthenticator::Mechanism;
    switch (profile.authMethod) {
    case M::Basic:
        if (profile.user.isEmpty())
            return {};
        return std::make_unique<BasicAuthenticator>(profile.user, password);
    // Without a user, Negotiate and Kerberos use the Kerberos ticket of whoever runs the console.
    case M::Negotiate:
        return std::make_unique<NegotiateAuthenticator>(Mechanism::Negotiate, profile.user,
                                                        password);
    case M::Kerberos:
        return std::make_unique<NegotiateAuthenticator>(Mechanism::Kerberos, profile.user,
                                                        password);
    case M::Ntlm:
        if (profile.user.isEmpty())
            return {};
        return std::make_unique<NegotiateAuthenticator>(Mechanism::Ntlm, profile.user, password);
    }
    return {};
}

QString authMethodKey(ServerProfile::AuthMethod method)
{
    using M = ServerProfile::AuthMethod;
    switch (method) {
    case M::Negotiate:
        return QStringLiteral("negotiate");
    case M::Kerberos:
        return QStringLiteral("kerberos");
    case M::Ntlm:
        return QStringLiteral("ntlm");
    case M::Basic:
        return QStringLiteral("basic");
    }
    return QStringLiteral("basic");
}

std::optional<ServerProfile::AuthMethod> authMethodFromKey(QStringView key)
{
    using M = ServerProfile::AuthMethod;
    for (M method : {M::Negotiate, M::Kerberos, M::Ntlm, M::Basic}) {
        if (key.compare(authMethodKey(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

QString authMethodDisplayName(ServerProfile::AuthMethod method)
{
    using M = ServerProfile::AuthMethod;
    switch (method) {
    case M::Negotiate:
        //: Windows' default WinRM authentication; it picks Kerberos or NTLM by itself.
        return QCoreApplication::translate("ServerConnection", "Negotiate (Kerberos or NTLM)");
    case M::Kerberos:
        return QCoreApplication::translate("ServerConnection", "Kerberos");
    case M::Ntlm:
        return QCoreApplication::translate("ServerConnection", "NTLM");
    case M::Basic:
        return QCoreApplication::translate("ServerConnection", "Basic");
    }
    return {};
}

bool isProfileUnencrypted(const ServerProfile &profile)
{
    if (profile.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    // Negotiate, Kerberos and NTLM seal every message over http; Basic and no credentials do not.
    using M = ServerProfile::AuthMethod;
    switch (profile.authMethod) {
    case M::Basic:
        return true;
    case M::Ntlm:
        return profile.user.isEmpty(); // NTLM needs a user: without one nothing is sent
    case M::Negotiate:
    case M::Kerberos:
        return false; // the user's own ticket when no user is given
    }
    return true;
}

QString formatSha256Fingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray parseSha256Fingerprint(QStringView text)
{
    QByteArray hex;
    hex.reserve(2 * sha256Bytes);
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (!isHexDigit(c))
            return {};
        hex.append(char(c.unicode()));
    }
    if (hex.size() != 2 * sha256Bytes)
        return {};
    return QByteArray::fromHex(hex);
}
