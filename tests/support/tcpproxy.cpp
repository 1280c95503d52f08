#include "tcpproxy.h"

#include <QTcpSocket>

struct TcpProxy::Pair
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> server;
    QByteArray pendingToServer;   // until the server connection is up
    QByteArray pendingFromServer; // the response being collected for the filter
};

TcpProxy::TcpProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    dropAll();
}

bool TcpProxy::listen(const QHostAddress &target, quint16 targetPort)
{
    m_target = target;
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::clear()
{
    m_fromClient.clear();
    m_fromServer.clear();
}

void TcpProxy::dropAll()
{
    const QList<Pair *> pairs = m_pairs;
    m_pairs.clear();
    for (Pair *pair : pairs) {
        if (pair->client) {
            pair->client->disconnect(this);
            pair->client->abort();
            pair->client->deleteLater();
        }
        if (pair->server) {
            pair->server->disconnect(this);
            pair->server->abort();
            pair->server->deleteLater();
        }
        delete pair;
    }
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *pair = new Pair;
        pair->client = client;
        auto *server = new QTcpSocket(this);
        pair->server = server;
        m_pairs.append(pair);
        auto close = [this, pair] {
            if (!m_pairs.contains(pair))
                return;
            m_pairs.removeAll(pair);
            for (QTcpSocket *s : {pair->client.data(), pair->server.data()}) {
                if (s) {
                    s->disconnect(this);
                    s->disconnectFromHost();
                    s->deleteLater();
                }
            }
            delete pair;
        };
        connect(client, &QTcpSocket::readyRead, this, [this, pair, close] {
            const QByteArray data = pair->client->readAll();
            if (m_dropOnNextRequest && !data.isEmpty()) {
                m_dropOnNextRequest = false;
                pair->client->abort();
                close();
                return;
            }
            m_fromClient += data;
            if (pair->server && pair->server->state() == QAbstractSocket::ConnectedState)
                pair->server->write(data);
            else
                pair->pendingToServer += data;
        });
        connect(server, &QTcpSocket::connected, this, [pair] {
            if (!pair->pendingToServer.isEmpty())
                pair->server->write(std::exchange(pair->pendingToServer, {}));
        });
        connect(server, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray data = pair->server->readAll();
            m_fromServer += data;
            if (!m_filter) {
                pair->client->write(data);
                return;
            }
            pair->pendingFromServer += data;
            forwardResponses(pair);
        });
        connect(client, &QTcpSocket::disconnected, this, close);
        connect(server, &QTcpSocket::disconnected, this, [pair, close] {
            // Let what the server sent last reach the client before it closes.
            if (pair->client)
                pair->client->flush();
            close();
        });
        server->connectToHost(m_target, m_targetPort);
    }
}

void TcpProxy::forwardResponses(Pair *pair)
{
    for (;;) {
        QByteArray &buffer = pair->pendingFromServer;
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        const qsizetype total = headEnd + 4 + length;
        if (buffer.size() < total)
            return;
        const QByteArray response = buffer.left(total);
        buffer.remove(0, total);
        pair->client->write(m_filter ? m_filter(response) : response);
    }
}

QByteArray tamperSealedResponse(const QByteArray &response)
{
    const QByteArray marker = "application/octet-stream\r\n";
    const qsizetype at = response.lastIndexOf(marker);
    const qsizetype end = response.lastIndexOf("--Encrypted Boundary--");
    if (at < 0 || end < 0)
        return response;
    // Inside the sealed bytes, past the 4-byte length and the signature.
    QByteArray out = response;
    const qsizetype position = end - 5;
    out[position] = char(out.at(position) ^ 0x01);
    return out;
}

QByteArray stripAuthenticateHeaders(const QByteArray &response)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    QList<QByteArray> lines = response.left(headEnd).split('\n');
    lines.removeIf([](const QByteArray &line) {
        return line.trimmed().toLower().startsWith("www-authenticate:");
    });
    return lines.join('\n') + response.mid(headEnd);
}
