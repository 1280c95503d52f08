#pragma once

#include <QByteArray>
#include <QString>

// One security context of a connection-based scheme (Negotiate: Kerberos or NTLM), set up on one
// TCP connection and valid only there: a new connection needs a new context.
// All calls are local and quick (MIT krb5 may ask the KDC for a ticket during step(): a network
// round trip to the KDC, which is normally on the LAN or, in tests, on loopback).
class SecurityContext
{
public:
    // The mechanism that actually runs under the Negotiate header; it decides the sealed framing.
    enum class Mechanism { Unknown, Kerberos, Ntlm };

    struct Step
    {
        QByteArray token; // to send in "Authorization: Negotiate <base64>"; may be empty
        QString error;    // non-empty: the context failed and cannot go on
        bool credentialsExpired = false; // the error is an expired ticket or password
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~SecurityContext() = default;

    // The HTTP scheme the tokens travel under, e.g. "Negotiate".
    virtual QString scheme() const = 0;
    // Feeds the server's token (empty on the first call) and returns the next one to send.
    virtual Step step(const QByteArray &serverToken) = 0;
    virtual bool isComplete() const = 0;
    virtual Mechanism mechanism() const = 0;
    // After completion: whether the server proved its identity (Kerberos mutual authentication).
    virtual bool isMutual() const = 0;
    // After completion: confidentiality and integrity were negotiated, so seal() can encrypt.
    virtual bool canSeal() const = 0;
    // The peer's view of who we are, for logs (e.g. "alice@TEST.LOCAL"); may be empty.
    virtual QString clientName() const = 0;

    // Encrypts one message as protocol.md §2.2 frames it: `signature` is the NTLM signature or the
    // RFC 4121 token header, `sealed` the encrypted bytes. Never called with an empty message.
    virtual bool seal(const QByteArray &plain, QByteArray *signature, QByteArray *sealed,
                      QString *error)
            = 0;
    // Decrypts and verifies one message. Anything but an intact, in-order, encrypted message is
    // an error.
    virtual bool unseal(const QByteArray &signature, const QByteArray &sealed, QByteArray *plain,
                        QString *error)
            = 0;
};
