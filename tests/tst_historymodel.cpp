// HistoryModel and HistoryItemModel over a real HistoryStore: rows newest first, counts per
// outcome, the period, live inserts and merged updates as outcomes arrive, and the item pane's
// change ranges. QAbstractItemModelTester watches every change.

#include "historyitemmodel.h"
#include "historymodel.h"
#include "historytestdata.h"
#include "store/historystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace HistoryTestData;

namespace {
HistoryJobInfo info(const QString &op)
{
    return {op, QStringLiteral("ws"), QStringLiteral("why"), QStringLiteral("console")};
}
DisconnectOutcome outcome(const QString &address, DisconnectOutcomeKind kind)
{
    return {address, address, kind, {}, 0};
}
} // namespace

class TestHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsNewestFirstWithCounts();
    void period_data();
    void period();
    void newJobIsInsertedLive();
    void outcomesUpdateTheRowOncePerTurn();
    void loadFailureIsReported();
    void itemModelColumnsAndRanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<qint64> m_ids;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->path()));
    const QList<HistorySession> sessions = awkwardSessions();
    m_ids.clear();
    // Three jobs on three days; the second has outcomes of every kind.
    for (int day = 1; day <= 3; ++day) {
        const auto id = m_store->createJob(info(QStringLiteral("op%1").arg(day)),
                                           sessions.mid((day - 1) * 2, 3), utc(2024, 5, day, 9, 0));
        QVERIFY(id);
        m_ids.append(*id);
    }
    const QList<std::optional<DisconnectOutcome>> outcomes = awkwardOutcomes();
    for (int i = 2; i < 5; ++i)
        QVERIFY(m_store->recordOutcome(m_ids.at(1), sessions.at(i).key, *outcomes.at(i)));
    QVERIFY(m_store->finishJob(m_ids.at(0)));
    m_model = std::make_unique<HistoryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setStore(m_store.get());
}

void TestHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryModel::rowsNewestFirstWithCounts()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(HistoryModel::Column::Count));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_model->index(row, 0).data(HistoryModel::JobIdRole).toLongLong(),
                 m_ids.at(2 - row));
    const int middle = m_model->rowForJob(m_ids.at(1));
    QCOMPARE(middle, 1);
    auto cell = [&](HistoryModel::Column c, int role = Qt::DisplayRole) {
        return m_model->index(middle, int(c)).data(role);
    };
    QCOMPARE(cell(HistoryModel::Column::Operator).toString(), QStringLiteral("op2"));
    QCOMPARE(cell(HistoryModel::Column::Reason).toString(), QStringLiteral("why"));
    QCOMPARE(cell(HistoryModel::Column::Sessions).toInt(), 3);
    QCOMPARE(cell(HistoryModel::Column::AlreadyGone).toInt(), 1);
    QCOMPARE(cell(HistoryModel::Column::Failed).toInt(), 1);
    QCOMPARE(cell(HistoryModel::Column::Unknown).toInt(), 1);
    QCOMPARE(cell(HistoryModel::Column::Disconnected).toInt(), 0);
    QCOMPARE(cell(HistoryModel::Column::State).toString(), QStringLiteral("Running"));
    QCOMPARE(cell(HistoryModel::Column::Servers).toString(),
             QStringLiteral("RRAS 1, RRAS \"Zwei\""));
    QCOMPARE(cell(HistoryModel::Column::Started, HistoryModel::RawValueRole).toDateTime(),
             utc(2024, 5, 2, 9, 0));
    QCOMPARE(m_model->index(2, int(HistoryModel::Column::State)).data().toString(),
             QStringLiteral("Finished"));
    QCOMPARE(m_model->items(middle).size(), 3);
    QCOMPARE(m_model->headerData(int(HistoryModel::Column::Operator), Qt::Horizontal).toString(),
             QStringLiteral("Operator"));
}

void TestHistoryModel::period_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("rows");
    QTest::newRow("open") << QDateTime() << QDateTime() << 3;
    QTest::newRow("from the second day") << utc(2024, 5, 2, 0, 0) << QDateTime() << 2;
    QTest::newRow("one day") << utc(2024, 5, 2, 0, 0) << utc(2024, 5, 3, 0, 0) << 1;
    QTest::newRow("end exclusive") << QDateTime() << utc(2024, 5, 1, 9, 0) << 0;
}

void TestHistoryModel::period()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, rows);
    m_model->setPeriod(from, to);
    QCOMPARE(m_model->rowCount(), rows);
}

void TestHistoryModel::newJobIsInsertedLive()
{
    m_model->setPeriod(utc(2024, 5, 1, 0, 0), QDateTime());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const auto id = m_store->createJob(info(QStringLiteral("live")), awkwardSessions().mid(0, 2));
    QVERIFY(id);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // newest: first row
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowForJob(*id), 0);
    QCOMPARE(m_model->rowForJob(m_ids.at(2)), 1);
    // Outside the period: not shown.
    m_model->setPeriod(utc(2024, 5, 1, 0, 0), utc(2024, 5, 4, 0, 0));
    QVERIFY(m_store->createJob(info(QStringLiteral("later")), awkwardSessions().mid(0, 1)));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestHistoryModel::outcomesUpdateTheRowOncePerTurn()
{
    const qint64 id = m_ids.at(2);
    const int row = m_model->rowForJob(id);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QList<HistorySession> sessions = awkwardSessions().mid(4, 3);
    for (const HistorySession &s : sessions)
        QVERIFY(m_store->recordOutcome(
                id, s.key, outcome(s.key.address, DisconnectOutcomeKind::Disconnected)));
    QCOMPARE(changed.size(), 0); // merged into one update at the end of the turn
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(m_model->index(row, int(HistoryModel::Column::Disconnected)).data().toInt(), 3);
    QVERIFY(m_store->finishJob(id));
    m_model->flush();
    QCOMPARE(m_model->index(row, int(HistoryModel::Column::State)).data().toString(),
             QStringLiteral("Finished"));
}

void TestHistoryModel::loadFailureIsReported()
{
    HistoryStore closed;
    HistoryModel model;
    QSignalSpy failed(&model, &HistoryModel::loadFailed);
    model.setStore(&closed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorString().isEmpty());
}

void TestHistoryModel::itemModelColumnsAndRanges()
{
    HistoryItemModel items;
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&items, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&items, &QAbstractItemModel::dataChanged);
    const qint64 id = m_ids.at(2);
    items.setItems(m_store->items(id));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(items.rowCount(), 3);
    QCOMPARE(items.index(0, int(HistoryItemModel::Column::Outcome)).data().toString(),
             QStringLiteral("Pending"));
    QCOMPARE(items.index(0, int(HistoryItemModel::Column::User)).data().toString(),
             QStringLiteral("CORP\\Zoë Ångström, 山田太郎"));
    QCOMPARE(items.index(0, int(HistoryItemModel::Column::BytesIn))
                     .data(HistoryItemModel::RawValueRole)
                     .toULongLong(),
             1u);

    // The first and last sessions settle: two ranges, no reset.
    const QList<HistorySession> sessions = awkwardSessions().mid(4, 3);
    QVERIFY(m_store->recordOutcome(id, sessions.at(0).key,
                                   {sessions.at(0).key.address, sessions.at(0).key.address,
                                    DisconnectOutcomeKind::Failed, QStringLiteral("no"), 7}));
    QVERIFY(m_store->recordOutcome(
            id, sessions.at(2).key,
            outcome(sessions.at(2).key.address, DisconnectOutcomeKind::AlreadyGone)));
    items.setItems(m_store->items(id));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(items.index(0, int(HistoryItemModel::Column::Message)).data().toString(),
             QStringLiteral("no (code 7)"));
    QCOMPARE(items.index(0, 0).data(HistoryItemModel::OutcomeRole).toInt(),
             int(DisconnectOutcomeKind::Failed));

    // Another job: a reset.
    items.setItems(m_store->items(m_ids.at(0)));
    QCOMPARE(reset.size(), 2);
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
