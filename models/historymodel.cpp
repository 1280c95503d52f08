#include "historymodel.h"

#include "modelslogging.h"
#include "store/historystore.h"

#include <QLocale>
#include <QTimer>

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

HistoryModel::~HistoryModel() = default;

void HistoryModel::setStore(HistoryStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &HistoryStore::jobCreated, this, &HistoryModel::onJobCreated);
        connect(m_store, &HistoryStore::jobChanged, this, &HistoryModel::onJobChanged);
    }
    reload();
}

void HistoryModel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    reload();
}

bool HistoryModel::inPeriod(const QDateTime &started) const
{
    return (!m_from.isValid() || started >= m_from) && (!m_to.isValid() || started < m_to);
}

void HistoryModel::reload()
{
    // A different set of jobs: the one place a reset is right.
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_dirty.clear();
    m_error.clear();
    if (m_store && m_store->isOpen()) {
        HistoryFilter period;
        period.from = m_from;
        period.to = m_to;
        const QList<HistoryJob> jobs = m_store->jobs(period);
        QList<qint64> ids;
        ids.reserve(jobs.size());
        for (const HistoryJob &job : jobs)
            ids.append(job.id);
        QHash<qint64, QList<HistoryItem>> items = m_store->items(ids);
        if (m_store->lastError())
            m_error = m_store->lastError().summary();
        m_rows.reserve(jobs.size());
        for (const HistoryJob &job : jobs)
            m_rows.append({job, items.take(job.id)});
        rebuildIndex(0);
    } else if (m_store) {
        m_error = m_store->lastError() ? m_store->lastError().summary()
                                       : tr("The history is not open.");
    }
    endResetModel();
    if (!m_error.isEmpty()) {
        qCWarning(lcModels).noquote() << "History:" << m_error;
        Q_EMIT loadFailed(m_error);
    }
}

void HistoryModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).job.id, row);
}

int HistoryModel::rowForJob(qint64 id) const
{
    return m_index.value(id, -1);
}

void HistoryModel::onJobCreated(qint64 id)
{
    if (m_index.contains(id))
        return;
    const std::optional<HistoryJob> job = m_store->job(id);
    if (!job || !inPeriod(job->startedAt))
        return;
    insertJob({*job, m_store->items(id)});
}

void HistoryModel::insertJob(Row row)
{
    // Newest first, as the store orders them.
    int at = 0;
    while (at < m_rows.size()
           && (m_rows.at(at).job.startedAt > row.job.startedAt
               || (m_rows.at(at).job.startedAt == row.job.startedAt
                   && m_rows.at(at).job.id > row.job.id)))
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    rebuildIndex(at);
    endInsertRows();
}

void HistoryModel::onJobChanged(qint64 id)
{
    if (!m_index.contains(id))
        return;
    m_dirty.insert(id);
    scheduleFlush();
}

void HistoryModel::scheduleFlush()
{
    // Outcomes arrive in bursts (one per session of a server's batch): one reload per job and
    // event-loop turn.
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &HistoryModel::flush);
}

void HistoryModel::flush()
{
    m_flushScheduled = false;
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    if (!m_store)
        return;
    for (qint64 id : dirty) {
        const int row = rowForJob(id);
        if (row < 0)
            continue;
        const std::optional<HistoryJob> job = m_store->job(id);
        if (!job)
            continue;
        m_rows[row] = {*job, m_store->items(id)};
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString HistoryModel::stateText(HistoryJobState state)
{
    switch (state) {
    case HistoryJobState::Running:
        //: A disconnect job whose outcomes are still arriving.
        return tr("Running");
    case HistoryJobState::Finished:
        //: A disconnect job where every session has its outcome.
        return tr("Finished");
    case HistoryJobState::Interrupted:
        //: A disconnect job cut short (the program ended); its open sessions are Unknown.
        return tr("Interrupted");
    }
    return {};
}

namespace {
std::optional<DisconnectOutcomeKind> outcomeOfColumn(HistoryModel::Column column)
{
    switch (column) {
    case HistoryModel::Column::Disconnected:
        return DisconnectOutcomeKind::Disconnected;
    case HistoryModel::Column::AlreadyGone:
        return DisconnectOutcomeKind::AlreadyGone;
    case HistoryModel::Column::Failed:
        return DisconnectOutcomeKind::Failed;
    case HistoryModel::Column::Unknown:
        return DisconnectOutcomeKind::Unknown;
    case HistoryModel::Column::InvalidAddress:
        return DisconnectOutcomeKind::InvalidAddress;
    default:
        return std::nullopt;
    }
}
} // namespace

QVariant HistoryModel::display(const Row &row, Column column) const
{
    const HistoryJob &job = row.job;
    if (const auto kind = outcomeOfColumn(column))
        return job.counts.count(*kind);
    switch (column) {
    case Column::Started: {
        // Local date and time to the second.
        const QDateTime local = job.startedAt.toLocalTime();
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
                       + local.time().toString(QStringLiteral("HH:mm:ss")));
    }
    case Column::Operator:
        return job.info.operatorName;
    case Column::Workstation:
        return job.info.workstation;
    case Column::Reason:
        return job.info.reason;
    case Column::State:
        return stateText(job.state);
    case Column::Sessions:
        return job.counts.total();
    case Column::Servers:
        return job.servers.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Column::Started)
            return QLocale().toString(row.job.startedAt.toLocalTime(), QLocale::LongFormat);
        if (column == Column::Reason || column == Column::Servers)
            return display(row, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Column::Sessions && column <= Column::InvalidAddress)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        if (column == Column::Started)
            return row.job.startedAt;
        if (column == Column::State)
            return int(row.job.state);
        return display(row, column);
    case JobIdRole:
        return row.job.id;
    case JobRole:
        return QVariant::fromValue(row.job);
    case StateRole:
        return int(row.job.state);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Started:
        //: When a disconnect job started.
        return tr("Started");
    case Column::Operator:
        //: Who ran a disconnect job (OS user name).
        return tr("Operator");
    case Column::Workstation:
        //: The computer a disconnect job ran on.
        return tr("Workstation");
    case Column::Reason:
        //: The reason or ticket given for a disconnect job.
        return tr("Reason");
    case Column::State:
        return tr("State");
    case Column::Sessions:
        return tr("Sessions");
    case Column::Disconnected:
        return tr("Disconnected");
    case Column::AlreadyGone:
        return tr("Already gone");
    case Column::Failed:
        return tr("Failed");
    case Column::Unknown:
        return tr("Unknown");
    case Column::InvalidAddress:
        return tr("Invalid");
    case Column::Servers:
        return tr("Servers");
    case Column::Count:
        break;
    }
    return {};
}
