#pragma once

#include "rrasclient.h"
#include "sessionkey.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

// One disconnect action over sessions on many servers (product.md point 4): the keys are grouped by
// server and each server gets one DisconnectJob (one DisconnectByHostIP, split only by envelope
// size), all servers in parallel. Every key ends in exactly one outcome; finished() once all have.
class BulkDisconnect final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDisconnect)
public:
    struct Result
    {
        SessionKey key;
        DisconnectOutcome outcome;
    };

    // `clients` maps server ids to their clients (not owned). A key whose server has no client
    // ends Failed without anything being sent.
    BulkDisconnect(QHash<QString, RrasClient *> clients, QList<SessionKey> keys,
                   QObject *parent = nullptr);
    ~BulkDisconnect() override;

    const QList<SessionKey> &keys() const { return m_keys; }
    QStringList servers() const; // in first-seen order
    void start();
    void abort(); // unsettled sessions end Unknown
    bool isFinished() const { return m_pending == 0 && m_started; }
    // Results in the order of keys(); only settled keys until finished().
    QList<Result> results() const;
    int settledCount() const { return int(m_outcomes.size()); }

Q_SIGNALS:
    void sessionSettled(const SessionKey &key, const DisconnectOutcome &outcome);
    // The sessions one reply settled (after their sessionSettled()), for a caller that writes or
    // reports them in bursts: one history transaction per reply, not one per session.
    void sessionsSettled(const QList<BulkDisconnect::Result> &results);
    void serverFinished(const QString &serverId);
    void finished();

private:
    void settle(const QString &serverId, const QList<DisconnectOutcome> &outcomes);
    bool settleKey(const SessionKey &key, const DisconnectOutcome &outcome);
    void serverDone(const QString &serverId);

    QHash<QString, RrasClient *> m_clients;
    QList<SessionKey> m_keys;
    QSet<SessionKey> m_keySet;
    QHash<SessionKey, DisconnectOutcome> m_outcomes;
    QHash<QString, QPointer<DisconnectJob>> m_jobs;
    int m_pending = 0;
    bool m_started = false;
};
