// rrasctl and the history: `disconnect` records its job (with --reason, the sessions' details and
// every outcome) before anything is sent and sends nothing when it cannot; `history` filters and
// formats; `report` writes CSV, JSON, HTML and PDF files; usage errors. The real rrasctl against
// rras-sim as a process.

#include "report/csvexporter.h"
#include "simfixture.h"
#include "store/historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RRASCTL_PATH), arguments);
    Result r;
    if (!process.waitForStarted(10000))
        return r;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QJsonArray jsonArray(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).array();
}

} // namespace

class TestRrasctlHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disconnectIsRecorded();
    void historyFilters_data();
    void historyFilters();
    void historyFormats();
    void reportFormats_data();
    void reportFormats();
    void reportOfAPeriod();
    void reportFailureKeepsTheOldFile();
    void noHistoryYet();
    void unusableHistorySendsNothing_data();
    void unusableHistorySendsNothing();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList liveAddresses(int count);
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_data}; }

    SimProcess m_sim;
    QString m_server;
    QTemporaryDir m_dir;
    QString m_data;
    QStringList m_disconnected;
};

void TestRrasctlHistory::initTestCase()
{
    QVERIFY2(
            m_sim.start({QStringLiteral("--servers"), QStringLiteral("1"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--tunnels"), QStringLiteral("40"),
                         QStringLiteral("--seed"), QStringLiteral("17"), QStringLiteral("--churn"),
                         QStringLiteral("0")},
                        1),
            qPrintable(m_sim.errorString()));
    m_server = m_sim.urls().constFirst().toString();
    m_data = m_dir.filePath(QStringLiteral("data"));

    // Two jobs to look at: a disconnect with a reason, and one of addresses nobody has.
    m_disconnected = liveAddresses(3);
    QCOMPARE(m_disconnected.size(), 3);
    const Result first
            = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--ip"), m_disconnected.join(u','),
                              QStringLiteral("--ip"), QStringLiteral("not-an-ip"),
                              QStringLiteral("--reason"), QStringLiteral("CHG-7, \"audit\"")}
                  + dataDir());
    QCOMPARE(first.exitCode, 1); // the invalid address
    QVERIFY2(first.err.contains("Recorded as job 1 in the history."), first.err.constData());
    const Result second
            = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"), m_server,
                              QStringLiteral("--ip"), QStringLiteral("198.51.100.77")}
                  + dataDir());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains("Recorded as job 2 in the history."), second.err.constData());
}

QStringList TestRrasctlHistory::liveAddresses(int count)
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("--server"), m_server,
                          QStringLiteral("--format"), QStringLiteral("json")});
    QStringList result;
    for (const QJsonValue &v : jsonArray(r.out)) {
        const QString a = v.toObject().value(QLatin1String("ClientIPv4Address")).toString();
        if (!a.isEmpty() && result.size() < count)
            result.append(a);
    }
    return result;
}

void TestRrasctlHistory::disconnectIsRecorded()
{
    const Result r = run(QStringList{QStringLiteral("report"), QStringLiteral("--job"),
                                     QStringLiteral("1"), QStringLiteral("--output"),
                                     m_dir.filePath(QStringLiteral("job1.json"))}
                         + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("1 job(s), 4 session(s)"), r.err.constData());
    QFile file(m_dir.filePath(QStringLiteral("job1.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject job = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1String("jobs"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(job.value(QLatin1String("id")).toInt(), 1);
    QCOMPARE(job.value(QLatin1String("reason")).toString(), QStringLiteral("CHG-7, \"audit\""));
    QCOMPARE(job.value(QLatin1String("source")).toString(), QStringLiteral("rrasctl"));
    QCOMPARE(job.value(QLatin1String("operator")).toString(), HistoryStore::osUserName());
    QCOMPARE(job.value(QLatin1String("workstation")).toString(), HistoryStore::workstationName());
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("Finished"));
    const QJsonArray sessions = job.value(QLatin1String("sessions")).toArray();
    QCOMPARE(sessions.size(), 4);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject s = sessions.at(i).toObject();
        QCOMPARE(s.value(QLatin1String("address")).toString(), m_disconnected.at(i));
        QCOMPARE(s.value(QLatin1String("server")).toString(), m_server);
        QCOMPARE(s.value(QLatin1String("outcome")).toString(), QStringLiteral("Disconnected"));
        // The details come from a listing made before the disconnect.
        QVERIFY(!s.value(QLatin1String("userNames")).toArray().isEmpty());
        QVERIFY(!s.value(QLatin1String("hostName")).toString().isEmpty());
        QVERIFY(!s.value(QLatin1String("tunnelType")).toString().isEmpty());
        QVERIFY(s.value(QLatin1String("connectedSince")).isString());
    }
    const QJsonObject invalid = sessions.at(3).toObject();
    QCOMPARE(invalid.value(QLatin1String("address")).toString(), QStringLiteral("not-an-ip"));
    QCOMPARE(invalid.value(QLatin1String("outcome")).toString(), QStringLiteral("InvalidAddress"));
}

void TestRrasctlHistory::historyFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<int>>("jobs"); // newest first
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QTest::newRow("all") << QStringList() << QList<int>{2, 1};
    QTest::newRow("outcome") << QStringList{QStringLiteral("--outcome"),
                                            QStringLiteral("invalidaddress")}
                             << QList<int>{1};
    QTest::newRow("outcome AlreadyGone")
            << QStringList{QStringLiteral("--outcome"), QStringLiteral("AlreadyGone")}
            << QList<int>{2};
    QTest::newRow("operator") << QStringList{QStringLiteral("--operator"),
                                             HistoryStore::osUserName().toUpper()}
                              << QList<int>{2, 1};
    QTest::newRow("another operator")
            << QStringList{QStringLiteral("--operator"), QStringLiteral("nobody-of-that-name")}
            << QList<int>{};
    QTest::newRow("server") << QStringList{QStringLiteral("--server"), m_sim.urls().first().host()}
                            << QList<int>{2, 1};
    QTest::newRow("another server")
            << QStringList{QStringLiteral("--server"), QStringLiteral("rras9")} << QList<int>{};
    QTest::newRow("today") << QStringList{QStringLiteral("--from"), today, QStringLiteral("--to"),
                                          today}
                           << QList<int>{2, 1};
    QTest::newRow("up to yesterday")
            << QStringList{QStringLiteral("--to"), yesterday} << QList<int>{};
    QTest::newRow("from tomorrow")
            << QStringList{QStringLiteral("--from"),
                           QDate::currentDate().addDays(1).toString(Qt::ISODate)}
            << QList<int>{};
}

void TestRrasctlHistory::historyFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, jobs);
    const Result r = run(QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                                     QStringLiteral("json")}
                         + arguments + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<int> found;
    for (const QJsonValue &v : jsonArray(r.out))
        found.append(v.toObject().value(QLatin1String("id")).toInt());
    QCOMPARE(found, jobs);
}

void TestRrasctlHistory::historyFormats()
{
    const Result json = run(QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                                        QStringLiteral("json")}
                            + dataDir());
    const QJsonObject job1 = jsonArray(json.out).at(1).toObject();
    const QJsonObject counts = job1.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("Disconnected")).toInt(), 3);
    QCOMPARE(counts.value(QLatin1String("InvalidAddress")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("sessions")).toInt(), 4);
    QVERIFY(job1.value(QLatin1String("startedAt")).toString().endsWith(u'Z'));
    QCOMPARE(job1.value(QLatin1String("servers")).toArray(), QJsonArray({m_server}));

    const Result csv = run(QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                                       QStringLiteral("csv")}
                           + dataDir());
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.size(), 4); // header, two jobs, the empty rest
    QVERIFY(lines.at(0).startsWith("id,started_at,finished_at,state,operator,"));
    QVERIFY(lines.at(2).startsWith("1,"));
    QVERIFY(lines.at(2).contains("\"CHG-7, \"\"audit\"\"\""));

    const Result table = run(QStringList{QStringLiteral("history")} + dataDir());
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> rows = table.out.split('\n');
    QVERIFY(rows.at(0).startsWith("Job"));
    QVERIFY(rows.at(1).trimmed().startsWith("2 "));
    QVERIFY(rows.at(2).contains("CHG-7"));
    QVERIFY2(table.err.contains("2 job(s)"), table.err.constData());
}

void TestRrasctlHistory::reportFormats_data()
{
    QTest::addColumn<QStringList>("format"); // --format arguments, or none
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                         << QStringLiteral("r.txt") << CsvExporter::header().join(u',').toUtf8();
    QTest::newRow("json from the suffix")
            << QStringList() << QStringLiteral("r.json") << QByteArray("{");
    QTest::newRow("html") << QStringList{QStringLiteral("--format=html")}
                          << QStringLiteral("r.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                         << QStringLiteral("r.pdf") << QByteArray("%PDF-");
    QTest::newRow("pdf from the suffix")
            << QStringList() << QStringLiteral("r2.pdf") << QByteArray("%PDF-");
}

void TestRrasctlHistory::reportFormats()
{
    QFETCH(QStringList, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, starts);
    const QString path = m_dir.filePath(file);
    const Result r = run(QStringList{QStringLiteral("report"), QStringLiteral("--job"),
                                     QStringLiteral("1,2"), QStringLiteral("--output"), path}
                         + format + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("2 job(s), 5 session(s)"), r.err.constData());
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray data = out.readAll();
    QVERIFY2(data.startsWith(starts), data.left(80).constData());
    if (starts == "%PDF-") {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        QProcess text;
        text.start(tool, {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QByteArray words = text.readAllStandardOutput();
        for (const QString &address : std::as_const(m_disconnected))
            QVERIFY2(words.contains(address.toUtf8()), qPrintable(address));
        QVERIFY(words.contains("198.51.100.77"));
    }
}

void TestRrasctlHistory::reportOfAPeriod()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString path = m_dir.filePath(QStringLiteral("period.json"));
    const Result r = run(QStringList{QStringLiteral("report"), QStringLiteral("--from"), today,
                                     QStringLiteral("--to"), today, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--output"), path}
                         + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("jobs")).toArray().size(), 2);
    // The period is the one asked for: today, local midnight to local midnight, in UTC.
    const QJsonObject period = root.value(QLatin1String("period")).toObject();
    QCOMPARE(QDateTime::fromString(period.value(QLatin1String("from")).toString(), Qt::ISODate),
             QDate::currentDate().startOfDay());
    QCOMPARE(QDateTime::fromString(period.value(QLatin1String("to")).toString(), Qt::ISODate),
             QDate::currentDate().addDays(1).startOfDay());
}

void TestRrasctlHistory::reportFailureKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }
    const Result r = run(QStringList{QStringLiteral("report"), QStringLiteral("--job"),
                                     QStringLiteral("99"), QStringLiteral("--output"), path}
                         + dataDir());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("There is no job 99 in the history."), r.err.constData());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old\n"));
}

void TestRrasctlHistory::noHistoryYet()
{
    QTemporaryDir empty;
    const Result r = run({QStringLiteral("history"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--data-dir"), empty.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(jsonArray(r.out).size(), 0);
    QVERIFY(r.err.contains("There is no history in"));
    QVERIFY(!QFile::exists(QDir(empty.path()).filePath(HistoryStore::databaseFileName())));
}

void TestRrasctlHistory::unusableHistorySendsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("locked") << QStringLiteral("locked") << QByteArray("locked by another program");
    QTest::newRow("not a folder") << QStringLiteral("file") << QByteArray("cannot be created");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QByteArray("newer version");
}

void TestRrasctlHistory::unusableHistorySendsNothing()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    QString data = dir.filePath(QStringLiteral("data"));
    const QString connection = QStringLiteral("other-%1").arg(kind);
    if (kind == u"file") {
        QFile blocker(data);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    } else {
        {
            HistoryStore init;
            QVERIFY(init.open(data));
        }
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(QDir(data).filePath(HistoryStore::databaseFileName()));
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(kind == u"locked"
                                              ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("PRAGMA user_version = 7")));
    }
    const QStringList targets = liveAddresses(2);
    QCOMPARE(targets.size(), 2);
    const Result r
            = run({QStringLiteral("disconnect"), QStringLiteral("--server"), m_server,
                   QStringLiteral("--ip"), targets.join(u','), QStringLiteral("--data-dir"), data});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(r.err.contains("Nothing was sent."));
    QVERIFY(r.out.isEmpty());
    // The sessions are all still there.
    QCOMPARE(liveAddresses(2), targets);
    if (QSqlDatabase::contains(connection)) {
        {
            QSqlDatabase other = QSqlDatabase::database(connection, false);
            QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

void TestRrasctlHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    const QString out = QStringLiteral("--output");
    QTest::newRow("report without scope")
            << QStringList{QStringLiteral("report"), out, QStringLiteral("x.csv")}
            << QByteArray("--job ID, or a period");
    QTest::newRow("report without output")
            << QStringList{QStringLiteral("report"), QStringLiteral("--job"), QStringLiteral("1")}
            << QByteArray("--output FILE");
    QTest::newRow("job and period") << QStringList{
            QStringLiteral("report"), QStringLiteral("--job"),      QStringLiteral("1"),
            QStringLiteral("--from"), QStringLiteral("2024-01-01"), out,
            QStringLiteral("x.csv")} << QByteArray("not both");
    QTest::newRow("bad job") << QStringList{QStringLiteral("report"), QStringLiteral("--job"),
                                            QStringLiteral("x"), out, QStringLiteral("x.csv")}
                             << QByteArray("--job takes job numbers");
    QTest::newRow("unknown report format")
            << QStringList{QStringLiteral("report"),   QStringLiteral("--job"), QStringLiteral("1"),
                           QStringLiteral("--format"), QStringLiteral("xml"),   out,
                           QStringLiteral("x.xml")}
            << QByteArray("use csv, json, html or pdf");
    QTest::newRow("no format, no suffix")
            << QStringList{QStringLiteral("report"), QStringLiteral("--job"), QStringLiteral("1"),
                           out, QStringLiteral("report")}
            << QByteArray("--format csv, json, html or pdf");
    QTest::newRow("bad date") << QStringList{QStringLiteral("history"), QStringLiteral("--from"),
                                             QStringLiteral("May 1st")}
                              << QByteArray("--from takes a date");
    QTest::newRow("to before from")
            << QStringList{QStringLiteral("history"), QStringLiteral("--from"),
                           QStringLiteral("2024-05-02"), QStringLiteral("--to"),
                           QStringLiteral("2024-05-01T00:00")}
            << QByteArray("later than --from");
    QTest::newRow("bad outcome") << QStringList{QStringLiteral("history"),
                                                QStringLiteral("--outcome"), QStringLiteral("Gone")}
                                 << QByteArray("Unknown outcome");
    QTest::newRow("history takes no --ip")
            << QStringList{QStringLiteral("history"), QStringLiteral("--ip"),
                           QStringLiteral("10.0.0.1")}
            << QByteArray("--ip does not belong to history");
    QTest::newRow("reason belongs to disconnect")
            << QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                           QStringLiteral("http://h/wsman"), QStringLiteral("--reason"),
                           QStringLiteral("x")}
            << QByteArray("--reason belongs to disconnect");
    QTest::newRow("data-dir not for list")
            << QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                           QStringLiteral("http://h/wsman"), QStringLiteral("--data-dir"),
                           QStringLiteral("/tmp")}
            << QByteArray("--data-dir belongs to disconnect, history and report");
    QTest::newRow("history format")
            << QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                           QStringLiteral("pdf")}
            << QByteArray("use table, csv or json");
}

void TestRrasctlHistory::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), r.err.constData());
}

QTEST_GUILESS_MAIN(TestRrasctlHistory)
#include "tst_rrasctl_history.moc"
