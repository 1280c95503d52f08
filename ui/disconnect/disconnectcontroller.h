#pragma once

#include "confirmrequest.h"
#include "disconnectresultsdialog.h"
#include "outcomemodel.h"
#include "rras/bulkdisconnect.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ServerSet;
class TunnelTableModel;
class QWidget;

// The disconnect flow of product.md points 3 and 4: keys captured when the action fires, the
// confirmation, one request per server in parallel, "Disconnecting…" on the rows, an outcome
// per session, the results dialog, and an immediate poll of the servers involved.
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
    int typedConfirmationThreshold() const { return m_threshold; }

    // What the confirmation would say for these keys (users, servers, warnings).
    ConfirmRequest buildRequest(const QList<SessionKey> &keys) const;
    // Asks for confirmation, then disconnects. Ignored (returns false) while another runs.
    bool disconnectSessions(const QList<SessionKey> &keys);
    bool isRunning() const { return m_job != nullptr; }
    QString lastReason() const { return m_reason; }
    DisconnectResultsDialog *resultsDialog() const { return m_dialog; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(int settled, int total);
    void resultsShown(DisconnectResultsDialog *dialog);
    void confirmationDeclined();

private:
    void run(const QList<SessionKey> &keys, const QString &reason);
    void onFinished();

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
};
