#include "serverset.h"

#include "auth/authenticator.h"
#include "serverconnection.h"
#include "wsman/wsmanclient.h"
#include "wsmanrrasclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThread>

struct ServerSet::Entry
{
    ServerProfile profile;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<WsmanClient> wsman;
    std::unique_ptr<WsmanRrasClient> rras;
    std::unique_ptr<ServerPoller> poller;

    ~Entry()
    {
        // The poller aborts its request before the clients it uses go away.
        poller.reset();
        rras.reset();
        wsman.reset();
        nam.reset();
    }
};

ServerSet::ServerSet(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    // Leave a core to the GUI thread where there is more than one.
    m_parsePool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    m_parsePool.setObjectName(QStringLiteral("rras-parse"));
}

ServerSet::~ServerSet() = default;

void ServerSet::addServer(const ServerProfile &profile, const QString &password)
{
    if (m_servers.contains(profile.id))
        removeServer(profile.id);

    auto entry = std::make_shared<Entry>();
    entry->profile = profile;

    // A network manager per server: QNetworkAccessManager reuses a connection by host and port
    // whatever TLS settings a request carries, so a second profile of the same endpoint with
    // other trust (CA, pin) must never ride on a connection the first one verified.
    entry->nam = std::make_unique<QNetworkAccessManager>();
    if (m_nam)
        entry->nam->setProxy(m_nam->proxy());
    // The same endpoint and authenticator as the server dialog's test and rrasctl --profile.
    entry->wsman = std::make_unique<WsmanClient>(entry->nam.get(), profileEndpoint(profile),
                                                 createProfileAuthenticator(profile, password));
    entry->wsman->setThreadPool(&m_parsePool);
    entry->rras = std::make_unique<WsmanRrasClient>(
            entry->wsman.get(), WsmanRrasClientOptions{profile.computerName, profile.id});
    entry->poller = std::make_unique<ServerPoller>(
            entry->rras.get(), profile.id, std::chrono::milliseconds(profile.pollIntervalMs));

    connect(entry->poller.get(), &ServerPoller::snapshotReady, this, &ServerSet::snapshotReady);
    connect(entry->poller.get(), &ServerPoller::stateChanged, this, &ServerSet::stateChanged);

    m_servers.insert(profile.id, entry);
    m_order.append(profile.id);
    Q_EMIT serverAdded(profile.id);
    entry->poller->start();
    if (m_paused)
        entry->poller->pause();
}

void ServerSet::removeServer(const QString &id)
{
    const auto entry = m_servers.take(id);
    if (!entry)
        return;
    m_order.removeAll(id);
    entry->poller->disconnect(this);
    Q_EMIT serverRemoved(id);
}

ServerProfile ServerSet::profile(const QString &id) const
{
    const auto entry = m_servers.value(id);
    return entry ? entry->profile : ServerProfile{};
}

RrasClient *ServerSet::client(const QString &id) const
{
    const auto entry = m_servers.value(id);
    return entry ? entry->rras.get() : nullptr;
}

ServerPoller *ServerSet::poller(const QString &id) const
{
    const auto entry = m_servers.value(id);
    return entry ? entry->poller.get() : nullptr;
}

QHash<QString, RrasClient *> ServerSet::clients() const
{
    QHash<QString, RrasClient *> result;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it)
        result.insert(it.key(), it.value()->rras.get());
    return result;
}

void ServerSet::refreshAll()
{
    refresh(m_order);
}

void ServerSet::refresh(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (ServerPoller *p = poller(id))
            p->refreshNow();
    }
}

void ServerSet::setPaused(bool paused)
{
    m_paused = paused;
    for (const auto &entry : std::as_const(m_servers)) {
        if (paused)
            entry->poller->pause();
        else
            entry->poller->resume();
    }
}
