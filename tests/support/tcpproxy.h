#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A loopback TCP proxy for wire-level tests: records every byte each way, can drop the
// connections, and can rewrite whole HTTP responses (Content-Length framed) on their way back.
// Lives on the test's event loop, like the in-process simulator.
class TcpProxy final : public QObject
{
    Q_OBJECT
public:
    // Given one complete raw HTTP response (head and body), returns what the client gets.
    using ResponseFilter = std::function<QByteArray(const QByteArray &response)>;

    explicit TcpProxy(QObject *parent = nullptr);
    ~TcpProxy() override;

    bool listen(const QHostAddress &target, quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }

    QByteArray clientBytes() const { return m_fromClient; } // everything clients sent
    QByteArray serverBytes() const { return m_fromServer; } // everything servers sent (as received)
    int connectionCount() const { return m_connections; }
    void clear();

    // Aborts every open connection, both ways.
    void dropAll();
    // The next chunk a client sends is not forwarded: the connection is dropped instead.
    void dropOnNextRequest() { m_dropOnNextRequest = true; }
    // Applied to every following response until cleared (null).
    void setResponseFilter(ResponseFilter filter) { m_filter = std::move(filter); }

private:
    struct Pair;
    void onNewConnection();
    void forwardResponses(Pair *pair);

    QTcpServer m_server;
    QHostAddress m_target;
    quint16 m_targetPort = 0;
    QList<Pair *> m_pairs;
    QByteArray m_fromClient;
    QByteArray m_fromServer;
    int m_connections = 0;
    bool m_dropOnNextRequest = false;
    ResponseFilter m_filter;
};

// Flips one byte in the sealed payload of a multipart/encrypted response (for a filter).
QByteArray tamperSealedResponse(const QByteArray &response);
// Removes the WWW-Authenticate headers of a response.
QByteArray stripAuthenticateHeaders(const QByteArray &response);
