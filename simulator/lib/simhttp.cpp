#include "simhttp.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#    include <sys/socket.h>
#endif

namespace {

constexpr qsizetype maxHeaderBlock = 64 * 1024;
// A streamed reply is fed only while less than this waits in the socket's own buffer: what the
// simulator reports as sent is then what the peer could have read, not a pile in our memory.
constexpr qint64 streamHighWater = 256 * 1024;
// Replies above this are pushed into the kernel as soon as they are written, with a send buffer
// that holds them (up to maxSendBuffer).
constexpr qsizetype largeReply = 64 * 1024;
constexpr qsizetype maxSendBuffer = 16 * 1024 * 1024;

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

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
    connect(socket, &QTcpSocket::bytesWritten, this, &SimHttpConnection::onBytesWritten);
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
    if (m_deaf) {
        m_socket->readAll(); // a hung server still lets the kernel take the bytes
        return;
    }
    m_buffer += m_socket->readAll();
    processBuffer();
}

void SimHttpConnection::onBytesWritten(qint64 bytes)
{
    m_bytesSent += bytes;
    Q_EMIT sent(bytes);
    if (m_resetPending)
        resetWhenFlushed();
    else if (m_stream && m_streamIntervalMs == 0)
        pumpStream();
}

void SimHttpConnection::pumpStream()
{
    while (m_stream && m_socket && !m_closing && m_socket->bytesToWrite() < streamHighWater) {
        const QByteArray piece = m_stream();
        if (piece.isEmpty()) {
            endStream();
            return;
        }
        m_socket->write(m_streamChunked ? chunk(piece) : piece);
        if (m_streamIntervalMs > 0) {
            m_streamTimer->start(m_streamIntervalMs);
            return;
        }
    }
}

void SimHttpConnection::endStream()
{
    m_stream = nullptr;
    if (m_streamTimer)
        m_streamTimer->stop();
    if (m_socket && m_streamChunked)
        m_socket->write("0\r\n\r\n");
    finishResponse(m_streamClose);
}

void SimHttpConnection::resetWhenFlushed()
{
    if (!m_socket)
        return;
    m_resetPending = true;
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0)
        return; // bytesWritten() calls again
    m_resetPending = false;
    m_closing = true;
#ifdef Q_OS_UNIX
    // Linger on, timeout 0: close() sends RST instead of FIN, as a crashing server's kernel would.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const struct linger hard = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    m_socket->abort();
}

void SimHttpConnection::finishResponse(bool close)
{
    m_busy = false;
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_scheduled && !m_buffer.isEmpty()) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &SimHttpConnection::processBuffer, Qt::QueuedConnection);
    }
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
    using Delivery = SimHttpResponse::Delivery;
    if (!m_socket || m_closing) {
        m_busy = false;
        return;
    }
    if (response.delivery == Delivery::Reset) {
        abort();
        return;
    }
    if (response.delivery == Delivery::Silent) {
        m_deaf = true; // m_busy stays set: nothing after this request is answered either
        m_buffer.clear();
        return;
    }
    const bool stream = response.delivery == Delivery::Stream && response.stream;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + SimHttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Server: Microsoft-HTTPAPI/2.0\r\nDate: " + httpDate() + "\r\n";
    if (response.chunked) {
        head += "Transfer-Encoding: chunked\r\n";
        if (response.alsoContentLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    } else if (response.announcedLength >= 0) {
        head += "Content-Length: " + QByteArray::number(response.announcedLength) + "\r\n";
    } else if (!stream) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (response.close || response.delivery == Delivery::CloseButOpen)
        head += "Connection: close\r\n";
    head += "\r\n";
    head.prepend(response.interim);

    QByteArray body = response.body;
    if (response.chunked && !stream) {
        // Two chunks, so that a reader that stops at the first one is caught.
        const qsizetype half = body.size() / 2;
        body = (half > 0 ? chunk(body.left(half)) : QByteArray())
                + (body.size() - half > 0 ? chunk(body.mid(half)) : QByteArray()) + "0\r\n\r\n";
    }

    switch (response.delivery) {
    case Delivery::Truncate:
        m_socket->write(head + body.left(body.size() / 2));
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    case Delivery::Stall:
        m_socket->write(head + body.left(body.size() / 2));
        m_deaf = true;
        m_buffer.clear();
        return;
    case Delivery::ResetMid:
        m_socket->write(head + body.left(body.size() / 2));
        m_deaf = true;
        m_buffer.clear();
        resetWhenFlushed();
        return;
    case Delivery::CloseButOpen:
        m_socket->write(head + body);
        m_deaf = true;
        m_buffer.clear();
        return;
    case Delivery::Stream:
        if (stream) {
            m_socket->write(head);
            m_stream = response.stream;
            m_streamChunked = response.chunked;
            m_streamClose = response.close;
            m_streamIntervalMs = std::max(0, response.streamIntervalMs);
            if (m_streamIntervalMs > 0 && !m_streamTimer) {
                m_streamTimer = new QTimer(this);
                m_streamTimer->setSingleShot(true);
                connect(m_streamTimer, &QTimer::timeout, this, &SimHttpConnection::pumpStream);
            }
            pumpStream();
            return;
        }
        break;
    case Delivery::Normal:
    case Delivery::Reset:
    case Delivery::Silent:
        break;
    }
    // Apart: QIODevice keeps a large QByteArray as it is, where head + body would copy a 2.6 MB
    // listing once more.
    m_socket->write(head);
    m_socket->write(body);
    if (body.size() > largeReply) {
        // Handed to the kernel now, whole: the event loop would send it only after every other
        // request already waiting had been answered, and a client of several servers would sit
        // idle while the simulator made replies it could have been reading.
        m_socket->setSocketOption(
                QAbstractSocket::SendBufferSizeSocketOption,
                int(std::min<qsizetype>(body.size() + head.size(), maxSendBuffer)));
        m_socket->flush();
    }
    if (!response.unsolicited.isEmpty()) {
        if (response.unsolicitedDelayMs <= 0) {
            m_socket->write(response.unsolicited);
        } else {
            QTimer::singleShot(response.unsolicitedDelayMs, this,
                               [this, extra = response.unsolicited] {
                                   if (m_socket && !m_closing)
                                       m_socket->write(extra);
                               });
        }
    }
    finishResponse(response.close);
}

void SimHttpConnection::fail(int status)
{
    m_busy = true;
    SimHttpResponse response;
    response.status = status;
    response.close = true;
    respond(response);
}
