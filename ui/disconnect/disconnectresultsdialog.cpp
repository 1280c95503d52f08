#include "disconnectresultsdialog.h"

#include "icons.h"
#include "outcomemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DisconnectResultsDialog::DisconnectResultsDialog(OutcomeModel *model, QWidget *parent)
    : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("DisconnectResultsDialog"));
    setWindowTitle(tr("Disconnect results"));
    setModal(false);
    resize(820, 420);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(OutcomeModel::RawValueRole);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Outcome of every session"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retryButton = buttons->addButton(tr("&Retry failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setIcon(Icons::action(u"copy"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const QList<SessionKey> keys = m_model->retryableKeys();
        if (!keys.isEmpty())
            Q_EMIT retryRequested(keys);
    });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_model->toTabSeparated()); });
    // The history's buttons, shown once the job is known to be recorded (setHistoryJob()).
    m_historyButton = buttons->addButton(tr("Show in &History"), QDialogButtonBox::ActionRole);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->hide();
    connect(m_historyButton, &QPushButton::clicked, this,
            [this] { Q_EMIT showInHistoryRequested(m_jobId); });
    //: Writes a report (CSV, JSON, HTML or PDF) of this disconnect job.
    m_exportButton = buttons->addButton(tr("&Export Report…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->hide();
    connect(m_exportButton, &QPushButton::clicked, this,
            [this] { Q_EMIT exportReportRequested(m_jobId); });
    layout->addWidget(buttons);

    connect(model, &QAbstractItemModel::dataChanged, this, &DisconnectResultsDialog::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &DisconnectResultsDialog::updateSummary);
    updateSummary();
    m_view->resizeColumnsToContents();
}

void DisconnectResultsDialog::updateSummary()
{
    const int total = m_model->rowCount();
    QStringList parts;
    const std::pair<DisconnectOutcomeKind, QString> kinds[] = {
            {DisconnectOutcomeKind::Disconnected,
             tr("%n disconnected", nullptr, m_model->count(DisconnectOutcomeKind::Disconnected))},
            {DisconnectOutcomeKind::AlreadyGone,
             tr("%n already gone", nullptr, m_model->count(DisconnectOutcomeKind::AlreadyGone))},
            {DisconnectOutcomeKind::Failed,
             tr("%n failed", nullptr, m_model->count(DisconnectOutcomeKind::Failed))},
            {DisconnectOutcomeKind::Unknown,
             tr("%n unknown", nullptr, m_model->count(DisconnectOutcomeKind::Unknown))},
            {DisconnectOutcomeKind::InvalidAddress,
             tr("%n invalid", nullptr, m_model->count(DisconnectOutcomeKind::InvalidAddress))},
    };
    for (const auto &[kind, text] : kinds) {
        if (m_model->count(kind) > 0)
            parts.append(text);
    }
    const int pending = total - m_model->settledCount();
    if (pending > 0)
        parts.append(tr("%n still running", nullptr, pending));
    //: Summary line of the results dialog, e.g. "12 sessions: 10 disconnected, 2 failed".
    m_summary->setText(
            tr("%n session(s): %1", nullptr, total).arg(parts.join(QStringLiteral(", "))));
    const int retryable = int(m_model->retryableKeys().size());
    m_retryButton->setEnabled(retryable > 0 && pending == 0);
    m_retryButton->setText(retryable > 0 ? tr("&Retry %n failed", nullptr, retryable)
                                         : tr("&Retry failed"));
}

void DisconnectResultsDialog::setHistoryJob(qint64 jobId)
{
    m_jobId = jobId;
    m_historyButton->setVisible(jobId > 0);
    m_exportButton->setVisible(jobId > 0);
}
