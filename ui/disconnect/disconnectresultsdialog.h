#pragma once

#include "rras/sessionkey.h"

#include <QDialog>
#include <QList>

class OutcomeModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Lists every session of one disconnect action with its outcome and the server's words.
// Non-modal: the user keeps working in the main window while it is open.
class DisconnectResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectResultsDialog)
public:
    // The dialog does not own `model`; the caller keeps it alive while the dialog lives.
    explicit DisconnectResultsDialog(OutcomeModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *historyButton() const { return m_historyButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    // The history job these results belong to: shows "Show in History" and "Export Report…".
    void setHistoryJob(qint64 jobId);
    qint64 historyJob() const { return m_jobId; }
    // Refreshes the summary line and the retry button from the model.
    void updateSummary();

Q_SIGNALS:
    void retryRequested(const QList<SessionKey> &keys);
    void showInHistoryRequested(qint64 jobId);
    void exportReportRequested(qint64 jobId);

private:
    OutcomeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_retryButton;
    QPushButton *m_copyButton;
    QPushButton *m_historyButton;
    QPushButton *m_exportButton;
    qint64 m_jobId = 0;
};
