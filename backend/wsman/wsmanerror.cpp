#include "wsmanerror.h"

namespace {

// Win32 ERROR_ACCESS_DENIED, as it arrives in MSFT_WmiError error_Code or a WSManFault code.
constexpr quint32 win32AccessDenied = 5u;
// CIM status codes (protocol.md §1.4).
constexpr quint32 cimAccessDenied = 2u;
constexpr quint32 cimInvalidClass = 5u;
// WSManFault code of a reply larger than the request's own MaxEnvelopeSize (0x80338048), as
// opposed to the service's MaxEnvelopeSizekb (0x80338049).
constexpr quint32 wsmanMaxEnvelopeSizeExceeded = 2150858824u;

QString localPart(const QString &qualified)
{
    const qsizetype colon = qualified.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

} // namespace

QString WsmanError::subcodeLocalName() const
{
    return localPart(subcode.trimmed());
}

quint32 WsmanError::serverCode() const
{
    // Zero means "no error" in every one of these fields, so it never hides a more general code.
    for (const std::optional<quint32> &code :
         {remoteAccessErrorCode, errorCode, wsmanCode, cimStatusCode}) {
        if (code && *code != 0)
            return *code;
    }
    return 0;
}

QString WsmanError::serverMessage() const
{
    for (const QString *text : {&message, &reason, &detail}) {
        const QString t = text->trimmed();
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QString WsmanError::summary() const
{
    QString line = kindName(kind);
    if (httpStatus != 0 && kind != Kind::Fault)
        line += QLatin1String(" HTTP ") + QString::number(httpStatus);
    if (!subcode.isEmpty())
        line += QLatin1Char(' ') + subcode;
    if (const quint32 code = serverCode(); code != 0)
        line += QLatin1String(" (") + QString::number(code) + QLatin1Char(')');
    if (const QString text = serverMessage(); !text.isEmpty())
        line += QLatin1String(": ") + text;
    if (kind == Kind::Auth && !offeredAuthSchemes.isEmpty())
        line += QLatin1String(" [offered: ") + offeredAuthSchemes.join(QLatin1String(", "))
                + QLatin1Char(']');
    return line;
}

QString WsmanError::userMessage() const
{
    const QString serverWords = serverMessage();
    switch (kind) {
    case Kind::None:
        return tr("No error.");
    case Kind::Transport:
        return tr("The server could not be reached or the connection broke (%1). Check the host "
                  "name and port, and that the WinRM service is listening on the server "
                  "(winrm quickconfig).")
                .arg(serverWords);
    case Kind::Timeout:
        return tr("The server did not answer in time. The operation may still have completed: "
                  "refresh before retrying. If this keeps happening, raise the timeout here or "
                  "MaxTimeoutms on the server.");
    case Kind::Tls:
        if (pinMismatch)
            return tr("Warning: the server presented a different certificate from the one pinned "
                      "for it (%1). Someone may be intercepting the connection, or the server's "
                      "certificate was replaced. Nothing was sent. Confirm the new SHA-256 "
                      "fingerprint with the server's administrator before pinning it again.")
                    .arg(serverWords);
        if (certificateSha256.isEmpty())
            return tr("The secure connection could not be set up (%1). Check that the port has "
                      "an HTTPS listener (usually 5986) and that the server accepts TLS 1.2 or "
                      "later.")
                    .arg(serverWords);
        return tr("The server's certificate is not trusted (%1). Install the issuing certificate "
                  "authority on this computer, or compare the certificate's SHA-256 fingerprint "
                  "with the server's and pin it for this server.")
                .arg(serverWords);
    case Kind::Auth: {
        const bool negotiate
                = attemptedAuthScheme.compare(QLatin1String("Negotiate"), Qt::CaseInsensitive) == 0
                || attemptedAuthScheme.compare(QLatin1String("Kerberos"), Qt::CaseInsensitive) == 0;
        if (httpStatus == 0 && credentialsExpired)
            return tr("The Kerberos ticket or the password has expired (%1). Sign in again "
                      "(kinit on Linux) or renew the password, then retry.")
                    .arg(serverWords);
        if (httpStatus == 0 && negotiate)
            //: %1 is the authentication method (Negotiate), %2 what GSSAPI said.
            return tr("No usable credentials for %1 authentication (%2). For Kerberos, get a "
                      "ticket (kinit) or give user@REALM and the password, and check the realm "
                      "and the clock; for NTLM, give DOMAIN\\user and the password.")
                    .arg(attemptedAuthScheme, serverWords);
        if (httpStatus == 0)
            return tr("The credentials were not sent: %1. Use HTTPS, or explicitly allow "
                      "unencrypted traffic for this server.")
                    .arg(serverWords);
        if (offeredAuthSchemes.isEmpty())
            return tr("The server refused the credentials and offered no authentication method. "
                      "Check the user name and password, and that the account may use WinRM.");
        const QString offered = offeredAuthSchemes.join(QLatin1String(", "));
        // Refused credentials when the server offers the scheme that was tried (Negotiate also
        // carries Kerberos and NTLM); else the server does not take that scheme at all.
        const bool schemeOffered = !attemptedAuthScheme.isEmpty()
                ? offeredAuthSchemes.contains(attemptedAuthScheme, Qt::CaseInsensitive)
                : offeredAuthSchemes.contains(QLatin1String("Basic"), Qt::CaseInsensitive);
        if (schemeOffered)
            return tr("The server refused the user name or password (it offers: %1). Check the "
                      "credentials; local accounts must be members of Administrators.")
                    .arg(offered);
        return tr("The server does not accept this authentication method; it offers: %1. Choose "
                  "one of these, or enable Basic on the server "
                  "(winrm set winrm/config/service/auth @{Basic=\"true\"}).")
                .arg(offered);
    }
    case Kind::Http:
        if (httpStatus == 500)
            return tr("The server answered HTTP 500 without a SOAP fault. WinRM does this when it "
                      "cannot read the request; check that the address points to a WinRM "
                      "listener.");
        return tr("The server answered HTTP %1 instead of a WS-Management reply. Check that the "
                  "address points to the WinRM listener (…/wsman).")
                .arg(httpStatus);
    case Kind::Fault: {
        const QString subLocal = subcodeLocalName();
        if (cimStatusCode == cimAccessDenied || errorCode == win32AccessDenied
            || wsmanCode == win32AccessDenied || subLocal == QLatin1String("AccessDenied"))
            return tr("Access denied: the account needs administrator rights on the server "
                      "(member of the local Administrators group). The server said: %1")
                    .arg(serverWords);
        if (cimStatusCode == cimInvalidClass
            || faultDetail.endsWith(QLatin1String("ResourceNotFound"))
            || (subLocal == QLatin1String("DestinationUnreachable") && !cimStatusCode))
            return tr("The server does not know the RemoteAccess management classes: install the "
                      "Remote Access role with its management tools on the server. The server "
                      "said: %1")
                    .arg(serverWords);
        if (const quint32 code = serverCode(); code != 0)
            //: %1 is the server's message, %2 its numeric error code
            return tr("The server reported an error: %1 (code %2).").arg(serverWords).arg(code);
        return tr("The server reported an error: %1").arg(serverWords);
    }
    case Kind::EnvelopeLimit:
        if (wsmanCode == wsmanMaxEnvelopeSizeExceeded)
            //: Keep MaxEnvelopeSizekb untranslated; "Max envelope size" is the server dialog's field.
            return tr("The server's reply exceeds the envelope size this console asks for: raise "
                      "\"Max envelope size\" in this server's settings (the server's own limit, "
                      "MaxEnvelopeSizekb, must be at least as large).");
        //: Keep MaxEnvelopeSizekb and the winrm command untranslated.
        return tr("The server's reply exceeds its envelope limit: raise MaxEnvelopeSizekb on the "
                  "server (winrm set winrm/config @{MaxEnvelopeSizekb=\"%1\"}).")
                .arg(2048);
    case Kind::Parse:
        return tr("The server's reply could not be understood (%1). The address may not point to "
                  "a WinRM server, or something on the way changed the reply.")
                .arg(serverWords);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString WsmanError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Transport:
        return QStringLiteral("Transport");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Auth:
        return QStringLiteral("Auth");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::Fault:
        return QStringLiteral("Fault");
    case Kind::EnvelopeLimit:
        return QStringLiteral("EnvelopeLimit");
    case Kind::Parse:
        return QStringLiteral("Parse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

WsmanError WsmanError::make(Kind kind, const QString &detail)
{
    WsmanError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}
