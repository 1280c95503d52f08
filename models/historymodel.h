#pragma once

#include "store/historystore.h"
#include "store/historytypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

// The disconnect jobs of a period, newest first, one row per job with its counts per outcome
// (product.md point 5). Each row also holds the job's sessions, so that the filter proxy can
// match on servers, users, addresses and outcomes without asking the store per row.
//
// Follows the store: a new job is inserted, an outcome or the end of a job updates that row (the
// changes of one event-loop turn are merged into one reload per job). Never reset on an update.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum class Column {
        Started,
        Operator,
        Workstation,
        Reason,
        State,
        Sessions,
        Disconnected,
        AlreadyGone,
        Failed,
        Unknown,
        InvalidAddress,
        Servers,
        Count
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // sort key
        JobIdRole,                   // qint64
        JobRole,                     // HistoryJob
        StateRole,                   // int(HistoryJobState)
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Not owned. Loads the period's jobs and follows the store's changes.
    void setStore(HistoryStore *store);
    HistoryStore *store() const { return m_store; }
    // Jobs started in [from, to); invalid bounds are open. Reloads.
    void setPeriod(const QDateTime &from, const QDateTime &to);
    QDateTime periodFrom() const { return m_from; }
    QDateTime periodTo() const { return m_to; }
    // Reads the period again from the store (a reset: the set of jobs may change entirely).
    void reload();
    // Applies the pending changes now instead of at the end of the event-loop turn.
    void flush();
    // The last error of a load, empty when it went well.
    QString errorString() const { return m_error; }

    int rowForJob(qint64 id) const;
    const HistoryJob &job(int row) const { return m_rows.at(row).job; }
    const QList<HistoryItem> &items(int row) const { return m_rows.at(row).items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(HistoryJobState state);

Q_SIGNALS:
    void loadFailed(const QString &error);

private:
    struct Row
    {
        HistoryJob job;
        QList<HistoryItem> items;
    };
    bool inPeriod(const QDateTime &started) const;
    void onJobCreated(qint64 id);
    void onJobChanged(qint64 id);
    void scheduleFlush();
    void insertJob(Row row);
    void rebuildIndex(int fromRow);
    QVariant display(const Row &row, Column column) const;

    QPointer<HistoryStore> m_store;
    QDateTime m_from;
    QDateTime m_to;
    QList<Row> m_rows;
    QHash<qint64, int> m_index;
    QSet<qint64> m_dirty;
    bool m_flushScheduled = false;
    QString m_error;
};
