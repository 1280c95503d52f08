#include "serverlistmodel.h"

#include <QLocale>

#include <utility>

ServerListModel::ServerListModel(QObject *parent) : QAbstractListModel(parent) { }

ServerListModel::~ServerListModel() = default;

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case Qt::ToolTipRole: {
        QString tip = e.name + u'\n' + e.url.toDisplayString() + u'\n'
                + ServerPoller::stateText(e.state);
        if (e.lastRefresh.isValid()) {
            //: %1 is a date and time.
            tip += u'\n'
                    + tr("Last refreshed %1")
                              .arg(QLocale().toString(e.lastRefresh.toLocalTime(),
                                                      QLocale::ShortFormat));
        }
        if (!e.errorText.isEmpty())
            tip += u'\n' + e.errorText;
        return tip;
    }
    case IdRole:
        return e.id;
    case UrlRole:
        return e.url;
    case StateRole:
        return QVariant::fromValue(e.state);
    case StateTextRole:
        return ServerPoller::stateText(e.state);
    case LastRefreshRole:
        return e.lastRefresh;
    case TunnelCountRole:
        return e.tunnelCount;
    case ErrorTextRole:
        return e.errorText;
    case LatencyRole:
        return qlonglong(e.latencyMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> ServerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "serverId");
    names.insert(NameRole, "name");
    names.insert(UrlRole, "url");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(LastRefreshRole, "lastRefresh");
    names.insert(TunnelCountRole, "tunnelCount");
    names.insert(ErrorTextRole, "errorText");
    names.insert(LatencyRole, "latency");
    return names;
}

void ServerListModel::addServer(const QString &id, const QString &name, const QUrl &url)
{
    if (rowForServer(id) >= 0) {
        setServerName(id, name);
        setServerUrl(id, url);
        return;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.id = id;
    entry.name = name.isEmpty() ? id : name;
    entry.url = url;
    m_entries.append(entry);
    endInsertRows();
}

void ServerListModel::removeServer(const QString &id)
{
    const int row = rowForServer(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int ServerListModel::rowForServer(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString ServerListModel::serverIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

QStringList ServerListModel::serverIds() const
{
    QStringList ids;
    ids.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

template<typename Change>
void ServerListModel::update(const QString &id, const QList<int> &roles, Change change)
{
    const int row = rowForServer(id);
    if (row < 0)
        return;
    if (!change(m_entries[row]))
        return;
    const QModelIndex cell = index(row);
    Q_EMIT dataChanged(cell, cell, roles);
}

void ServerListModel::setServerName(const QString &id, const QString &name)
{
    const QString effective = name.isEmpty() ? id : name;
    update(id, {Qt::DisplayRole, NameRole, Qt::ToolTipRole},
           [&](Entry &e) { return std::exchange(e.name, effective) != effective; });
}

void ServerListModel::setServerUrl(const QString &id, const QUrl &url)
{
    update(id, {UrlRole, Qt::ToolTipRole},
           [&](Entry &e) { return std::exchange(e.url, url) != url; });
}

void ServerListModel::setState(const QString &id, ServerPoller::State state)
{
    update(id, {StateRole, StateTextRole, Qt::ToolTipRole},
           [&](Entry &e) { return std::exchange(e.state, state) != state; });
}

void ServerListModel::setLastRefresh(const QString &id, const QDateTime &time)
{
    update(id, {LastRefreshRole, Qt::ToolTipRole},
           [&](Entry &e) { return std::exchange(e.lastRefresh, time) != time; });
}

void ServerListModel::setTunnelCount(const QString &id, int count)
{
    update(id, {TunnelCountRole},
           [&](Entry &e) { return std::exchange(e.tunnelCount, count) != count; });
}

void ServerListModel::setErrorText(const QString &id, const QString &text)
{
    update(id, {ErrorTextRole, Qt::ToolTipRole},
           [&](Entry &e) { return std::exchange(e.errorText, text) != text; });
}

void ServerListModel::setLatency(const QString &id, qint64 milliseconds)
{
    update(id, {LatencyRole},
           [&](Entry &e) { return std::exchange(e.latencyMs, milliseconds) != milliseconds; });
}

void ServerListModel::attachPoller(ServerPoller *poller)
{
    const QString id = poller->serverId();
    const auto takeState = [this, poller, id] {
        setState(id, poller->state());
        setErrorText(id,
                     poller->lastError().isError() ? poller->lastError().userMessage() : QString());
        setLastRefresh(id, poller->lastSuccess());
    };
    takeState();
    if (poller->lastLatencyMs() >= 0)
        setLatency(id, poller->lastLatencyMs());
    connect(poller, &ServerPoller::stateChanged, this, takeState);
    connect(poller, &ServerPoller::pollFailed, this, takeState);
    connect(poller, &ServerPoller::snapshotReady, this,
            [this](const QString &serverId, const QList<Tunnel> &tunnels) {
                setTunnelCount(serverId, int(tunnels.size()));
            });
    connect(poller, &ServerPoller::pollLatency, this,
            [this, poller](const QString &serverId, qint64 milliseconds) {
                setLatency(serverId, milliseconds);
                // The success time moves on every poll, also while the state stays Live.
                setLastRefresh(serverId, poller->lastSuccess());
            });
}
