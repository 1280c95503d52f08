#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

// Every way a WS-Management exchange can fail, as one value. Carries what the server said
// (HTTP status, SOAP subcode and reason, WSManFault code and machine, the CIM error fields of
// MSFT_WmiError / RemoteAccessError) so that the UI can explain it and the history can keep it.
class WsmanError
{
    Q_DECLARE_TR_FUNCTIONS(WsmanError)
public:
    enum class Kind {
        None,          // no error
        Transport,     // connection refused, reset, DNS, truncated reply
        Timeout,       // no complete reply within the transfer timeout, or w:TimedOut
        Tls,           // certificate or handshake failure
        Auth,          // 401, or a refused authentication method
        Http,          // any other non-200 status without a SOAP fault
        Fault,         // a SOAP fault
        EnvelopeLimit, // the reply would exceed MaxEnvelopeSize (w:EncodingLimit, 413)
        Parse,         // a reply that is not the expected XML, or RelatesTo does not match
        Cancelled,     // the caller aborted the request
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString soapCode;                 // s:Code/s:Value as sent, e.g. "s:Receiver"
    QString subcode;                  // s:Subcode/s:Value as sent, e.g. "w:InternalError"
    QString reason;                   // s:Reason/s:Text
    std::optional<quint32> wsmanCode; // f:WSManFault/@Code
    QString machine;                  // f:WSManFault/@Machine
    QString faultDetail;              // w:FaultDetail URI
    QString errorClass; // local name of the CIM error element: MSFT_WmiError, RemoteAccessError,
                        // ...
    std::optional<quint32> cimStatusCode;
    std::optional<quint32> errorCode; // MSFT_WmiError error_Code
    std::optional<quint32> remoteAccessErrorCode;
    QString message;                 // CIM_Error Message, or the WSManFault message text
    QStringList offeredAuthSchemes;  // WWW-Authenticate schemes of a 401
    QString attemptedAuthScheme;     // Auth: the scheme the client tried ("Basic", "Negotiate")
    bool credentialsExpired = false; // Auth: the Kerberos ticket or the password has expired
    QString detail;                  // technical extra, e.g. the network layer's error string
    QByteArray certificateSha256; // Tls: raw SHA-256 of the server's DER certificate, for pinning
    // Tls: the chain the server presented (its own certificate first), so that the user can
    // inspect it before pinning; empty when the handshake failed before a certificate arrived.
    QList<QSslCertificate> peerCertificates;
    // Tls: a certificate was pinned for the endpoint and the server presented another one.
    bool pinMismatch = false;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // The local part of the subcode ("InternalError" for "w:InternalError").
    QString subcodeLocalName() const;
    // The server's own code, most specific first: RemoteAccessErrorCode, error_Code, WSManFault
    // Code, CIMStatusCode; 0 when none.
    quint32 serverCode() const;
    // The server's own words, most specific first: Message, Reason, detail.
    QString serverMessage() const;
    // One technical line for logs and the CLI ("Fault w:InternalError (2147943568): No VPN ...").
    QString summary() const;
    // A sentence for a helpdesk user: what went wrong and how to fix it.
    QString userMessage() const;

    static QString kindName(Kind kind);
    static WsmanError make(Kind kind, const QString &detail);
};

Q_DECLARE_METATYPE(WsmanError)
