#include "simhttp.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimeZone>

namespace {

constexpr qsizetype maxHeaderBlock = 64 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
                   .toString(QDateTime::currentDateTimeUtc(),
                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                   .toLatin1()
            + " GMT";
}

} // namespace

QByteArray SimHttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QByteArray SimHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray SimHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, qint64 bodyCap, QObject *parent)
    : QObject(parent), m_socket(socket), m_bodyCap(bodyCap)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT closed();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState && !m_closing) {
            m_closing = true;
            Q_EMIT closed();
        }
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        // A client that rejects our certificate just goes away; nothing to answer.
        connect(ssl, &QSslSocket::sslErrors, this,
                [ssl](const QList<QSslError> &) { ssl->abort(); });
    }
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SimHttpConnection::onReadyRead, Qt::QueuedConnection);
}

SimHttpConnection::~SimHttpConnection() = default;

void SimHttpConnection::abort()
{
    m_closing = true;
    if (m_socket)
        m_socket->abort();
}

void SimHttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void SimHttpConnection::processBuffer()
{
    m_scheduled = false;
    if (m_busy || m_closing || !m_socket)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > maxHeaderBlock)
            fail(431);
        return;
    }
    if (headerEnd > maxHeaderBlock) {
        fail(431);
        return;
    }

    SimHttpRequest request;
    request.encrypted = qobject_cast<QSslSocket *>(m_socket.data()) != nullptr;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400);
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400);
            return;
        }
        request.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close")
                                                      : connection.contains("keep-alive");
    if (!request.header("transfer-encoding").isEmpty()) {
        fail(501); // chunked bodies: WinRM clients send Content-Length
        return;
    }
    qint64 length = 0;
    const QByteArray lengthText = request.header("content-length");
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400);
            return;
        }
    } else if (request.method == "POST") {
        fail(411);
        return;
    }

    const qsizetype bodyStart = headerEnd + 4;
    if (length > m_bodyCap) {
        // Answered without reading the body; the connection closes after the answer.
        request.bodyTooLarge = true;
        request.keepAlive = false;
        m_buffer.clear();
        m_busy = true;
        Q_EMIT requestReady(request);
        return;
    }
    if (m_buffer.size() - bodyStart < length) {
        if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    m_continueSent = false;
    request.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    m_busy = true;
    Q_EMIT requestReady(request);
}

void SimHttpConnection::respond(const SimHttpResponse &response)
{
    if (!m_socket || m_closing) {
        m_busy = false;
        return;
    }
    if (response.delivery == SimHttpResponse::Delivery::Reset) {
        abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + SimHttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Server: Microsoft-HTTPAPI/2.0\r\nDate: " + httpDate() + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (response.close)
        head += "Connection: close\r\n";
    head += "\r\n";

    if (response.delivery == SimHttpResponse::Delivery::Truncate) {
        m_socket->write(head + response.body.left(response.body.size() / 2));
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(head + response.body);
    m_busy = false;
    if (response.close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_scheduled && !m_buffer.isEmpty()) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &SimHttpConnection::processBuffer, Qt::QueuedConnection);
    }
}

void SimHttpConnection::fail(int status)
{
    m_busy = true;
    SimHttpResponse response;
    response.status = status;
    response.close = true;
    respond(response);
}
