#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QTcpSocket;

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
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length/Connection/Date/Server
    QByteArray body;
    bool close = false; // close the connection after this response
    Delivery delivery = Delivery::Normal;

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

Q_SIGNALS:
    void requestReady(const SimHttpRequest &request);
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    void fail(int status); // answer a malformed request and close

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    qint64 m_bodyCap = 0;
    bool m_busy = false; // a request is being answered
    bool m_closing = false;
    bool m_scheduled = false;
    bool m_continueSent = false; // "100 Continue" already sent for the pending request
};
