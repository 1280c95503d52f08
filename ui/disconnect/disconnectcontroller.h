#pragma once

#include "confirmrequest.h"
#include "disconnectresultsdialog.h"
#include "outcomemodel.h"
#include "rras/bulkdisconnect.h"
#include "store/historystore.h"

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

class ServerSet;
class TunnelTableModel;
class QWidget;

// The disconnect flow of product.md points 3 and 4: keys captured when the action fires, the
// confirmation, one request per server in parallel, "Disconnecting…" on the rows, an outcome
// per session, the results dialog, and an immediate poll of the servers involved.
//
// With a history store (product.md point 5) the job and every captured session are recorded
// before anything is sent, and each outcome as it arrives. When the store cannot record the job
// (not open, locked, read-only, disk full) the error is shown and nothing is sent at all.
class DisconnectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectController)
public:
    DisconnectController(ServerSet *servers, TunnelTableModel *tunnels, QWidget *window,
                         QObject *parent = nullptr);
    ~DisconnectController() override;

    // Not owned. Null restores the default (the confirmation dialog).
    void setConfirmer(DisconnectConfirmer *confirmer);
    void setTypedConfirmationThreshold(int sessions) { m_threshold = sessions; }
    // Not owned. Null: nothing is recorded (only for tests of other parts).
    void setHistoryStore(HistoryStore *store) { m_history = store; }
    HistoryStore *historyStore() const { return m_history; }
    int typedConfirmationThreshold() const { return m_threshold; }

    // What the confirmation would say for these keys (users, servers, warnings).
    ConfirmRequest buildRequest(const QList<SessionKey> &keys) const;
    // Asks for confirmation, then disconnects. Ignored (returns false) while another runs.
    bool disconnectSessions(const QList<SessionKey> &keys);
    bool isRunning() const { return m_job != nullptr; }
    QString lastReason() const { return m_reason; }
    DisconnectResultsDialog *resultsDialog() const { return m_dialog; }
    // The history job of the last disconnect that started, 0 when none was recorded.
    qint64 lastJobId() const { return m_jobId; }
    // The message box of the last history failure, while it is open.
    QMessageBox *historyErrorBox() const { return m_errorBox; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(int settled, int total);
    void resultsShown(DisconnectResultsDialog *dialog);
    void confirmationDeclined();
    // The history could not record the job (nothing was sent) or an outcome (the job ran).
    void historyFailed(const QString &message);
    // From the results dialog.
    void showHistoryRequested(qint64 jobId);
    void exportReportRequested(qint64 jobId);

private:
    void run(const QList<SessionKey> &keys, const QString &reason);
    void onFinished();
    void showHistoryError(const QString &message);

    ServerSet *m_servers;
    TunnelTableModel *m_tunnels;
    QWidget *m_window;
    DisconnectConfirmer *m_confirmer;
    std::unique_ptr<DisconnectConfirmer> m_defaultConfirmer;
    int m_threshold = 20;
    bool m_asking = false;
    QPointer<BulkDisconnect> m_job;
    QPointer<OutcomeModel> m_outcomes;
    QPointer<DisconnectResultsDialog> m_dialog;
    QString m_reason;
    QPointer<HistoryStore> m_history;
    qint64 m_jobId = 0;
    bool m_historyWriteFailed = false;
    QPointer<QMessageBox> m_errorBox;
};
