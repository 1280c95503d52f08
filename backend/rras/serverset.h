#pragma once

#include "serverpoller.h"
#include "serverprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class RrasClient;
class WsmanClient;

// The servers the console watches: for each profile a WS-Man client, an RRAS client and a poller,
// created and destroyed together. Owned by main() or the main window; never global.
class ServerSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSet)
public:
    // Each server gets a network manager of its own (see addServer()); `nam` supplies their proxy
    // settings and must outlive the set.
    explicit ServerSet(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ServerSet() override;

    // Adds or replaces the server with profile.id and starts polling it. `password` is kept in
    // memory only, for this server's client.
    void addServer(const ServerProfile &profile, const QString &password = {});
    void removeServer(const QString &id);

    QStringList ids() const { return m_order; }
    bool contains(const QString &id) const { return m_servers.contains(id); }
    ServerProfile profile(const QString &id) const;
    RrasClient *client(const QString &id) const;
    ServerPoller *poller(const QString &id) const;
    QHash<QString, RrasClient *> clients() const;

    void refreshAll();
    void refresh(const QStringList &ids);
    void setPaused(bool paused); // e.g. while the window is minimised

Q_SIGNALS:
    void serverAdded(const QString &id);
    void serverRemoved(const QString &id);
    // Every poller's snapshots, one at a time from the event loop: twenty servers answering
    // within the same few milliseconds would otherwise be applied back to back (about 10 ms each
    // at 2,500 tunnels), with no paint or input in between. A server's newer snapshot replaces
    // one still waiting. A server's pending snapshot comes before a stateChanged() to a failing
    // state, and never after its serverRemoved().
    void snapshotReady(const QString &id, const QList<Tunnel> &tunnels);
    void stateChanged(const QString &id, ServerPoller::State state);

private:
    struct Entry;
    void queueSnapshot(const QString &id, const QList<Tunnel> &tunnels);
    void deliverNext();
    void deliver(const QString &id);

    QNetworkAccessManager *m_nam;
    // Every server's large replies are parsed here: one pool for the set, so twenty servers
    // answering at once queue on a core or two instead of twenty threads competing with the
    // GUI thread. Declared before m_servers: it outlives the clients that use it.
    QThreadPool m_parsePool;
    QHash<QString, std::shared_ptr<Entry>> m_servers;
    QStringList m_order;
    bool m_paused = false;
    // Snapshots not yet delivered, by server, and the order they arrived in.
    QHash<QString, QList<Tunnel>> m_pending;
    QStringList m_pendingOrder;
    QTimer m_deliveryTimer; // single shot: the next snapshot's turn
};
