#include "simnegotiate.h"

#include <QCoreApplication>
#include <QtEndian>

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>

#include <cstring>

namespace {

gss_OID_desc spnegoOid = {6, const_cast<char *>("\x2b\x06\x01\x05\x05\x02")};
gss_OID_desc kerberosOid = {9, const_cast<char *>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x02")};
gss_OID_desc ntlmsspOid = {10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a")};

const QByteArray boundary = "--Encrypted Boundary";
const QByteArray protocolName = "application/HTTP-SPNEGO-session-encrypted";

QString tr(const char *text)
{
    return QCoreApplication::translate("SimNegotiate", text);
}

QString describe(OM_uint32 major, OM_uint32 minor)
{
    QString out;
    for (const auto &[code, type] : {std::pair{major, GSS_C_GSS_CODE}, {minor, GSS_C_MECH_CODE}}) {
        if (type == GSS_C_MECH_CODE && code == 0)
            continue;
        OM_uint32 context = 0;
        do {
            OM_uint32 m = 0;
            gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
            if (GSS_ERROR(gss_display_status(&m, code, type, GSS_C_NO_OID, &context, &text)))
                break;
            if (!out.isEmpty())
                out += QLatin1String("; ");
            out += QString::fromUtf8(static_cast<const char *>(text.value), qsizetype(text.length));
            gss_release_buffer(&m, &text);
        } while (context != 0);
    }
    return out;
}

bool oidIs(gss_const_OID a, const gss_OID_desc &b)
{
    return a && a->length == b.length && std::memcmp(a->elements, b.elements, b.length) == 0;
}

gss_buffer_desc bufferOf(const QByteArray &bytes)
{
    gss_buffer_desc b;
    b.length = size_t(bytes.size());
    b.value = const_cast<char *>(bytes.constData());
    return b;
}

QByteArray take(gss_buffer_desc *b)
{
    QByteArray out(static_cast<const char *>(b->value), qsizetype(b->length));
    OM_uint32 minor = 0;
    gss_release_buffer(&minor, b);
    return out;
}

} // namespace

const QByteArray SimNegotiateSession::contentType
        = "multipart/encrypted;protocol=\"" + protocolName + "\";boundary=\"Encrypted Boundary\"";

SimNegotiateAcceptor::SimNegotiateAcceptor() = default;

SimNegotiateAcceptor::~SimNegotiateAcceptor()
{
    OM_uint32 minor = 0;
    for (void *stored : std::as_const(m_byHost)) {
        auto cred = static_cast<gss_cred_id_t>(stored);
        if (cred != m_credential)
            gss_release_cred(&minor, &cred);
    }
    if (m_credential) {
        auto cred = static_cast<gss_cred_id_t>(m_credential);
        gss_release_cred(&minor, &cred);
    }
}

bool SimNegotiateAcceptor::init(const Options &options, QString *error)
{
    m_options = options;
    m_kerberos = !options.keytab.isEmpty();
    m_ntlm = !options.ntlmUsersFile.isEmpty();
    if (!m_kerberos && !m_ntlm) {
        *error = tr("Negotiate needs --keytab (Kerberos) or --ntlm-users (NTLM)");
        return false;
    }
    m_credential = acquire(options.serviceName, error);
    return m_credential != nullptr;
}

void *SimNegotiateAcceptor::acquire(const QString &serviceName, QString *error) const
{
    // One credential for SPNEGO and the raw mechanisms, read from an explicit store so that no
    // environment variable is needed (protocol.md §2.2). A name is required: gss-ntlmssp 1.2.0
    // crashes accepting with GSS_C_NO_NAME.
    OM_uint32 minor = 0;
    const QByteArray serviceText = serviceName.toUtf8();
    gss_buffer_desc serviceBuffer = bufferOf(serviceText);
    gss_name_t service = GSS_C_NO_NAME;
    OM_uint32 major = gss_import_name(&minor, &serviceBuffer, GSS_C_NT_HOSTBASED_SERVICE, &service);
    if (GSS_ERROR(major)) {
        *error = tr("service name %1: %2").arg(serviceName, describe(major, minor));
        return nullptr;
    }
    gss_OID_desc mechList[3];
    OM_uint32 mechCount = 0;
    mechList[mechCount++] = spnegoOid;
    if (m_kerberos)
        mechList[mechCount++] = kerberosOid;
    if (m_ntlm)
        mechList[mechCount++] = ntlmsspOid;
    gss_OID_set_desc mechs = {mechCount, mechList};
    const QByteArray keytab = m_options.keytab.toLocal8Bit();
    const QByteArray users = m_options.ntlmUsersFile.toLocal8Bit();
    gss_key_value_element_desc elements[2];
    OM_uint32 count = 0;
    if (m_kerberos)
        elements[count++] = {"keytab", keytab.constData()};
    if (m_ntlm)
        elements[count++] = {"ntlmssp_keyfile", users.constData()};
    gss_key_value_set_desc store = {count, elements};
    gss_cred_id_t cred = GSS_C_NO_CREDENTIAL;
    major = gss_acquire_cred_from(&minor, service, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT, &store,
                                  &cred, nullptr, nullptr);
    OM_uint32 ignored = 0;
    gss_release_name(&ignored, &service);
    if (GSS_ERROR(major)) {
        *error = tr("acceptor credential for %1: %2").arg(serviceName, describe(major, minor));
        return nullptr;
    }
    return cred;
}

void *SimNegotiateAcceptor::credentialFor(const QString &host) const
{
    const QString key = host.toLower();
    const qsizetype at = m_options.serviceName.indexOf(u'@');
    if (key.isEmpty() || (at >= 0 && m_options.serviceName.mid(at + 1).toLower() == key))
        return m_credential;
    if (const auto it = m_byHost.constFind(key); it != m_byHost.constEnd())
        return it.value();
    // Only NTLM cares (Kerberos keys exist only for the keytab's names): a name the keytab lacks
    // gives a credential for the other mechanisms, or none, and then the configured one serves.
    QString error;
    const QString service = at >= 0 ? m_options.serviceName.left(at) : QStringLiteral("HTTP");
    void *cred = m_ntlm ? acquire(service + u'@' + key, &error) : nullptr;
    if (!cred)
        cred = m_credential;
    if (m_byHost.size() < 64) // a client could send any Host: keep a bounded set
        m_byHost.insert(key, cred);
    return cred;
}

SimNegotiateSession::SimNegotiateSession(const SimNegotiateAcceptor *acceptor, const QString &host)
    : m_acceptor(acceptor), m_host(host)
{ }

SimNegotiateSession::~SimNegotiateSession()
{
    if (m_context) {
        OM_uint32 minor = 0;
        auto ctx = static_cast<gss_ctx_id_t>(m_context);
        gss_delete_sec_context(&minor, &ctx, GSS_C_NO_BUFFER);
    }
}

SimNegotiateSession::State SimNegotiateSession::accept(const QByteArray &token,
                                                       const QByteArray &channelBindings,
                                                       QByteArray *reply, QString *error)
{
    if (m_state != State::Continue) {
        *error = tr("the context is already finished");
        return State::Failed;
    }
    gss_channel_bindings_struct bindings;
    std::memset(&bindings, 0, sizeof bindings);
    bindings.initiator_addrtype = GSS_C_AF_UNSPEC;
    bindings.acceptor_addrtype = GSS_C_AF_UNSPEC;
    bindings.application_data = bufferOf(channelBindings);

    OM_uint32 minor = 0;
    auto ctx = static_cast<gss_ctx_id_t>(m_context);
    gss_buffer_desc input = bufferOf(token);
    gss_buffer_desc output = GSS_C_EMPTY_BUFFER;
    gss_name_t source = GSS_C_NO_NAME;
    gss_OID mech = GSS_C_NO_OID;
    OM_uint32 flags = 0;
    const OM_uint32 major = gss_accept_sec_context(
            &minor, &ctx, static_cast<gss_cred_id_t>(m_acceptor->credentialFor(m_host)), &input,
            channelBindings.isEmpty() ? GSS_C_NO_CHANNEL_BINDINGS : &bindings, &source, &mech,
            &output, &flags, nullptr, nullptr);
    m_context = ctx;
    *reply = take(&output);
    if (GSS_ERROR(major)) {
        *error = describe(major, minor);
        m_state = State::Failed;
        return m_state;
    }
    if (major & GSS_S_CONTINUE_NEEDED)
        return State::Continue;

    if (oidIs(mech, kerberosOid))
        m_mechanism = Mechanism::Kerberos;
    else if (oidIs(mech, ntlmsspOid))
        m_mechanism = Mechanism::Ntlm;
    m_confidential = (flags & GSS_C_CONF_FLAG) != 0;
    if (source != GSS_C_NO_NAME) {
        gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
        if (!GSS_ERROR(gss_display_name(&minor, source, &text, nullptr))) {
            QByteArray name = take(&text);
            while (name.endsWith('\0')) // gss-ntlmssp counts the terminating NUL
                name.chop(1);
            m_peer = QString::fromUtf8(name);
        }
        gss_release_name(&minor, &source);
    }
    m_state = State::Complete;
    return m_state;
}

bool SimNegotiateSession::sealBody(const QByteArray &plain, QByteArray *body, QString *error)
{
    if (m_state != State::Complete || plain.isEmpty()) {
        *error = tr("nothing to seal");
        return false;
    }
    auto ctx = static_cast<gss_ctx_id_t>(m_context);
    OM_uint32 minor = 0;
    QByteArray signature;
    QByteArray sealed;
    int conf = 0;
    if (m_mechanism == Mechanism::Ntlm) {
        gss_buffer_desc in = bufferOf(plain);
        gss_buffer_desc out = GSS_C_EMPTY_BUFFER;
        const OM_uint32 major = gss_wrap(&minor, ctx, 1, GSS_C_QOP_DEFAULT, &in, &conf, &out);
        if (GSS_ERROR(major)) {
            *error = describe(major, minor);
            return false;
        }
        const QByteArray wrapped = take(&out);
        signature = wrapped.left(16);
        sealed = wrapped.mid(16);
    } else {
        QByteArray data = plain;
        gss_iov_buffer_desc iov[3] = {};
        iov[0].type = GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE;
        iov[1].type = GSS_IOV_BUFFER_TYPE_DATA;
        iov[1].buffer = bufferOf(data);
        iov[1].buffer.value = data.data();
        iov[2].type = GSS_IOV_BUFFER_TYPE_PADDING | GSS_IOV_BUFFER_FLAG_ALLOCATE;
        const OM_uint32 major = gss_wrap_iov(&minor, ctx, 1, GSS_C_QOP_DEFAULT, &conf, iov, 3);
        if (GSS_ERROR(major)) {
            *error = describe(major, minor);
            gss_release_iov_buffer(&minor, iov, 3);
            return false;
        }
        signature = QByteArray(static_cast<const char *>(iov[0].buffer.value),
                               qsizetype(iov[0].buffer.length));
        sealed = data
                + QByteArray(static_cast<const char *>(iov[2].buffer.value),
                             qsizetype(iov[2].buffer.length));
        gss_release_iov_buffer(&minor, iov, 3);
    }
    if (!conf) {
        *error = tr("not encrypted");
        return false;
    }
    char length[4];
    qToLittleEndian<quint32>(quint32(signature.size()), length);
    *body = boundary + "\r\n\tContent-Type: " + protocolName
            + "\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length="
            + QByteArray::number(plain.size()) + "\r\n" + boundary
            + "\r\n\tContent-Type: application/octet-stream\r\n" + QByteArray(length, 4) + signature
            + sealed + boundary + "--\r\n";
    return true;
}

bool SimNegotiateSession::unsealBody(const QByteArray &body, QByteArray *plain, QString *error)
{
    if (m_state != State::Complete) {
        *error = tr("no security context on this connection");
        return false;
    }
    // --Encrypted Boundary / headers / --Encrypted Boundary / octet-stream line / data / end.
    if (!body.startsWith(QByteArray(boundary + "\r\n"))) {
        *error = tr("the body does not start with the boundary");
        return false;
    }
    const qsizetype second = body.indexOf(QByteArray("\r\n" + boundary + "\r\n"), boundary.size());
    if (second < 0) {
        *error = tr("no second part");
        return false;
    }
    const QByteArray head = body.mid(boundary.size() + 2, second - boundary.size() - 2);
    if (!head.contains(protocolName)) {
        *error = tr("the first part does not name %1").arg(QString::fromLatin1(protocolName));
        return false;
    }
    const qsizetype lengthAt = head.indexOf("Length=");
    if (lengthAt < 0) {
        *error = tr("no Length= in the first part");
        return false;
    }
    qsizetype end = lengthAt + 7;
    while (end < head.size() && head.at(end) >= '0' && head.at(end) <= '9')
        ++end;
    bool ok = false;
    const qint64 expected = head.mid(lengthAt + 7, end - lengthAt - 7).toLongLong(&ok);
    if (!ok) {
        *error = tr("Length= is not a number");
        return false;
    }
    qsizetype pos = second + 2 + boundary.size() + 2;
    const qsizetype lineEnd = body.indexOf("\r\n", pos);
    if (lineEnd < 0
        || body.mid(pos, lineEnd - pos).trimmed() != "Content-Type: application/octet-stream") {
        *error = tr("the second part is not application/octet-stream");
        return false;
    }
    pos = lineEnd + 2;
    const QByteArray tail = QByteArray(boundary + "--\r\n");
    if (!body.endsWith(tail) || body.size() - qsizetype(tail.size()) < pos + 4) {
        *error = tr("the body does not end with the closing boundary");
        return false;
    }
    const QByteArray payload = body.mid(pos, body.size() - tail.size() - pos);
    const quint32 signatureLength = qFromLittleEndian<quint32>(payload.constData());
    if (signatureLength > quint32(payload.size() - 4)) {
        *error = tr("the signature length is larger than the data");
        return false;
    }
    const QByteArray token = payload.mid(4); // signature || sealed, as gss_unwrap takes it
    gss_buffer_desc in = bufferOf(token);
    gss_buffer_desc out = GSS_C_EMPTY_BUFFER;
    OM_uint32 minor = 0;
    int conf = 0;
    const OM_uint32 major
            = gss_unwrap(&minor, static_cast<gss_ctx_id_t>(m_context), &in, &out, &conf, nullptr);
    if (GSS_ERROR(major)) {
        *error = tr("unwrap: %1").arg(describe(major, minor));
        return false;
    }
    *plain = take(&out);
    if (GSS_SUPPLEMENTARY_INFO(major) != 0) {
        *error = tr("out-of-sequence token");
        return false;
    }
    if (!conf) {
        *error = tr("not encrypted");
        return false;
    }
    if (plain->size() != expected) {
        *error = tr("Length=%1 but %2 bytes were sealed").arg(expected).arg(plain->size());
        return false;
    }
    return true;
}
