#pragma once

#include "../wsman/wsmanerror.h"
#include "rrasclient.h"
#include "tunnel.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QTimer;

// Polls one RRAS server: one listing request at a time, every interval(), with exponential
// backoff after failures. Each successful poll yields one complete snapshot of the server.
//
// State transitions (state() and stateChanged()):
//   start:                                   Connecting (the initial state)
//   a poll starts                            Live -> Refreshing; every other state stays, so a
//                                            failing server keeps showing why while it is retried
//   a poll succeeds                          -> Live (failures, lastError() cleared;
//                                            lastSuccess() set)
//   it fails with an Auth error              -> AuthFailed
//   Transport, Tls or Timeout, and either no poll has ever succeeded or this is failure number
//   unreachableAfter() (default 3) or later in a row
//                                            -> Unreachable
//   Transport, Tls or Timeout after a success, fewer failures in a row
//                                            -> Stale
//   any other error (Http, Fault, EnvelopeLimit, Parse): the server answers but the listing
//   failed                                   -> Stale (also before any success: the error shows)
//   Cancelled (someone aborted the request)  no information: Refreshing -> Live, else unchanged;
//                                            neither a failure nor a success
// lastError() keeps the error of the last failed poll until a poll succeeds.
//
// Scheduling: the next poll is armed only when a request finishes, so two requests to one
// server are never in flight. After a success the delay is interval(); after n failures in a
// row it is max(interval, min(backoffCap, backoffBase * 2^(n-1))), back to interval() on the
// first success; after a success the interval varies by +-10 % so that servers polled together
// drift apart instead of answering in the same instant. refreshNow() polls at once, or, with a
// request in flight, once more right after it. While paused no timer runs; a request in flight
// still completes and reports.
class ServerPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPoller)
public:
    enum class State { Connecting, Live, Refreshing, Stale, AuthFailed, Unreachable };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds DefaultInterval{5000};
    static constexpr std::chrono::milliseconds DefaultBackoffBase{5000};
    static constexpr std::chrono::milliseconds DefaultBackoffCap{60000};
    static constexpr int DefaultUnreachableAfter = 3;

    // `client` is not owned and may be destroyed first (the poller then stops polling).
    ServerPoller(RrasClient *client, QString serverId,
                 std::chrono::milliseconds interval = DefaultInterval, QObject *parent = nullptr);
    ~ServerPoller() override; // aborts a request in flight, silently

    QString serverId() const { return m_serverId; }
    RrasClient *client() const { return m_client; }

    State state() const { return m_state; }
    QDateTime lastSuccess() const { return m_lastSuccess; } // UTC; invalid before the first
    const WsmanError &lastError() const { return m_lastError; }
    qint64 lastLatencyMs() const { return m_lastLatencyMs; } // -1 before the first success
    int consecutiveFailures() const { return m_failures; }

    std::chrono::milliseconds interval() const { return m_interval; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds backoffBase() const { return m_backoffBase; }
    std::chrono::milliseconds backoffCap() const { return m_backoffCap; }
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    int unreachableAfter() const { return m_unreachableAfter; }
    void setUnreachableAfter(int failures);
    // The delay before the next poll after `failures` failures in a row (0 = after a success).
    std::chrono::milliseconds delayAfter(int failures) const;

    bool isStarted() const { return m_started; }
    bool isPaused() const { return m_paused; }
    bool isPolling() const { return !m_job.isNull(); } // a request is in flight
    bool isScheduled() const;                          // a timer is armed for the next poll
    int pollCount() const { return m_pollCount; }      // requests sent so far

    // "Connecting", "Live", ...: stable names for logs and the CLI.
    static QString stateName(State state);
    // A few words for the user ("Refreshing…", "Authentication failed").
    static QString stateText(State state);

public Q_SLOTS:
    void start(); // polls now, then on schedule; a second call does nothing
    void refreshNow();
    void pause();
    void resume();

Q_SIGNALS:
    void pollStarted(const QString &serverId);
    void snapshotReady(const QString &serverId, const QList<Tunnel> &tunnels);
    void stateChanged(const QString &serverId, ServerPoller::State state);
    void pollLatency(const QString &serverId, qint64 milliseconds);
    void pollFailed(const QString &serverId, const WsmanError &error);

private:
    void poll();
    void onJobFinished(ListTunnelsJob *job);
    void setState(State state);
    void schedule(std::chrono::milliseconds delay);
    static std::chrono::milliseconds jittered(std::chrono::milliseconds interval);
    State stateForFailure(const WsmanError &error) const;

    QPointer<RrasClient> m_client;
    QString m_serverId;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_backoffBase = DefaultBackoffBase;
    std::chrono::milliseconds m_backoffCap = DefaultBackoffCap;
    int m_unreachableAfter = DefaultUnreachableAfter;

    QTimer *m_timer;
    QPointer<ListTunnelsJob> m_job;
    QDeadlineTimer m_due{QDeadlineTimer::Forever}; // when the next poll is due (kept while paused)
    bool m_started = false;
    bool m_paused = false;
    bool m_refreshPending = false;
    int m_pollCount = 0;

    State m_state = State::Connecting;
    QDateTime m_lastSuccess;
    WsmanError m_lastError;
    qint64 m_lastLatencyMs = -1;
    int m_failures = 0;
};
