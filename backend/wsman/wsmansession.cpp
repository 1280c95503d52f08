#include "wsmansession.h"

#include "auth/authenticator.h"
#include "auth/securitycontext.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QtEndian>

Q_DECLARE_LOGGING_CATEGORY(lcWsman)

namespace {

const QByteArray boundary = QByteArrayLiteral("--Encrypted Boundary");
const QByteArray sealedProtocol = QByteArrayLiteral("application/HTTP-SPNEGO-session-encrypted");
const QByteArray soapContentType = QByteArrayLiteral("application/soap+xml;charset=UTF-8");

// The token of a "Negotiate <base64>" (or "Kerberos <base64>") challenge, if any.
QByteArray challengeToken(const HttpResponse &response)
{
    for (const QByteArray &value : response.headerValues("WWW-Authenticate")) {
        for (const QByteArray &item : value.split(',')) {
            const QByteArray trimmed = item.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            if (space < 0)
                continue;
            const QByteArray scheme = trimmed.left(space);
            if (scheme.compare("Negotiate", Qt::CaseInsensitive) != 0
                && scheme.compare("Kerberos", Qt::CaseInsensitive) != 0)
                continue;
            const auto decoded = QByteArray::fromBase64Encoding(
                    trimmed.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return *decoded;
        }
    }
    return {};
}

} // namespace

QByteArray SealedMessage::contentType()
{
    return QByteArrayLiteral("multipart/encrypted;protocol=\"") + sealedProtocol
            + QByteArrayLiteral("\";boundary=\"Encrypted Boundary\"");
}

bool SealedMessage::isSealedContentType(const QByteArray &contentType)
{
    const QByteArray lower = contentType.toLower();
    return lower.startsWith("multipart/encrypted")
            && lower.contains(QByteArray("protocol=\"" + sealedProtocol.toLower() + '"'));
}

QByteArray SealedMessage::encode(qsizetype plainLength, const QByteArray &signature,
                                 const QByteArray &sealed)
{
    char length[4];
    qToLittleEndian<quint32>(quint32(signature.size()), length);
    QByteArray body;
    body.reserve(sealed.size() + signature.size() + 256);
    body += boundary;
    body += "\r\n\tContent-Type: ";
    body += sealedProtocol;
    body += "\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=";
    body += QByteArray::number(plainLength);
    body += "\r\n";
    body += boundary;
    body += "\r\n\tContent-Type: application/octet-stream\r\n";
    body += QByteArray(length, 4);
    body += signature;
    body += sealed;
    body += boundary;
    body += "--\r\n";
    return body;
}

bool SealedMessage::decode(const QByteArray &body, qsizetype *plainLength, QByteArray *signature,
                           QByteArray *sealed, QString *error)
{
    auto fail = [error](const char *why) {
        *error = QCoreApplication::translate("WsmanSession", why);
        return false;
    };
    const QByteArray separator = QByteArray(boundary + "\r\n");
    if (!body.startsWith(separator))
        return fail("the sealed reply does not start with its boundary");
    const qsizetype second = body.indexOf(QByteArray("\r\n" + separator), separator.size());
    if (second < 0)
        return fail("the sealed reply has no second part");
    // First part: header lines, tab-indented as Windows writes them.
    bool protocolSeen = false;
    qint64 length = -1;
    const QList<QByteArray> lines
            = body.mid(separator.size(), second - separator.size()).split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type" && value.compare(sealedProtocol, Qt::CaseInsensitive) == 0)
            protocolSeen = true;
        if (name == "originalcontent") {
            for (const QByteArray &param : value.split(';')) {
                const QByteArray p = param.trimmed();
                if (p.left(7).compare("Length=", Qt::CaseInsensitive) == 0) {
                    bool ok = false;
                    length = p.mid(7).toLongLong(&ok);
                    if (!ok || length < 0)
                        return fail("the sealed reply's Length= is not a number");
                }
            }
        }
    }
    if (!protocolSeen)
        return fail("the sealed reply does not name application/HTTP-SPNEGO-session-encrypted");
    if (length < 0)
        return fail("the sealed reply does not declare its length (Length=)");
    // Second part: one header line, then the binary payload up to the closing boundary.
    qsizetype pos = second + 2 + separator.size();
    const qsizetype lineEnd = body.indexOf("\r\n", pos);
    if (lineEnd < 0
        || body.mid(pos, lineEnd - pos)
                        .trimmed()
                        .compare("Content-Type: application/octet-stream", Qt::CaseInsensitive)
                != 0)
        return fail("the sealed reply's second part is not application/octet-stream");
    pos = lineEnd + 2;
    qsizetype end = body.size();
    const QByteArray closing = QByteArray(boundary + "--");
    if (body.endsWith(QByteArray(closing + "\r\n")))
        end -= closing.size() + 2;
    else if (body.endsWith(closing))
        end -= closing.size();
    else
        return fail("the sealed reply does not end with its closing boundary");
    if (end - pos < 4)
        return fail("the sealed reply is truncated");
    const quint32 signatureLength = qFromLittleEndian<quint32>(body.constData() + pos);
    if (qint64(signatureLength) > qint64(end - pos - 4))
        return fail("the sealed reply's signature is longer than the data");
    *plainLength = qsizetype(length);
    *signature = body.mid(pos + 4, signatureLength);
    *sealed = body.mid(pos + 4 + signatureLength, end - pos - 4 - signatureLength);
    return true;
}

WsmanSession::WsmanSession(const QUrl &url, Authenticator *auth,
                           const QList<QSslCertificate> &caCertificates,
                           const QByteArray &pinnedSha256, qint64 maxReplyBytes, QObject *parent)
    : QObject(parent), m_url(url), m_auth(auth)
{
    m_https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    HttpConnectionOptions options;
    options.host = url.host();
    options.port = quint16(url.port(m_https ? 5986 : 5985));
    options.tls = m_https;
    options.caCertificates = caCertificates;
    options.pinnedSha256 = pinnedSha256;
    options.maxResponseBytes = maxReplyBytes;
    m_connection = new HttpConnection(options, this);
    connect(m_connection, &HttpConnection::opened, this, &WsmanSession::onOpened);
    connect(m_connection, &HttpConnection::finished, this, &WsmanSession::onFinished);
    connect(m_connection, &HttpConnection::failed, this, &WsmanSession::onFailed);
}

WsmanSession::~WsmanSession() = default;

QString WsmanSession::clientName() const
{
    return m_context ? m_context->clientName() : QString();
}

quint64 WsmanSession::post(const QByteArray &envelope, int stepTimeoutMs, Done done)
{
    Pending p;
    p.id = m_nextId++;
    p.envelope = envelope;
    p.timeoutMs = stepTimeoutMs;
    p.done = std::move(done);
    m_queue.append(std::move(p));
    // Always later: the caller connects to its call's signals after post() returns.
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pumpScheduled = false;
                    pump();
                },
                Qt::QueuedConnection);
    }
    return m_queue.constLast().id;
}

void WsmanSession::cancel(quint64 id)
{
    if (m_current && m_current->id == id) {
        m_current.reset();
        if (m_phase != Phase::Idle) {
            // Whatever is in flight would answer the next request: start over on a new
            // connection, with a new context.
            m_connection->close();
            m_context.reset();
            m_phase = Phase::Idle;
        }
        pump();
        return;
    }
    m_queue.removeIf([id](const Pending &p) { return p.id == id; });
}

void WsmanSession::pump()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    begin();
}

bool WsmanSession::authenticatedHere() const
{
    return m_context && m_context->isComplete() && m_connection->isOpen()
            && m_contextConnection == m_connection->connectionId();
}

void WsmanSession::begin()
{
    if (authenticatedHere()) {
        sendEnvelope();
        return;
    }
    m_context.reset();
    if (!m_connection->isOpen()) {
        m_phase = Phase::Opening;
        m_connection->open(m_current->timeoutMs);
        return;
    }
    startHandshake();
}

void WsmanSession::onOpened()
{
    if (m_phase == Phase::Opening && m_current)
        startHandshake();
}

HttpRequest WsmanSession::baseRequest() const
{
    HttpRequest request;
    request.method = "POST";
    request.target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (request.target.isEmpty())
        request.target = "/wsman";
    if (m_url.hasQuery())
        request.target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    request.addHeader("User-Agent", "RRAS Console WS-Management");
    return request;
}

void WsmanSession::startHandshake()
{
    ++m_handshakes;
    // Over https the context is bound to this TLS connection's certificate (RFC 5929), as
    // Windows checks when CbtHardeningLevel asks for it.
    const QByteArray bindings = m_https ? m_connection->tlsServerEndPoint() : QByteArray();
    m_context = m_auth->createContext(m_url.host(), bindings);
    m_contextConnection = m_connection->connectionId();
    if (!m_context) {
        finishCurrent(authError(tr("%1 cannot make a security context").arg(m_auth->scheme())));
        return;
    }
    const SecurityContext::Step step = m_context->step({});
    if (!step.ok()) {
        WsmanError error = authError(step.error);
        error.credentialsExpired = step.credentialsExpired;
        finishCurrent(error);
        return;
    }
    sendToken(step.token);
}

void WsmanSession::sendToken(const QByteArray &token)
{
    m_phase = Phase::Handshaking;
    HttpRequest request = baseRequest();
    request.addHeader("Authorization", m_context->scheme().toLatin1() + ' ' + token.toBase64());
    // The handshake carries no envelope (as pywinrm does it): the envelope is sealed only once
    // the context is complete, so it can never leave in plain text.
    request.addHeader("Content-Type", soapContentType);
    m_connection->send(request, m_current->timeoutMs);
}

void WsmanSession::sendEnvelope()
{
    m_phase = Phase::Sending;
    HttpRequest request = baseRequest();
    if (m_https) {
        request.addHeader("Content-Type", soapContentType);
        request.body = m_current->envelope;
    } else {
        QByteArray signature;
        QByteArray sealed;
        QString error;
        if (!m_context->canSeal()) {
            finishCurrent(authError(tr("the security context cannot encrypt, and this server "
                                       "is reached over plain http")));
            return;
        }
        if (!m_context->seal(m_current->envelope, &signature, &sealed, &error)) {
            m_connection->close();
            m_context.reset();
            finishCurrent(authError(tr("the envelope could not be sealed: %1").arg(error)));
            return;
        }
        request.addHeader("Content-Type", SealedMessage::contentType());
        request.body = SealedMessage::encode(m_current->envelope.size(), signature, sealed);
    }
    m_connection->send(request, m_current->timeoutMs);
}

void WsmanSession::onFinished(const HttpResponse &response)
{
    if (!m_current) {
        m_phase = Phase::Idle;
        return;
    }
    if (m_phase == Phase::Handshaking)
        onHandshakeReply(response);
    else if (m_phase == Phase::Sending)
        onEnvelopeReply(response);
}

void WsmanSession::onHandshakeReply(const HttpResponse &response)
{
    const QByteArray token = challengeToken(response);
    if (response.status == 401) {
        if (token.isEmpty() || m_context->isComplete()) {
            // Refused: no further leg offered.
            m_context.reset();
            finishCurrent(authError(tr("the server refused the credentials"), &response));
            return;
        }
        const SecurityContext::Step step = m_context->step(token);
        if (!step.ok()) {
            m_connection->close();
            m_context.reset();
            finishCurrent(authError(step.error, &response));
            return;
        }
        if (m_context->isComplete() && step.token.isEmpty()) {
            m_context.reset();
            finishCurrent(authError(tr("the server refused the credentials"), &response));
            return;
        }
        if (!response.keepAlive) {
            // The context belongs to the connection that just closed.
            m_context.reset();
            finishCurrent(authError(tr("the server closed the connection in the middle of the "
                                       "authentication"),
                                    &response));
            return;
        }
        sendToken(step.token);
        return;
    }
    if (response.status / 100 != 2) {
        // Not an authentication answer (404, 500, ...): the caller explains it.
        m_context.reset();
        finishCurrent(WsmanError{}, response);
        return;
    }
    if (!token.isEmpty() && !m_context->isComplete()) {
        const SecurityContext::Step step = m_context->step(token);
        if (!step.ok()) {
            m_connection->close();
            m_context.reset();
            finishCurrent(authError(step.error, &response));
            return;
        }
    }
    if (!m_context->isComplete()) {
        m_connection->close();
        m_context.reset();
        finishCurrent(authError(tr("the server accepted the connection without completing the "
                                   "authentication (no mutual authentication token), so it did "
                                   "not prove its identity"),
                                &response));
        return;
    }
    if (!response.keepAlive || !m_connection->isOpen()) {
        m_context.reset();
        finishCurrent(WsmanError::make(WsmanError::Kind::Transport,
                                       tr("the server closed the connection right after the "
                                          "authentication")));
        return;
    }
    qCDebug(lcWsman).noquote() << m_url.toDisplayString() << "authenticated as"
                               << m_context->clientName() << "on connection"
                               << m_connection->connectionId();
    sendEnvelope();
}

void WsmanSession::onEnvelopeReply(const HttpResponse &response)
{
    if (response.status == 401) {
        // The server no longer knows this connection's context (or wants a new one per request):
        // authenticate again once, then send the envelope sealed with the new context.
        m_context.reset();
        if (!m_current->reauthenticated) {
            m_current->reauthenticated = true;
            qCInfo(lcWsman).noquote() << m_url.toDisplayString()
                                      << "answered 401 on an authenticated connection; "
                                         "authenticating again";
            begin();
            return;
        }
        finishCurrent(authError(tr("the server refused the credentials"), &response));
        return;
    }
    HttpResponse reply = response;
    if (!m_https) {
        const QByteArray contentType = response.header("Content-Type");
        if (SealedMessage::isSealedContentType(contentType)) {
            qsizetype length = 0;
            QByteArray signature;
            QByteArray sealed;
            QByteArray plain;
            QString error;
            if (!SealedMessage::decode(response.body, &length, &signature, &sealed, &error)
                || !m_context->unseal(signature, sealed, &plain, &error)) {
                // The sequence can no longer be trusted on this connection.
                m_connection->close();
                m_context.reset();
                finishCurrent(WsmanError::make(WsmanError::Kind::Parse,
                                               tr("the sealed reply was rejected: %1").arg(error)));
                return;
            }
            if (plain.size() != length) {
                m_connection->close();
                m_context.reset();
                finishCurrent(WsmanError::make(
                        WsmanError::Kind::Parse,
                        tr("the sealed reply was rejected: it declares %1 bytes but %2 were "
                           "sealed (tampered with)")
                                .arg(length)
                                .arg(plain.size())));
                return;
            }
            reply.body = plain;
            for (auto &header : reply.headers) {
                if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
                    header.second = soapContentType;
            }
        } else if (!response.body.trimmed().isEmpty()) {
            // Anything readable here was not protected: never take it for data.
            m_connection->close();
            m_context.reset();
            finishCurrent(WsmanError::make(
                    WsmanError::Kind::Parse,
                    tr("the server answered HTTP %1 in plain text on an encrypted session "
                       "(Content-Type %2); the reply was refused")
                            .arg(response.status)
                            .arg(QString::fromLatin1(contentType.left(100)))));
            return;
        }
    }
    finishCurrent(WsmanError{}, reply);
}

void WsmanSession::onFailed(const WsmanError &error, bool nothingReceived)
{
    if (!m_current) {
        m_phase = Phase::Idle;
        return;
    }
    const Phase phase = m_phase;
    m_context.reset();
    // A kept-alive connection the server closed as the request went out: once more, on a new
    // connection with a new context. A connect or TLS failure is final at once.
    if (phase != Phase::Opening && nothingReceived && !m_current->retried
        && error.kind == WsmanError::Kind::Transport) {
        m_current->retried = true;
        qCInfo(lcWsman).noquote() << m_url.toDisplayString()
                                  << "connection dropped before any reply; reconnecting:"
                                  << error.detail;
        begin();
        return;
    }
    finishCurrent(error);
}

WsmanError WsmanSession::authError(const QString &detail, const HttpResponse *response) const
{
    WsmanError error = WsmanError::make(WsmanError::Kind::Auth, detail);
    error.attemptedAuthScheme = m_auth->scheme();
    if (response) {
        error.httpStatus = response->status;
        error.offeredAuthSchemes = authSchemesOf(response->headerValues("WWW-Authenticate"));
    }
    return error;
}

void WsmanSession::finishCurrent(const WsmanError &error, const HttpResponse &response)
{
    if (!m_current)
        return;
    const Done done = std::move(m_current->done);
    m_current.reset();
    if (m_phase != Phase::Idle && !m_connection->isOpen())
        m_context.reset();
    m_phase = Phase::Idle;
    QPointer<WsmanSession> self(this);
    if (done)
        done(error, response);
    if (self)
        pump();
}
