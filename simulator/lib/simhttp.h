#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

// A deliberately small HTTP/1.1 server side: Content-Length bodies, keep-alive, pipelined
// requests answered in order, a cap on the header block and on the body.

struct SimHttpRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    bool keepAlive = true;
    bool bodyTooLarge = false; // Content-Length over the cap: the body was not read
    bool encrypted = false;    // arrived over TLS

    QByteArray header(const QByteArray &lowerName) const;
    QByteArray path() const; // target without the query
};

struct SimHttpResponse
{
    enum class Delivery {
        Normal,
        Reset,    // abort the connection instead of answering
        Truncate, // headers and half of the body, then close
        // Hostile servers (SimFault kinds of similar names):
        Silent,       // never answer; the connection stays open and ignores what follows
        Stall,        // headers and half of the body, then silence with the connection open
        ResetMid,     // headers and half of the body, then a TCP reset (RST)
        Stream,       // headers, then the pieces `stream` returns, as fast as the peer reads
                      // (or one per streamIntervalMs), until it returns an empty one
        CloseButOpen, // says "Connection: close", then leaves the connection open and deaf
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length/Connection/Date/Server
    QByteArray body;
    bool close = false; // close the connection after this response
    Delivery delivery = Delivery::Normal;
    // Quirks, all off by default:
    qint64 announcedLength = -1;    // Content-Length to announce (Stream: required unless chunked)
    bool chunked = false;           // Transfer-Encoding: chunked (Stream: one chunk per piece)
    bool alsoContentLength = false; // with chunked: a Content-Length as well (the plain size)
    QByteArray interim;             // raw 1xx response(s) written before this one
    QByteArray unsolicited;         // raw bytes after the response, as a second response
    int unsolicitedDelayMs = 0;     // 0: glued to the response
    std::function<QByteArray()> stream;
    int streamIntervalMs = 0;

    static QByteArray reasonPhrase(int status);
};

class SimHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpConnection)
public:
    // Takes ownership of `socket` (already connected; for TLS, encryption already started).
    SimHttpConnection(QTcpSocket *socket, qint64 bodyCap, QObject *parent = nullptr);
    ~SimHttpConnection() override;

    void setBodyCap(qint64 bytes) { m_bodyCap = bytes; }
    // Answers the request last announced by requestReady(); the next pipelined one follows.
    void respond(const SimHttpResponse &response);
    void abort();
    bool isBusy() const { return m_busy; }
    // Bytes the operating system took from this connection so far (not those still queued).
    qint64 bytesSent() const { return m_bytesSent; }

Q_SIGNALS:
    void requestReady(const SimHttpRequest &request);
    void closed();
    void sent(qint64 bytes); // the operating system took `bytes` more

private:
    void onReadyRead();
    void processBuffer();
    void fail(int status); // answer a malformed request and close
    void onBytesWritten(qint64 bytes);
    void pumpStream();
    void endStream();
    void resetWhenFlushed();
    void finishResponse(bool close);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    qint64 m_bodyCap = 0;
    bool m_busy = false; // a request is being answered
    bool m_closing = false;
    bool m_scheduled = false;
    bool m_continueSent = false; // "100 Continue" already sent for the pending request
    bool m_deaf = false;         // a hostile answer: read and drop everything from now on
    bool m_resetPending = false; // reset (RST) once the queued bytes are out
    qint64 m_bytesSent = 0;
    // The response being streamed (Delivery::Stream).
    std::function<QByteArray()> m_stream;
    bool m_streamChunked = false;
    bool m_streamClose = false;
    int m_streamIntervalMs = 0;
    QTimer *m_streamTimer = nullptr;
};
