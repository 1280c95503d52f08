#pragma once

#include "simconfig.h"
#include "simnegotiate.h"
#include "tunnel.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTimer;
class SimHttpConnection;
class SimNegotiateAcceptor;
class SimNegotiateSession;
class SimListener;
class SimReplyWriter;
class TunnelGenerator;
struct SimHttpRequest;
struct SimHttpResponse;
struct SimRequest;
struct SimTunnel;

// One simulated RRAS server: a WinRM endpoint (POST /wsman) over HTTP or HTTPS with its own
// tunnel table. Lives on the thread that created it; everything is event driven.
class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)
public:
    // `index` is 0-based; the server is named config.namePrefix + (index + 1), e.g. "rras1".
    SimServer(int index, const SimConfig &config, QObject *parent = nullptr);
    ~SimServer() override;

    // Makes the certificate (TLS) and starts listening. port 0 = a free port.
    bool start(const QHostAddress &address, quint16 port, QString *error);

    int index() const { return m_index; }
    QString name() const { return m_name; }
    QUrl url() const; // e.g. http://127.0.0.1:5985/wsman
    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }
    QSslCertificate certificate() const { return m_certificate; } // null unless TLS
    QString certificateSha256Hex() const; // lower-case hex; empty unless TLS

    // The current table as a listing made now would report it.
    QList<Tunnel> tunnels() const;
    // Replaces the table; rows given here are served exactly as given (no ageing).
    void setTunnels(const QList<Tunnel> &tunnels);
    void addTunnel(const Tunnel &tunnel);
    // Removes the tunnel whose IPv4 or IPv6 inner address is `address`; false when none.
    bool removeTunnel(const QString &address);

    void setFaults(const QList<SimFault> &faults);
    QList<SimFault> faults() const { return m_faults; }
    void setNotConnectedMode(SimConfig::NotConnected mode) { m_notConnected = mode; }
    SimConfig::NotConnected notConnectedMode() const { return m_notConnected; }
    void setNamespace(SimConfig::Namespace ns) { m_ns = ns; }
    SimConfig::Namespace replyNamespace() const { return m_ns; }
    void setMaxEnvelopeKb(int kb);
    int maxEnvelopeKb() const { return m_maxEnvelopeKb; }
    void setMaxTimeoutMs(int ms) { m_maxTimeoutMs = ms; }
    void setCredentials(const QString &user, const QString &password);
    void setAllowUnencrypted(bool allow) { m_allowUnencrypted = allow; }
    QList<SimConfig::Auth> authMethods() const { return m_auth; }
    // The WWW-Authenticate challenges a request without (good) credentials gets.
    QList<QByteArray> offeredChallenges(bool encrypted) const;
    void setChurnPerMinute(double perMinute);
    void setLogging(bool enabled) { m_log = enabled; }

    int requestCount() const { return m_requestCount; }
    int disconnectRequestCount() const { return m_disconnectRequestCount; }
    QByteArray lastRequestBody() const { return m_lastRequestBody; } // plaintext, after unsealing
    // Negotiate/Kerberos/NTLM: handshakes completed, requests that arrived sealed, and who the
    // last completed handshake authenticated ("alice@TEST.LOCAL", "CORP\\carol").
    int handshakeCount() const { return m_handshakes; }
    // Bytes the operating system took from this server's connections so far, replies and
    // hostile streams alike (a client that stops reading a stream stops this count), and the
    // connections open now.
    qint64 bytesSent() const { return m_bytesSent; }
    int connectionCount() const { return int(m_connections.size()); }
    int sealedRequestCount() const { return m_sealedRequests; }
    QString lastClientName() const { return m_lastClientName; }

    // false: stop accepting and drop every open connection, as a dead server would;
    // true: listen again on the same port. Returns false if that fails.
    bool setListening(bool listening);
    bool isListening() const;
    void closeConnections();

Q_SIGNALS:
    // After each answered request. method: e.g. "DisconnectByHostIP" ("" when unknown);
    // addresses: HostIPAddress (or UserName) values of a disconnect; httpStatus 0 = no answer
    // (connection reset).
    void requestHandled(const QString &method, const QStringList &addresses, int httpStatus);
    void tunnelsChanged();

private:
    struct Outcome;
    struct Reply;
    void onNewConnection();
    void onRequest(SimHttpConnection *connection, const SimHttpRequest &request);
    Outcome process(SimHttpConnection *connection, const SimHttpRequest &request);
    bool authenticate(SimHttpConnection *connection, const SimHttpRequest &http, Outcome &out,
                      QByteArray *body, QByteArray *contentType);
    void challenge(Outcome &out, bool encrypted, const QString &note) const;
    QByteArray channelBindings() const;
    Reply dispatch(const SimRequest &request, const SimReplyWriter &writer, Outcome &outcome);
    // A hostile fault's answer (SimFault kinds HugeLength .. ResetMid); the operation is not done.
    void hostile(SimFault::Kind kind, int argMs, const SimRequest &request, bool parsed,
                 Outcome &outcome);
    QByteArray pretendReply(const SimRequest &request, bool parsed, const SimReplyWriter &writer,
                            Outcome &outcome);
    Reply listing(const SimRequest &request, const SimReplyWriter &writer, Outcome &outcome);
    Reply summary(const SimRequest &request, const SimReplyWriter &writer);
    Reply disconnectByHostIp(const SimRequest &request, const SimReplyWriter &writer,
                             Outcome &outcome);
    Reply disconnectByUserName(const SimRequest &request, const SimReplyWriter &writer,
                               Outcome &outcome);
    Reply finishDisconnect(const QString &method, const QSet<int> &rows,
                           const QStringList &disconnected, const QStringList &missing,
                           bool passThru, const SimReplyWriter &writer, Outcome &outcome);
    bool checkComputerName(const SimRequest &request, const SimReplyWriter &writer,
                           Reply *fault) const;
    bool checkParameters(const SimRequest &request, const QStringList &allowed,
                         const SimReplyWriter &writer, Reply *fault) const;
    bool credentialsOk(const QByteArray &authorization) const;
    void churn();
    void setRows(QList<SimTunnel> rows);
    void log(const Outcome &outcome, int status) const;

    int m_index = 0;
    QString m_name;
    QString m_host; // for the URL
    quint16 m_port = 0;
    QHostAddress m_address;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    SimListener *m_listener = nullptr;
    QList<SimHttpConnection *> m_connections;

    QList<SimTunnel> m_rows;
    std::unique_ptr<TunnelGenerator> m_generator;
    QTimer *m_churnTimer = nullptr;
    bool m_churnArrival = true;
    quint32 m_cumulativeConnections = 0;
    quint32 m_maxConcurrent = 0;

    QString m_user;
    QString m_password;
    bool m_allowUnencrypted = false;
    QList<SimConfig::Auth> m_auth;
    SimNegotiateAcceptor::Options m_acceptorOptions;
    std::unique_ptr<SimNegotiateAcceptor> m_acceptor;
    // The security context of each connection (it belongs to the TCP connection).
    QHash<SimHttpConnection *, std::shared_ptr<SimNegotiateSession>> m_sessions;
    int m_handshakes = 0;
    int m_sealedRequests = 0;
    QString m_lastClientName;
    QList<SimFault> m_faults;
    QRandomGenerator m_faultRandom;
    SimConfig::NotConnected m_notConnected = SimConfig::NotConnected::Silent;
    SimConfig::Namespace m_ns = SimConfig::Namespace::Wmi;
    int m_maxEnvelopeKb = 500;
    int m_maxTimeoutMs = 60000;
    bool m_log = true;

    int m_requestCount = 0;
    int m_disconnectRequestCount = 0;
    qint64 m_bytesSent = 0;
    QByteArray m_lastRequestBody;
};
