#pragma once

#include "commandline.h"
#include "output.h"

#include "rras/bulkdisconnect.h"
#include "rras/rrasclient.h"
#include "rras/sessionkey.h"
#include "rras/tunnel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class HistoryStore;
class WsmanRrasClient;

// `rrasctl disconnect` over one or more --servers, without blocking:
//  1. every server is listed at once: the history records who is on each address, and with
//     several servers the listings say which server holds which address;
//  2. one history job records every session before anything is sent (nothing is sent if it
//     cannot be recorded);
//  3. one BulkDisconnect (the console's) sends one DisconnectByHostIP per server, all servers in
//     parallel; each reply's outcomes are recorded in one history transaction;
//  4. the outcomes are printed in the order of the addresses given, and the job is closed.
//
// With one server every address goes to it, as before several were allowed. With several, an
// address goes to the one server whose listing holds it. Nothing is sent, and the address gets
// an outcome of its own, when
//  - it is invalid (InvalidAddress);
//  - no listing holds it and every listing was read (AlreadyGone: it is connected nowhere);
//  - no listing that was read holds it and more than one server could not be listed (Failed:
//    which of them holds it is not known; with exactly one such server it is sent there, as the
//    one-server command would);
//  - two or more listings hold it (Failed on each of those servers). An address is meant to
//    name one session; on two servers it names two, of two users perhaps (overlapping address
//    pools, or one server under two names), and which one the operator meant is not known.
//    Refusing costs a second run with the right --server; disconnecting both could cut off
//    someone nobody meant to.
class DisconnectRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectRun)
public:
    using ClientFactory = std::function<WsmanRrasClient *(const QUrl &)>;

    // `store` is open for writing and outlives this object; `makeClient` gives each server's
    // client (owned by the caller).
    DisconnectRun(const CliOptions &options, HistoryStore *store, ClientFactory makeClient,
                  QObject *parent = nullptr);
    ~DisconnectRun() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Server
    {
        QUrl url;
        QString id; // serverLabel(url): the history's server id and the output's server column
        WsmanRrasClient *client = nullptr;
        bool listed = false;             // its listing was read
        QHash<QString, Tunnel> sessions; // normal address -> tunnel, of the addresses given
    };
    struct LocalOutcome
    {
        SessionKey key;
        DisconnectOutcome outcome;
    };

    void onListed(qsizetype index, ListTunnelsJob *job);
    void route();
    void send();
    void onSettled(const QList<BulkDisconnect::Result> &results);
    void onFinished();
    void record(const QList<std::pair<SessionKey, DisconnectOutcome>> &outcomes);
    void addLocal(const QString &serverId, const QString &address, DisconnectOutcomeKind kind,
                  const QString &message);
    DisconnectOutcome withSpelling(DisconnectOutcome outcome, const QString &address) const;

    const CliOptions m_options;
    HistoryStore *m_store;
    ClientFactory m_makeClient;
    QList<Server> m_servers;
    int m_pendingListings = 0;

    QList<SessionKey> m_keys;           // sent, in the order given
    QList<LocalOutcome> m_local;        // settled here, nothing sent
    QHash<QString, QString> m_spelling; // address (normal form, or input when invalid) -> as typed
    QHash<QString, qsizetype> m_order;  // as typed -> its first position
    QSet<QString> m_wanted;             // the valid addresses given, in normal form
    QPointer<BulkDisconnect> m_bulk;
    qint64 m_jobId = 0;
    int m_settled = 0;
    bool m_historyFailed = false;
};
