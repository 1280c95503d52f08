// PdfExporter: the output is a PDF that opens, and its text (pdftotext, poppler-utils) holds the
// header (period, operator, counts) and every session's address.

#include "historytestdata.h"
#include "report/pdf/pdfexporter.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The text of a PDF file, page breaks as form feeds; empty with *error set on failure.
QString pdfText(const QString &path, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                   QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPdfExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAndHoldsTheAddresses();
    void manyPagesEachWithTheHeader();
    void needsAGuiApplicationOnlyToBeThere();

private:
    QTemporaryDir m_dir;
};

void TestPdfExporter::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (Debian package poppler-utils) is not installed: scripts/deps.sh test "
              "installs it");
}

void TestPdfExporter::opensAndHoldsTheAddresses()
{
    const HistoryReport report = HistoryTestData::awkwardReport();
    // Into a buffer: the writer needs nothing but a QIODevice.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfExporter exporter;
    QVERIFY2(exporter.write(report, &buffer), qPrintable(exporter.errorString()));
    QVERIFY(buffer.data().startsWith("%PDF-"));
    QVERIFY(buffer.data().trimmed().endsWith("%%EOF"));

    // And through the atomic file writer.
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(saveReport(exporter, report, path, &error), qPrintable(error));
    const QString text = pdfText(path, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    for (const HistoryReport::Job &job : report.jobs) {
        for (const HistoryItem &item : job.items)
            QVERIFY2(text.contains(item.address), qPrintable(item.address));
    }
    // The header: period, operators, counts.
    QVERIFY2(
            text.contains(QStringLiteral("Period: 2024-05-01 10:15:00 UTC to 2024-05-01 11:00:00")),
            qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("Operator: helpdesk1, Jürgen")));
    QVERIFY(text.contains(QStringLiteral("8 sessions: Disconnected 3")));
    // Unicode names come out as text, not boxes.
    QVERIFY(text.contains(QStringLiteral("Ångström")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
}

void TestPdfExporter::manyPagesEachWithTheHeader()
{
    HistoryReport report = HistoryTestData::awkwardReport();
    HistoryReport::Job &job = report.jobs.first();
    const HistoryItem model = job.items.first();
    for (int i = 0; i < 400; ++i) {
        HistoryItem item = model;
        item.sequence = int(job.items.size());
        item.address = QStringLiteral("10.77.%1.%2").arg(i / 200).arg(i % 200 + 1);
        item.userNames = {QStringLiteral("CORP\\bulk%1").arg(i)};
        job.items.append(item);
    }
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    PdfExporter exporter;
    QString error;
    QVERIFY2(saveReport(exporter, report, path, &error), qPrintable(error));
    const QString text = pdfText(path, &error);
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() > 3, qPrintable(QString::number(pages.size())));
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QStringLiteral("Period:")), qPrintable(QString::number(i)));
        QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    for (int i = 0; i < 400; ++i)
        QVERIFY(text.contains(QStringLiteral("10.77.%1.%2").arg(i / 200).arg(i % 200 + 1)));
}

void TestPdfExporter::needsAGuiApplicationOnlyToBeThere()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QCOMPARE(reportFormatForFile(QStringLiteral("x.PDF")), ReportFormat::Pdf);
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
