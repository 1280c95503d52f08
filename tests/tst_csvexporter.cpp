// CsvExporter: RFC 4180 cells, formula neutralisation, UTF-8 with an optional BOM, one row per
// session, against a golden file.

#include "golden.h"
#include "historytestdata.h"
#include "report/csvexporter.h"

#include <QBuffer>
#include <QtTest>

namespace {

// A strict RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'"' || c == u'\r' || c == u'\n') {
            *error = QStringLiteral("bare %1 at %2").arg(c).arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *error = QStringLiteral("the last line does not end with CRLF");
    return rows;
}

QByteArray exportCsv(const HistoryReport &report, CsvExporter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter(options);
    if (!exporter.write(report, &buffer))
        return {};
    return buffer.data();
}

} // namespace

class TestCsvExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cell_data();
    void cell();
    void golden();
    void byteOrderMark();
    void oneRowPerSessionAndNeutralised();
    void emptyReportHasTheHeader();
};

void TestCsvExporter::cell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("CORP\\alice") << QStringLiteral("CORP\\alice");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("CR, quoted too") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("= inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula with comma and quote")
            << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("Unicode") << QStringLiteral("Zoë 山田") << QStringLiteral("Zoë 山田");
}

void TestCsvExporter::cell()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::cell(text), expected);
}

void TestCsvExporter::golden()
{
    const QByteArray csv = exportCsv(HistoryTestData::awkwardReport());
    QVERIFY(!csv.isEmpty());
    QString message;
    QVERIFY2(Golden::matches(QStringLiteral("awkward.csv"), csv, &message), qPrintable(message));
}

void TestCsvExporter::byteOrderMark()
{
    const QByteArray plain = exportCsv(HistoryTestData::awkwardReport());
    const QByteArray withBom = exportCsv(HistoryTestData::awkwardReport(), {true});
    QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(withBom, QByteArray("\xEF\xBB\xBF") + plain);
}

void TestCsvExporter::oneRowPerSessionAndNeutralised()
{
    const HistoryReport report = HistoryTestData::awkwardReport();
    const QByteArray csv = exportCsv(report);
    QString error;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1 + report.sessionCount());
    QCOMPARE(rows.first(), CsvExporter::header());
    const qsizetype users = CsvExporter::header().indexOf(QStringLiteral("user_names"));
    const qsizetype address = CsvExporter::header().indexOf(QStringLiteral("address"));
    const qsizetype outcome = CsvExporter::header().indexOf(QStringLiteral("outcome"));
    const qsizetype message = CsvExporter::header().indexOf(QStringLiteral("message"));
    int row = 1;
    for (const HistoryReport::Job &job : report.jobs) {
        for (const HistoryItem &item : job.items) {
            const QStringList &cells = rows.at(row++);
            QCOMPARE(cells.size(), CsvExporter::header().size());
            QCOMPARE(cells.at(address), item.address);
            QCOMPARE(cells.at(outcome), item.outcome ? outcomeName(*item.outcome) : QString());
            // No cell a spreadsheet would evaluate.
            for (const QString &c : cells) {
                if (!c.isEmpty())
                    QVERIFY2(!QStringLiteral("=+-@\t\r").contains(c.front()), qPrintable(c));
            }
            const QString joined = item.userNames.join(QStringLiteral("; "));
            QCOMPARE(cells.at(users),
                     QStringLiteral("=+-@\t\r").contains(joined.front()) ? u'\'' + joined : joined);
            QCOMPARE(cells.at(message),
                     !item.message.isEmpty() && item.message.startsWith(u'=') ? u'\'' + item.message
                                                                              : item.message);
        }
    }
    // Unicode survives as UTF-8.
    QVERIFY(csv.contains(QStringLiteral("CORP\\Zoë Ångström; 山田太郎").toUtf8()));
}

void TestCsvExporter::emptyReportHasTheHeader()
{
    const QByteArray csv = exportCsv(HistoryReport{});
    QCOMPARE(csv, CsvExporter::header().join(u',').toUtf8() + "\r\n");
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
