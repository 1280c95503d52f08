#include "disconnectcontroller.h"

#include "confirmdisconnectdialog.h"
#include "disconnectresultsdialog.h"
#include "icons.h"
#include "outcomemodel.h"
#include "rras/serverset.h"
#include "store/historystore.h"
#include "tunneltablemodel.h"

#include <QHostAddress>
#include <QMap>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QSet>
#include <QWidget>

DisconnectController::DisconnectController(ServerSet *servers, TunnelTableModel *tunnels,
                                           QWidget *window, QObject *parent)
    : QObject(parent),
      m_servers(servers),
      m_tunnels(tunnels),
      m_window(window),
      m_defaultConfirmer(std::make_unique<DialogConfirmer>())
{
    m_confirmer = m_defaultConfirmer.get();
}

DisconnectController::~DisconnectController() = default;

void DisconnectController::setConfirmer(DisconnectConfirmer *confirmer)
{
    m_confirmer = confirmer ? confirmer : m_defaultConfirmer.get();
}

ConfirmRequest DisconnectController::buildRequest(const QList<SessionKey> &keys) const
{
    ConfirmRequest request;
    request.keys = keys;
    request.typedConfirmationThreshold = m_threshold;

    QSet<QString> users;
    QStringList servers;
    QMap<QString, int> selectedPerUser;
    for (const SessionKey &key : keys) {
        const QString name = m_tunnels->serverName(key.serverId);
        if (!servers.contains(name))
            servers.append(name);
        const int row = m_tunnels->rowForKey(key);
        if (row < 0)
            continue;
        for (const QString &user : m_tunnels->tunnel(row).userName) {
            users.insert(user);
            ++selectedPerUser[user.toCaseFolded()];
        }
    }
    request.users = QStringList(users.cbegin(), users.cend());
    request.users.sort(Qt::CaseInsensitive);
    request.servers = servers;

    // The operator's own tunnel: cutting it cuts the console off.
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const SessionKey &key : keys) {
        const QHostAddress address(key.address);
        if (!address.isNull() && !address.isLoopback() && own.contains(address)) {
            request.warnings.append(
                    tr("%1 is an address of this computer: disconnecting it may cut off your own "
                       "connection.")
                            .arg(key.address));
        }
    }

    // A user with several tunnels of which only some are selected.
    if (!selectedPerUser.isEmpty()) {
        QMap<QString, int> totalPerUser;
        QMap<QString, QString> spelling;
        for (int row = 0; row < m_tunnels->rowCount(); ++row) {
            for (const QString &user : m_tunnels->tunnel(row).userName) {
                const QString folded = user.toCaseFolded();
                if (selectedPerUser.contains(folded)) {
                    ++totalPerUser[folded];
                    spelling.insert(folded, user);
                }
            }
        }
        for (auto it = selectedPerUser.cbegin(); it != selectedPerUser.cend(); ++it) {
            const int total = totalPerUser.value(it.key());
            if (total > it.value()) {
                //: %1 is a user name; %2 is the number of that user's sessions selected.
                request.warnings.append(
                        tr("%1 has %n session(s); only %2 selected.", nullptr, total)
                                .arg(spelling.value(it.key()))
                                .arg(it.value()));
            }
        }
    }
    return request;
}

bool DisconnectController::disconnectSessions(const QList<SessionKey> &keys)
{
    if (keys.isEmpty() || m_job || m_asking)
        return false;
    m_asking = true;
    const ConfirmRequest request = buildRequest(keys);
    m_confirmer->confirm(request, m_window,
                         [this, keys = request.keys](bool accepted, const QString &reason) {
                             m_asking = false;
                             if (accepted)
                                 run(keys, reason);
                             else
                                 Q_EMIT confirmationDeclined();
                         });
    return true;
}

void DisconnectController::run(const QList<SessionKey> &keys, const QString &reason)
{
    m_reason = reason;
    // What the rows showed when the action fired: the results keep it even after rows leave.
    QList<OutcomeModel::Session> sessions;
    sessions.reserve(keys.size());
    for (const SessionKey &key : keys) {
        const int row = m_tunnels->rowForKey(key);
        sessions.append({key, m_tunnels->serverName(key.serverId),
                         row >= 0 ? m_tunnels->tunnel(row) : Tunnel{}});
    }

    // The record comes first: a job the history cannot keep is not started.
    m_jobId = 0;
    m_historyWriteFailed = false;
    if (m_history) {
        QList<HistorySession> recorded;
        recorded.reserve(sessions.size());
        for (const OutcomeModel::Session &s : std::as_const(sessions))
            recorded.append({s.key, s.serverName, s.tunnel});
        const HistoryJobInfo info{HistoryStore::osUserName(), HistoryStore::workstationName(),
                                  reason, QStringLiteral("console")};
        const std::optional<qint64> id = m_history->createJob(info, recorded);
        if (!id) {
            //: %1 says what is wrong with the history and how to fix it.
            showHistoryError(tr("The disconnect could not be recorded in the history, so nothing "
                                "was sent.\n\n%1")
                                     .arg(m_history->lastError().summary()));
            return;
        }
        m_jobId = *id;
    }
    auto *outcomes = new OutcomeModel(this);
    outcomes->setIconProvider(&Icons::outcome);
    outcomes->setSessions(sessions);
    m_outcomes = outcomes;

    m_tunnels->setOperation(keys, TunnelOperation::disconnecting());
    auto *job = new BulkDisconnect(m_servers->clients(), keys, this);
    m_job = job;
    const int total = int(job->keys().size());
    connect(job, &BulkDisconnect::sessionSettled, this,
            [this, outcomes, total, job](const SessionKey &key, const DisconnectOutcome &outcome) {
                if (m_history && m_jobId > 0 && !m_history->recordOutcome(m_jobId, key, outcome)
                    && !m_historyWriteFailed) {
                    // The requests are out: say so once, and keep going.
                    m_historyWriteFailed = true;
                    showHistoryError(tr("An outcome could not be recorded in the history; the "
                                        "job will show as Interrupted there.\n\n%1")
                                             .arg(m_history->lastError().summary()));
                }
                m_tunnels->setOperation(
                        {key}, TunnelOperation::finished(outcome.outcome, outcome.message));
                outcomes->setOutcome(key, outcome);
                Q_EMIT progress(job->settledCount(), total);
            });
    connect(job, &BulkDisconnect::finished, this, &DisconnectController::onFinished);
    Q_EMIT runningChanged(true);
    Q_EMIT progress(0, total);
    job->start();
}

void DisconnectController::onFinished()
{
    BulkDisconnect *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    // Disconnected rows leave the table with the next poll: ask for it now.
    m_servers->refresh(job->servers());
    job->deleteLater();

    if (m_history && m_jobId > 0 && !m_historyWriteFailed && !m_history->finishJob(m_jobId)) {
        m_historyWriteFailed = true;
        showHistoryError(tr("The end of the job could not be recorded in the history; it will "
                            "show as Interrupted there.\n\n%1")
                                 .arg(m_history->lastError().summary()));
    }

    auto *dialog = new DisconnectResultsDialog(m_outcomes, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_outcomes->setParent(dialog);
    connect(dialog, &DisconnectResultsDialog::retryRequested, this,
            [this](const QList<SessionKey> &keys) { disconnectSessions(keys); });
    if (m_history && m_jobId > 0) {
        dialog->setHistoryJob(m_jobId);
        connect(dialog, &DisconnectResultsDialog::showInHistoryRequested, this,
                &DisconnectController::showHistoryRequested);
        connect(dialog, &DisconnectResultsDialog::exportReportRequested, this,
                &DisconnectController::exportReportRequested);
    }
    m_dialog = dialog;
    Q_EMIT runningChanged(false);
    dialog->show();
    Q_EMIT resultsShown(dialog);
}

void DisconnectController::showHistoryError(const QString &message)
{
    Q_EMIT historyFailed(message);
    if (m_errorBox)
        m_errorBox->close();
    // Not modal to the event loop: open(), never exec().
    auto *box = new QMessageBox(QMessageBox::Critical, tr("History"), message, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("historyErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    box->open();
}
