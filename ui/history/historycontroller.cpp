#include "historycontroller.h"

#include "disconnect/disconnectcontroller.h"
#include "historyview.h"
#include "icons.h"
#include "reportexport.h"
#include "store/historystore.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

HistoryController::HistoryController(HistoryStore *store, DisconnectController *disconnect,
                                     QWidget *window)
    : QObject(window),
      m_store(store),
      m_window(window),
      m_action(new QAction(Icons::action(u"history"), tr("&History…"), window)),
      m_export(new ReportExport(store, window))
{
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_action->setToolTip(tr("Every disconnect, with its sessions and outcomes (Ctrl+H)"));
    m_action->setEnabled(store != nullptr);
    connect(m_action, &QAction::triggered, this, [this] { showHistory(); });
    if (disconnect) {
        connect(disconnect, &DisconnectController::showHistoryRequested, this,
                [this](qint64 id) { showHistory(id); });
        connect(disconnect, &DisconnectController::exportReportRequested, this,
                &HistoryController::exportJob);
    }
}

HistoryView *HistoryController::showHistory(qint64 jobId)
{
    if (!m_store)
        return nullptr;
    if (!m_view)
        m_view = new HistoryView(m_store, m_window);
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    if (jobId > 0)
        m_view->selectJob(jobId);
    return m_view;
}

void HistoryController::exportJob(qint64 jobId)
{
    if (jobId > 0)
        m_export->start({jobId});
}
