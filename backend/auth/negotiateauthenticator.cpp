#include "negotiateauthenticator.h"

#include "securitycontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>
#include <gssapi/gssapi_krb5.h>
#include <krb5.h>

#include <cstring>

Q_DECLARE_LOGGING_CATEGORY(lcWsman)

namespace {

// OIDs as DER content bytes (gss_OID_desc does not own them).
gss_OID_desc spnegoOid = {6, const_cast<char *>("\x2b\x06\x01\x05\x05\x02")}; // 1.3.6.1.5.5.2
gss_OID_desc krb5Oid = {9, const_cast<char *>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x02")};
// 1.3.6.1.4.1.311.2.2.10, gss-ntlmssp's mechanism
gss_OID_desc ntlmOid = {10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a")};

constexpr OM_uint32 requestedFlags = GSS_C_MUTUAL_FLAG | GSS_C_CONF_FLAG | GSS_C_INTEG_FLAG
        | GSS_C_SEQUENCE_FLAG | GSS_C_REPLAY_FLAG;

QString tr(const char *text)
{
    return QCoreApplication::translate("NegotiateAuthenticator", text);
}

bool sameOid(const gss_OID_desc *a, const gss_OID_desc *b)
{
    return a && b && a->length == b->length
            && std::memcmp(a->elements, b->elements, a->length) == 0;
}

gss_OID mechOid(NegotiateAuthenticator::Mechanism mechanism)
{
    switch (mechanism) {
    case NegotiateAuthenticator::Mechanism::Negotiate:
        return &spnegoOid;
    case NegotiateAuthenticator::Mechanism::Kerberos:
        return &krb5Oid;
    case NegotiateAuthenticator::Mechanism::Ntlm:
        return &ntlmOid;
    }
    return &spnegoOid;
}

QString statusText(OM_uint32 code, int type, gss_OID mech)
{
    QStringList parts;
    OM_uint32 context = 0;
    do {
        OM_uint32 minor = 0;
        gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
        const OM_uint32 major = gss_display_status(&minor, code, type, mech, &context, &text);
        if (GSS_ERROR(major))
            break;
        parts.append(
                QString::fromUtf8(static_cast<const char *>(text.value), qsizetype(text.length)));
        gss_release_buffer(&minor, &text);
    } while (context != 0);
    return parts.join(QLatin1String("; "));
}

// "GSSAPI major text (mechanism text)", the mechanism's own words being the useful part.
QString gssError(OM_uint32 major, OM_uint32 minor, gss_OID mech)
{
    const QString majorText = statusText(major, GSS_C_GSS_CODE, GSS_C_NO_OID);
    const QString minorText = minor != 0 ? statusText(minor, GSS_C_MECH_CODE, mech) : QString();
    if (minorText.isEmpty() || minorText.startsWith(QLatin1String("Unknown error")))
        return majorText;
    return minorText + QLatin1String(" (") + majorText + QLatin1Char(')');
}

bool isExpired(OM_uint32 major, OM_uint32 minor)
{
    const auto code = krb5_error_code(minor);
    return GSS_ROUTINE_ERROR(major) == GSS_S_CREDENTIALS_EXPIRED
            || GSS_ROUTINE_ERROR(major) == GSS_S_CONTEXT_EXPIRED
            || code == KRB5KRB_AP_ERR_TKT_EXPIRED || code == KRB5KDC_ERR_KEY_EXP
            || code == KRB5KDC_ERR_TGT_REVOKED;
}

class Buffer final
{
public:
    Buffer() = default;
    ~Buffer()
    {
        OM_uint32 minor = 0;
        gss_release_buffer(&minor, &desc);
    }
    Q_DISABLE_COPY_MOVE(Buffer)
    QByteArray bytes() const
    {
        return QByteArray(static_cast<const char *>(desc.value), qsizetype(desc.length));
    }
    gss_buffer_desc desc = GSS_C_EMPTY_BUFFER;
};

gss_buffer_desc view(const QByteArray &bytes)
{
    gss_buffer_desc b;
    b.length = size_t(bytes.size());
    b.value = const_cast<char *>(bytes.constData());
    return b;
}

class GssapiContext final : public SecurityContext
{
public:
    GssapiContext(NegotiateAuthenticator::Mechanism mechanism, QString user, QString password,
                  QString target, QByteArray channelBindings)
        : m_mechanism(mechanism),
          m_user(std::move(user)),
          m_password(std::move(password)),
          m_target(std::move(target)),
          m_channelBindings(std::move(channelBindings))
    { }

    ~GssapiContext() override
    {
        OM_uint32 minor = 0;
        if (m_context != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&minor, &m_context, GSS_C_NO_BUFFER);
        if (m_credential != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &m_credential);
        if (m_targetName != GSS_C_NO_NAME)
            gss_release_name(&minor, &m_targetName);
    }

    Q_DISABLE_COPY_MOVE(GssapiContext)

    QString scheme() const override { return QStringLiteral("Negotiate"); }

    Step step(const QByteArray &serverToken) override
    {
        Step result;
        if (m_complete || m_failed) {
            result.error = m_complete ? tr("the security context is already complete")
                                      : tr("the security context has already failed");
            return result;
        }
        if (m_context == GSS_C_NO_CONTEXT && !serverToken.isEmpty()) {
            return fail(tr("the server sent a token before the client's first one"));
        }
        if (m_context != GSS_C_NO_CONTEXT && serverToken.isEmpty())
            return fail(tr("the server answered without a Negotiate token"));
        if (m_targetName == GSS_C_NO_NAME) {
            if (Step s = prepare(); !s.ok())
                return s;
        }

        OM_uint32 minor = 0;
        gss_channel_bindings_struct bindings;
        std::memset(&bindings, 0, sizeof bindings);
        bindings.initiator_addrtype = GSS_C_AF_UNSPEC;
        bindings.acceptor_addrtype = GSS_C_AF_UNSPEC;
        bindings.application_data = view(m_channelBindings);
        gss_buffer_desc input = view(serverToken);
        Buffer output;
        gss_OID actualMech = GSS_C_NO_OID;
        OM_uint32 flags = 0;
        const OM_uint32 major = gss_init_sec_context(
                &minor, m_credential, &m_context, m_targetName, mechOid(m_mechanism),
                requestedFlags, GSS_C_INDEFINITE,
                m_channelBindings.isEmpty() ? GSS_C_NO_CHANNEL_BINDINGS : &bindings,
                serverToken.isEmpty() ? GSS_C_NO_BUFFER : &input, &actualMech, &output.desc, &flags,
                nullptr);
        if (GSS_ERROR(major)) {
            Step s = fail(gssError(major, minor, mechOid(m_mechanism)));
            s.credentialsExpired = isExpired(major, minor);
            return s;
        }
        result.token = output.bytes();
        if (major & GSS_S_CONTINUE_NEEDED)
            return result;

        m_complete = true;
        m_flags = flags;
        inquire();
        if (m_actual == Mechanism::Unknown)
            return fail(tr("the negotiated mechanism is neither Kerberos nor NTLM"));
        if (m_actual == Mechanism::Kerberos && !(m_flags & GSS_C_MUTUAL_FLAG))
            return fail(tr("the server did not prove its identity (no Kerberos mutual "
                           "authentication)"));
        if (!(m_flags & GSS_C_INTEG_FLAG))
            return fail(tr("the server did not agree to message integrity"));
        qCDebug(lcWsman).noquote() << "Negotiate context complete:"
                                   << (m_actual == Mechanism::Kerberos ? "Kerberos" : "NTLM")
                                   << "as" << m_clientName << "flags" << Qt::hex << m_flags;
        return result;
    }

    bool isComplete() const override { return m_complete && !m_failed; }
    Mechanism mechanism() const override { return m_actual; }
    // gss-ntlmssp echoes the requested MUTUAL flag, but NTLM never authenticates the server.
    bool isMutual() const override
    {
        return isComplete() && m_actual == Mechanism::Kerberos && (m_flags & GSS_C_MUTUAL_FLAG);
    }
    bool canSeal() const override
    {
        return isComplete() && (m_flags & GSS_C_CONF_FLAG) && (m_flags & GSS_C_INTEG_FLAG);
    }
    QString clientName() const override { return m_clientName; }

    bool seal(const QByteArray &plain, QByteArray *signature, QByteArray *sealed,
              QString *error) override
    {
        if (!canSeal()) {
            *error = tr("the security context cannot encrypt messages");
            return false;
        }
        if (plain.isEmpty()) {
            *error = tr("an empty message cannot be sealed");
            return false;
        }
        OM_uint32 minor = 0;
        if (m_actual == Mechanism::Ntlm) {
            // gss-ntlmssp: signature(16) || RC4 ciphertext; it has no gss_wrap_iov.
            gss_buffer_desc input = view(plain);
            Buffer output;
            int conf = 0;
            const OM_uint32 major = gss_wrap(&minor, m_context, 1, GSS_C_QOP_DEFAULT, &input, &conf,
                                             &output.desc);
            if (GSS_ERROR(major) || !conf || output.desc.length < 16) {
                *error = GSS_ERROR(major) ? gssError(major, minor, &ntlmOid)
                                          : tr("the message was not encrypted");
                return false;
            }
            const QByteArray bytes = output.bytes();
            *signature = bytes.left(16);
            *sealed = bytes.mid(16);
            return true;
        }
        // Kerberos (RFC 4121): HEADER, DATA, PADDING and no TRAILER, so that the header is the
        // "signature" and the encrypted data (with its rotated trailer) follows.
        QByteArray data = plain;
        gss_iov_buffer_desc iov[3];
        std::memset(iov, 0, sizeof iov);
        iov[0].type = GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE;
        iov[1].type = GSS_IOV_BUFFER_TYPE_DATA;
        iov[1].buffer.length = size_t(data.size());
        iov[1].buffer.value = data.data();
        iov[2].type = GSS_IOV_BUFFER_TYPE_PADDING | GSS_IOV_BUFFER_FLAG_ALLOCATE;
        int conf = 0;
        const OM_uint32 major
                = gss_wrap_iov(&minor, m_context, 1, GSS_C_QOP_DEFAULT, &conf, iov, 3);
        if (GSS_ERROR(major) || !conf) {
            *error = GSS_ERROR(major) ? gssError(major, minor, &krb5Oid)
                                      : tr("the message was not encrypted");
            gss_release_iov_buffer(&minor, iov, 3);
            return false;
        }
        *signature = QByteArray(static_cast<const char *>(iov[0].buffer.value),
                                qsizetype(iov[0].buffer.length));
        *sealed = data
                + QByteArray(static_cast<const char *>(iov[2].buffer.value),
                             qsizetype(iov[2].buffer.length));
        gss_release_iov_buffer(&minor, iov, 3);
        return true;
    }

    bool unseal(const QByteArray &signature, const QByteArray &sealed, QByteArray *plain,
                QString *error) override
    {
        if (!isComplete()) {
            *error = tr("the security context is not established");
            return false;
        }
        const QByteArray token = signature + sealed;
        gss_buffer_desc input = view(token);
        Buffer output;
        OM_uint32 minor = 0;
        int conf = 0;
        gss_qop_t qop = 0;
        const OM_uint32 major = gss_unwrap(&minor, m_context, &input, &output.desc, &conf, &qop);
        if (GSS_ERROR(major)) {
            *error = tr("the sealed message does not verify: %1")
                             .arg(gssError(major, minor, mechOid(m_mechanism)));
            return false;
        }
        // Out-of-order, replayed or missing messages only set supplementary bits.
        if (GSS_SUPPLEMENTARY_INFO(major) != 0) {
            *error = tr("the sealed message is out of sequence (replayed, reordered or one was "
                        "lost)");
            return false;
        }
        if (!conf) {
            *error = tr("the message was signed but not encrypted");
            return false;
        }
        *plain = output.bytes();
        return true;
    }

private:
    Step fail(const QString &error)
    {
        m_failed = true;
        Step s;
        s.error = error;
        return s;
    }

    Step prepare()
    {
        OM_uint32 minor = 0;
        // Target: "service@host" is a host-based name; "service/host[@REALM]" a Kerberos one.
        const QByteArray targetText = m_target.toUtf8();
        gss_buffer_desc targetBuffer = view(targetText);
        const bool principal = m_target.contains(QLatin1Char('/'));
        OM_uint32 major = gss_import_name(
                &minor, &targetBuffer,
                principal ? GSS_KRB5_NT_PRINCIPAL_NAME : GSS_C_NT_HOSTBASED_SERVICE, &m_targetName);
        if (GSS_ERROR(major))
            return fail(tr("the service name %1 is not usable: %2")
                                .arg(m_target, gssError(major, minor, GSS_C_NO_OID)));
        if (m_user.isEmpty()) {
            if (m_mechanism == NegotiateAuthenticator::Mechanism::Ntlm)
                return fail(tr("NTLM needs a user name (DOMAIN\\user) and a password"));
            return {}; // the default credential: the Kerberos ticket cache
        }
        const QByteArray userText = m_user.toUtf8();
        gss_buffer_desc userBuffer = view(userText);
        gss_name_t userName = GSS_C_NO_NAME;
        major = gss_import_name(&minor, &userBuffer, GSS_C_NT_USER_NAME, &userName);
        if (GSS_ERROR(major))
            return fail(tr("the user name %1 is not usable: %2")
                                .arg(m_user, gssError(major, minor, GSS_C_NO_OID)));
        gss_OID_set_desc mechs = {1, mechOid(m_mechanism)};
        if (m_password.isEmpty()) {
            // A named user without a password: that user's ticket in the cache.
            major = gss_acquire_cred(&minor, userName, GSS_C_INDEFINITE, &mechs, GSS_C_INITIATE,
                                     &m_credential, nullptr, nullptr);
        } else {
            const QByteArray passwordText = m_password.toUtf8();
            gss_buffer_desc passwordBuffer = view(passwordText);
            // For Negotiate the credential is for SPNEGO itself, which then offers every
            // mechanism that took the password (Kerberos, NTLM).
            major = gss_acquire_cred_with_password(&minor, userName, &passwordBuffer,
                                                   GSS_C_INDEFINITE, &mechs, GSS_C_INITIATE,
                                                   &m_credential, nullptr, nullptr);
        }
        OM_uint32 ignored = 0;
        gss_release_name(&ignored, &userName);
        if (GSS_ERROR(major)) {
            Step s = fail(tr("no credentials for %1: %2")
                                  .arg(m_user, gssError(major, minor, mechOid(m_mechanism))));
            s.credentialsExpired = isExpired(major, minor);
            return s;
        }
        return {};
    }

    void inquire()
    {
        OM_uint32 minor = 0;
        gss_name_t source = GSS_C_NO_NAME;
        gss_OID mech = GSS_C_NO_OID;
        const OM_uint32 major = gss_inquire_context(&minor, m_context, &source, nullptr, nullptr,
                                                    &mech, nullptr, nullptr, nullptr);
        if (GSS_ERROR(major))
            return;
        if (sameOid(mech, &krb5Oid))
            m_actual = Mechanism::Kerberos;
        else if (sameOid(mech, &ntlmOid))
            m_actual = Mechanism::Ntlm;
        if (source != GSS_C_NO_NAME) {
            Buffer text;
            if (!GSS_ERROR(gss_display_name(&minor, source, &text.desc, nullptr))) {
                QByteArray name = text.bytes();
                while (name.endsWith('\0')) // gss-ntlmssp counts a trailing NUL
                    name.chop(1);
                m_clientName = QString::fromUtf8(name);
            }
            gss_release_name(&minor, &source);
        }
    }

    NegotiateAuthenticator::Mechanism m_mechanism;
    QString m_user;
    QString m_password;
    QString m_target;
    QByteArray m_channelBindings;
    gss_ctx_id_t m_context = GSS_C_NO_CONTEXT;
    gss_cred_id_t m_credential = GSS_C_NO_CREDENTIAL;
    gss_name_t m_targetName = GSS_C_NO_NAME;
    OM_uint32 m_flags = 0;
    Mechanism m_actual = Mechanism::Unknown;
    QString m_clientName;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace

NegotiateAuthenticator::NegotiateAuthenticator(Mechanism mechanism, QString user, QString password,
                                               QString servicePrincipal)
    : m_mechanism(mechanism),
      m_user(std::move(user)),
      m_password(std::move(password)),
      m_servicePrincipal(std::move(servicePrincipal))
{ }

NegotiateAuthenticator::~NegotiateAuthenticator() = default;

QString NegotiateAuthenticator::scheme() const
{
    return QStringLiteral("Negotiate");
}

QString NegotiateAuthenticator::targetName(const QString &host) const
{
    if (!m_servicePrincipal.isEmpty()) {
        // "HTTP/host" without a realm is the host-based name "HTTP@host": its realm then comes
        // from [domain_realm] as for the default.
        const qsizetype slash = m_servicePrincipal.indexOf(QLatin1Char('/'));
        if (slash > 0 && !m_servicePrincipal.contains(QLatin1Char('@')))
            return m_servicePrincipal.left(slash) + QLatin1Char('@')
                    + m_servicePrincipal.mid(slash + 1);
        return m_servicePrincipal;
    }
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return QStringLiteral("HTTP@") + h;
}

std::unique_ptr<SecurityContext>
NegotiateAuthenticator::createContext(const QString &host, const QByteArray &channelBindings)
{
    return std::make_unique<GssapiContext>(m_mechanism, m_user, m_password, targetName(host),
                                           channelBindings);
}

bool NegotiateAuthenticator::ntlmAvailable()
{
    OM_uint32 minor = 0;
    gss_OID_set mechs = GSS_C_NO_OID_SET;
    if (GSS_ERROR(gss_indicate_mechs(&minor, &mechs)))
        return false;
    int present = 0;
    gss_test_oid_set_member(&minor, &ntlmOid, mechs, &present);
    gss_release_oid_set(&minor, &mechs);
    return present != 0;
}

QString NegotiateAuthenticator::mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Negotiate:
        return QStringLiteral("Negotiate");
    case Mechanism::Kerberos:
        return QStringLiteral("Kerberos");
    case Mechanism::Ntlm:
        return QStringLiteral("NTLM");
    }
    return {};
}
