#include "serverset.h"

#include "auth/authenticator.h"
#include "serverconnection.h"
#include "wsman/backgroundtask.h"
#include "wsman/wsmanclient.h"
#include "wsmanrrasclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThread>

#include <algorithm>
#include <utility>

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
    m_deliveryTimer.setObjectName(QStringLiteral("snapshot delivery"));
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &ServerSet::deliverNext);
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

    connect(entry->poller.get(), &ServerPoller::snapshotReady, this, &ServerSet::queueSnapshot);
    connect(entry->poller.get(), &ServerPoller::stateChanged, this,
            [this](const QString &id, ServerPoller::State state) {
                // A failure after a snapshot still waiting: the snapshot first, so that what it
                // shows is then marked stale rather than the other way round. A poll that
                // succeeded (Live again) needs no such order and keeps the pacing.
                if (state != ServerPoller::State::Live && state != ServerPoller::State::Refreshing)
                    deliver(id);
                Q_EMIT stateChanged(id, state);
            });

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
    m_pendingOrder.removeAll(id);
    releaseInBackground(&m_parsePool, m_pending.take(id));
    Q_EMIT serverRemoved(id);
}

void ServerSet::queueSnapshot(const QString &id, const QList<Tunnel> &tunnels)
{
    auto it = m_pending.find(id);
    if (it != m_pending.end()) {
        // Not delivered yet and already out of date: only the newer one is worth applying.
        releaseInBackground(&m_parsePool, std::exchange(*it, tunnels));
        return;
    }
    m_pending.insert(id, tunnels);
    m_pendingOrder.append(id);
    if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start(0);
}

void ServerSet::deliverNext()
{
    if (m_pendingOrder.isEmpty())
        return;
    QElapsedTimer applied;
    applied.start();
    deliver(m_pendingOrder.constFirst());
    // The next one after as long again as this one took its listeners: at most half of the GUI
    // thread's time goes to snapshots while many wait, and the paint, input and timers due in
    // between run before the next (a 0 ms timer would sort before timers due a moment later
    // and run twice in a row).
    if (!m_pendingOrder.isEmpty() && !m_deliveryTimer.isActive())
        m_deliveryTimer.start(int(std::min<qint64>(applied.elapsed(), 100)));
}

void ServerSet::deliver(const QString &id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    // Out of the queue before the signal: its slots may remove servers or poll again.
    QList<Tunnel> tunnels = std::move(*it);
    m_pending.erase(it);
    m_pendingOrder.removeOne(id);
    Q_EMIT snapshotReady(id, tunnels);
    // The last reference to a listing, most often: its frees belong off the GUI thread.
    releaseInBackground(&m_parsePool, std::move(tunnels));
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
