// JsonExporter: stable field names, ISO 8601 UTC times, null for what is not known, every
// session, against a golden file.

#include "golden.h"
#include "historytestdata.h"
#include "report/jsonexporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QByteArray exportJson(const HistoryReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonExporter exporter;
    if (!exporter.write(report, &buffer))
        return {};
    return buffer.data();
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.cbegin(), keys.cend()};
}

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *name : list)
        set.insert(QLatin1String(name));
    return set;
}

} // namespace

class TestJsonExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden();
    void fieldsAndTypes();
    void times_data();
    void times();
};

void TestJsonExporter::golden()
{
    QString message;
    QVERIFY2(Golden::matches(QStringLiteral("awkward.json"),
                             exportJson(HistoryTestData::awkwardReport()), &message),
             qPrintable(message));
}

void TestJsonExporter::fieldsAndTypes()
{
    const HistoryReport report = HistoryTestData::awkwardReport();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exportJson(report), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(keysOf(root),
             (names({"format", "generatedAt", "generatedBy", "jobs", "operators", "period",
                     "totals", "version"})));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("operators")).toArray(),
             QJsonArray({QStringLiteral("helpdesk1"), QStringLiteral("Jürgen")}));
    const QJsonObject totals = root.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("sessions")).toInt(), 8);
    QCOMPARE(totals.value(QLatin1String("Disconnected")).toInt(), 3);
    QCOMPARE(totals.value(QLatin1String("pending")).toInt(), 1);

    const QJsonArray jobs = root.value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    const QSet<QString> jobKeys
            = names({"counts", "finishedAt", "id", "operator", "reason", "servers", "sessions",
                     "source", "startedAt", "state", "workstation"});
    const QSet<QString> sessionKeys
            = names({"address", "bytesIn", "bytesOut", "code", "connectedSince", "externalAddress",
                     "hostName", "message", "outcome", "server", "serverId", "settledAt",
                     "tunnelType", "userNames"});
    int n = 0;
    for (int j = 0; j < jobs.size(); ++j) {
        const QJsonObject job = jobs.at(j).toObject();
        QCOMPARE(keysOf(job), jobKeys);
        QCOMPARE(job.value(QLatin1String("id")).toInteger(), report.jobs.at(j).job.id);
        const QJsonArray sessions = job.value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.size(), report.jobs.at(j).items.size());
        for (int i = 0; i < sessions.size(); ++i) {
            const QJsonObject s = sessions.at(i).toObject();
            const HistoryItem &item = report.jobs.at(j).items.at(i);
            QCOMPARE(keysOf(s), sessionKeys);
            QCOMPARE(s.value(QLatin1String("address")).toString(), item.address);
            QCOMPARE(s.value(QLatin1String("userNames")).toArray(),
                     QJsonArray::fromStringList(item.userNames));
            QCOMPARE(s.value(QLatin1String("bytesIn")).toInteger(), qint64(item.bytesIn));
            QCOMPARE(s.value(QLatin1String("outcome")).isNull(), !item.outcome.has_value());
            QCOMPARE(s.value(QLatin1String("connectedSince")).isNull(),
                     !item.connectedSince.isValid());
            ++n;
        }
    }
    QCOMPARE(n, 8);
    // A running job has no end yet: null, not an empty string.
    QVERIFY(jobs.at(1).toObject().value(QLatin1String("finishedAt")).isNull());
}

void TestJsonExporter::times_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTC") << HistoryTestData::utc(2024, 5, 1, 10, 15, 0, 500)
                         << QStringLiteral("2024-05-01T10:15:00.500Z");
    QTest::newRow("offset is converted")
            << QDateTime(QDate(2024, 5, 1), QTime(12, 15), QTimeZone(7200))
            << QStringLiteral("2024-05-01T10:15:00.000Z");
}

void TestJsonExporter::times()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    HistoryReport report = HistoryTestData::awkwardReport();
    report.jobs.first().job.startedAt = time;
    const QJsonObject root = QJsonDocument::fromJson(exportJson(report)).object();
    QCOMPARE(root.value(QLatin1String("jobs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("startedAt"))
                     .toString(),
             expected);
}

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"
