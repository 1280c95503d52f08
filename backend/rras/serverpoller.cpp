#include "serverpoller.h"

#include "rraslogging.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;

ServerPoller::ServerPoller(RrasClient *client, QString serverId, std::chrono::milliseconds interval,
                           QObject *parent)
    : QObject(parent),
      m_client(client),
      m_serverId(std::move(serverId)),
      m_interval(std::max(interval, 1ms)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ServerPoller::poll);
}

ServerPoller::~ServerPoller()
{
    if (ListTunnelsJob *job = m_job.data()) {
        // Silently: nobody listens to a poller being destroyed.
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
}

void ServerPoller::setInterval(std::chrono::milliseconds interval)
{
    interval = std::max(interval, 1ms);
    if (interval == m_interval)
        return;
    const std::chrono::milliseconds before = delayAfter(m_failures);
    m_interval = interval;
    // Move a pending deadline by the difference, so a shorter interval takes effect now.
    if (m_due.isForever())
        return;
    const std::chrono::nanoseconds left
            = m_due.remainingTimeAsDuration() - before + delayAfter(m_failures);
    m_due = QDeadlineTimer(std::max(left, std::chrono::nanoseconds(0)));
    if (m_timer->isActive())
        m_timer->start(
                std::chrono::ceil<std::chrono::milliseconds>(m_due.remainingTimeAsDuration()));
}

void ServerPoller::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    m_backoffBase = std::max(base, 1ms);
    m_backoffCap = std::max(cap, m_backoffBase);
}

void ServerPoller::setUnreachableAfter(int failures)
{
    m_unreachableAfter = std::max(failures, 1);
}

std::chrono::milliseconds ServerPoller::delayAfter(int failures) const
{
    if (failures <= 0)
        return m_interval;
    // base * 2^(failures-1), without overflowing for a server that has been down for days.
    std::chrono::milliseconds backoff = m_backoffBase;
    for (int i = 1; i < failures && backoff < m_backoffCap; ++i)
        backoff *= 2;
    return std::max(m_interval, std::min(backoff, m_backoffCap));
}

bool ServerPoller::isScheduled() const
{
    return m_timer->isActive();
}

void ServerPoller::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_paused && !isPolling())
        poll();
}

void ServerPoller::refreshNow()
{
    if (isPolling()) {
        // Coalesce: the answer in flight may predate what the user wants to see, so one more
        // poll follows it, but never a second request alongside it.
        m_refreshPending = true;
        return;
    }
    m_timer->stop();
    poll();
}

void ServerPoller::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_timer->stop(); // m_due stays: resume() honours what is left of the wait
}

void ServerPoller::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_started || isPolling())
        return; // the request in flight arms the timer when it finishes
    if (m_due.isForever()) {
        poll(); // started while paused: never polled yet
        return;
    }
    m_timer->start(std::chrono::ceil<std::chrono::milliseconds>(m_due.remainingTimeAsDuration()));
}

void ServerPoller::schedule(std::chrono::milliseconds delay)
{
    m_due = QDeadlineTimer(delay);
    if (m_paused || !m_started)
        return;
    m_timer->start(delay);
}

void ServerPoller::poll()
{
    if (isPolling())
        return;
    m_timer->stop();
    RrasClient *client = m_client.data();
    if (!client) {
        qCWarning(lcRras) << "poller" << m_serverId << "has no client any more; polling stops";
        return;
    }
    m_due = QDeadlineTimer(QDeadlineTimer::Forever);
    ListTunnelsJob *job = client->listTunnels();
    m_job = job;
    ++m_pollCount;
    if (m_state == State::Live)
        setState(State::Refreshing);
    Q_EMIT pollStarted(m_serverId);
    if (job->isFinished()) {
        // Some failures are known before anything is sent (a refused configuration).
        onJobFinished(job);
        return;
    }
    connect(job, &ListTunnelsJob::finished, this, [this, job] { onJobFinished(job); });
}

void ServerPoller::onJobFinished(ListTunnelsJob *job)
{
    if (job != m_job.data())
        return;
    m_job.clear();
    job->deleteLater();

    // A slot may delete this poller (its server removed in answer to a signal).
    const QPointer<ServerPoller> self(this);
    const WsmanError &error = job->error();
    if (!error.isError()) {
        m_failures = 0;
        m_lastError = WsmanError();
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_lastLatencyMs = job->elapsedMs();
        const bool changed = m_state != State::Live;
        m_state = State::Live;
        Q_EMIT snapshotReady(m_serverId, job->tunnels());
        Q_EMIT pollLatency(m_serverId, m_lastLatencyMs);
        if (changed)
            Q_EMIT stateChanged(m_serverId, m_state);
    } else if (error.kind == WsmanError::Kind::Cancelled) {
        qCDebug(lcRras) << "poll of" << m_serverId << "was cancelled";
        if (m_state == State::Refreshing)
            setState(State::Live);
    } else {
        ++m_failures;
        m_lastError = error;
        qCInfo(lcRras).noquote() << "poll of" << m_serverId << "failed" << m_failures
                                 << "time(s) in a row:" << error.summary();
        const State next = stateForFailure(error);
        const bool changed = next != m_state;
        m_state = next; // before the signals, so that their slots read the new state
        Q_EMIT pollFailed(m_serverId, error);
        if (changed)
            Q_EMIT stateChanged(m_serverId, m_state);
    }
    if (!self || isPolling())
        return; // gone, or a slot above asked for a refresh, which is already on its way

    if (m_refreshPending) {
        // One more poll right after this one, from the event loop rather than from inside the
        // job's signal. It runs even while paused or before start(): the user asked for it.
        m_refreshPending = false;
        m_due = QDeadlineTimer(0);
        m_timer->start(0);
        return;
    }
    schedule(m_failures == 0 ? jittered(m_interval) : delayAfter(m_failures));
}

std::chrono::milliseconds ServerPoller::jittered(std::chrono::milliseconds interval)
{
    // +-10 %: servers added together would otherwise stay in step forever, and their replies
    // would all land in the same event-loop turn (20 listings at once is a visible stall).
    const auto spread = interval.count() / 10;
    if (spread <= 0)
        return interval;
    const auto offset = QRandomGenerator::global()->bounded(qint64(2 * spread + 1)) - spread;
    return std::chrono::milliseconds(interval.count() + offset);
}

ServerPoller::State ServerPoller::stateForFailure(const WsmanError &error) const
{
    switch (error.kind) {
    case WsmanError::Kind::Auth:
        return State::AuthFailed;
    case WsmanError::Kind::Transport:
    case WsmanError::Kind::Tls:
    case WsmanError::Kind::Timeout:
        if (!m_lastSuccess.isValid() || m_failures >= m_unreachableAfter)
            return State::Unreachable;
        return State::Stale;
    default:
        return State::Stale;
    }
}

void ServerPoller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_serverId, state);
}

QString ServerPoller::stateName(State state)
{
    switch (state) {
    case State::Connecting:
        return QStringLiteral("Connecting");
    case State::Live:
        return QStringLiteral("Live");
    case State::Refreshing:
        return QStringLiteral("Refreshing");
    case State::Stale:
        return QStringLiteral("Stale");
    case State::AuthFailed:
        return QStringLiteral("AuthFailed");
    case State::Unreachable:
        return QStringLiteral("Unreachable");
    }
    return {};
}

QString ServerPoller::stateText(State state)
{
    switch (state) {
    case State::Connecting:
        //: A server whose first listing is on its way.
        return tr("Connecting…");
    case State::Live:
        //: A server whose tunnel list is current.
        return tr("Live");
    case State::Refreshing:
        return tr("Refreshing…");
    case State::Stale:
        //: The last refresh failed; the tunnels shown are from an earlier one.
        return tr("Stale");
    case State::AuthFailed:
        return tr("Authentication failed");
    case State::Unreachable:
        return tr("Unreachable");
    }
    return {};
}
