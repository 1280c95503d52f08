// saveReport: a report reaches its file whole or not at all; a failure keeps the old file and
// says why. Also the format names.

#include "historytestdata.h"
#include "report/csvexporter.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace {

// Writes part of a report, then fails as a writer would on a device error.
class FailingWriter final : public ReportWriter
{
public:
    bool write(const HistoryReport &, QIODevice *device) override
    {
        device->write("half a report");
        return fail(QStringLiteral("the device went away"));
    }
};

// Writes `size` bytes.
class BigWriter final : public ReportWriter
{
public:
    explicit BigWriter(qint64 size) : m_size(size) { }
    bool write(const HistoryReport &, QIODevice *device) override
    {
        return writeAll(device, QByteArray(m_size, 'x'));
    }

private:
    qint64 m_size;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestReportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesTheWholeReport();
    void writerFailureKeepsTheOldFile();
    void fileSizeLimitKeepsTheOldFile();
    void missingFolder();
    void formats_data();
    void formats();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestReportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("report.csv"));
    QFile old(m_path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old report\n");
}

void TestReportWriter::writesTheWholeReport()
{
    CsvExporter csv;
    QString error = QStringLiteral("stale");
    QVERIFY(saveReport(csv, HistoryTestData::awkwardReport(), m_path, &error));
    QVERIFY(error.isEmpty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(csv.write(HistoryTestData::awkwardReport(), &buffer));
    QCOMPARE(readFile(m_path), buffer.data());
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("report.csv")});
}

void TestReportWriter::writerFailureKeepsTheOldFile()
{
    FailingWriter writer;
    QString error;
    QVERIFY(!saveReport(writer, HistoryReport{}, m_path, &error));
    QVERIFY2(error.contains(QStringLiteral("the device went away")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("unchanged")));
    QCOMPARE(readFile(m_path), QByteArray("the old report\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("report.csv")});
}

void TestReportWriter::fileSizeLimitKeepsTheOldFile()
{
    // A file-size limit makes the system refuse the write (EFBIG), as a full disk would (ENOSPC).
    rlimit old{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    BigWriter writer(1024 * 1024);
    QString error;
    const bool saved = saveReport(writer, HistoryReport{}, m_path, &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_path)), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("unchanged")));
    QCOMPARE(readFile(m_path), QByteArray("the old report\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("report.csv")});
}

void TestReportWriter::missingFolder()
{
    CsvExporter csv;
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/r.csv"));
    QVERIFY(!saveReport(csv, HistoryReport{}, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
}

void TestReportWriter::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("csv") << QStringLiteral("a.csv") << int(ReportFormat::Csv);
    QTest::newRow("JSON") << QStringLiteral("a.JSON") << int(ReportFormat::Json);
    QTest::newRow("htm") << QStringLiteral("a.htm") << int(ReportFormat::Html);
    QTest::newRow("html") << QStringLiteral("dir.x/a.html") << int(ReportFormat::Html);
    QTest::newRow("pdf") << QStringLiteral("a.pdf") << int(ReportFormat::Pdf);
    QTest::newRow("none") << QStringLiteral("a") << -1;
    QTest::newRow("other") << QStringLiteral("a.txt") << -1;
}

void TestReportWriter::formats()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const auto found = reportFormatForFile(file);
    QCOMPARE(found ? int(*found) : -1, format);
    if (found)
        QCOMPARE(reportFormatFromName(reportFormatName(*found).toUpper()), found);
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
