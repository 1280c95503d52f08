#pragma once

#include "../wsman/wsmanerror.h"
#include "tunnel.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <utility>

// The outcome names are an interface (CLI output, history, reports): add, never rename.
enum class DisconnectOutcomeKind {
    Disconnected,   // the server listed the address in cmdletOutput
    AlreadyGone,    // absent from a fresh listing after the call
    Failed,         // the server refused: its message and code are kept
    Unknown,        // timeout or transport failure, and a fresh listing could not settle it
    InvalidAddress, // not an IP address: never sent
};

QString outcomeName(DisconnectOutcomeKind kind); // "Disconnected", "AlreadyGone", ...
std::optional<DisconnectOutcomeKind> outcomeFromName(const QString &name);

struct DisconnectOutcome
{
    QString requested; // as the caller gave it
    QString address;   // normalised; empty for InvalidAddress
    DisconnectOutcomeKind outcome = DisconnectOutcomeKind::Unknown;
    QString message;  // the server's words, or ours for AlreadyGone/Unknown/InvalidAddress
    quint32 code = 0; // the server's code (WsmanError::serverCode()), 0 when none
};

// One listing request. finished() is emitted exactly once.
class ListTunnelsJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isFinished() const { return m_finished; }
    const WsmanError &error() const { return m_error; }
    const QList<Tunnel> &tunnels() const { return m_tunnels; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    virtual void abort() = 0;

    // For implementations.
    void complete(WsmanError error, QList<Tunnel> tunnels, qint64 elapsedMs);
    // Moves the Tunnels out, e.g. to free them away from the GUI thread.
    QList<Tunnel> takeTunnels() { return std::exchange(m_tunnels, {}); }

Q_SIGNALS:
    void finished();

private:
    bool m_finished = false;
    WsmanError m_error;
    QList<Tunnel> m_tunnels;
    qint64 m_elapsedMs = 0;
};

// One disconnect request over many addresses of one server. Every requested address ends in
// exactly one outcome. outcomesReady() may fire several times (per batch); finished() once.
class DisconnectJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isFinished() const { return m_finished; }
    const QList<DisconnectOutcome> &outcomes() const { return m_outcomes; }
    virtual void abort() = 0;

    // For implementations.
    void addOutcomes(const QList<DisconnectOutcome> &outcomes);
    void complete();

Q_SIGNALS:
    void outcomesReady(const QList<DisconnectOutcome> &outcomes);
    void finished();

private:
    bool m_finished = false;
    QList<DisconnectOutcome> m_outcomes;
};

// The backend's face for one RRAS server. Jobs are parented to the client; callers
// deleteLater() them after finished().
class RrasClient : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual ListTunnelsJob *listTunnels() = 0;
    virtual DisconnectJob *disconnectByHostIp(const QStringList &addresses) = 0;
};
