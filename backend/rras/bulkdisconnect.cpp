#include "bulkdisconnect.h"

#include <QCoreApplication>

BulkDisconnect::BulkDisconnect(QHash<QString, RrasClient *> clients, QList<SessionKey> keys,
                               QObject *parent)
    : QObject(parent), m_clients(std::move(clients))
{
    // A key given twice is one session: one outcome.
    for (const SessionKey &key : keys) {
        if (!m_keySet.contains(key)) {
            m_keySet.insert(key);
            m_keys.append(key);
        }
    }
}

BulkDisconnect::~BulkDisconnect()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

QStringList BulkDisconnect::servers() const
{
    QStringList result;
    for (const SessionKey &key : m_keys) {
        if (!result.contains(key.serverId))
            result.append(key.serverId);
    }
    return result;
}

void BulkDisconnect::start()
{
    if (m_started)
        return;
    m_started = true;
    const QStringList serverIds = servers();
    m_pending = int(serverIds.size());
    if (m_pending == 0) {
        Q_EMIT finished();
        return;
    }
    for (const QString &serverId : serverIds) {
        QStringList addresses;
        for (const SessionKey &key : std::as_const(m_keys)) {
            if (key.serverId == serverId)
                addresses.append(key.address);
        }
        RrasClient *client = m_clients.value(serverId);
        if (!client) {
            QList<DisconnectOutcome> outcomes;
            for (const QString &address : std::as_const(addresses)) {
                outcomes.append({address, address, DisconnectOutcomeKind::Failed,
                                 QCoreApplication::translate(
                                         "BulkDisconnect",
                                         "The server is no longer configured; nothing was sent."),
                                 0});
            }
            settle(serverId, outcomes);
            serverDone(serverId);
            continue;
        }
        DisconnectJob *job = client->disconnectByHostIp(addresses);
        m_jobs.insert(serverId, job);
        connect(job, &DisconnectJob::outcomesReady, this,
                [this, serverId](const QList<DisconnectOutcome> &outcomes) {
                    settle(serverId, outcomes);
                });
        connect(job, &DisconnectJob::finished, this, [this, serverId, job, addresses] {
            // Whatever the job did not settle is not known to have happened.
            QList<DisconnectOutcome> missing;
            for (const QString &address : addresses) {
                if (!m_outcomes.contains({serverId, address}))
                    missing.append({address, address, DisconnectOutcomeKind::Unknown,
                                    QCoreApplication::translate("BulkDisconnect",
                                                                "The server gave no outcome."),
                                    0});
            }
            settle(serverId, missing);
            job->deleteLater();
            serverDone(serverId);
        });
    }
}

void BulkDisconnect::abort()
{
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (job && !job->isFinished())
            job->abort();
    }
}

QList<BulkDisconnect::Result> BulkDisconnect::results() const
{
    QList<Result> result;
    result.reserve(m_outcomes.size());
    for (const SessionKey &key : m_keys) {
        const auto it = m_outcomes.constFind(key);
        if (it != m_outcomes.cend())
            result.append({key, *it});
    }
    return result;
}

void BulkDisconnect::settle(const QString &serverId, const QList<DisconnectOutcome> &outcomes)
{
    QList<Result> settled;
    for (const DisconnectOutcome &outcome : outcomes) {
        // The job reports the normalised address; the key holds what the table showed, which is
        // the server's own spelling. Match on either.
        SessionKey key{serverId, outcome.address};
        if (!m_keySet.contains(key))
            key = {serverId, outcome.requested};
        if (settleKey(key, outcome))
            settled.append({key, outcome});
    }
    if (!settled.isEmpty())
        Q_EMIT sessionsSettled(settled);
}

bool BulkDisconnect::settleKey(const SessionKey &key, const DisconnectOutcome &outcome)
{
    if (m_outcomes.contains(key) || !m_keySet.contains(key))
        return false;
    m_outcomes.insert(key, outcome);
    Q_EMIT sessionSettled(key, outcome);
    return true;
}

void BulkDisconnect::serverDone(const QString &serverId)
{
    m_jobs.remove(serverId);
    Q_EMIT serverFinished(serverId);
    if (--m_pending == 0)
        Q_EMIT finished();
}
