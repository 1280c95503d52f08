#include "simserver.h"

#include "simcertificate.h"
#include "simhttp.h"
#include "simlogging.h"
#include "simnegotiate.h"
#include "simreplywriter.h"
#include "simrequest.h"
#include "tunnelgenerator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// Accepts connections as QSslSocket (server side, encryption started) or plain QTcpSocket.
class SimListener final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::optional<QSslConfiguration> tls;

protected:
    void incomingConnection(qintptr handle) override
    {
        if (tls) {
            auto *socket = new QSslSocket(this);
            if (!socket->setSocketDescriptor(handle)) {
                delete socket;
                return;
            }
            socket->setSslConfiguration(*tls);
            socket->startServerEncryption();
            addPendingConnection(socket);
            return;
        }
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};

struct SimServer::Reply
{
    int status = 200;
    QByteArray body;
};

struct SimServer::Outcome
{
    SimHttpResponse response;
    std::shared_ptr<SimNegotiateSession> seal; // seal the reply's body with this context
    QByteArray authToken; // the last handshake token, sent as "WWW-Authenticate: <scheme> ..."
    QByteArray authScheme = "Negotiate";
    int delayMs = 0;
    QString method;
    QStringList addresses;
    QString note; // for the log line
};

namespace {

// WS-Management error codes (HRESULTs) as WinRM reports them in f:WSManFault/@Code.
constexpr quint32 wsmanResourceNotFound = 2150858752;     // 0x80338000
constexpr quint32 wsmanMustUnderstand = 2150858768;       // 0x80338010
constexpr quint32 wsmanHeaderRequired = 2150858769;       // 0x80338011
constexpr quint32 wsmanActionNotSupported = 2150858771;   // 0x80338013
constexpr quint32 wsmanTimedOut = 2150858793;             // 0x80338029
constexpr quint32 wsmanSchemaValidation = 2150858817;     // 0x80338041
constexpr quint32 wsmanEnvelopeExceeded = 2150858824;     // 0x80338048 MAX_ENVELOPE_SIZE_EXCEEDED
constexpr quint32 wsmanServerEnvelopeLimit = 2150858825;  // 0x80338049 SERVER_ENVELOPE_LIMIT
constexpr quint32 wsmanAddressingMode = 2150858870;       // 0x80338076 UNSUPPORTED_ADDRESSING_MODE
constexpr quint32 wsmanMinEnvelopeSize = 2150858878;      // 0x8033807E MIN_ENVELOPE_SIZE
constexpr quint32 wsmanInvalidTimeout = 2150858881;       // 0x80338081 INVALID_TIMEOUT_HEADER
constexpr quint32 wsmanLocaleMustUnderstand = 2150858887; // 0x80338087

const QString faultDetailBase = u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/"_s;
const QString anonymousAddress
        = u"http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"_s;
const QString wmiRemoteAccessPrefix
        = u"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/microsoft/windows/remoteaccess/"_s;
const QString cimSchemaPrefix = u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"_s;

const QString statisticsClass = u"PS_RemoteAccessConnectionStatistics"_s;
const QString summaryClass = u"PS_RemoteAccessConnectionStatisticsSummary"_s;
const QString vpnUserClass = u"PS_VpnUser"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("SimServer", text);
}

SimSoapFault wsmanFault(SimSoapFault::Code code, SimSoapFault::SubcodeNamespace ns,
                        const QString &subcode, const QString &reason, quint32 wsmanCode,
                        const QString &detail = {})
{
    SimSoapFault f;
    f.code = code;
    f.subcodeNamespace = ns;
    f.subcode = subcode;
    f.reason = reason;
    f.wsmanCode = wsmanCode;
    f.faultDetail = detail.isEmpty() ? QString() : faultDetailBase + detail;
    return f;
}

SimSoapFault schemaFault(const QString &why)
{
    SimSoapFault f = wsmanFault(SimSoapFault::Code::Sender, SimSoapFault::SubcodeNamespace::Wsman,
                                u"SchemaValidationError"_s,
                                tr("The SOAP XML in the message does not match the corresponding "
                                   "XML schema definition. Change the XML and retry."),
                                wsmanSchemaValidation);
    if (!why.isEmpty())
        f.wsmanMessage = f.reason + u' ' + why;
    return f;
}

SimSoapFault timedOutFault()
{
    return wsmanFault(SimSoapFault::Code::Receiver, SimSoapFault::SubcodeNamespace::Wsman,
                      u"TimedOut"_s,
                      tr("The WS-Management service cannot complete the operation within the time "
                         "specified in OperationTimeout."),
                      wsmanTimedOut);
}

SimSoapFault providerFault(const SimProviderError &error)
{
    SimSoapFault f = wsmanFault(SimSoapFault::Code::Receiver, SimSoapFault::SubcodeNamespace::Wsman,
                                u"InternalError"_s, error.message, error.errorCode);
    f.provider = error;
    return f;
}

SimProviderError invalidParameter(const QString &message)
{
    // WBEM_E_INVALID_PARAMETER, PowerShell's InvalidArgument category.
    return SimProviderError{4, message, 2147749896u, 5, 0};
}

QPair<QByteArray, QByteArray> httpHeader(const char *name, const char *value)
{
    return {QByteArray(name), QByteArray(value)};
}

bool isTrue(const QString &text, bool *ok)
{
    *ok = true;
    if (text.compare(u"true"_s, Qt::CaseInsensitive) == 0 || text == u"1")
        return true;
    if (text.compare(u"false"_s, Qt::CaseInsensitive) == 0 || text == u"0")
        return false;
    *ok = false;
    return false;
}

bool sameAddress(const QString &reported, const QString &requested)
{
    if (reported.isEmpty())
        return false;
    if (reported == requested)
        return true;
    // An IPv6 address is also found by its other spellings (expanded, upper case).
    const QHostAddress a(requested);
    return a.protocol() == QAbstractSocket::IPv6Protocol && a == QHostAddress(reported);
}

// Where hostile bytes go into a reply: just before the output's ReturnValue (inside the output,
// so that every reader has to cross them), else before the Body's end tag.
qsizetype insideOutput(const QByteArray &body)
{
    qsizetype at = body.indexOf("ReturnValue>");
    if (at >= 0)
        at = body.lastIndexOf('<', at);
    if (at < 0) {
        at = body.lastIndexOf("Body>");
        if (at >= 0)
            at = body.lastIndexOf('<', at);
    }
    return at < 0 ? body.size() : at;
}

constexpr int deepXmlLevels = 100000;
constexpr qint64 hugeLength = qint64(1) << 30; // 1 GiB
constexpr qsizetype streamPiece = 64 * 1024;

QByteArray deepXml(QByteArray body)
{
    QByteArray nest;
    nest.reserve(deepXmlLevels * 7 + 16);
    nest += "<Deep>";
    for (int i = 0; i < deepXmlLevels; ++i)
        nest += "<d>";
    for (int i = 0; i < deepXmlLevels; ++i)
        nest += "</d>";
    nest += "</Deep>";
    return body.insert(insideOutput(body), nest);
}

// "Billion laughs": ten levels of ten references each, 10^9 "lol"s if a reader expanded them.
QByteArray entityBomb(QByteArray body)
{
    const qsizetype nameEnd = body.indexOf(' ');
    const QByteArray root = body.mid(1, nameEnd - 1); // "s:Envelope"
    QByteArray dtd = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE " + root
            + " [\n <!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        dtd += " <!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int i = 0; i < 10; ++i)
            dtd += "&lol" + QByteArray::number(level - 1) + ';';
        dtd += "\">\n";
    }
    dtd += "]>\n";
    body.insert(insideOutput(body), "<Laughs>&lol9;</Laughs>");
    return dtd + body;
}

// Invalid UTF-8 in the reply's own MessageID, a value no client needs: a reader that decoded
// leniently would take everything else in the reply as good.
QByteArray badUtf8(QByteArray body)
{
    qsizetype at = body.indexOf("MessageID>");
    at = at < 0 ? 0 : at + 10;
    // A broken 2-byte sequence, bytes never valid, and an encoded UTF-16 surrogate.
    return body.insert(at, QByteArray("\xC3\x28\xFF\xFE\xED\xA0\x80", 7));
}

// The pieces of an endless, valid-looking body: the reply up to its output's ReturnValue, then
// cmdletOutput elements for ever (`limit` bytes in all, < 0: no limit).
std::function<QByteArray()> fillerStream(const QByteArray &body, qint64 limit)
{
    struct State
    {
        QByteArray first;
        QByteArray piece;
        qint64 left = -1;
        bool started = false;
    };
    auto state = std::make_shared<State>();
    state->first = body.left(insideOutput(body));
    const QByteArray item = "<cmdletOutput>203.0.113.7</cmdletOutput>";
    state->piece.reserve(streamPiece);
    while (state->piece.size() + item.size() <= streamPiece)
        state->piece += item;
    state->left = limit;
    return [state]() -> QByteArray {
        if (state->left == 0)
            return {};
        QByteArray out = state->started ? state->piece : state->first;
        state->started = true;
        if (state->left > 0) {
            if (out.size() > state->left)
                out.truncate(state->left);
            state->left -= out.size();
        }
        return out;
    };
}

QStringList dedupe(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

} // namespace

SimServer::SimServer(int index, const SimConfig &config, QObject *parent)
    : QObject(parent),
      m_index(index),
      m_name(config.namePrefix + QString::number(index + 1)),
      m_tls(config.tls),
      m_generator(std::make_unique<TunnelGenerator>(config.seed, index)),
      m_user(config.user),
      m_password(config.password),
      m_allowUnencrypted(config.allowUnencrypted),
      m_auth(config.auth),
      m_faults(config.faults),
      m_faultRandom(config.seed ^ (0x85EBCA6Bu * quint32(index + 1))),
      m_notConnected(config.notConnected),
      m_ns(config.ns),
      m_maxEnvelopeKb(config.maxEnvelopeKb),
      m_maxTimeoutMs(config.maxTimeoutMs),
      m_log(config.log)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime start = now;
    start.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    setRows(m_generator->initial(config.tunnels, start));
    m_cumulativeConnections = quint32(m_rows.size());
    m_churnTimer = new QTimer(this);
    connect(m_churnTimer, &QTimer::timeout, this, &SimServer::churn);
    setChurnPerMinute(config.churnPerMinute);
    if (m_auth.isEmpty() && !m_user.isEmpty())
        m_auth = {SimConfig::Auth::Basic};
    m_acceptorOptions.keytab = config.keytab;
    m_acceptorOptions.ntlmUsersFile = config.ntlmUsersFile;
    m_acceptorOptions.serviceName = config.serviceName;
}

SimServer::~SimServer() = default;

bool SimServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_address = address;
    const bool gss = m_auth.contains(SimConfig::Auth::Negotiate)
            || m_auth.contains(SimConfig::Auth::Kerberos) || m_auth.contains(SimConfig::Auth::Ntlm);
    if (gss) {
        m_acceptor = std::make_unique<SimNegotiateAcceptor>();
        QString why;
        if (!m_acceptor->init(m_acceptorOptions, &why)) {
            if (error)
                *error = m_name + u": "_s + why;
            return false;
        }
    }
    m_listener = new SimListener(this);
    if (m_tls) {
        const std::optional<SimCertificate> cert = SimCertificate::create(m_name, error);
        if (!cert)
            return false;
        m_certificate = cert->certificate;
        m_key = cert->privateKey;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_certificate);
        conf.setPrivateKey(m_key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        m_listener->tls = conf;
    }
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SimServer::onNewConnection);
    if (!m_listener->listen(address, port)) {
        if (error)
            *error = tr("%1: cannot listen on %2 port %3: %4")
                             .arg(m_name, address.toString(), QString::number(port),
                                  m_listener->errorString());
        return false;
    }
    m_port = m_listener->serverPort();
    m_host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                 : address.toString();
    return true;
}

QUrl SimServer::url() const
{
    return QUrl(QString((m_tls ? u"https://"_s : u"http://"_s) + m_host + u':'
                        + QString::number(m_port) + u"/wsman"));
}

QString SimServer::certificateSha256Hex() const
{
    if (m_certificate.isNull())
        return {};
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}

QList<Tunnel> SimServer::tunnels() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Tunnel> out;
    out.reserve(m_rows.size());
    for (const SimTunnel &row : m_rows)
        out.append(row.at(now));
    return out;
}

void SimServer::setRows(QList<SimTunnel> rows)
{
    m_rows = std::move(rows);
    m_maxConcurrent = std::max(m_maxConcurrent, quint32(m_rows.size()));
}

void SimServer::setTunnels(const QList<Tunnel> &tunnels)
{
    QList<SimTunnel> rows;
    rows.reserve(tunnels.size());
    for (const Tunnel &t : tunnels)
        rows.append(SimTunnel{t, false, 0, 0, {}});
    m_cumulativeConnections += quint32(rows.size());
    setRows(std::move(rows));
    Q_EMIT tunnelsChanged();
}

void SimServer::addTunnel(const Tunnel &tunnel)
{
    QList<SimTunnel> rows = m_rows;
    rows.append(SimTunnel{tunnel, false, 0, 0, {}});
    ++m_cumulativeConnections;
    setRows(std::move(rows));
    Q_EMIT tunnelsChanged();
}

bool SimServer::removeTunnel(const QString &address)
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const SimTunnel &row) {
        return sameAddress(row.tunnel.clientIPv4Address, address)
                || sameAddress(row.tunnel.clientIPv6Address, address);
    });
    if (it == m_rows.cend())
        return false;
    m_rows.erase(it);
    Q_EMIT tunnelsChanged();
    return true;
}

void SimServer::setFaults(const QList<SimFault> &faults)
{
    m_faults = faults;
}

void SimServer::setMaxEnvelopeKb(int kb)
{
    m_maxEnvelopeKb = std::max(1, kb);
    for (SimHttpConnection *c : std::as_const(m_connections))
        c->setBodyCap(qint64(m_maxEnvelopeKb) * 1024);
}

void SimServer::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    // Basic alone follows the user, as at construction; a Negotiate set-up keeps its methods.
    if (m_auth.isEmpty() || m_auth == QList<SimConfig::Auth>{SimConfig::Auth::Basic})
        m_auth = user.isEmpty() ? QList<SimConfig::Auth>{}
                                : QList<SimConfig::Auth>{SimConfig::Auth::Basic};
}

void SimServer::setChurnPerMinute(double perMinute)
{
    if (perMinute <= 0) {
        m_churnTimer->stop();
        return;
    }
    m_churnTimer->start(std::max(1, int(60000.0 / perMinute)));
}

void SimServer::churn()
{
    // One departure and one arrival per tick: the table keeps its size but its rows move.
    QRandomGenerator &rng = m_generator->random();
    QList<SimTunnel> rows = m_rows;
    if (!rows.isEmpty() && (!m_churnArrival || rows.size() > 1))
        rows.removeAt(int(rng.bounded(int(rows.size()))));
    QSet<QString> used;
    for (const SimTunnel &row : std::as_const(rows)) {
        used.insert(row.tunnel.clientIPv4Address);
        used.insert(row.tunnel.clientIPv6Address);
    }
    rows.append(m_generator->arrival(QDateTime::currentDateTimeUtc(), used));
    ++m_cumulativeConnections;
    setRows(std::move(rows));
    Q_EMIT tunnelsChanged();
}

bool SimServer::setListening(bool listening)
{
    if (!m_listener)
        return false;
    if (!listening) {
        m_listener->close();
        closeConnections();
        return true;
    }
    if (m_listener->isListening())
        return true;
    return m_listener->listen(m_address, m_port);
}

bool SimServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

void SimServer::closeConnections()
{
    const QList<SimHttpConnection *> open = m_connections;
    for (SimHttpConnection *c : open)
        c->abort();
}

void SimServer::onNewConnection()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        auto *connection = new SimHttpConnection(socket, qint64(m_maxEnvelopeKb) * 1024, this);
        m_connections.append(connection);
        connect(connection, &SimHttpConnection::requestReady, this,
                [this, connection](const SimHttpRequest &request) {
                    onRequest(connection, request);
                });
        connect(connection, &SimHttpConnection::sent, this,
                [this](qint64 bytes) { m_bytesSent += bytes; });
        connect(connection, &SimHttpConnection::closed, this, [this, connection] {
            m_connections.removeAll(connection);
            m_sessions.remove(connection);
            connection->deleteLater();
        });
    }
}

void SimServer::onRequest(SimHttpConnection *connection, const SimHttpRequest &request)
{
    ++m_requestCount;
    Outcome outcome = process(connection, request);
    SimHttpResponse &response = outcome.response;
    if (outcome.seal && !response.body.isEmpty()) {
        // Sealed now, in the order the requests came: the context's sequence numbers follow it.
        QByteArray sealed;
        QString error;
        if (outcome.seal->sealBody(response.body, &sealed, &error)) {
            response.body = sealed;
            for (auto &header : response.headers) {
                if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
                    header.second = SimNegotiateSession::contentType;
            }
        } else {
            response.status = 500;
            response.body.clear();
            response.headers.clear();
            outcome.note += u" (sealing failed: "_s + error + u')';
        }
    }
    if (!outcome.authToken.isEmpty())
        response.headers.append(
                {"WWW-Authenticate", outcome.authScheme + ' ' + outcome.authToken.toBase64()});
    const bool answered = outcome.response.delivery != SimHttpResponse::Delivery::Reset
            && outcome.response.delivery != SimHttpResponse::Delivery::Silent;
    const int status = !answered ? 0 : outcome.response.status;
    auto finish = [this, connection, outcome, status] {
        connection->respond(outcome.response);
        log(outcome, status);
        Q_EMIT requestHandled(outcome.method, outcome.addresses, status);
    };
    if (outcome.delayMs > 0)
        QTimer::singleShot(outcome.delayMs, connection, finish);
    else
        finish();
}

void SimServer::log(const Outcome &outcome, int status) const
{
    if (!m_log)
        return;
    QString line = m_name + u' ' + (outcome.method.isEmpty() ? u"-"_s : outcome.method);
    if (!outcome.addresses.isEmpty())
        line += u" [" + outcome.addresses.join(u',') + u']';
    line += status == 0 ? u" -> reset"_s : u" -> " + QString::number(status);
    if (!outcome.note.isEmpty())
        line += u" (" + outcome.note + u')';
    qCInfo(lcSim).noquote() << line;
}

bool SimServer::credentialsOk(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QByteArray password = decoded.mid(colon + 1);
    // Windows compares the account name without regard to case.
    return user.compare(m_user, Qt::CaseInsensitive) == 0 && password == m_password.toUtf8();
}

QList<QByteArray> SimServer::offeredChallenges(bool encrypted) const
{
    QList<QByteArray> out;
    const bool negotiate
            = m_auth.contains(SimConfig::Auth::Negotiate) || m_auth.contains(SimConfig::Auth::Ntlm);
    if (negotiate)
        out.append("Negotiate");
    if (m_auth.contains(SimConfig::Auth::Kerberos))
        out.append("Kerberos");
    if (m_auth.contains(SimConfig::Auth::Basic) && (encrypted || m_allowUnencrypted))
        out.append("Basic realm=\"WSMAN\"");
    if (out.isEmpty()) // Basic only, refused on http: Windows still offers its defaults
        out = {"Negotiate", "Kerberos"};
    return out;
}

void SimServer::challenge(Outcome &out, bool encrypted, const QString &note) const
{
    out.response.status = 401;
    out.response.body.clear();
    for (const QByteArray &value : offeredChallenges(encrypted))
        out.response.headers.append({"WWW-Authenticate", value});
    out.note = note;
}

QByteArray SimServer::channelBindings() const
{
    // RFC 5929 tls-server-end-point; SimCertificate signs with SHA-256, so the hash is SHA-256.
    if (!m_tls || m_certificate.isNull())
        return {};
    return "tls-server-end-point:"
            + QCryptographicHash::hash(m_certificate.toDer(), QCryptographicHash::Sha256);
}

bool SimServer::authenticate(SimHttpConnection *connection, const SimHttpRequest &http,
                             Outcome &out, QByteArray *body, QByteArray *contentType)
{
    using A = SimConfig::Auth;
    const QByteArray authorization = http.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = (space < 0 ? authorization : authorization.left(space)).toLower();
    const bool gss = m_acceptor != nullptr;

    if (scheme == "basic") {
        m_sessions.remove(connection);
        if (!m_auth.contains(A::Basic)) {
            challenge(out, http.encrypted, u"Basic is not enabled"_s);
            return false;
        }
        if (!http.encrypted && !m_allowUnencrypted) {
            // AllowUnencrypted=false: Basic is not offered on http, whatever the credentials.
            challenge(out, http.encrypted, u"Basic refused on http"_s);
            return false;
        }
        if (!credentialsOk(authorization)) {
            challenge(out, http.encrypted, u"bad credentials"_s);
            return false;
        }
        return true;
    }

    if (gss && (scheme == "negotiate" || scheme == "kerberos")) {
        const bool kerberosHeader = scheme == "kerberos";
        if (kerberosHeader ? !m_auth.contains(A::Kerberos)
                           : !(m_auth.contains(A::Negotiate) || m_auth.contains(A::Ntlm)
                               || m_auth.contains(A::Kerberos))) {
            m_sessions.remove(connection);
            challenge(out, http.encrypted, QString::fromLatin1(scheme) + u" is not enabled"_s);
            return false;
        }
        const auto token = QByteArray::fromBase64Encoding(authorization.mid(space + 1).trimmed(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (space < 0 || !token || token.decoded.isEmpty()) {
            m_sessions.remove(connection);
            challenge(out, http.encrypted, u"no token"_s);
            return false;
        }
        std::shared_ptr<SimNegotiateSession> session = m_sessions.value(connection);
        if (!session || session->isComplete()) {
            // A token on an authenticated connection starts a new context, as HTTP.sys does.
            // The name the client reached us by: "host:port", "[v6]:port" or "host".
            QString host = QString::fromLatin1(http.header("host"));
            if (host.startsWith(u'[')) {
                host = host.mid(1, host.indexOf(u']') - 1);
            } else if (host.count(u':') == 1) {
                host = host.left(host.indexOf(u':'));
            }
            session = std::make_shared<SimNegotiateSession>(m_acceptor.get(), host);
            m_sessions.insert(connection, session);
        }
        QByteArray reply;
        QString error;
        const SimNegotiateSession::State state = session->accept(
                token.decoded, http.encrypted ? channelBindings() : QByteArray(), &reply, &error);
        out.authScheme = kerberosHeader ? "Kerberos" : "Negotiate";
        if (state == SimNegotiateSession::State::Failed) {
            m_sessions.remove(connection);
            challenge(out, http.encrypted, u"authentication failed: "_s + error);
            return false;
        }
        if (state == SimNegotiateSession::State::Continue) {
            out.response.status = 401;
            out.authToken = reply;
            out.note = u"handshake continues"_s;
            return false;
        }
        // Complete: is this mechanism enabled under this header?
        const bool kerberos = session->mechanism() == SimNegotiateSession::Mechanism::Kerberos;
        const bool ntlm = session->mechanism() == SimNegotiateSession::Mechanism::Ntlm;
        const bool allowed = kerberosHeader
                ? kerberos
                : (kerberos && (m_auth.contains(A::Negotiate) || m_auth.contains(A::Kerberos)))
                        || (ntlm && (m_auth.contains(A::Negotiate) || m_auth.contains(A::Ntlm)));
        if (!allowed) {
            m_sessions.remove(connection);
            challenge(out, http.encrypted,
                      (kerberos ? u"Kerberos"_s : u"NTLM"_s) + u" is not enabled"_s);
            return false;
        }
        ++m_handshakes;
        m_lastClientName = session->peerName();
        out.authToken = reply; // Kerberos: the AP-REP the client needs for mutual authentication
        out.note = u"authenticated "_s + session->peerName();
        if (http.body.isEmpty()) {
            // The handshake's own empty POST (pywinrm and rrasctl finish it before sealing).
            out.response.status = 200;
            return false;
        }
        // The envelope came with the token: plaintext, acceptable only over TLS or when allowed.
        if (!http.encrypted && !m_allowUnencrypted) {
            out.response.status = 500;
            out.note += u"; unencrypted envelope refused (AllowUnencrypted=false)"_s;
            return false;
        }
        return true;
    }

    if (authorization.isEmpty()) {
        const std::shared_ptr<SimNegotiateSession> session = m_sessions.value(connection);
        if (!session || !session->isComplete()) {
            challenge(out, http.encrypted, u"no credentials"_s);
            return false;
        }
        if (SimNegotiateSession::contentType.compare(*contentType, Qt::CaseInsensitive) == 0
            || contentType->toLower().startsWith("multipart/encrypted")) {
            QByteArray plain;
            QString error;
            if (!session->unsealBody(http.body, &plain, &error)) {
                // The stream can no longer be trusted: answer and drop the connection.
                m_sessions.remove(connection);
                out.response.status = 400;
                out.response.close = true;
                out.note = u"sealed request rejected: "_s + error;
                return false;
            }
            ++m_sealedRequests;
            *body = plain;
            *contentType = "application/soap+xml;charset=UTF-8";
            out.seal = session;
            return true;
        }
        if (!http.encrypted && !m_allowUnencrypted) {
            // As Windows: HTTP 500 with no body, "unencrypted traffic is disabled" in its log.
            out.response.status = 500;
            out.note = u"unencrypted envelope refused (AllowUnencrypted=false)"_s;
            return false;
        }
        return true;
    }

    m_sessions.remove(connection);
    challenge(out, http.encrypted, u"unsupported scheme "_s + QString::fromLatin1(scheme.left(20)));
    return false;
}

SimServer::Outcome SimServer::process(SimHttpConnection *connection, const SimHttpRequest &http)
{
    Outcome out;
    SimHttpResponse &response = out.response;
    response.close = !http.keepAlive;

    if (http.path().compare("/wsman", Qt::CaseInsensitive) != 0) {
        response.status = 404;
        out.note = u"not /wsman"_s;
        return out;
    }
    if (http.method != "POST") {
        response.status = 405;
        response.headers.append(httpHeader("Allow", "POST"));
        return out;
    }
    QByteArray body = http.body;
    QByteArray contentType = http.header("content-type").toLower();
    // Credentials first (an oversized request on an authenticated connection has no body to
    // unseal: it gets its 413 straight away).
    const std::shared_ptr<SimNegotiateSession> session = m_sessions.value(connection);
    const bool authenticatedConnection = session && session->isComplete();
    if (!m_auth.isEmpty() && !(http.bodyTooLarge && authenticatedConnection)
        && !authenticate(connection, http, out, &body, &contentType))
        return out;
    if (http.bodyTooLarge) {
        response.status = 413;
        response.close = true;
        out.seal.reset();
        out.note = u"request over MaxEnvelopeSizekb"_s;
        return out;
    }
    if (!contentType.startsWith("application/soap+xml")) {
        response.status = 415;
        out.note = u"content type "_s + QString::fromLatin1(contentType);
        return out;
    }

    m_lastRequestBody = body;
    SimRequest request;
    QString parseError;
    const bool parsed = request.parse(body, &parseError);
    if (parsed) {
        out.method = request.method();
        const SimRequest::Parameter *list = nullptr;
        if (out.method.compare(u"DisconnectByHostIP"_s, Qt::CaseInsensitive) == 0)
            list = request.parameter(u"HostIPAddress"_s);
        else if (out.method.compare(u"DisconnectByUserName"_s, Qt::CaseInsensitive) == 0)
            list = request.parameter(u"UserName"_s);
        if (list)
            out.addresses = list->values;
    }

    // Injected faults: every delay that fires adds up; the first other kind that fires wins.
    int injectedDelay = 0;
    const SimFault *injected = nullptr;
    for (const SimFault &f : std::as_const(m_faults)) {
        if (!f.method.isEmpty() && f.method.compare(out.method, Qt::CaseInsensitive) != 0)
            continue;
        if (f.rate < 1.0 && m_faultRandom.generateDouble() >= f.rate)
            continue;
        if (f.kind == SimFault::Kind::Delay)
            injectedDelay += f.argMs;
        else if (!injected)
            injected = &f;
    }

    qint64 operationTimeout = m_maxTimeoutMs;
    if (parsed && !request.operationTimeout.isEmpty()) {
        const qint64 asked = parseXsDuration(request.operationTimeout);
        if (asked >= 0)
            operationTimeout = std::min<qint64>(asked, m_maxTimeoutMs);
    }

    const SimReplyWriter writer(m_ns, m_name, request.action, request.messageId);
    auto setFault = [&](const SimSoapFault &fault) {
        response.status = 500;
        response.body = writer.fault(fault);
        response.headers = {{"Content-Type", "application/soap+xml;charset=UTF-8"}};
    };

    if (injected) {
        switch (injected->kind) {
        case SimFault::Kind::Http500:
            response.status = 500;
            out.note = u"injected http500"_s;
            out.delayMs = int(std::min<qint64>(injectedDelay, operationTimeout));
            return out;
        case SimFault::Kind::Http401:
            if (m_auth.isEmpty() || m_auth == QList<SimConfig::Auth>{SimConfig::Auth::Basic}) {
                response.status = 401;
                response.headers.append(httpHeader("WWW-Authenticate", "Basic realm=\"WSMAN\""));
            } else {
                // The server forgot the connection's context: the client must authenticate again.
                m_sessions.remove(connection);
                out.seal.reset();
                challenge(out, http.encrypted, {});
            }
            out.note = u"injected http401"_s;
            out.delayMs = int(std::min<qint64>(injectedDelay, operationTimeout));
            return out;
        case SimFault::Kind::Reset:
            response.delivery = SimHttpResponse::Delivery::Reset;
            out.note = u"injected reset"_s;
            out.delayMs = int(std::min<qint64>(injectedDelay, operationTimeout));
            return out;
        case SimFault::Kind::Timeout:
            setFault(timedOutFault());
            out.delayMs = int(std::min<qint64>(injected->argMs, operationTimeout));
            out.note = u"injected timeout"_s;
            return out;
        case SimFault::Kind::HugeLength:
        case SimFault::Kind::Endless:
        case SimFault::Kind::DeepXml:
        case SimFault::Kind::Entities:
        case SimFault::Kind::BadUtf8:
        case SimFault::Kind::WrongRelatesTo:
        case SimFault::Kind::Stall:
        case SimFault::Kind::NoAnswer:
        case SimFault::Kind::ResetMid:
            hostile(injected->kind, injected->argMs, request, parsed, out);
            out.delayMs = int(std::min<qint64>(injectedDelay, operationTimeout));
            return out;
        case SimFault::Kind::Delay:
        case SimFault::Kind::Truncate:
        case SimFault::Kind::BadXml:
        case SimFault::Kind::CloseOpen:
        case SimFault::Kind::ExtraResponse:
        case SimFault::Kind::BothLengths:
        case SimFault::Kind::Continue100:
            break; // the operation runs; the answer is spoiled below
        }
    }

    if (!parsed) {
        setFault(schemaFault(parseError));
        out.note = u"unparseable request: "_s + parseError;
    } else {
        const Reply reply = dispatch(request, writer, out);
        response.status = reply.status;
        response.body = reply.body;
        response.headers = {{"Content-Type", "application/soap+xml;charset=UTF-8"}};
    }

    if (injected && injected->kind == SimFault::Kind::Truncate) {
        response.delivery = SimHttpResponse::Delivery::Truncate;
        out.note += u" injected truncate"_s;
    } else if (injected && injected->kind == SimFault::Kind::BadXml) {
        response.status = 200;
        response.body = response.body.left(std::max<qsizetype>(40, response.body.size() / 3))
                + "<<&not-xml";
        out.note += u" injected badxml"_s;
    } else if (injected && injected->kind == SimFault::Kind::CloseOpen) {
        response.delivery = SimHttpResponse::Delivery::CloseButOpen;
        out.note += u" injected closeopen"_s;
    } else if (injected && injected->kind == SimFault::Kind::ExtraResponse) {
        // A whole second response, to a MessageID nobody sent: an empty listing.
        const SimReplyWriter other(
                m_ns, m_name, request.action,
                u"uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
        const QByteArray extra = other.listing(QList<Tunnel>());
        response.unsolicited = "HTTP/1.1 200 OK\r\nContent-Type: "
                               "application/soap+xml;charset=UTF-8\r\nContent-Length: "
                + QByteArray::number(extra.size()) + "\r\n\r\n" + extra;
        response.unsolicitedDelayMs = injected->argMs;
        out.note += u" injected extraresponse"_s;
    } else if (injected && injected->kind == SimFault::Kind::BothLengths) {
        response.chunked = true;
        response.alsoContentLength = true;
        out.note += u" injected bothlengths"_s;
    } else if (injected && injected->kind == SimFault::Kind::Continue100) {
        response.interim = "HTTP/1.1 100 Continue\r\n\r\n";
        out.note += u" injected continue100"_s;
    }
    if (injectedDelay > 0) {
        if (injectedDelay > operationTimeout) {
            // The operation has happened; only its answer is lost, as on a real server.
            setFault(timedOutFault());
            out.delayMs = int(operationTimeout);
            out.note += u" delayed past OperationTimeout"_s;
        } else {
            out.delayMs = injectedDelay;
        }
    }
    out.note = out.note.trimmed();
    return out;
}

QByteArray SimServer::pretendReply(const SimRequest &request, bool parsed,
                                   const SimReplyWriter &writer, Outcome &outcome)
{
    if (!parsed)
        return writer.fault(schemaFault(QString()));
    // A disconnect's reply claims every requested address, though nothing was done.
    for (const QString &method : {u"DisconnectByHostIP"_s, u"DisconnectByUserName"_s}) {
        if (outcome.method.compare(method, Qt::CaseInsensitive) == 0) {
            outcome.method = method;
            return writer.strings(vpnUserClass, method, dedupe(outcome.addresses), true, 0);
        }
    }
    // A listing or summary changes nothing: its real reply will do.
    return dispatch(request, writer, outcome).body;
}

void SimServer::hostile(SimFault::Kind kind, int argMs, const SimRequest &request, bool parsed,
                        Outcome &out)
{
    using K = SimFault::Kind;
    using Delivery = SimHttpResponse::Delivery;
    SimHttpResponse &response = out.response;
    const QString relatesTo = kind == K::WrongRelatesTo
            ? u"uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper()
            : request.messageId;
    const SimReplyWriter writer(m_ns, m_name, request.action, relatesTo);
    const QString note = out.note;
    const QByteArray body = pretendReply(request, parsed, writer, out);
    out.note = note; // the pretend operation's own note would mislead
    response.status = 200;
    response.headers = {{"Content-Type", "application/soap+xml;charset=UTF-8"}};
    QString name;
    switch (kind) {
    case K::HugeLength:
        response.delivery = Delivery::Stream;
        response.announcedLength = hugeLength;
        response.stream = fillerStream(body, hugeLength);
        response.streamIntervalMs = argMs;
        response.close = true;
        name = u"hugelength"_s;
        break;
    case K::Endless:
        response.delivery = Delivery::Stream;
        response.chunked = true;
        response.stream = fillerStream(body, -1);
        response.streamIntervalMs = argMs;
        name = u"endless"_s;
        break;
    case K::DeepXml:
        response.body = deepXml(body);
        name = u"deepxml"_s;
        break;
    case K::Entities:
        response.body = entityBomb(body);
        name = u"entities"_s;
        break;
    case K::BadUtf8:
        response.body = badUtf8(body);
        name = u"badutf8"_s;
        break;
    case K::WrongRelatesTo:
        response.body = body;
        name = u"wrongrelates "_s + relatesTo;
        break;
    case K::Stall:
        response.body = body;
        response.delivery = Delivery::Stall;
        name = u"stall"_s;
        break;
    case K::NoAnswer:
        response.delivery = Delivery::Silent;
        name = u"noanswer"_s;
        break;
    case K::ResetMid:
        response.body = body;
        response.delivery = Delivery::ResetMid;
        name = u"resetmid"_s;
        break;
    default:
        break;
    }
    out.note = QString(out.note + u" injected "_s + name + u", nothing done"_s).trimmed();
}

SimServer::Reply SimServer::dispatch(const SimRequest &request, const SimReplyWriter &writer,
                                     Outcome &outcome)
{
    auto fault = [&](const SimSoapFault &f) {
        return Reply{500, writer.fault(f)};
    };
    using Code = SimSoapFault::Code;
    using Ns = SimSoapFault::SubcodeNamespace;

    if (!request.notUnderstoodName.isEmpty()) {
        SimSoapFault f = wsmanFault(Code::MustUnderstand, Ns::None, {},
                                    tr("The WS-Management service cannot process a SOAP header in "
                                       "the request that is marked as mustUnderstand by the "
                                       "client: %1.")
                                            .arg(request.notUnderstoodName),
                                    wsmanMustUnderstand);
        f.notUnderstoodName = request.notUnderstoodName;
        f.notUnderstoodNamespace = request.notUnderstoodNamespace;
        outcome.note = u"mustUnderstand "_s + request.notUnderstoodName;
        return fault(f);
    }
    if (request.localeMustUnderstand) {
        outcome.note = u"Locale mustUnderstand"_s;
        return fault(wsmanFault(Code::Sender, Ns::Wsman, u"UnsupportedFeature"_s,
                                tr("The WS-Management service cannot guarantee that all data is "
                                   "returned in the requested locale as some data sources may not "
                                   "be able to comply. Resend the remote request with locale as a "
                                   "hint (the SOAP header should have mustUnderstand=\"false\")."),
                                wsmanLocaleMustUnderstand, u"Locale"_s));
    }
    if (request.messageId.isEmpty()) {
        outcome.note = u"no MessageID"_s;
        return fault(wsmanFault(Code::Sender, Ns::Addressing, u"MessageInformationHeaderRequired"_s,
                                tr("The WS-Management service cannot process the request. The "
                                   "request does not have all the expected SOAP headers."),
                                wsmanHeaderRequired));
    }
    if (request.replyToPresent && request.replyTo != anonymousAddress) {
        outcome.note = u"ReplyTo not anonymous"_s;
        return fault(wsmanFault(Code::Sender, Ns::Wsman, u"UnsupportedFeature"_s,
                                tr("The WS-Management service does not support the addressing "
                                   "mode: ReplyTo must be the anonymous address."),
                                wsmanAddressingMode, u"AddressingMode"_s));
    }
    qint64 maxEnvelope = qint64(m_maxEnvelopeKb) * 1024;
    bool requestedLimit = false;
    if (!request.maxEnvelopeSize.isEmpty()) {
        bool ok = false;
        const qint64 asked = request.maxEnvelopeSize.toLongLong(&ok);
        if (!ok || asked <= 0) {
            outcome.note = u"bad MaxEnvelopeSize"_s;
            return fault(schemaFault(tr("MaxEnvelopeSize is not a number.")));
        }
        if (asked < 8192) {
            outcome.note = u"MaxEnvelopeSize below 8192"_s;
            return fault(wsmanFault(Code::Sender, Ns::Wsman, u"EncodingLimit"_s,
                                    tr("The WS-Management service cannot process the request "
                                       "because the envelope size in the request is too small "
                                       "(MaxEnvelopeSize %1; the minimum is 8192).")
                                            .arg(asked),
                                    wsmanMinEnvelopeSize, u"MinimumEnvelopeLimit"_s));
        }
        if (asked <= maxEnvelope) {
            maxEnvelope = asked;
            requestedLimit = true;
        }
    }
    if (!request.operationTimeout.isEmpty() && parseXsDuration(request.operationTimeout) < 0) {
        outcome.note = u"bad OperationTimeout"_s;
        SimSoapFault f = schemaFault(tr("The OperationTimeout header is not an xs:duration."));
        f.wsmanCode = wsmanInvalidTimeout;
        return fault(f);
    }

    // Route on the class: the wmi/root form, or cim-schema/2 with a __cimnamespace selector.
    const QString uri = request.resourceUri.toLower();
    QString className;
    if (uri.startsWith(wmiRemoteAccessPrefix)) {
        className = request.resourceUri.mid(wmiRemoteAccessPrefix.size());
    } else if (uri.startsWith(cimSchemaPrefix)) {
        for (const auto &selector : request.selectors) {
            QString ns = selector.second.toLower();
            ns.replace(u'\\', u'/');
            if (selector.first.compare(u"__cimnamespace"_s, Qt::CaseInsensitive) == 0
                && ns == u"root/microsoft/windows/remoteaccess")
                className = request.resourceUri.mid(cimSchemaPrefix.size());
        }
    }
    QString canonicalClass;
    for (const QString &known : {statisticsClass, summaryClass, vpnUserClass}) {
        if (className.compare(known, Qt::CaseInsensitive) == 0)
            canonicalClass = known;
    }
    if (canonicalClass.isEmpty()) {
        outcome.note = u"unknown resource "_s + request.resourceUri;
        return fault(wsmanFault(Code::Sender, Ns::Addressing, u"DestinationUnreachable"_s,
                                tr("The WS-Management service cannot process the request. The "
                                   "service cannot find the resource identified by the resource "
                                   "URI and selectors."),
                                wsmanResourceNotFound, u"ResourceNotFound"_s));
    }

    const QString method = outcome.method;
    QString canonicalMethod;
    if (canonicalClass == vpnUserClass) {
        for (const QString &known : {u"DisconnectByHostIP"_s, u"DisconnectByUserName"_s}) {
            if (method.compare(known, Qt::CaseInsensitive) == 0)
                canonicalMethod = known;
        }
    } else if (method.compare(u"GetByActiveStatistics"_s, Qt::CaseInsensitive) == 0) {
        canonicalMethod = u"GetByActiveStatistics"_s;
    }
    if (canonicalMethod.isEmpty()) {
        outcome.note = u"unsupported action "_s + request.action;
        return fault(wsmanFault(Code::Sender, Ns::Addressing, u"ActionNotSupported"_s,
                                tr("The WS-Management service does not support the action "
                                   "specified in the request."),
                                wsmanActionNotSupported, u"ActionMismatch"_s));
    }
    outcome.method = canonicalMethod;
    if (request.bodyElement.compare(canonicalMethod + u"_INPUT", Qt::CaseInsensitive) != 0) {
        outcome.note = u"body element "_s + request.bodyElement;
        return fault(schemaFault(tr("The Body holds <%1>, not <%2_INPUT>.")
                                         .arg(request.bodyElement, canonicalMethod)));
    }

    Reply reply;
    if (canonicalClass == statisticsClass)
        reply = listing(request, writer, outcome);
    else if (canonicalClass == summaryClass)
        reply = summary(request, writer);
    else if (canonicalMethod == u"DisconnectByHostIP")
        reply = disconnectByHostIp(request, writer, outcome);
    else
        reply = disconnectByUserName(request, writer, outcome);

    if (reply.status == 200 && reply.body.size() > maxEnvelope) {
        outcome.note = QStringLiteral("reply of %1 bytes over %2")
                               .arg(reply.body.size())
                               .arg(maxEnvelope);
        return fault(wsmanFault(Code::Sender, Ns::Wsman, u"EncodingLimit"_s,
                                tr("The WS-Management service cannot process the request because "
                                   "the response would exceed the maximum envelope size (%1 "
                                   "bytes). Request a larger MaxEnvelopeSize or raise the "
                                   "service's MaxEnvelopeSizekb (%2).")
                                        .arg(maxEnvelope)
                                        .arg(m_maxEnvelopeKb),
                                requestedLimit ? wsmanEnvelopeExceeded : wsmanServerEnvelopeLimit,
                                requestedLimit ? u"MaxEnvelopeSize"_s : u"ServiceEnvelopeLimit"_s));
    }
    return reply;
}

bool SimServer::checkParameters(const SimRequest &request, const QStringList &allowed,
                                const SimReplyWriter &writer, Reply *fault) const
{
    for (const SimRequest::Parameter &p : request.parameters) {
        if (!allowed.contains(p.name, Qt::CaseInsensitive)) {
            *fault = Reply{500,
                           writer.fault(providerFault(
                                   invalidParameter(tr("Invalid parameter %1.").arg(p.name))))};
            return false;
        }
    }
    return true;
}

bool SimServer::checkComputerName(const SimRequest &request, const SimReplyWriter &writer,
                                  Reply *fault) const
{
    const SimRequest::Parameter *p = request.parameter(u"ComputerName"_s);
    if (!p || p->nil || p->values.isEmpty() || p->values.first().isEmpty())
        return true;
    const QString name = p->values.first();
    if (name.compare(m_name, Qt::CaseInsensitive) == 0
        || name.startsWith(m_name + u'.', Qt::CaseInsensitive)
        || name.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || name == u"."
        || name == u"127.0.0.1" || name == u"::1")
        return true;
    // What the provider reports when it cannot reach another RemoteAccess server over RPC.
    *fault = Reply{500,
                   writer.fault(providerFault(SimProviderError{
                           1, tr("The RPC server is unavailable. (%1)").arg(name), 1722, 21, 0}))};
    return false;
}

SimServer::Reply SimServer::listing(const SimRequest &request, const SimReplyWriter &writer,
                                    Outcome &outcome)
{
    Reply fault;
    if (!checkParameters(request, {u"ComputerName"_s, u"ResourceName"_s, u"RoutingDomain"_s},
                         writer, &fault)
        || !checkComputerName(request, writer, &fault))
        return fault;
    auto filter = [&](const char *name) {
        const SimRequest::Parameter *p = request.parameter(QLatin1String(name));
        return (p && !p->nil && !p->values.isEmpty()) ? p->values.first() : QString();
    };
    const QString resource = filter("ResourceName");
    const QString routingDomain = filter("RoutingDomain");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SimReplyWriter::ListingRow> rows;
    rows.reserve(m_rows.size());
    for (const SimTunnel &row : std::as_const(m_rows)) {
        if (!resource.isEmpty() && !row.resources.contains(resource, Qt::CaseInsensitive))
            continue;
        if (!routingDomain.isEmpty()
            && row.tunnel.routingDomain.compare(routingDomain, Qt::CaseInsensitive) != 0)
            continue;
        rows.append({&row.tunnel, row.countersAt(now)});
    }
    outcome.note = QStringLiteral("%1 tunnels").arg(rows.size());
    return Reply{200, writer.listing(rows)};
}

SimServer::Reply SimServer::summary(const SimRequest &request, const SimReplyWriter &writer)
{
    Reply fault;
    if (!checkParameters(request, {u"ComputerName"_s}, writer, &fault)
        || !checkComputerName(request, writer, &fault))
        return fault;
    SimSummary s;
    QSet<QString> users;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SimTunnel &row : std::as_const(m_rows)) {
        const Tunnel t = row.at(now);
        for (const QString &u : t.userName)
            users.insert(u.toLower());
        if (t.connectionType == u"DirectAccess")
            ++s.totalDAConnections;
        else if (t.connectionType == u"Vpn")
            ++s.totalVpnConnections;
        s.totalBytesIn += t.totalBytesIn;
        s.totalBytesOut += t.totalBytesOut;
    }
    s.totalUniqueUsers = quint32(users.size());
    s.totalConnections = quint32(m_rows.size());
    s.totalCumulativeConnections = m_cumulativeConnections;
    s.maxConcurrentConnections = m_maxConcurrent;
    return Reply{200, writer.summary(s)};
}

SimServer::Reply SimServer::disconnectByHostIp(const SimRequest &request,
                                               const SimReplyWriter &writer, Outcome &outcome)
{
    ++m_disconnectRequestCount;
    Reply fault;
    if (!checkParameters(request, {u"ComputerName"_s, u"PassThru"_s, u"HostIPAddress"_s}, writer,
                         &fault)
        || !checkComputerName(request, writer, &fault))
        return fault;
    bool passThru = false;
    if (const SimRequest::Parameter *p = request.parameter(u"PassThru"_s);
        p && !p->nil && !p->values.isEmpty()) {
        bool ok = false;
        passThru = isTrue(p->values.first(), &ok);
        if (!ok)
            return Reply{500,
                         writer.fault(providerFault(invalidParameter(
                                 tr("PassThru is not a boolean: %1.").arg(p->values.first()))))};
    }
    const SimRequest::Parameter *hosts = request.parameter(u"HostIPAddress"_s);
    if (!hosts || hosts->nil || hosts->values.isEmpty())
        return Reply{500,
                     writer.fault(providerFault(
                             invalidParameter(tr("The HostIPAddress parameter is required."))))};

    const QStringList requested = dedupe(hosts->values);
    QStringList disconnected;
    QStringList missing;
    QSet<int> rows;
    for (const QString &address : requested) {
        bool found = false;
        for (int i = 0; i < m_rows.size(); ++i) {
            const Tunnel &t = m_rows.at(i).tunnel;
            if (sameAddress(t.clientIPv4Address, address)
                || sameAddress(t.clientIPv6Address, address)) {
                rows.insert(i);
                found = true;
            }
        }
        (found ? disconnected : missing).append(address);
    }
    return finishDisconnect(u"DisconnectByHostIP"_s, rows, disconnected, missing, passThru, writer,
                            outcome);
}

SimServer::Reply SimServer::disconnectByUserName(const SimRequest &request,
                                                 const SimReplyWriter &writer, Outcome &outcome)
{
    ++m_disconnectRequestCount;
    Reply fault;
    if (!checkParameters(request, {u"ComputerName"_s, u"PassThru"_s, u"UserName"_s}, writer, &fault)
        || !checkComputerName(request, writer, &fault))
        return fault;
    bool passThru = false;
    if (const SimRequest::Parameter *p = request.parameter(u"PassThru"_s);
        p && !p->nil && !p->values.isEmpty()) {
        bool ok = false;
        passThru = isTrue(p->values.first(), &ok);
        if (!ok)
            return Reply{500,
                         writer.fault(providerFault(invalidParameter(
                                 tr("PassThru is not a boolean: %1.").arg(p->values.first()))))};
    }
    const SimRequest::Parameter *users = request.parameter(u"UserName"_s);
    if (!users || users->nil || users->values.isEmpty())
        return Reply{500,
                     writer.fault(providerFault(
                             invalidParameter(tr("The UserName parameter is required."))))};

    const QStringList requested = dedupe(users->values);
    QStringList disconnected;
    QStringList missing;
    QSet<int> rows;
    for (const QString &user : requested) {
        bool found = false;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).tunnel.userName.contains(user, Qt::CaseInsensitive)) {
                rows.insert(i);
                found = true;
            }
        }
        (found ? disconnected : missing).append(user);
    }
    return finishDisconnect(u"DisconnectByUserName"_s, rows, disconnected, missing, passThru,
                            writer, outcome);
}

SimServer::Reply SimServer::finishDisconnect(const QString &method, const QSet<int> &rows,
                                             const QStringList &disconnected,
                                             const QStringList &missing, bool passThru,
                                             const SimReplyWriter &writer, Outcome &outcome)
{
    if (!missing.isEmpty() && m_notConnected == SimConfig::NotConnected::Fault) {
        // The whole call fails and nothing is disconnected (protocol.md §4.3 shape).
        outcome.note = u"not connected: "_s + missing.join(u',') + u", nothing disconnected";
        return Reply{500,
                     writer.fault(providerFault(SimProviderError{
                             6, tr("No VPN connection was found for %1.").arg(missing.first()),
                             2147943568u, 13, 0}))};
    }
    if (!rows.isEmpty()) {
        QList<int> sorted(rows.cbegin(), rows.cend());
        std::sort(sorted.begin(), sorted.end(), std::greater<int>());
        for (int i : sorted)
            m_rows.removeAt(i);
        Q_EMIT tunnelsChanged();
    }
    quint32 returnValue = 0;
    if (!missing.isEmpty() && m_notConnected == SimConfig::NotConnected::ReturnValue)
        returnValue = 2;
    outcome.note = QStringLiteral("disconnected %1, not connected %2, ReturnValue %3")
                           .arg(disconnected.size())
                           .arg(missing.size())
                           .arg(returnValue);
    return Reply{200, writer.strings(vpnUserClass, method, disconnected, passThru, returnValue)};
}
