#pragma once

#include "httpconnection.h"
#include "wsmanerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class Authenticator;
class SecurityContext;

// The persistent, authenticated connection of one WsmanClient whose authenticator is
// connection-based (Negotiate: Kerberos or NTLM), protocol.md §2.2:
// - one TCP connection (HttpConnection), one security context made on it; a new connection is
//   authenticated again before anything else is sent on it;
// - the handshake is an empty POST carrying "Authorization: Negotiate <token>", repeated while
//   the server answers 401 with a token, until the context is complete (Kerberos: the server's
//   mutual-authentication token on the 200 is required);
// - over http every envelope is sealed (multipart/encrypted) and every reply must be sealed and
//   verify: a plaintext envelope is never sent, a plaintext or tampered reply is an error;
// - over https the envelope travels in TLS, and the context carries the TLS channel binding;
// - when the connection drops before any reply byte arrived, the envelope is sent again once,
//   on a new connection with a new context (sealed with the NEW context).
// Envelopes are queued and sent one at a time. GSSAPI calls run on this thread: they are local
// computations, except that Kerberos may ask the KDC for a service ticket on a new connection.
class WsmanSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsmanSession)
public:
    // `done` gets a transport/auth error, or the HTTP reply with its body unsealed.
    using Done = std::function<void(const WsmanError &error, const HttpResponse &reply)>;

    // `auth` must outlive the session. `maxReplyBytes` caps each reply.
    WsmanSession(const QUrl &url, Authenticator *auth, const QList<QSslCertificate> &caCertificates,
                 const QByteArray &pinnedSha256, qint64 maxReplyBytes, QObject *parent = nullptr);
    ~WsmanSession() override;

    // Queues one envelope; `done` is called exactly once, later, unless cancel(id) comes first.
    // Each network step (connect, each handshake leg, the envelope) gets `stepTimeoutMs`.
    quint64 post(const QByteArray &envelope, int stepTimeoutMs, Done done);
    // Forgets a posted envelope. One in flight closes the connection: its late reply would
    // otherwise be read as the next one's, and break the sealed sequence.
    void cancel(quint64 id);

    bool isSealing() const { return !m_https; }
    // For tests and logs.
    int handshakeCount() const { return m_handshakes; }
    quint64 connectionId() const { return m_connection->connectionId(); }
    HttpConnection *connection() const { return m_connection; }
    QString clientName() const; // who the context says we are, once authenticated

private:
    enum class Phase { Idle, Opening, Handshaking, Sending };
    struct Pending
    {
        quint64 id = 0;
        QByteArray envelope;
        int timeoutMs = 0;
        Done done;
        bool retried = false;         // sent again after a dropped connection
        bool reauthenticated = false; // authenticated again after a 401 on an open connection
    };

    void pump();
    void begin();
    void startHandshake();
    void sendToken(const QByteArray &token);
    void sendEnvelope();
    void onOpened();
    void onFinished(const HttpResponse &response);
    void onFailed(const WsmanError &error, bool nothingReceived);
    void onHandshakeReply(const HttpResponse &response);
    void onEnvelopeReply(const HttpResponse &response);
    void finishCurrent(const WsmanError &error, const HttpResponse &response = {});
    WsmanError authError(const QString &detail, const HttpResponse *response = nullptr) const;
    bool authenticatedHere() const;
    HttpRequest baseRequest() const;

    QUrl m_url;
    bool m_https = false;
    Authenticator *m_auth;
    HttpConnection *m_connection;
    std::unique_ptr<SecurityContext> m_context;
    quint64 m_contextConnection = 0; // the connection the context was made on
    Phase m_phase = Phase::Idle;
    QList<Pending> m_queue;
    std::optional<Pending> m_current;
    quint64 m_nextId = 1;
    int m_handshakes = 0;
    bool m_pumpScheduled = false;
};

// The sealed framing of protocol.md §2.2 (MS-WSMV 2.2.9.1.1), the client's own implementation.
namespace SealedMessage {
// The request/reply Content-Type of a sealed body.
QByteArray contentType();
// Whether a Content-Type names the SPNEGO session encryption.
bool isSealedContentType(const QByteArray &contentType);
// The whole multipart body around one sealed message.
QByteArray encode(qsizetype plainLength, const QByteArray &signature, const QByteArray &sealed);
// Splits a body into its declared plaintext length, signature and sealed bytes. false with
// *error for anything but exactly one well-formed part.
bool decode(const QByteArray &body, qsizetype *plainLength, QByteArray *signature,
            QByteArray *sealed, QString *error);
} // namespace SealedMessage
