#include "disconnectrun.h"

#include "rras/hostaddress.h"
#include "rras/wsmanrrasclient.h"
#include "stdstreams.h"
#include "store/historystore.h"
#include "wsman/wsmanclient.h"

#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

DisconnectRun::DisconnectRun(const CliOptions &options, HistoryStore *store,
                             ClientFactory makeClient, QObject *parent)
    : QObject(parent), m_options(options), m_store(store), m_makeClient(std::move(makeClient))
{ }

DisconnectRun::~DisconnectRun() = default;

void DisconnectRun::start()
{
    // Each spelling's first position (walked backwards, the first one is written last).
    for (qsizetype i = m_options.addresses.size() - 1; i >= 0; --i)
        m_order.insert(m_options.addresses.at(i), i);
    // Only these addresses' tunnels are kept from the listings.
    for (const QString &requested : std::as_const(m_options.addresses)) {
        const NormalizedAddress n = normalizeHostAddress(requested);
        if (n.isValid())
            m_wanted.insert(n.text);
    }

    m_servers.reserve(m_options.servers.size());
    for (const QUrl &url : m_options.servers)
        m_servers.append({url, url.toString(), m_makeClient(url), false, {}});
    // One parse pool for every listing, a thread per core, as `list` has: ten 2.6 MB replies
    // parsed at once on two cores cost memory, not time. Made after the clients, beside them, so
    // that it outlives them (WsmanClient::setThreadPool).
    auto *pool = new QThreadPool(parent() ? parent() : this);
    pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (const Server &s : std::as_const(m_servers))
        s.client->wsmanClient()->setThreadPool(pool);
    // Who is on those addresses, for the record, and with several servers which server holds
    // each. All at once: the run costs one listing's time, not one per server.
    m_pendingListings = int(m_servers.size());
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        ListTunnelsJob *job = m_servers.at(i).client->listTunnels();
        connect(job, &ListTunnelsJob::finished, this, [this, i, job] { onListed(i, job); });
    }
}

void DisconnectRun::onListed(qsizetype index, ListTunnelsJob *job)
{
    job->deleteLater();
    Server &server = m_servers[index];
    if (job->error()) {
        //: %1 is the server URL, %2 what went wrong.
        writeErr(tr("%1: the sessions' details could not be read (%2); the history records "
                    "their addresses only.")
                         .arg(server.id, job->error().summary()));
    } else {
        server.listed = true;
        // The tunnels on the addresses asked for, not all of them: a run over many large servers
        // holds a few, and the listing itself goes with its job.
        for (const Tunnel &t : job->tunnels()) {
            for (const QString &address : {t.clientIPv4Address, t.clientIPv6Address}) {
                if (address.isEmpty())
                    continue;
                const NormalizedAddress n = normalizeHostAddress(address);
                if (n.isValid() && m_wanted.contains(n.text))
                    server.sessions.insert(n.text, t);
            }
        }
    }
    if (--m_pendingListings == 0)
        route();
}

void DisconnectRun::addLocal(const QString &serverId, const QString &address,
                             DisconnectOutcomeKind kind, const QString &message)
{
    DisconnectOutcome o;
    o.requested = address;
    o.address = kind == DisconnectOutcomeKind::InvalidAddress ? QString() : address;
    o.outcome = kind;
    o.message = message;
    m_local.append({{serverId, address}, o});
}

void DisconnectRun::route()
{
    const bool single = m_servers.size() == 1;
    QStringList unlisted; // servers whose listing failed
    for (const Server &s : std::as_const(m_servers)) {
        if (!s.listed)
            unlisted.append(s.id);
    }
    QSet<QString> seen;
    for (const QString &requested : std::as_const(m_options.addresses)) {
        // One session per address: valid ones by their normal form, invalid ones by what was
        // typed (as the disconnect job reports them).
        const NormalizedAddress n = normalizeHostAddress(requested);
        const QString address = n.isValid() ? n.text : n.input;
        if (seen.contains(address))
            continue;
        seen.insert(address);
        m_spelling.insert(address, requested);
        if (single) {
            // The one server gets every address, listed or not, as it always did: its own
            // answer says what happened.
            m_keys.append({m_servers.constFirst().id, address});
            continue;
        }
        if (!n.isValid()) {
            addLocal({}, address, DisconnectOutcomeKind::InvalidAddress, n.error);
            continue;
        }
        QStringList holders;
        for (const Server &s : std::as_const(m_servers)) {
            if (s.sessions.contains(address))
                holders.append(s.id);
        }
        if (holders.size() == 1) {
            m_keys.append({holders.constFirst(), address});
        } else if (holders.size() > 1) {
            for (const QString &holder : std::as_const(holders)) {
                //: %1 lists the servers (URLs) that all list the address.
                addLocal(holder, address, DisconnectOutcomeKind::Failed,
                         tr("Not sent: this address is connected on several servers (%1). "
                            "Disconnect it with the one --server meant.")
                                 .arg(holders.join(QStringLiteral(", "))));
            }
        } else if (unlisted.isEmpty()) {
            addLocal({}, address, DisconnectOutcomeKind::AlreadyGone,
                     tr("Not connected: none of the servers lists this address; nothing was "
                        "sent."));
        } else if (unlisted.size() == 1) {
            // It can only be there, if anywhere.
            m_keys.append({unlisted.constFirst(), address});
        } else {
            //: %1 lists the servers (URLs) whose listing failed.
            addLocal({}, address, DisconnectOutcomeKind::Failed,
                     tr("Not sent: no listed server holds this address, and %1 could not be "
                        "listed, so which one holds it is not known.")
                             .arg(unlisted.join(QStringLiteral(", "))));
        }
    }
    send();
}

void DisconnectRun::send()
{
    // The record comes first: a job the history cannot keep is not started. Its sessions in the
    // order given, with who was on each address.
    QHash<QString, const Server *> byId;
    for (const Server &s : std::as_const(m_servers))
        byId.insert(s.id, &s);
    QList<std::pair<qsizetype, HistorySession>> ordered;
    auto add = [&](const SessionKey &key) {
        const Server *server = byId.value(key.serverId);
        ordered.append(
                {m_order.value(m_spelling.value(key.address), -1),
                 {key, key.serverId, server ? server->sessions.value(key.address) : Tunnel{}}});
    };
    for (const SessionKey &key : std::as_const(m_keys))
        add(key);
    for (const LocalOutcome &l : std::as_const(m_local))
        add(l.key);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<HistorySession> sessions;
    sessions.reserve(ordered.size());
    for (const auto &entry : std::as_const(ordered))
        sessions.append(entry.second);

    const HistoryJobInfo info{HistoryStore::osUserName(), HistoryStore::workstationName(),
                              m_options.reason, QStringLiteral("rrasctl")};
    const std::optional<qint64> jobId = m_store->createJob(info, sessions);
    if (!jobId) {
        //: %1 says what is wrong with the history and how to fix it.
        writeErr(tr("%1 Nothing was sent.").arg(m_store->lastError().summary()));
        Q_EMIT finished(1);
        return;
    }
    m_jobId = *jobId;
    //: %1 is a job number.
    writeErr(tr("Recorded as job %1 in the history.").arg(m_jobId));
    if (!m_local.isEmpty()) {
        QList<std::pair<SessionKey, DisconnectOutcome>> local;
        for (const LocalOutcome &l : std::as_const(m_local))
            local.append({l.key, l.outcome});
        record(local);
        m_settled = int(m_local.size());
    }

    QHash<QString, RrasClient *> clients;
    QHash<QString, int> perServer;
    for (const SessionKey &key : std::as_const(m_keys))
        ++perServer[key.serverId];
    for (const Server &s : std::as_const(m_servers)) {
        clients.insert(s.id, s.client);
        if (m_servers.size() == 1) {
            // As the one-server command always said: every address given.
            //: Progress on standard error; %1 is the server URL.
            writeErr(tr("Disconnecting %n address(es) on %1…", nullptr,
                        int(m_options.addresses.size()))
                             .arg(s.id));
        } else if (perServer.value(s.id) > 0) {
            //: Progress on standard error; %1 is the server URL.
            writeErr(tr("Disconnecting %n address(es) on %1…", nullptr, perServer.value(s.id))
                             .arg(s.id));
        }
    }
    auto *bulk = new BulkDisconnect(clients, m_keys, this);
    m_bulk = bulk;
    connect(bulk, &BulkDisconnect::sessionsSettled, this, &DisconnectRun::onSettled);
    connect(bulk, &BulkDisconnect::finished, this, &DisconnectRun::onFinished);
    bulk->start();
}

void DisconnectRun::record(const QList<std::pair<SessionKey, DisconnectOutcome>> &outcomes)
{
    if (!m_store->recordOutcomes(m_jobId, outcomes) && !m_historyFailed) {
        m_historyFailed = true;
        //: %1 says what is wrong with the history.
        writeErr(tr("The history could not record an outcome: %1")
                         .arg(m_store->lastError().summary()));
    }
}

void DisconnectRun::onSettled(const QList<BulkDisconnect::Result> &results)
{
    m_settled += int(results.size());
    //: Progress on standard error: how many addresses have an outcome so far.
    writeErr(tr("%n address(es) settled", nullptr, m_settled));
    QList<std::pair<SessionKey, DisconnectOutcome>> outcomes;
    outcomes.reserve(results.size());
    for (const BulkDisconnect::Result &r : results)
        outcomes.append({r.key, r.outcome});
    record(outcomes);
}

DisconnectOutcome DisconnectRun::withSpelling(DisconnectOutcome outcome,
                                              const QString &address) const
{
    // The user's own spelling of the address (the job was given the normal form).
    outcome.requested = m_spelling.value(address, outcome.requested);
    return outcome;
}

void DisconnectRun::onFinished()
{
    BulkDisconnect *bulk = m_bulk;
    if (!bulk)
        return;
    bulk->deleteLater();
    QList<ServerOutcome> rows;
    for (const LocalOutcome &l : std::as_const(m_local))
        rows.append({l.key.serverId, withSpelling(l.outcome, l.key.address)});
    for (const BulkDisconnect::Result &r : bulk->results())
        rows.append({r.key.serverId, withSpelling(r.outcome, r.key.address)});
    // Report in the order the user gave the addresses.
    std::stable_sort(rows.begin(), rows.end(),
                     [this](const ServerOutcome &a, const ServerOutcome &b) {
                         return m_order.value(a.outcome.requested, -1)
                                 < m_order.value(b.outcome.requested, -1);
                     });
    bool allGood = true;
    for (const ServerOutcome &row : std::as_const(rows)) {
        allGood = allGood
                && (row.outcome.outcome == DisconnectOutcomeKind::Disconnected
                    || row.outcome.outcome == DisconnectOutcomeKind::AlreadyGone);
    }
    writeOut(formatOutcomes(rows, m_options.format));
    if (!m_store->finishJob(m_jobId) && !m_historyFailed) {
        m_historyFailed = true;
        //: %1 is a job number, %2 what is wrong with the history.
        writeErr(tr("The history could not close job %1: %2")
                         .arg(m_jobId)
                         .arg(m_store->lastError().summary()));
    }
    Q_EMIT finished(allGood && !m_historyFailed ? 0 : 1);
}
