#pragma once

#include "rras/serverpoller.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// The configured servers with what their pollers last said. Adding or removing a server inserts
// or removes its row; everything else arrives as dataChanged for that one row, naming its roles.
class ServerListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListModel)
public:
    enum Role {
        IdRole = Qt::UserRole, // QString
        NameRole,              // QString: the display name
        UrlRole,               // QUrl
        StateRole,             // ServerPoller::State
        StateTextRole,         // QString: ServerPoller::stateText()
        LastRefreshRole,       // QDateTime (UTC) of the last successful poll; invalid before it
        TunnelCountRole,       // int, from the last successful poll
        ErrorTextRole,         // QString: why the last poll failed, for the user; empty when live
        LatencyRole,           // qlonglong ms of the last successful poll; -1 before it
    };
    Q_ENUM(Role)

    explicit ServerListModel(QObject *parent = nullptr);
    ~ServerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A server id appears at most once: adding a known id only updates its name and url.
    void addServer(const QString &id, const QString &name, const QUrl &url);
    void removeServer(const QString &id);
    int rowForServer(const QString &id) const; // -1 when absent
    QString serverIdAt(int row) const;
    QStringList serverIds() const;

    void setServerName(const QString &id, const QString &name);
    void setServerUrl(const QString &id, const QUrl &url);
    void setState(const QString &id, ServerPoller::State state);
    void setLastRefresh(const QString &id, const QDateTime &time);
    void setTunnelCount(const QString &id, int count);
    void setErrorText(const QString &id, const QString &text);
    void setLatency(const QString &id, qint64 milliseconds);

    // Follows the poller's signals for its server (which must have been added); the connection
    // ends when either object is destroyed. Takes the poller's current state at once.
    void attachPoller(ServerPoller *poller);

private:
    struct Entry
    {
        QString id;
        QString name;
        QUrl url;
        ServerPoller::State state = ServerPoller::State::Connecting;
        QDateTime lastRefresh;
        int tunnelCount = 0;
        QString errorText;
        qint64 latencyMs = -1;
    };
    // Applies `change` to the entry of `id` and emits one dataChanged when it reports a change.
    template<typename Change>
    void update(const QString &id, const QList<int> &roles, Change change);

    QList<Entry> m_entries;
};
