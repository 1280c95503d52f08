#include "outcomemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestOutcomeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsAsOutcomesArrive();
    void retryableAndCopy();
    void outcomeTexts_data();
    void outcomeTexts();
};

namespace {
QList<OutcomeModel::Session> sessions()
{
    QList<OutcomeModel::Session> list;
    for (int i = 1; i <= 4; ++i) {
        Tunnel t;
        t.clientIPv4Address = QStringLiteral("10.0.0.%1").arg(i);
        t.userName = {QStringLiteral("CORP\\user%1").arg(i)};
        t.hostName = QStringLiteral("PC-%1\tX").arg(i); // a tab must not break the copy
        list.append({{QStringLiteral("s"), t.clientIPv4Address}, QStringLiteral("Server"), t});
    }
    return list;
}
} // namespace

void TestOutcomeModel::fillsAsOutcomesArrive()
{
    OutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions(sessions());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.settledCount(), 0);
    QCOMPARE(model.index(0, 0).data(OutcomeModel::OutcomeRole).toInt(), -1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Disconnecting…"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOutcome({QStringLiteral("s"), QStringLiteral("10.0.0.2")},
                     {QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.2"),
                      DisconnectOutcomeKind::Failed, QStringLiteral("Access denied"), 5});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.settledCount(), 1);
    QCOMPARE(model.index(1, int(OutcomeModel::Column::Outcome)).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.index(1, int(OutcomeModel::Column::Message)).data().toString(),
             QStringLiteral("Access denied (code 5)"));
    // An unknown key changes nothing.
    model.setOutcome({QStringLiteral("other"), QStringLiteral("10.0.0.2")}, {});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.count(DisconnectOutcomeKind::Failed), 1);
}

void TestOutcomeModel::retryableAndCopy()
{
    OutcomeModel model;
    model.setSessions(sessions());
    const DisconnectOutcomeKind kinds[]
            = {DisconnectOutcomeKind::Disconnected, DisconnectOutcomeKind::Unknown,
               DisconnectOutcomeKind::AlreadyGone, DisconnectOutcomeKind::Failed};
    for (int i = 0; i < 4; ++i) {
        const QString a = QStringLiteral("10.0.0.%1").arg(i + 1);
        model.setOutcome({QStringLiteral("s"), a}, {a, a, kinds[i], {}, 0});
    }
    const QList<SessionKey> retry = model.retryableKeys();
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.at(0).address, QStringLiteral("10.0.0.2"));
    QCOMPARE(retry.at(1).address, QStringLiteral("10.0.0.4"));

    const QStringList lines = model.toTabSeparated().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), int(OutcomeModel::Column::Count) - 1);
    QVERIFY(lines.at(1).startsWith(
            QStringLiteral("Disconnected\tServer\t10.0.0.1\tCORP\\user1\tPC-1 X")));
}

void TestOutcomeModel::outcomeTexts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("disconnected") << int(DisconnectOutcomeKind::Disconnected)
                                  << QStringLiteral("Disconnected");
    QTest::newRow("gone") << int(DisconnectOutcomeKind::AlreadyGone)
                          << QStringLiteral("Already gone");
    QTest::newRow("failed") << int(DisconnectOutcomeKind::Failed) << QStringLiteral("Failed");
    QTest::newRow("unknown") << int(DisconnectOutcomeKind::Unknown) << QStringLiteral("Unknown");
    QTest::newRow("invalid") << int(DisconnectOutcomeKind::InvalidAddress)
                             << QStringLiteral("Invalid address");
}

void TestOutcomeModel::outcomeTexts()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QCOMPARE(OutcomeModel::outcomeText(DisconnectOutcomeKind(kind)), text);
}

QTEST_GUILESS_MAIN(TestOutcomeModel)
#include "tst_outcomemodel.moc"
