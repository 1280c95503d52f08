#pragma once

#include "store/historytypes.h"

#include <QList>
#include <QWidget>

class HistoryFilterModel;
class HistoryItemModel;
class HistoryModel;
class HistoryStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ReportExport;

// The History window (product.md point 5): the disconnect jobs with time, operator, reason and
// counts per outcome; filters by date range, operator, server, user, address and outcome; the
// sessions of the current job with their details; "Export Report…" for the selected jobs (or
// every job shown). A top-level window of its own, not modal.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)
public:
    // `store` is not owned and must outlive the view.
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows the job: clears the filters that hide it, selects it and scrolls to it.
    void selectJob(qint64 jobId);
    // The filters as the widgets hold them.
    HistoryFilter filter() const;
    void clearFilters();
    // The jobs the export acts on: the selected ones, else every job shown, in view order.
    QList<qint64> exportJobIds() const;
    qint64 currentJobId() const;

    HistoryModel *historyModel() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    HistoryItemModel *itemModel() const { return m_items; }
    QTableView *jobsView() const { return m_jobsView; }
    QTableView *itemsView() const { return m_itemsView; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QLineEdit *operatorEdit() const { return m_operatorEdit; }
    QLineEdit *serverEdit() const { return m_serverEdit; }
    QLineEdit *userEdit() const { return m_userEdit; }
    QLineEdit *addressEdit() const { return m_addressEdit; }
    QComboBox *outcomeCombo() const { return m_outcomeCombo; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLabel *statusLabel() const { return m_status; }
    ReportExport *reportExport() const { return m_export; }

private:
    void applyFilter();
    void updateItems();
    void updateStatus();

    HistoryStore *m_store;
    HistoryModel *m_model;
    HistoryFilterModel *m_filter;
    HistoryItemModel *m_items;
    QSortFilterProxyModel *m_itemsProxy;
    ReportExport *m_export;

    QCheckBox *m_fromCheck;
    QDateEdit *m_fromEdit;
    QCheckBox *m_toCheck;
    QDateEdit *m_toEdit;
    QLineEdit *m_operatorEdit;
    QLineEdit *m_serverEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_addressEdit;
    QComboBox *m_outcomeCombo;
    QTableView *m_jobsView;
    QTableView *m_itemsView;
    QLabel *m_itemsLabel;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_refreshButton;
};
