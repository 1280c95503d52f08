#pragma once

#include "rras/rrasclient.h"
#include "rras/sessionkey.h"
#include "rras/tunnel.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The values the disconnect history keeps (product.md point 5). Plain value types: the store
// writes and reads them, the models show them, the report writers print them.

// A job's life. The names are an interface (history, reports, rrasctl): add, never rename.
enum class HistoryJobState {
    Running,     // created; outcomes still arriving
    Finished,    // every session has its outcome
    Interrupted, // the program ended before the job did; unresolved sessions are Unknown
};

QString historyJobStateName(HistoryJobState state); // "Running", "Finished", "Interrupted"
std::optional<HistoryJobState> historyJobStateFromName(const QString &name);

// Who started a job, from where and why.
struct HistoryJobInfo
{
    QString operatorName; // the OS user name of whoever ran the console or rrasctl
    QString workstation;  // the host name of the machine it ran on
    QString reason;       // the reason or ticket the operator gave; may be empty
    QString source;       // "console" or "rrasctl"
};

// One session as captured when the action fired: what the history records before anything is
// sent. `tunnel` may be empty apart from the address when the details were not known.
struct HistorySession
{
    SessionKey key;     // server id and tunnel address, as the action named them
    QString serverName; // as shown to the user
    Tunnel tunnel;
};

// Counts per outcome of one job. `pending` are the items without an outcome (Running jobs only).
struct HistoryCounts
{
    std::array<int, 5> perOutcome{}; // indexed by int(DisconnectOutcomeKind)
    int pending = 0;

    int count(DisconnectOutcomeKind kind) const { return perOutcome.at(size_t(kind)); }
    int total() const;
    void add(std::optional<DisconnectOutcomeKind> outcome);
    HistoryCounts &operator+=(const HistoryCounts &other);
    bool operator==(const HistoryCounts &) const = default;
};

struct HistoryJob
{
    qint64 id = 0;
    HistoryJobInfo info;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while running (and for an Interrupted job: when it was
                          // found interrupted)
    HistoryJobState state = HistoryJobState::Running;
    HistoryCounts counts;
    QStringList servers; // server names, in first-seen order
};

struct HistoryItem
{
    qint64 jobId = 0;
    int sequence = 0; // position in the job, from 0
    QString serverId;
    QString serverName;
    QString address; // the tunnel address the action named
    QStringList userNames;
    QString hostName;
    QString externalAddress;
    QString tunnelType;
    QDateTime connectedSince; // UTC; invalid when not known
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    std::optional<DisconnectOutcomeKind> outcome; // nullopt: no outcome yet
    QString message;                              // the server's words, or ours
    quint32 code = 0;                             // the server's code, 0 when none
    QDateTime settledAt;                          // UTC; invalid while pending

    SessionKey key() const { return {serverId, address}; }
};

// What the History view and `rrasctl history` filter on. Empty fields match everything. Text
// fields match case-insensitively anywhere in the value. The item criteria (server, user,
// address, outcome) must all hold for one and the same session of a job.
struct HistoryFilter
{
    QDateTime from; // a job started at or after this (inclusive); invalid: no lower bound
    QDateTime to;   // a job started before this (exclusive); invalid: no upper bound
    QString operatorName;
    QString server;  // server id or name
    QString user;    // any of the session's user names
    QString address; // tunnel or external address
    std::optional<DisconnectOutcomeKind> outcome;

    bool hasItemCriteria() const;
    bool matchesJob(const HistoryJob &job) const; // period and operator
    bool matchesItem(const HistoryItem &item) const;
    // The whole filter: matchesJob() and, when there are item criteria, one item matching them.
    bool matches(const HistoryJob &job, const QList<HistoryItem> &items) const;
};

Q_DECLARE_METATYPE(HistoryJob)
Q_DECLARE_METATYPE(HistoryItem)
