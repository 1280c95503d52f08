#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// The simulator's side of Negotiate/Kerberos/NTLM and of WinRM message sealing (protocol.md
// §2.2), written apart from the client's code so that one misreading cannot hide in both.

// The acceptor credential of one server: Kerberos keys from a keytab and/or NTLM users from a
// gss-ntlmssp user file, under one service name (HTTP@localhost by default).
class SimNegotiateAcceptor
{
public:
    struct Options
    {
        QString keytab;        // enables Kerberos
        QString ntlmUsersFile; // enables NTLM ("DOMAIN:user:password" lines)
        QString serviceName = QStringLiteral("HTTP@localhost");
    };

    SimNegotiateAcceptor();
    ~SimNegotiateAcceptor();
    Q_DISABLE_COPY_MOVE(SimNegotiateAcceptor)

    bool init(const Options &options, QString *error);
    bool kerberos() const { return m_kerberos; }
    bool ntlm() const { return m_ntlm; }
    void *credential() const { return m_credential; } // gss_cred_id_t

private:
    void *m_credential = nullptr;
    bool m_kerberos = false;
    bool m_ntlm = false;
};

// One connection's security context, server side.
class SimNegotiateSession
{
public:
    enum class Mechanism { Unknown, Kerberos, Ntlm };
    enum class State { Continue, Complete, Failed };

    explicit SimNegotiateSession(const SimNegotiateAcceptor *acceptor);
    ~SimNegotiateSession();
    Q_DISABLE_COPY_MOVE(SimNegotiateSession)

    // One token from "Authorization: Negotiate|Kerberos <b64>"; `channelBindings` is the
    // tls-server-end-point data over TLS. *reply: the token for WWW-Authenticate (may be empty).
    State accept(const QByteArray &token, const QByteArray &channelBindings, QByteArray *reply,
                 QString *error);
    bool isComplete() const { return m_state == State::Complete; }
    Mechanism mechanism() const { return m_mechanism; }
    QString peerName() const { return m_peer; }
    bool confidentiality() const { return m_confidential; }

    // A whole multipart/encrypted body around `plain` (protocol.md §2.2 byte layout).
    bool sealBody(const QByteArray &plain, QByteArray *body, QString *error);
    // The SOAP text out of a multipart/encrypted body; any defect (framing, Length, signature,
    // sequence) is an error.
    bool unsealBody(const QByteArray &body, QByteArray *plain, QString *error);

    static const QByteArray contentType; // the multipart/encrypted Content-Type value

private:
    const SimNegotiateAcceptor *m_acceptor;
    void *m_context = nullptr; // gss_ctx_id_t
    State m_state = State::Continue;
    Mechanism m_mechanism = Mechanism::Unknown;
    QString m_peer;
    bool m_confidential = false;
};
