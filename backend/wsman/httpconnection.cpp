#include "httpconnection.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcWsman)

namespace {

QString fingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

// One DER TLV: tag at data[pos]; returns false on anything malformed. Long lengths up to 4 bytes.
bool readTlv(const QByteArray &data, qsizetype pos, quint8 *tag, qsizetype *contentStart,
             qsizetype *contentLength)
{
    if (pos + 2 > data.size())
        return false;
    *tag = quint8(data.at(pos));
    quint8 first = quint8(data.at(pos + 1));
    qsizetype p = pos + 2;
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || p + count > data.size())
            return false;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(data.at(p++));
    }
    if (p + length > data.size())
        return false;
    *contentStart = p;
    *contentLength = length;
    return true;
}

// The hash RFC 5929 §4.1 asks for: the certificate's signature hash, SHA-256 for MD5 and SHA-1
// (and for algorithms that name no hash).
QCryptographicHash::Algorithm endPointHash(const QByteArray &der)
{
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
    if (!readTlv(der, 0, &tag, &start, &length) || tag != 0x30)
        return QCryptographicHash::Sha256;
    qsizetype tbsStart = 0;
    qsizetype tbsLength = 0;
    if (!readTlv(der, start, &tag, &tbsStart, &tbsLength) || tag != 0x30)
        return QCryptographicHash::Sha256;
    qsizetype algStart = 0;
    qsizetype algLength = 0;
    if (!readTlv(der, tbsStart + tbsLength, &tag, &algStart, &algLength) || tag != 0x30)
        return QCryptographicHash::Sha256;
    qsizetype oidStart = 0;
    qsizetype oidLength = 0;
    if (!readTlv(der, algStart, &tag, &oidStart, &oidLength) || tag != 0x06)
        return QCryptographicHash::Sha256;
    const QByteArray oid = der.mid(oidStart, oidLength);
    // 1.2.840.113549.1.1.{12,13} RSA with SHA-384/512; 1.2.840.10045.4.3.{3,4} ECDSA.
    static const QByteArray rsaPrefix = QByteArray::fromHex("2a864886f70d0101");
    static const QByteArray ecdsaPrefix = QByteArray::fromHex("2a8648ce3d0403");
    if (oid.size() == rsaPrefix.size() + 1 && oid.startsWith(rsaPrefix)) {
        switch (oid.back()) {
        case 12:
            return QCryptographicHash::Sha384;
        case 13:
            return QCryptographicHash::Sha512;
        default:
            return QCryptographicHash::Sha256;
        }
    }
    if (oid.size() == ecdsaPrefix.size() + 1 && oid.startsWith(ecdsaPrefix)) {
        switch (oid.back()) {
        case 3:
            return QCryptographicHash::Sha384;
        case 4:
            return QCryptographicHash::Sha512;
        default:
            return QCryptographicHash::Sha256;
        }
    }
    return QCryptographicHash::Sha256;
}

bool headerHasToken(const QByteArray &value, const QByteArray &token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QStringList authSchemesOf(const QList<QByteArray> &challenges)
{
    // A comma-separated item whose first word carries '=' is an auth-param, not a scheme.
    QStringList schemes;
    for (const QByteArray &value : challenges) {
        QList<QByteArray> items;
        QByteArray current;
        bool quoted = false;
        for (const char c : value) {
            if (c == '"')
                quoted = !quoted;
            if (!quoted && (c == ',' || c == '\n')) {
                items.append(current);
                current.clear();
            } else {
                current.append(c);
            }
        }
        items.append(current);
        for (const QByteArray &item : std::as_const(items)) {
            const QByteArray trimmed = item.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            const QByteArray word = space < 0 ? trimmed : trimmed.left(space);
            if (word.isEmpty() || word.contains('=') || word.contains('"'))
                continue;
            const QString scheme = QString::fromLatin1(word);
            if (!schemes.contains(scheme, Qt::CaseInsensitive))
                schemes.append(scheme);
        }
    }
    return schemes;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

HttpConnection::HttpConnection(HttpConnectionOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
}

HttpConnection::~HttpConnection()
{
    dropSocket();
}

bool HttpConnection::isOpen() const
{
    return (m_state == State::Open || m_state == State::Exchanging) && m_socket
            && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpConnection::tlsServerEndPoint() const
{
    if (m_peerCertificate.isNull())
        return {};
    const QByteArray der = m_peerCertificate.toDer();
    return QByteArrayLiteral("tls-server-end-point:")
            + QCryptographicHash::hash(der, endPointHash(der));
}

void HttpConnection::open(int timeoutMs)
{
    if (m_state == State::Open && isOpen()) {
        QMetaObject::invokeMethod(this, &HttpConnection::opened, Qt::QueuedConnection);
        return;
    }
    dropSocket();
    ++m_connectionId;
    m_exchanges = 0;
    m_peerCertificate = QSslCertificate();
    m_peerChain.clear();
    m_peerSha256.clear();
    m_tlsDetail.clear();
    m_pinMismatch = false;
    m_anyReceived = false;
    m_state = State::Connecting;
    m_timer->start(std::max(1, timeoutMs));

    QTcpSocket *socket = nullptr;
    if (m_options.tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // With a pin, no anchor at all: every handshake then reaches onSslErrors, which lets only
        // the pinned certificate through before a byte of the request is sent.
        // Without a pin and without extra anchors: Qt's default, which looks the system's up on
        // demand.
        if (!m_options.pinnedSha256.isEmpty()) {
            tls.setCaCertificates({});
        } else if (!m_options.caCertificates.isEmpty()) {
            if (m_trustAnchors.isEmpty())
                m_trustAnchors
                        = QSslConfiguration::systemCaCertificates() + m_options.caCertificates;
            tls.setCaCertificates(m_trustAnchors);
        }
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::SecureProtocols);
        ssl->setSslConfiguration(tls);
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
        connect(ssl, &QSslSocket::sslErrors, this, &HttpConnection::onSslErrors);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &HttpConnection::onConnected);
    }
    // Without a bound, a fast server fills the socket's buffer with whatever the kernel holds
    // before a single byte is checked against the reply cap.
    socket->setReadBufferSize(readBufferBytes);
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(socket, &QTcpSocket::bytesWritten, this,
            [this](qint64 bytes) { m_bytesWritten += bytes; });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(m_options.host, m_options.port);
    else
        socket->connectToHost(m_options.host, m_options.port);
}

void HttpConnection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_timer->stop();
    m_state = State::Open;
    Q_EMIT opened();
}

void HttpConnection::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.data());
    if (!ssl)
        return;
    QSslCertificate certificate = ssl->peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.constFirst().certificate();
    m_peerChain = ssl->peerCertificateChain();
    if (m_peerChain.isEmpty() && !certificate.isNull())
        m_peerChain = {certificate};
    m_peerSha256
            = certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
    if (!m_options.pinnedSha256.isEmpty()) {
        // A pinned certificate is trusted as itself, whoever issued it and whatever its name.
        if (!m_peerSha256.isEmpty() && m_peerSha256 == m_options.pinnedSha256) {
            ssl->ignoreSslErrors(errors);
            return;
        }
        m_pinMismatch = !m_peerSha256.isEmpty();
        m_tlsDetail = tr("the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)")
                              .arg(fingerprint(m_peerSha256), fingerprint(m_options.pinnedSha256));
    } else {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        reasons.removeDuplicates();
        m_tlsDetail = tr("%1; certificate SHA-256 %2")
                              .arg(reasons.join(QLatin1String("; ")), fingerprint(m_peerSha256));
    }
    fail(tlsError(QString()));
}

void HttpConnection::onEncrypted()
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.data());
    if (!ssl || m_state != State::Connecting)
        return;
    m_peerCertificate = ssl->peerCertificate();
    m_peerChain = ssl->peerCertificateChain();
    m_peerSha256 = m_peerCertificate.isNull()
            ? QByteArray()
            : m_peerCertificate.digest(QCryptographicHash::Sha256);
    // A valid chain is not enough when a pin is set: only that certificate may answer.
    if (!m_options.pinnedSha256.isEmpty() && m_peerSha256 != m_options.pinnedSha256) {
        m_pinMismatch = true;
        m_tlsDetail = tr("the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)")
                              .arg(fingerprint(m_peerSha256), fingerprint(m_options.pinnedSha256));
        fail(tlsError(QString()));
        return;
    }
    m_timer->stop();
    m_state = State::Open;
    Q_EMIT opened();
}

WsmanError HttpConnection::tlsError(const QString &fallback) const
{
    WsmanError error = WsmanError::make(WsmanError::Kind::Tls,
                                        m_tlsDetail.isEmpty() ? fallback : m_tlsDetail);
    error.certificateSha256 = m_peerSha256;
    error.peerCertificates = m_peerChain;
    error.pinMismatch = m_pinMismatch;
    return error;
}

void HttpConnection::send(const HttpRequest &request, int timeoutMs)
{
    if (m_state != State::Open || !isOpen()) {
        const bool wasExchanging = m_state == State::Exchanging;
        QMetaObject::invokeMethod(
                this,
                [this, wasExchanging] {
                    Q_EMIT failed(WsmanError::make(WsmanError::Kind::Transport,
                                                   wasExchanging
                                                           ? tr("another request is in progress")
                                                           : tr("the connection is not open")),
                                  true);
                },
                Qt::QueuedConnection);
        return;
    }
    QByteArray head = request.method + ' ' + request.target
            + " HTTP/1.1\r\nHost: " + m_options.host.toUtf8();
    const bool defaultPort = m_options.port == (m_options.tls ? 443 : 80);
    if (!defaultPort)
        head += ':' + QByteArray::number(m_options.port);
    head += "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(request.body.size())
            + "\r\nConnection: Keep-Alive\r\n\r\n";

    m_buffer.clear();
    m_headParsed = false;
    m_anyReceived = false;
    m_headRequest = request.method == "HEAD";
    m_bodyKind = Body::None;
    m_remaining = 0;
    m_chunkTrailer = false;
    m_response = HttpResponse();
    m_state = State::Exchanging;
    m_timer->start(std::max(1, timeoutMs));
    m_socket->write(head + request.body);
    // Bytes the server sent while we were idle (it should not) were dropped in onReadyRead.
}

void HttpConnection::close()
{
    m_timer->stop();
    dropSocket();
    m_state = State::Idle;
}

void HttpConnection::dropSocket()
{
    if (QTcpSocket *socket = m_socket) {
        m_socket = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_state != State::Exchanging) {
        if (!data.isEmpty()) {
            // Unasked-for bytes would be taken for the next reply: never reuse this connection.
            qCInfo(lcWsman) << "dropping a connection that sent" << data.size() << "bytes unasked";
            close();
        }
        return;
    }
    if (!data.isEmpty())
        m_anyReceived = true;
    m_buffer += data;
    m_peakBuffered = std::max<qint64>(m_peakBuffered, m_buffer.size() + m_response.body.size());
    parse();
}

void HttpConnection::parse()
{
    while (m_state == State::Exchanging) {
        if (!m_headParsed) {
            if (!parseHead())
                return;
            continue;
        }
        switch (m_bodyKind) {
        case Body::None:
            complete();
            return;
        case Body::Length: {
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
            m_response.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                complete();
            return;
        }
        case Body::Chunked:
            if (!parseChunked())
                return;
            complete();
            return;
        case Body::UntilClose:
            m_response.body += m_buffer;
            m_buffer.clear();
            if (m_response.body.size() > m_options.maxResponseBytes)
                fail(WsmanError::make(WsmanError::Kind::Transport,
                                      tr("the reply is too large (more than %1 bytes)")
                                              .arg(m_options.maxResponseBytes)));
            return;
        }
    }
}

bool HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0 || end > m_options.maxHeaderBytes) {
        // A head of maxHeaderBytes may still be waiting for (part of) its CRLFCRLF: whether it is
        // refused must not depend on how the bytes were split into segments.
        if (m_buffer.size() > m_options.maxHeaderBytes + 3 || end > m_options.maxHeaderBytes)
            fail(WsmanError::make(WsmanError::Kind::Transport,
                                  tr("the reply's header block is larger than %1 bytes")
                                          .arg(m_options.maxHeaderBytes)));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 200 OK"
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const QByteArray version = statusLine.left(firstSpace);
    bool ok = false;
    const int status = statusLine.mid(firstSpace + 1, 3).toInt(&ok);
    if (firstSpace < 0 || !version.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        fail(WsmanError::make(WsmanError::Kind::Transport,
                              tr("the server's answer is not HTTP: %1")
                                      .arg(QString::fromLatin1(statusLine.left(80)))));
        return false;
    }
    HttpResponse response;
    response.status = status;
    response.reason = statusLine.mid(firstSpace + 5).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(WsmanError::make(WsmanError::Kind::Transport,
                                  tr("the reply has a malformed header line")));
            return false;
        }
        response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (status >= 100 && status < 200)
        return true; // 100 Continue and friends: the real head follows

    const QByteArray connection = response.header("Connection");
    response.keepAlive = version == "HTTP/1.1" ? !headerHasToken(connection, "close")
                                               : headerHasToken(connection, "keep-alive");
    m_response = response;
    m_headParsed = true;
    const QByteArray transferEncoding = response.header("Transfer-Encoding");
    const QByteArray contentLength = response.header("Content-Length");
    if (m_headRequest || status == 204 || status == 304) {
        m_bodyKind = Body::None;
    } else if (!transferEncoding.isEmpty()) {
        if (!transferEncoding.toLower().trimmed().endsWith("chunked")) {
            fail(WsmanError::make(WsmanError::Kind::Transport,
                                  tr("the reply uses an unsupported transfer encoding: %1")
                                          .arg(QString::fromLatin1(transferEncoding))));
            return false;
        }
        m_bodyKind = Body::Chunked;
        m_remaining = -1; // expecting a size line
        // Chunked wins over a Content-Length beside it (RFC 9112 6.3), but such a reply is how
        // response splitting looks: read it, and never trust the connection again.
        if (!contentLength.isEmpty())
            m_response.keepAlive = false;
    } else if (!contentLength.isEmpty()) {
        const qint64 length = contentLength.trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            fail(WsmanError::make(WsmanError::Kind::Transport,
                                  tr("the reply's Content-Length is not a number")));
            return false;
        }
        if (length > m_options.maxResponseBytes) {
            fail(WsmanError::make(WsmanError::Kind::Transport,
                                  tr("the reply is too large (%1 bytes, the limit is %2 bytes)")
                                          .arg(length)
                                          .arg(m_options.maxResponseBytes)));
            return false;
        }
        m_bodyKind = Body::Length;
        m_remaining = length;
    } else {
        m_bodyKind = Body::UntilClose;
        m_response.keepAlive = false;
    }
    return true;
}

bool HttpConnection::parseChunked()
{
    for (;;) {
        if (m_chunkTrailer) {
            // Trailer fields until an empty line; they are ignored.
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            const bool last = lineEnd == 0;
            m_buffer.remove(0, lineEnd + 2);
            if (last)
                return true;
            continue;
        }
        if (m_remaining < 0) {
            // A size line (extensions included) of up to maxChunkLine bytes, however it arrives.
            constexpr qsizetype maxChunkLine = 1024;
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0 || lineEnd > maxChunkLine) {
                if (m_buffer.size() > maxChunkLine + 1 || lineEnd > maxChunkLine)
                    fail(WsmanError::make(WsmanError::Kind::Transport,
                                          tr("the reply has a malformed chunk")));
                return false;
            }
            QByteArray sizeText = m_buffer.left(lineEnd);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || sizeText.trimmed().size() > 15) {
                fail(WsmanError::make(WsmanError::Kind::Transport,
                                      tr("the reply has a malformed chunk")));
                return false;
            }
            m_buffer.remove(0, lineEnd + 2);
            if (size == 0) {
                m_chunkTrailer = true;
                continue;
            }
            if (m_response.body.size() + size > m_options.maxResponseBytes) {
                fail(WsmanError::make(WsmanError::Kind::Transport,
                                      tr("the reply is too large (more than %1 bytes)")
                                              .arg(m_options.maxResponseBytes)));
                return false;
            }
            m_remaining = size;
        }
        // chunk data, then CRLF
        if (m_buffer.size() < m_remaining + 2)
            return false;
        if (m_buffer.mid(m_remaining, 2) != "\r\n") {
            fail(WsmanError::make(WsmanError::Kind::Transport,
                                  tr("the reply has a malformed chunk")));
            return false;
        }
        m_response.body += m_buffer.left(m_remaining);
        m_buffer.remove(0, m_remaining + 2);
        m_remaining = -1;
    }
}

void HttpConnection::complete()
{
    m_timer->stop();
    ++m_exchanges;
    HttpResponse response = std::move(m_response);
    m_response = HttpResponse();
    if (!m_buffer.isEmpty()) {
        // More than one reply to one request: the stream cannot be trusted any more.
        response.keepAlive = false;
        m_buffer.clear();
    }
    if (response.keepAlive && isOpen()) {
        m_state = State::Open;
    } else {
        response.keepAlive = false;
        dropSocket();
        m_state = State::Idle;
    }
    Q_EMIT finished(response);
}

void HttpConnection::fail(WsmanError error)
{
    if (m_state == State::Idle && !m_socket)
        return;
    const bool nothingReceived = !m_anyReceived;
    m_timer->stop();
    dropSocket();
    m_state = State::Idle;
    Q_EMIT failed(error, nothingReceived);
}

void HttpConnection::onDisconnected()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::Open:
        // The server closed an idle keep-alive connection: the next request opens another.
        dropSocket();
        m_state = State::Idle;
        return;
    case State::Exchanging:
        if (m_headParsed && m_bodyKind == Body::UntilClose) {
            m_buffer.clear();
            complete();
            return;
        }
        fail(WsmanError::make(WsmanError::Kind::Transport,
                              m_anyReceived ? tr("the connection closed in the middle of the reply")
                                            : tr("the connection closed without a reply")));
        return;
    case State::Connecting:
        fail(m_options.tls && !m_tlsDetail.isEmpty()
                     ? tlsError(QString())
                     : WsmanError::make(WsmanError::Kind::Transport,
                                        tr("the connection closed while connecting")));
        return;
    }
}

void HttpConnection::onSocketError()
{
    if (!m_socket || m_state == State::Idle)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    if (code == QAbstractSocket::RemoteHostClosedError) {
        // disconnected() follows (or already came) and knows what was going on.
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
        return;
    }
    if (m_state == State::Open) {
        dropSocket();
        m_state = State::Idle;
        return;
    }
    const QString text = m_socket->errorString();
    if (code == QAbstractSocket::SslHandshakeFailedError
        || code == QAbstractSocket::SslInternalError
        || code == QAbstractSocket::SslInvalidUserDataError || !m_tlsDetail.isEmpty())
        fail(tlsError(text));
    else
        fail(WsmanError::make(WsmanError::Kind::Transport, text));
}

void HttpConnection::onTimeout()
{
    const bool connecting = m_state == State::Connecting;
    const int ms = m_timer->interval();
    fail(WsmanError::make(WsmanError::Kind::Timeout,
                          connecting ? tr("no connection within %1 ms").arg(ms)
                                     : tr("no complete reply within %1 ms").arg(ms)));
}

HttpConnection::ReadResult HttpConnection::readResponse(const QList<QByteArray> &pieces,
                                                        HttpConnectionOptions options,
                                                        bool headRequest)
{
    ReadResult result;
    HttpConnection connection(std::move(options));
    connect(&connection, &HttpConnection::finished, &connection,
            [&result](const HttpResponse &response) { result.response = response; });
    connect(&connection, &HttpConnection::failed, &connection,
            [&result](const WsmanError &error, bool) { result.error = error; });
    // The state send() leaves, without a socket: parse(), complete() and fail() need none.
    connection.m_state = State::Exchanging;
    connection.m_headRequest = headRequest;
    for (const QByteArray &piece : pieces) {
        if (piece.isEmpty())
            continue;
        if (connection.m_state != State::Exchanging)
            break; // bytes after the reply: onReadyRead() would drop the connection
        connection.m_anyReceived = true;
        connection.m_buffer += piece;
        connection.parse();
    }
    if (connection.m_state == State::Exchanging)
        connection.onDisconnected();
    return result;
}
