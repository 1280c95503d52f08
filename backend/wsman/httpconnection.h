#pragma once

#include "wsmanerror.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

class QTcpSocket;
class QTimer;

// A deliberately small HTTP/1.1 client over ONE TCP (or TLS) connection, for the schemes whose
// security context belongs to the connection (Negotiate, Kerberos, NTLM: protocol.md §2.2).
// QNetworkAccessManager may spread requests over several connections and cannot be told which
// one to use, so the sealed session would break under it. One exchange at a time; keep-alive;
// Content-Length, chunked and read-until-close replies; a cap on the reply; a timeout per step;
// TLS verified against the system's anchors plus extra ones, or against one pinned certificate.
// Never blocks and never spins an event loop.

struct HttpRequest
{
    QByteArray method = "POST";
    QByteArray target = "/wsman";
    QList<QPair<QByteArray, QByteArray>> headers; // Host, Content-Length and Connection are added
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;                              // de-chunked
    bool keepAlive = true;                        // false: the connection closed after it

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive name
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

// Scheme names from WWW-Authenticate values ("Negotiate, Basic realm=\"WSMAN\"", one header per
// scheme, or token68 data after a scheme), each once, in order.
QStringList authSchemesOf(const QList<QByteArray> &challenges);

Q_DECLARE_METATYPE(HttpResponse)

struct HttpConnectionOptions
{
    QString host;
    quint16 port = 0;
    bool tls = false;
    QList<QSslCertificate> caCertificates; // extra trust anchors, beside the system's
    QByteArray pinnedSha256; // raw SHA-256 of the server's DER certificate; when set, only it
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
};

class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    explicit HttpConnection(HttpConnectionOptions options, QObject *parent = nullptr);
    ~HttpConnection() override;

    const HttpConnectionOptions &options() const { return m_options; }

    // Connects (and for TLS, handshakes and verifies) unless already open: opened() or failed().
    void open(int timeoutMs);
    // Sends one request on the open connection: finished() or failed(). One at a time.
    void send(const HttpRequest &request, int timeoutMs);
    // Drops the connection and whatever was in flight, without a signal.
    void close();

    bool isOpen() const;
    bool isBusy() const { return m_state == State::Connecting || m_state == State::Exchanging; }
    // A new number for every TCP connection made: a security context belongs to one of them.
    quint64 connectionId() const { return m_connectionId; }
    // Requests answered on the current connection so far.
    int exchangesOnConnection() const { return m_exchanges; }
    // TLS: the server's certificate and its RFC 5929 "tls-server-end-point" channel binding data.
    QSslCertificate peerCertificate() const { return m_peerCertificate; }
    QByteArray tlsServerEndPoint() const;
    // Total bytes written and read on every connection, for tests and logs.
    qint64 bytesWritten() const { return m_bytesWritten; }
    // The most reply bytes ever held at once (unparsed input plus the body so far), for tests of
    // the reply cap: stays within maxResponseBytes plus one socket read (readBufferBytes).
    qint64 peakBufferedBytes() const { return m_peakBuffered; }
    // What the socket may hold before we read it: bounds one read, whatever the server sends.
    static constexpr qint64 readBufferBytes = 256 * 1024;

    // The reply parser without a socket, for tests and fuzzing (fuzz/): `pieces` arrive one after
    // the other as the reply to one request (`headRequest`: to a HEAD) on an open connection, which
    // closes after the last piece. Exactly one of the two is set: what finished() or failed()
    // would have carried. keepAlive is always false (the connection is gone).
    struct ReadResult
    {
        std::optional<HttpResponse> response;
        std::optional<WsmanError> error;
    };
    static ReadResult readResponse(const QList<QByteArray> &pieces, HttpConnectionOptions options,
                                   bool headRequest = false);

Q_SIGNALS:
    void opened();
    void finished(const HttpResponse &response);
    // The connection is closed afterwards. `nothingReceived`: not a byte of the reply arrived
    // (the server may have closed an idle keep-alive connection as the request went out).
    void failed(const WsmanError &error, bool nothingReceived);

private:
    enum class State { Idle, Connecting, Open, Exchanging };
    enum class Body { None, Length, Chunked, UntilClose };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void parse();
    bool parseHead();
    bool parseChunked();
    void complete();
    void fail(WsmanError error);
    void dropSocket();
    WsmanError tlsError(const QString &fallback) const;

    HttpConnectionOptions m_options;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_timer = nullptr;
    State m_state = State::Idle;
    quint64 m_connectionId = 0;
    int m_exchanges = 0;
    qint64 m_bytesWritten = 0;
    qint64 m_peakBuffered = 0;
    // The system's trust anchors plus the extra ones, read at the first TLS connection only
    // (parsing the system store takes 0.3 s).
    QList<QSslCertificate> m_trustAnchors;
    QSslCertificate m_peerCertificate;
    QList<QSslCertificate> m_peerChain;
    QByteArray m_peerSha256;
    QString m_tlsDetail;
    bool m_pinMismatch = false;

    // the reply being read
    QByteArray m_buffer;
    bool m_headParsed = false;
    bool m_anyReceived = false;
    bool m_headRequest = false;
    Body m_bodyKind = Body::None;
    qint64 m_remaining = 0; // Length: bytes still to come; Chunked: of the current chunk
    bool m_chunkTrailer = false;
    HttpResponse m_response;
};
