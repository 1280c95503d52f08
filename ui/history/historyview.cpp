#include "historyview.h"

#include "historyfiltermodel.h"
#include "historyitemmodel.h"
#include "historymodel.h"
#include "icons.h"
#include "reportexport.h"
#include "store/historystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// Days of history shown when the window opens; older jobs are a date change away.
constexpr int defaultDays = 30;

} // namespace

HistoryView::HistoryView(HistoryStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_store(store),
      m_model(new HistoryModel(this)),
      m_filter(new HistoryFilterModel(this)),
      m_items(new HistoryItemModel(this)),
      m_itemsProxy(new QSortFilterProxyModel(this)),
      m_export(new ReportExport(store, this))
{
    setObjectName(QStringLiteral("HistoryView"));
    setWindowTitle(tr("Disconnect History"));
    resize(1180, 720);
    m_filter->setSourceModel(m_model);
    m_items->setIconProvider(&Icons::outcome);
    m_itemsProxy->setSourceModel(m_items);
    m_itemsProxy->setSortRole(HistoryItemModel::RawValueRole);

    // Filters: the period on the first row, the rest on the second.
    auto *filters = new QGridLayout;
    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromCheck->setChecked(true);
    m_fromEdit = new QDateEdit(today.addDays(-defaultDays), this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setAccessibleName(tr("Jobs started on or after"));
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setEnabled(false);
    m_toEdit->setAccessibleName(tr("Jobs started on or before"));
    auto lineEdit = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_operatorEdit = lineEdit(QStringLiteral("operatorEdit"), tr("Operator"));
    m_serverEdit = lineEdit(QStringLiteral("serverEdit"), tr("Server"));
    m_userEdit = lineEdit(QStringLiteral("userEdit"), tr("User"));
    //: Placeholder of the filter on tunnel and external addresses.
    m_addressEdit = lineEdit(QStringLiteral("addressEdit"), tr("Address"));
    m_outcomeCombo = new QComboBox(this);
    m_outcomeCombo->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcomeCombo->setAccessibleName(tr("Outcome"));
    //: Outcome filter: no restriction.
    m_outcomeCombo->addItem(tr("Any outcome"), -1);
    for (DisconnectOutcomeKind kind :
         {DisconnectOutcomeKind::Disconnected, DisconnectOutcomeKind::AlreadyGone,
          DisconnectOutcomeKind::Failed, DisconnectOutcomeKind::Unknown,
          DisconnectOutcomeKind::InvalidAddress})
        m_outcomeCombo->addItem(Icons::outcome(kind), HistoryItemModel::outcomeText(kind),
                                int(kind));
    auto *clear = new QPushButton(tr("C&lear Filters"), this);
    clear->setObjectName(QStringLiteral("clearHistoryFilters"));
    filters->addWidget(m_fromCheck, 0, 0);
    filters->addWidget(m_fromEdit, 0, 1);
    filters->addWidget(m_toCheck, 0, 2);
    filters->addWidget(m_toEdit, 0, 3);
    filters->addWidget(m_operatorEdit, 0, 4);
    filters->addWidget(m_outcomeCombo, 0, 5);
    filters->addWidget(m_serverEdit, 1, 0, 1, 2);
    filters->addWidget(m_userEdit, 1, 2, 1, 2);
    filters->addWidget(m_addressEdit, 1, 4);
    filters->addWidget(clear, 1, 5);
    filters->setColumnStretch(4, 1);

    m_jobsView = makeTable(this, QStringLiteral("historyJobsView"), tr("Disconnect jobs"));
    m_jobsView->setModel(m_filter);
    m_jobsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jobsView->sortByColumn(int(HistoryModel::Column::Started), Qt::DescendingOrder);
    m_itemsView = makeTable(this, QStringLiteral("historyItemsView"), tr("Sessions of the job"));
    m_itemsView->setModel(m_itemsProxy);
    m_itemsView->sortByColumn(-1, Qt::AscendingOrder);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsLabel = new QLabel(lower);
    m_itemsLabel->setObjectName(QStringLiteral("itemsLabel"));
    lowerLayout->addWidget(m_itemsLabel);
    lowerLayout->addWidget(m_itemsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_jobsView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshHistoryButton"));
    m_exportButton = buttons->addButton(tr("&Export Report…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_exportButton->setToolTip(tr("Write the selected jobs (or every job shown) as CSV, JSON, "
                                  "HTML or PDF"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_refreshButton, &QPushButton::clicked, m_model, &HistoryModel::reload);
    connect(m_exportButton, &QPushButton::clicked, this,
            [this] { m_export->start(exportJobIds()); });
    connect(clear, &QPushButton::clicked, this, &HistoryView::clearFilters);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    for (QCheckBox *check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &HistoryView::applyFilter);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    for (QLineEdit *edit : {m_operatorEdit, m_serverEdit, m_userEdit, m_addressEdit})
        connect(edit, &QLineEdit::textChanged, this, &HistoryView::applyFilter);
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);

    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateItems);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateStatus);
    // Outcomes of a running job arrive while the window is open.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::updateItems);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &HistoryView::updateStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &HistoryView::updateItems);
    }
    connect(m_model, &HistoryModel::loadFailed, this, &HistoryView::updateStatus);
    // Another job's sessions: fit the columns to them (within reason).
    connect(m_items, &QAbstractItemModel::modelReset, this, [this] {
        m_itemsView->resizeColumnsToContents();
        QHeaderView *header = m_itemsView->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            header->resizeSection(c, qMin(header->sectionSize(c), 260));
    });

    applyFilter();
    m_model->setStore(store);
    m_jobsView->resizeColumnsToContents();
    updateItems();
    updateStatus();
}

HistoryView::~HistoryView() = default;

HistoryFilter HistoryView::filter() const
{
    HistoryFilter f;
    if (m_fromCheck->isChecked())
        f.from = m_fromEdit->date().startOfDay();
    if (m_toCheck->isChecked())
        f.to = m_toEdit->date().addDays(1).startOfDay(); // the whole day
    f.operatorName = m_operatorEdit->text().trimmed();
    f.server = m_serverEdit->text().trimmed();
    f.user = m_userEdit->text().trimmed();
    f.address = m_addressEdit->text().trimmed();
    const int outcome = m_outcomeCombo->currentData().toInt();
    if (outcome >= 0)
        f.outcome = DisconnectOutcomeKind(outcome);
    return f;
}

void HistoryView::applyFilter()
{
    const HistoryFilter f = filter();
    // The period decides what is loaded; the rest filters the loaded jobs.
    m_model->setPeriod(f.from, f.to);
    m_filter->setFilter(f);
    updateItems();
    updateStatus();
}

void HistoryView::clearFilters()
{
    const QSignalBlocker blockers[]
            = {QSignalBlocker(m_fromCheck),    QSignalBlocker(m_toCheck),
               QSignalBlocker(m_operatorEdit), QSignalBlocker(m_serverEdit),
               QSignalBlocker(m_userEdit),     QSignalBlocker(m_addressEdit),
               QSignalBlocker(m_outcomeCombo)};
    m_fromCheck->setChecked(false);
    m_fromEdit->setEnabled(false);
    m_toCheck->setChecked(false);
    m_toEdit->setEnabled(false);
    for (QLineEdit *edit : {m_operatorEdit, m_serverEdit, m_userEdit, m_addressEdit})
        edit->clear();
    m_outcomeCombo->setCurrentIndex(0);
    applyFilter();
}

void HistoryView::selectJob(qint64 jobId)
{
    m_model->flush();
    int row = m_model->rowForJob(jobId);
    QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid()) {
        clearFilters();
        row = m_model->rowForJob(jobId);
        index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    }
    if (!index.isValid())
        return;
    m_jobsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_jobsView->scrollTo(index);
}

qint64 HistoryView::currentJobId() const
{
    const QModelIndex current = m_jobsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(HistoryModel::JobIdRole).toLongLong() : 0;
}

QList<qint64> HistoryView::exportJobIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_jobsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(HistoryModel::JobIdRole).toLongLong());
    if (ids.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids.append(m_filter->index(row, 0).data(HistoryModel::JobIdRole).toLongLong());
    }
    return ids;
}

void HistoryView::updateItems()
{
    const qint64 id = currentJobId();
    const int row = id > 0 ? m_model->rowForJob(id) : -1;
    if (row < 0) {
        m_items->setItems({});
        m_itemsLabel->setText(tr("Select a job to see its sessions."));
        return;
    }
    // With session filters, only the sessions that match them.
    const HistoryFilter f = m_filter->filter();
    const QList<HistoryItem> &all = m_model->items(row);
    QList<HistoryItem> shown;
    if (f.hasItemCriteria()) {
        for (const HistoryItem &item : all) {
            if (f.matchesItem(item))
                shown.append(item);
        }
    } else {
        shown = all;
    }
    m_items->setItems(shown);
    const HistoryJob &job = m_model->job(row);
    //: %1 job number, %2 operator, %3 workstation.
    QString header
            = tr("Job %1 by %2 on %3").arg(job.id).arg(job.info.operatorName, job.info.workstation);
    if (!job.info.reason.isEmpty()) {
        //: %1 job number, %2 operator, %3 workstation, %4 the reason or ticket typed for the job.
        header = tr("Job %1 by %2 on %3, reason: %4")
                         .arg(job.id)
                         .arg(job.info.operatorName, job.info.workstation, job.info.reason);
    }
    const QString count = shown.size() == all.size()
            ? tr("%n session(s)", nullptr, int(all.size()))
            //: %n sessions in the job, %1 of them left by the item filters.
            : tr("%n session(s), %1 shown", nullptr, int(all.size())).arg(shown.size());
    //: The job line above its sessions: %1 the job, %2 the session count.
    const QString text = tr("%1: %2", "job line").arg(header, count);
    m_itemsLabel->setText(text);
}

void HistoryView::updateStatus()
{
    if (!m_model->errorString().isEmpty()) {
        m_status->setText(m_model->errorString());
        m_exportButton->setEnabled(false);
        return;
    }
    const int shown = m_filter->rowCount();
    const int selected = int(m_jobsView->selectionModel()->selectedRows().size());
    QString text = tr("%1 of %n job(s) shown", nullptr, m_model->rowCount()).arg(shown);
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    m_status->setText(text);
    m_exportButton->setEnabled(shown > 0);
}
