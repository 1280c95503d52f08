#pragma once

#include "authenticator.h"

#include <QString>

#include <memory>

// Negotiate, Kerberos and NTLM through MIT krb5's GSSAPI (with gss-ntlmssp for NTLM), as a
// default Windows WinRM listener wants them (protocol.md §2.2). The tokens always travel under
// the "Negotiate" HTTP scheme, as Windows, pywinrm and requests-kerberos send them:
// - Negotiate: an SPNEGO token (Kerberos when a ticket can be had, else NTLM);
// - Kerberos: a raw Kerberos token (the user's ticket cache, or a ticket got with the password);
// - Ntlm: raw NTLMSSP messages (needs DOMAIN\user and the password).
// Confidentiality, integrity and (for Kerberos) mutual authentication are requested and checked.
class NegotiateAuthenticator final : public Authenticator
{
public:
    enum class Mechanism { Negotiate, Kerberos, Ntlm };

    // `user` empty: the Kerberos ticket cache (KRB5CCNAME) for Negotiate and Kerberos; NTLM needs
    // a user and a password. Kerberos users are "user" (default realm) or "user@REALM"; NTLM
    // users "DOMAIN\user". `servicePrincipal` overrides the target: "HTTP@host" (host-based, the
    // default with the URL's host), "HTTP/host" or "HTTP/host@REALM" (a Kerberos principal).
    explicit NegotiateAuthenticator(Mechanism mechanism, QString user = {}, QString password = {},
                                    QString servicePrincipal = {});
    ~NegotiateAuthenticator() override;

    QString scheme() const override;
    bool exposesSecretsWithoutTls() const override { return false; }
    bool isConnectionBased() const override { return true; }
    std::unique_ptr<SecurityContext> createContext(const QString &host,
                                                   const QByteArray &channelBindings) override;

    Mechanism mechanism() const { return m_mechanism; }
    // The target service name a context for `host` uses, e.g. "HTTP@server.example.com".
    QString targetName(const QString &host) const;

    // Whether the gss-ntlmssp mechanism is installed (NTLM needs it).
    static bool ntlmAvailable();
    static QString mechanismName(Mechanism mechanism);

private:
    Mechanism m_mechanism;
    QString m_user;
    QString m_password;
    QString m_servicePrincipal;
};
