#pragma once

#include <QByteArray>
#include <QHash>
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
    // The credential for a request that reached the server as `host` (its Host header): named
    // HTTP@host, as a Windows server answers to any of its names. gss-ntlmssp's acceptor writes
    // its own name into the NTLM CHALLENGE (MsvAvTargetName) and gss-ntlmssp's initiator refuses
    // a name other than the one it targeted, which Windows never makes it do. Falls back to
    // credential() when no credential can be had for that name.
    void *credentialFor(const QString &host) const;

private:
    void *acquire(const QString &serviceName, QString *error) const;

    Options m_options;
    void *m_credential = nullptr;
    mutable QHash<QString, void *> m_byHost; // lower-case host -> gss_cred_id_t
    bool m_kerberos = false;
    bool m_ntlm = false;
};

// One connection's security context, server side.
class SimNegotiateSession
{
public:
    enum class Mechanism { Unknown, Kerberos, Ntlm };
    enum class State { Continue, Complete, Failed };

    // `host`: the name the client reached the server by (the Host header without the port).
    SimNegotiateSession(const SimNegotiateAcceptor *acceptor, const QString &host);
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
    QString m_host;
    void *m_context = nullptr; // gss_ctx_id_t
    State m_state = State::Continue;
    Mechanism m_mechanism = Mechanism::Unknown;
    QString m_peer;
    bool m_confidential = false;
};
