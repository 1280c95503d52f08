#pragma once

#include "ciminstance.h"
#include "envelope.h"
#include "wsmanerror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class Authenticator;
class OutParameterReader;
struct ParsedReply;
class WsmanSession;
class QNetworkAccessManager;
class QNetworkReply;
class QThreadPool;
class QTimer;

// Where and how to reach one WinRM endpoint.
struct WsmanEndpoint
{
    QUrl url;                         // http(s)://host:port/wsman
    bool allowUnencrypted = false;    // permit credentials that travel in clear over plain http
    quint32 maxEnvelopeSize = 512000; // bytes, sent as w:MaxEnvelopeSize
    int operationTimeoutMs = 60000;   // sent as w:OperationTimeout
    int transferTimeoutMs = 0; // 0: operationTimeoutMs + 15 s. Always longer than the operation
                               // timeout (raised to operationTimeoutMs + 1 s when set lower).
    // A reply larger than this is cut off: Transport error. The cap applied is the smaller of this
    // and effectiveMaxReplyBytes()'s bound from maxEnvelopeSize.
    qint64 maxReplyBytes = 64 * 1024 * 1024;
    QList<QSslCertificate> caCertificates; // extra trust anchors, beside the system's
    QByteArray pinnedSha256; // raw SHA-256 of the DER certificate; when set, only that certificate
                             // is accepted
    QString locale = QStringLiteral("en-US");

    int effectiveTransferTimeoutMs() const;
    // The reply cap in force: maxReplyBytes (<= 0: none), but never more than a server that
    // honours our MaxEnvelopeSize can send (twice it, for UTF-16, plus 64 KiB for HTTP and
    // sealing framing), so that a hostile server cannot make each call hold 64 MiB.
    qint64 effectiveMaxReplyBytes() const;
};

class WsmanCall;

// An asynchronous WS-Management client for one endpoint over an injected QNetworkAccessManager.
// Never blocks, never spins an event loop. Each invoke() is one WsmanCall with its own timeout.
// With a connection-based authenticator (Negotiate: Kerberos, NTLM) the calls go one after the
// other over the client's own persistent, authenticated connection instead (WsmanSession), which
// over http seals every message (protocol.md §2.2).
class WsmanClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsmanClient)
public:
    // `auth` may be null (no credentials). Basic over plain http is refused per call (Auth error,
    // nothing sent) unless endpoint.allowUnencrypted is set. Negotiate needs no such opt-in: over
    // plain http it seals every message.
    WsmanClient(QNetworkAccessManager *nam, WsmanEndpoint endpoint,
                std::unique_ptr<Authenticator> auth, QObject *parent = nullptr);
    ~WsmanClient() override;

    const WsmanEndpoint &endpoint() const { return m_endpoint; }

    // Invoke a static method. The call is parented to this client and emits finished() exactly
    // once (also on error or abort); the receiver should deleteLater() it.
    WsmanCall *invoke(const QString &resourceUri, const QString &method,
                      const QList<InvokeParameter> &parameters);
    // The same, with the out-parameters `outParameters` names read by it while the reply is
    // parsed (on the parse's thread) instead of into result().output. The call shares it with
    // the parse; read it only after finished() without an error (the parse is then over).
    WsmanCall *invoke(const QString &resourceUri, const QString &method,
                      const QList<InvokeParameter> &parameters,
                      std::shared_ptr<OutParameterReader> outParameters);

    // The persistent connection of a connection-based authenticator (null otherwise), for tests
    // and diagnostics.
    WsmanSession *session() const { return m_session; }

    // A reply body of this size or more is parsed on a thread of threadPool(), and its
    // call's finished() follows once the parse is done: a 2,500-tunnel listing (about 2.6 MB)
    // takes 75 ms or more to parse, a stall the GUI thread must not take 20 times every poll
    // interval. Smaller replies (disconnects, faults, short lists) are parsed at once on the
    // caller's thread, where the hop would cost more than the parse.
    static constexpr qsizetype backgroundParseBytes = 64 * 1024;

    // Where the large replies are parsed (and, by WsmanRrasClient, listings converted). Not
    // Qt's global pool: in Qt 6.4 the raster paint engine splits large fills across that pool
    // and waits for them, so parses queued there stalled the window's painting for as long as
    // the queue (measured: 0.3 to 2 s scroll-bar paints with 20 servers). By default each client
    // has a pool of its own with one thread (a server's replies come one at a time anyway); one
    // still parsing when the client is deleted is retired once idle, never waited for.
    // setThreadPool() shares one among clients instead (not owned; it must outlive them; null:
    // back to the client's own).
    QThreadPool *threadPool();
    void setThreadPool(QThreadPool *pool) { m_sharedPool = pool; }

    // For tests and diagnostics: called on the thread that parses each reply body, just before
    // the parse (a pool thread at backgroundParseBytes or more, the caller's otherwise). It must
    // be thread-safe and must not touch this client. Empty: nothing is called.
    void setParseHook(std::function<void()> hook) { m_parseHook = std::move(hook); }

private:
    friend class WsmanCall;
    std::function<void()> m_parseHook;
    QThreadPool *m_sharedPool = nullptr;
    QThreadPool *m_ownPool = nullptr; // child, made on first use
    QNetworkAccessManager *m_nam;
    WsmanEndpoint m_endpoint;
    std::unique_ptr<Authenticator> m_auth;
    WsmanSession *m_session = nullptr; // child; made with the first call that needs it
    // The system's trust anchors plus the endpoint's, read once: parsing the system store takes
    // 0.3 s, too long for every call on the GUI thread. Only needed with extra anchors.
    QList<QSslCertificate> trustAnchors();
    QList<QSslCertificate> m_trustAnchors; // empty until read (it holds at least the extra ones)
};

class WsmanCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsmanCall)
public:
    ~WsmanCall() override;

    WsmanClient *client() const { return m_client; }
    bool isFinished() const { return m_finished; }
    const WsmanError &error() const { return m_error; }
    const InvokeResult &result() const { return m_result; }
    // Moves the result out (e.g. into a worker that converts it), leaving an empty one behind.
    InvokeResult takeResult() { return std::exchange(m_result, {}); }
    QString messageId() const { return m_messageId; }
    qint64 requestBytes() const { return m_requestBytes; }
    qint64 elapsedMs() const;
    // Abort: finished() follows with a Cancelled error (never Timeout).
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class WsmanClient;
    explicit WsmanCall(WsmanClient *client);
    void start(InvokeRequest request);
    void finish(WsmanError error, InvokeResult result = {});
    // finish() on the next event-loop turn: invoke() has returned and the caller has connected.
    void finishLater(WsmanError error);
    void onReplyFinished();
    void startSession(const QByteArray &body);
    void handleReply(int status, const QString &reason, const QList<QByteArray> &challenges,
                     const QByteArray &body);
    void handleParsed(int status, const QString &reason, ParsedReply parsed);
    void onTimeout();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void checkReplySize(qint64 bytes);
    WsmanError tlsError(const QString &fallbackDetail) const;

    WsmanClient *m_client;
    QPointer<QNetworkReply> m_reply;
    quint64 m_sessionId = 0; // the envelope posted on the client's WsmanSession, if any
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    QString m_messageId;
    qint64 m_requestBytes = 0;
    qint64 m_finishedAfterMs = -1;
    qint64 m_maxReplyBytes = 0;
    int m_transferTimeoutMs = 0;
    QByteArray m_pinnedSha256;
    QByteArray m_peerSha256;            // the server certificate's digest, once seen
    QList<QSslCertificate> m_peerChain; // the chain it presented, for the Tls error
    QString m_tlsDetail;                // why the handshake was refused, once it was
    bool m_finished = false;
    bool m_timedOut = false;
    WsmanError m_error;
    InvokeResult m_result;
    std::shared_ptr<OutParameterReader> m_outParameters;
};
