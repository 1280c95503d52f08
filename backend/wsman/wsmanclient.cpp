#include "wsmanclient.h"

#include "auth/authenticator.h"
#include "backgroundtask.h"
#include "httpconnection.h"
#include "replyparser.h"
#include "wsmansession.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcWsman, "rras.wsman")

namespace {

// The transfer timeout must leave the server time to send its own w:TimedOut fault.
constexpr int minimumTransferMarginMs = 1000;
constexpr int defaultTransferMarginMs = 15000;
// QNAM's own inactivity timeout only as a backstop behind the call's timer.
constexpr int backstopMarginMs = 5000;
// Beyond the envelope itself: HTTP chunk lines and the sealed multipart framing.
constexpr qint64 replyFramingBytes = 64 * 1024;

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 1, std::numeric_limits<int>::max()));
}

QString fingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace

int WsmanEndpoint::effectiveTransferTimeoutMs() const
{
    const qint64 operation = qMax(0, operationTimeoutMs);
    if (transferTimeoutMs <= 0)
        return clampToInt(operation + defaultTransferMarginMs);
    return clampToInt(qMax<qint64>(transferTimeoutMs, operation + minimumTransferMarginMs));
}

qint64 WsmanEndpoint::effectiveMaxReplyBytes() const
{
    const qint64 envelopeBound = 2 * qint64(maxEnvelopeSize) + replyFramingBytes;
    return maxReplyBytes > 0 ? std::min(maxReplyBytes, envelopeBound) : envelopeBound;
}

WsmanClient::WsmanClient(QNetworkAccessManager *nam, WsmanEndpoint endpoint,
                         std::unique_ptr<Authenticator> auth, QObject *parent)
    : QObject(parent), m_nam(nam), m_endpoint(std::move(endpoint)), m_auth(std::move(auth))
{ }

namespace {

// Deletes `pool` once no parse runs on it: its destructor would wait for a running one, and the
// GUI thread must not. Polled, because a pool has no signal for "idle".
void retirePool(QThreadPool *pool)
{
    if (pool->activeThreadCount() == 0) {
        delete pool;
        return;
    }
    QTimer::singleShot(50, pool, [pool] { retirePool(pool); });
}

} // namespace

WsmanClient::~WsmanClient()
{
    // The session uses m_auth, which goes before the children do: delete it first. It calls
    // nobody back; the calls still pending see no session when they are deleted.
    delete std::exchange(m_session, nullptr);
    if (QThreadPool *pool = std::exchange(m_ownPool, nullptr)) {
        // Parses not yet started are dropped (their calls go with this client); a running one
        // ends on its own and its result goes nowhere.
        pool->setParent(nullptr);
        pool->clear();
        retirePool(pool);
    }
}

QList<QSslCertificate> WsmanClient::trustAnchors()
{
    if (m_trustAnchors.isEmpty())
        m_trustAnchors = QSslConfiguration::systemCaCertificates() + m_endpoint.caCertificates;
    return m_trustAnchors;
}

QThreadPool *WsmanClient::threadPool()
{
    if (m_sharedPool)
        return m_sharedPool;
    if (!m_ownPool) {
        m_ownPool = new QThreadPool(this);
        m_ownPool->setObjectName(QStringLiteral("WsmanClient parse pool"));
        m_ownPool->setMaxThreadCount(1);
    }
    return m_ownPool;
}

WsmanCall *WsmanClient::invoke(const QString &resourceUri, const QString &method,
                               const QList<InvokeParameter> &parameters)
{
    return invoke(resourceUri, method, parameters, nullptr);
}

WsmanCall *WsmanClient::invoke(const QString &resourceUri, const QString &method,
                               const QList<InvokeParameter> &parameters,
                               std::shared_ptr<OutParameterReader> outParameters)
{
    auto *call = new WsmanCall(this);
    call->m_outParameters = std::move(outParameters);
    InvokeRequest request;
    request.to = m_endpoint.url;
    request.resourceUri = resourceUri;
    request.method = method;
    request.parameters = parameters;
    request.maxEnvelopeSize = m_endpoint.maxEnvelopeSize;
    request.operationTimeoutMs = m_endpoint.operationTimeoutMs;
    request.locale = m_endpoint.locale;
    call->start(std::move(request));
    return call;
}

WsmanCall::WsmanCall(WsmanClient *client) : QObject(client), m_client(client) { }

WsmanCall::~WsmanCall()
{
    if (m_sessionId != 0 && m_client->m_session)
        m_client->m_session->cancel(m_sessionId);
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

qint64 WsmanCall::elapsedMs() const
{
    if (m_finishedAfterMs >= 0)
        return m_finishedAfterMs;
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void WsmanCall::abort()
{
    finish(WsmanError::make(WsmanError::Kind::Cancelled, tr("cancelled")));
}

void WsmanCall::start(InvokeRequest request)
{
    m_elapsed.start();
    const WsmanEndpoint &endpoint = m_client->m_endpoint;
    m_maxReplyBytes = endpoint.effectiveMaxReplyBytes();
    m_transferTimeoutMs = endpoint.effectiveTransferTimeoutMs();
    m_pinnedSha256 = endpoint.pinnedSha256;

    const QByteArray body = writeInvokeEnvelope(request);
    m_messageId = request.messageId;
    m_requestBytes = body.size();

    QUrl url = endpoint.url;
    // Credentials travel only through the Authenticator, never from the URL.
    url.setUserInfo(QString());
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    if (!url.isValid() || url.host().isEmpty() || (!https && scheme != QLatin1String("http"))) {
        finishLater(WsmanError::make(
                WsmanError::Kind::Transport,
                tr("\"%1\" is not an http or https address").arg(url.toDisplayString())));
        return;
    }

    Authenticator *auth = m_client->m_auth.get();
    if (auth && auth->exposesSecretsWithoutTls() && !https && !endpoint.allowUnencrypted) {
        //: %1 is an authentication scheme such as Basic
        finishLater(WsmanError::make(
                WsmanError::Kind::Auth,
                tr("%1 authentication over unencrypted HTTP would expose the password")
                        .arg(auth->scheme())));
        return;
    }

    if (auth && auth->isConnectionBased()) {
        startSession(body);
        return;
    }

    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/soap+xml;charset=UTF-8"));
    req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArrayLiteral("RRAS Console WS-Management"));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Only the Authenticator decides what is sent: no credentials cached by QNAM, no cookies.
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setTransferTimeout(clampToInt(qint64(m_transferTimeoutMs) + backstopMarginMs));
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // With a pin, no anchor at all: every handshake then reaches onSslErrors, which lets
        // only the pinned certificate through before a byte of the request (or its
        // credentials) is sent. Without one, the system's anchors plus the endpoint's own; with
        // no own anchor, Qt's default, which looks the system's up on demand.
        if (!m_pinnedSha256.isEmpty())
            tls.setCaCertificates({});
        else if (!endpoint.caCertificates.isEmpty())
            tls.setCaCertificates(m_client->trustAnchors());
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        req.setSslConfiguration(tls);
    }
    if (auth)
        auth->prepare(req);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(m_timer, &QTimer::timeout, this, &WsmanCall::onTimeout);
    m_timer->start(m_transferTimeoutMs);

    qCDebug(lcWsman) << "POST" << url.toDisplayString() << request.method << m_messageId
                     << m_requestBytes << "bytes, timeout" << m_transferTimeoutMs << "ms";
    m_reply = m_client->m_nam->post(req, body);
    connect(m_reply, &QNetworkReply::finished, this, &WsmanCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &WsmanCall::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &WsmanCall::onEncrypted);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        // Refuse an announced oversize reply before a byte of it is buffered.
        if (m_reply) {
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid())
                checkReplySize(length.toLongLong());
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkReplySize(received); });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply)
            checkReplySize(m_reply->bytesAvailable());
    });
}

void WsmanCall::startSession(const QByteArray &body)
{
    const WsmanEndpoint &endpoint = m_client->m_endpoint;
    if (!m_client->m_session) {
        QUrl url = endpoint.url;
        url.setUserInfo(QString());
        m_client->m_session = new WsmanSession(url, m_client->m_auth.get(), endpoint.caCertificates,
                                               endpoint.pinnedSha256, m_maxReplyBytes, m_client);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &WsmanCall::onTimeout);
    m_timer->start(m_transferTimeoutMs);
    qCDebug(lcWsman) << "POST (session)" << endpoint.url.toDisplayString() << m_messageId
                     << m_requestBytes << "bytes, timeout" << m_transferTimeoutMs << "ms";
    // Each network step gets the whole transfer timeout; the call's own timer bounds the total.
    m_sessionId = m_client->m_session->post(
            body, m_transferTimeoutMs + backstopMarginMs,
            [this](const WsmanError &error, const HttpResponse &reply) {
                m_sessionId = 0;
                if (m_finished)
                    return;
                if (error.isError()) {
                    finish(error);
                    return;
                }
                handleReply(reply.status, QString::fromLatin1(reply.reason),
                            reply.headerValues("WWW-Authenticate"), reply.body);
            });
}

void WsmanCall::finishLater(WsmanError error)
{
    QMetaObject::invokeMethod(
            this, [this, error = std::move(error)] { finish(error); }, Qt::QueuedConnection);
}

void WsmanCall::checkReplySize(qint64 bytes)
{
    if (m_finished || bytes <= m_maxReplyBytes)
        return;
    finish(WsmanError::make(WsmanError::Kind::Transport,
                            tr("the reply is too large (%1 bytes, the limit is %2 bytes)")
                                    .arg(bytes)
                                    .arg(m_maxReplyBytes)));
}

void WsmanCall::onTimeout()
{
    m_timedOut = true;
    finish(WsmanError::make(WsmanError::Kind::Timeout,
                            tr("no complete reply within %1 ms").arg(m_transferTimeoutMs)));
}

void WsmanCall::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    QSslCertificate certificate = m_reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.constFirst().certificate();
    m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    if (m_peerChain.isEmpty() && !certificate.isNull())
        m_peerChain = {certificate};
    m_peerSha256
            = certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
    if (!m_pinnedSha256.isEmpty()) {
        // A pinned certificate is trusted as itself, whoever issued it and whatever its name.
        if (!m_peerSha256.isEmpty() && m_peerSha256 == m_pinnedSha256) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
        m_tlsDetail = tr("the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)")
                              .arg(fingerprint(m_peerSha256), fingerprint(m_pinnedSha256));
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    reasons.removeDuplicates();
    m_tlsDetail = tr("%1; certificate SHA-256 %2")
                          .arg(reasons.join(QLatin1String("; ")), fingerprint(m_peerSha256));
}

void WsmanCall::onEncrypted()
{
    if (!m_reply)
        return;
    const QSslCertificate certificate = m_reply->sslConfiguration().peerCertificate();
    m_peerSha256
            = certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
    m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    // A valid chain is not enough when a pin is set: only that certificate may answer.
    if (!m_pinnedSha256.isEmpty() && m_peerSha256 != m_pinnedSha256) {
        m_tlsDetail = tr("the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)")
                              .arg(fingerprint(m_peerSha256), fingerprint(m_pinnedSha256));
        finish(tlsError(QString()));
    }
}

WsmanError WsmanCall::tlsError(const QString &fallbackDetail) const
{
    WsmanError error = WsmanError::make(WsmanError::Kind::Tls,
                                        m_tlsDetail.isEmpty() ? fallbackDetail : m_tlsDetail);
    error.certificateSha256 = m_peerSha256;
    error.peerCertificates = m_peerChain;
    error.pinMismatch = !m_pinnedSha256.isEmpty() && !m_peerSha256.isEmpty()
            && m_peerSha256 != m_pinnedSha256;
    return error;
}

void WsmanCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    // A network-layer error (1..99) with a status is a reply cut short after its head (closed or
    // reset before Content-Length was reached): QNAM hands over the partial body, which must not
    // reach the parser as if it were the reply.
    const bool networkLayer = networkError != QNetworkReply::NoError
            && networkError < QNetworkReply::ProxyConnectionRefusedError;
    if (status != 0 && networkLayer && networkError != QNetworkReply::OperationCanceledError
        && networkError != QNetworkReply::TimeoutError) {
        finish(WsmanError::make(WsmanError::Kind::Transport,
                                tr("the connection closed in the middle of the reply (%1)")
                                        .arg(reply->errorString())));
        return;
    }
    if (status == 0 || networkLayer) {
        if (!m_tlsDetail.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError)
            finish(tlsError(reply->errorString()));
        else if (networkError == QNetworkReply::OperationCanceledError
                 || networkError == QNetworkReply::TimeoutError)
            // Only QNAM's backstop transfer timeout cancels a reply we did not abort ourselves.
            finish(WsmanError::make(WsmanError::Kind::Timeout, reply->errorString()));
        else
            finish(WsmanError::make(WsmanError::Kind::Transport,
                                    reply->errorString().isEmpty()
                                            ? tr("the connection closed without a reply")
                                            : reply->errorString()));
        return;
    }

    const QByteArray body = reply->readAll();
    if (body.size() > m_maxReplyBytes) {
        checkReplySize(body.size());
        return;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QList<QByteArray> challenges;
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        if (name.compare(QByteArrayLiteral("WWW-Authenticate"), Qt::CaseInsensitive) == 0)
            challenges.append(value);
    }
    handleReply(status, reason, challenges, body);
}

void WsmanCall::handleReply(int status, const QString &reason, const QList<QByteArray> &challenges,
                            const QByteArray &body)
{
    WsmanError error;
    error.httpStatus = status;

    if (status == 401) {
        error.kind = WsmanError::Kind::Auth;
        error.offeredAuthSchemes = authSchemesOf(challenges);
        if (const Authenticator *auth = m_client->m_auth.get())
            error.attemptedAuthScheme = auth->scheme();
        error.detail = tr("HTTP 401 %1: the server refused the credentials").arg(reason);
        finish(error);
        return;
    }
    if (status == 413) {
        error.kind = WsmanError::Kind::EnvelopeLimit;
        error.detail = tr("HTTP 413: the request is larger than the server's MaxEnvelopeSizekb");
        finish(error);
        return;
    }
    if (body.trimmed().isEmpty()) {
        if (status == 200) {
            error.kind = WsmanError::Kind::Parse;
            error.detail = tr("HTTP 200 with an empty body");
        } else {
            error.kind = WsmanError::Kind::Http;
            error.detail = tr("HTTP %1 %2 with an empty body").arg(status).arg(reason);
        }
        finish(error);
        return;
    }

    if (body.size() >= WsmanClient::backgroundParseBytes) {
        // The reply is complete: what remains is local work, which no transfer timeout should
        // cut short. The call is the watcher's parent, so a call aborted or deleted meanwhile
        // never hears of the result; the worker owns copies of everything it reads.
        if (m_timer)
            m_timer->stop();
        runInBackground(
                m_client->threadPool(), this,
                [body, messageId = m_messageId, hook = m_client->m_parseHook,
                 outParameters = m_outParameters] {
                    if (hook)
                        hook();
                    return parseInvokeReply(body, messageId, outParameters.get());
                },
                [this, status, reason](ParsedReply parsed) {
                    if (!m_finished)
                        handleParsed(status, reason, std::move(parsed));
                });
        return;
    }
    if (m_client->m_parseHook)
        m_client->m_parseHook();
    handleParsed(status, reason, parseInvokeReply(body, m_messageId, m_outParameters.get()));
}

void WsmanCall::handleParsed(int status, const QString &reason, ParsedReply parsed)
{
    WsmanError error;
    error.httpStatus = status;
    if (!parsed.error.isError()) {
        if (status == 200) {
            finish(WsmanError{}, std::move(parsed.result));
            return;
        }
        error.kind = WsmanError::Kind::Http;
        error.detail
                = tr("HTTP %1 %2 with a method output instead of a fault").arg(status).arg(reason);
        finish(error);
        return;
    }
    if (parsed.error.kind == WsmanError::Kind::Parse && status != 200) {
        // An error page from something other than WinRM (a proxy, a web server on the port).
        error.kind = WsmanError::Kind::Http;
        error.detail = tr("HTTP %1 %2 without a SOAP fault (%3)")
                               .arg(status)
                               .arg(reason, parsed.error.detail);
        finish(error);
        return;
    }
    parsed.error.httpStatus = status;
    finish(parsed.error, std::move(parsed.result));
}

void WsmanCall::finish(WsmanError error, InvokeResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_finishedAfterMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (m_timer)
        m_timer->stop();
    if (m_sessionId != 0) {
        const quint64 id = std::exchange(m_sessionId, 0);
        if (m_client->m_session)
            m_client->m_session->cancel(id);
    }
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    m_error = std::move(error);
    m_result = std::move(result);
    if (m_error.isError())
        qCInfo(lcWsman).noquote() << m_messageId << "failed after" << m_finishedAfterMs
                                  << "ms:" << m_error.summary();
    else
        qCDebug(lcWsman).noquote()
                << m_messageId << "done in" << m_finishedAfterMs << "ms,"
                << "ReturnValue" << (m_result.returnValue ? qint64(*m_result.returnValue) : -1);
    Q_EMIT finished();
}
