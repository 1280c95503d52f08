#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Everything that shapes rras-sim, filled from its command line or directly by tests.

// One injected fault. Applies to a request with probability `rate` (1.0 = every request).
struct SimFault
{
    enum class Kind {
        Delay,    // answer after `argMs` (w:TimedOut fault at OperationTimeout if that is shorter)
        Http500,  // 500 with an empty body
        Http401,  // 401 even with good credentials
        Reset,    // close the connection without answering
        Truncate, // send headers and half of the body, then close
        BadXml,   // 200 with a body that is not well-formed XML
        Timeout,  // w:TimedOut fault (WSManFault Code 2150858793) after `argMs` (0 = at once),
                  // nothing done
        // Hostile servers (issue 9). Unless noted, the operation is NOT done: the reply only
        // pretends it was (a disconnect's reply lists every requested address), so a client
        // that believed it would report a disconnect that never happened.
        HugeLength,     // 200 announcing Content-Length 1 GiB, then an endless valid-looking body
                        // as fast as the client reads (or one 64 KiB piece per `argMs`)
        Endless,        // 200, chunked, a body that never ends (one 64 KiB chunk per `argMs`)
        DeepXml,        // 200, a complete reply with 100,000 nested elements in its output
        Entities,       // 200, a DOCTYPE declaring billion-laughs entities, used in the reply
        BadUtf8,        // 200, a well-formed reply with invalid UTF-8 bytes in it
        WrongRelatesTo, // 200, a reply whose RelatesTo names another MessageID
        Stall,          // headers (true Content-Length) and half of the body, then silence
        NoAnswer,       // the request is read, never answered; the connection stays open
        ResetMid,       // headers and half of the body, then a TCP reset (RST)
        // HTTP/1.1 quirks around a real reply (the operation IS done):
        CloseOpen,     // "Connection: close", then the connection stays open and deaf
        ExtraResponse, // a second, unasked-for response follows the reply on the connection
                       // (glued to it, or `argMs` later)
        BothLengths,   // Transfer-Encoding: chunked AND a (wrong) Content-Length
        Continue100,   // an unasked-for "100 Continue" before the reply
    };
    Kind kind = Kind::Delay;
    int argMs = 0;
    double rate = 1.0;
    QString method; // only requests for this method ("" = any), e.g. "DisconnectByHostIP"

    // KIND[:MS][/METHOD][@RATE], the two suffixes in either order:
    // "delay:500", "http500", "reset@0.25", "timeout/DisconnectByHostIP@0.5", "timeout:2000".
    // Milliseconds are taken by delay (required), timeout, hugelength, endless, extraresponse.
    // On failure returns a default SimFault with *ok = false and *error set.
    static SimFault parse(const QString &text, bool *ok, QString *error);
    // The canonical text of this fault, parseable by parse().
    QString toString() const;

    bool operator==(const SimFault &) const = default;

    // Whether this kind takes the ":MS" suffix.
    static bool takesMilliseconds(Kind kind);
    // Every kind's name, in declaration order ("delay", "http500", ...).
    static QStringList kindNames();
};

struct SimConfig
{
    int servers = 1;
    quint16 port = 0; // first port; 0 = free ports chosen by the system
    QString bindAddress = QStringLiteral("127.0.0.1");
    bool allowRemote = false; // a non-loopback bindAddress is refused unless set
    bool tls = false;         // HTTPS with a self-signed certificate made at start
    QString certOut;          // write the certificate(s) (PEM) here when tls
    QString user;             // Basic user; empty = no authentication required
    QString password;
    bool allowUnencrypted = false; // accept Basic over plain http (Windows' AllowUnencrypted)
    // Enabled methods, as Windows' winrm/config/service/auth (protocol.md §2.2). Empty: Basic
    // when `user` is set, no authentication otherwise. Negotiate and Ntlm travel under the
    // "Negotiate" header (SPNEGO or raw NTLMSSP), Kerberos under "Kerberos" or "Negotiate";
    // over plain http these must seal every message unless allowUnencrypted.
    enum class Auth { Basic, Negotiate, Kerberos, Ntlm };
    QList<Auth> auth;
    QString keytab;        // Kerberos acceptor keys (needed for Kerberos)
    QString ntlmUsersFile; // gss-ntlmssp users, "DOMAIN:user:password" lines (needed for NTLM)
    QString serviceName = QStringLiteral("HTTP@localhost"); // the acceptor's GSSAPI name
    int tunnels = 50;                                       // per server
    quint32 seed = 1;
    double churnPerMinute = 0; // tunnels arriving and leaving per minute, per server
    enum class NotConnected { Silent, Fault, ReturnValue } notConnected = NotConnected::Silent;
    enum class Namespace { Wmi, Cim } ns = Namespace::Wmi;
    int maxEnvelopeKb = 500;  // the server's MaxEnvelopeSizekb (also the request body cap)
    int maxTimeoutMs = 60000; // the server's MaxTimeoutms
    QList<SimFault> faults;
    bool log = true;                             // one line per request on stderr
    QString namePrefix = QStringLiteral("rras"); // servers are named rras1, rras2, ...
};
