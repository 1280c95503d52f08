#pragma once

#include "historyview.h"

#include <QObject>
#include <QPointer>

class DisconnectController;
class HistoryStore;
class QAction;
class QWidget;
class ReportExport;

// The console's way into the history: the "History…" action, the History window (made on first
// use, kept while the main window lives), and the results dialog's "Show in History" and
// "Export Report…".
class HistoryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)
public:
    // None is owned; `store` may be null (no history: the action is disabled).
    HistoryController(HistoryStore *store, DisconnectController *disconnect, QWidget *window);

    QAction *historyAction() const { return m_action; }
    HistoryView *view() const { return m_view; }
    ReportExport *reportExport() const { return m_export; }

    HistoryView *showHistory(qint64 jobId = 0);
    void exportJob(qint64 jobId);

private:
    HistoryStore *m_store;
    QWidget *m_window;
    QAction *m_action;
    ReportExport *m_export;
    QPointer<HistoryView> m_view;
};
