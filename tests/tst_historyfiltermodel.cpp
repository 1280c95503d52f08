// HistoryFilterModel: the History view's filters give exactly the jobs the store's own filter
// (used by rrasctl history) gives, and sorting uses raw values.

#include "historyfiltermodel.h"
#include "historymodel.h"
#include "historytestdata.h"
#include "store/historystore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace HistoryTestData;

class TestHistoryFilterModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameJobsAsTheStore_data();
    void sameJobsAsTheStore();
    void sortsOnRawValues();
    void followsNewJobs();

private:
    QTemporaryDir m_dir;
    HistoryStore m_store;
};

void TestHistoryFilterModel::initTestCase()
{
    QVERIFY(m_store.open(m_dir.path()));
    const QList<HistorySession> all = awkwardSessions();
    const QList<std::optional<DisconnectOutcome>> outcomes = awkwardOutcomes();
    // Eight jobs: one session each, on eight days, by two operators.
    for (int i = 0; i < all.size(); ++i) {
        const auto id
                = m_store.createJob({i % 2 ? QStringLiteral("Jürgen") : QStringLiteral("alice"),
                                     QStringLiteral("ws"), QString(), QStringLiteral("console")},
                                    {all.at(i)}, utc(2024, 5, i + 1, 12, 0));
        QVERIFY(id);
        if (outcomes.at(i))
            QVERIFY(m_store.recordOutcome(*id, all.at(i).key, *outcomes.at(i)));
    }
}

void TestHistoryFilterModel::sameJobsAsTheStore_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<int>("expected");
    auto f = [] {
        return HistoryFilter{};
    };
    QTest::newRow("none") << f() << 8;
    HistoryFilter period = f();
    period.from = utc(2024, 5, 3, 0, 0);
    period.to = utc(2024, 5, 6, 0, 0);
    QTest::newRow("period") << period << 3;
    HistoryFilter op = f();
    op.operatorName = QStringLiteral("jür");
    QTest::newRow("operator") << op << 4;
    HistoryFilter server = f();
    server.server = QStringLiteral("ZWEI");
    QTest::newRow("server") << server << 4;
    HistoryFilter user = f();
    user.user = QStringLiteral("山田");
    QTest::newRow("user") << user << 1;
    HistoryFilter address = f();
    address.address = QStringLiteral("198.51.100");
    QTest::newRow("external address") << address << 2;
    HistoryFilter outcome = f();
    outcome.outcome = DisconnectOutcomeKind::Disconnected;
    QTest::newRow("outcome") << outcome << 3;
    HistoryFilter all = outcome;
    all.operatorName = QStringLiteral("alice");
    all.server = QStringLiteral("srv1");
    all.from = utc(2024, 5, 1, 0, 0);
    QTest::newRow("combined") << all << 1;
}

void TestHistoryFilterModel::sameJobsAsTheStore()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(int, expected);
    HistoryModel model;
    model.setStore(&m_store);
    HistoryFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilter(filter);
    QSet<qint64> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.insert(proxy.index(row, 0).data(HistoryModel::JobIdRole).toLongLong());
    QSet<qint64> fromStore;
    for (const HistoryJob &job : m_store.jobs(filter))
        fromStore.insert(job.id);
    QCOMPARE(shown, fromStore);
    QCOMPARE(int(shown.size()), expected);
}

void TestHistoryFilterModel::sortsOnRawValues()
{
    HistoryModel model;
    model.setStore(&m_store);
    HistoryFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(HistoryModel::Column::Started), Qt::AscendingOrder);
    QDateTime previous;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QDateTime t = proxy.index(row, int(HistoryModel::Column::Started))
                                    .data(HistoryModel::RawValueRole)
                                    .toDateTime();
        QVERIFY(!previous.isValid() || previous < t);
        previous = t;
    }
    proxy.sort(int(HistoryModel::Column::Disconnected), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, int(HistoryModel::Column::Disconnected)).data().toInt(), 1);
    QCOMPARE(proxy.index(7, int(HistoryModel::Column::Disconnected)).data().toInt(), 0);
}

void TestHistoryFilterModel::followsNewJobs()
{
    HistoryModel model;
    model.setStore(&m_store);
    HistoryFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    HistoryFilter filter;
    filter.user = QStringLiteral("newcomer");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
    const auto id = m_store.createJob(
            {QStringLiteral("bob"), QStringLiteral("ws"), QString(), QStringLiteral("console")},
            {session(QStringLiteral("srv9"), QStringLiteral("Nine"), QStringLiteral("10.9.9.9"),
                     {QStringLiteral("CORP\\Newcomer")})},
            utc(2024, 6, 1, 0, 0));
    QVERIFY(id);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(HistoryModel::JobIdRole).toLongLong(), *id);
}

QTEST_GUILESS_MAIN(TestHistoryFilterModel)
#include "tst_historyfiltermodel.moc"
