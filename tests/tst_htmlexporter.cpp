// HtmlExporter: self-contained, every value escaped, printable, against a golden file.

#include "golden.h"
#include "historytestdata.h"
#include "report/htmlexporter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QtTest>

namespace {

QByteArray exportHtml(const HistoryReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HtmlExporter exporter;
    if (!exporter.write(report, &buffer))
        return {};
    return buffer.data();
}

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *name : list)
        set.insert(QLatin1String(name));
    return set;
}

} // namespace

class TestHtmlExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden();
    void escape_data();
    void escape();
    void everyValueEscaped();
    void selfContainedAndPrintable();
    void summary();
};

void TestHtmlExporter::golden()
{
    QString message;
    QVERIFY2(Golden::matches(QStringLiteral("awkward.html"),
                             exportHtml(HistoryTestData::awkwardReport()), &message),
             qPrintable(message));
}

void TestHtmlExporter::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markup") << QStringLiteral("<b>x</b>") << QStringLiteral("&lt;b&gt;x&lt;/b&gt;");
    QTest::newRow("ampersand") << QStringLiteral("h&m") << QStringLiteral("h&amp;m");
    QTest::newRow("entity stays text") << QStringLiteral("&amp;") << QStringLiteral("&amp;amp;");
    QTest::newRow("quotes") << QStringLiteral("\"O'Brien\"")
                            << QStringLiteral("&quot;O&#39;Brien&quot;");
    QTest::newRow("Unicode") << QStringLiteral("Zoë 山田") << QStringLiteral("Zoë 山田");
}

void TestHtmlExporter::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(HtmlExporter::escape(text), expected);
}

void TestHtmlExporter::everyValueEscaped()
{
    const QString html = QString::fromUtf8(exportHtml(HistoryTestData::awkwardReport()));
    // The only elements are ours.
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<b>host")));
    QVERIFY(html.contains(
            QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;host&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("O&#39;Brien, &quot;Bob&quot;")));
    QVERIFY(html.contains(QStringLiteral("CORP\\Zoë Ångström, 山田太郎")));
    const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9!]+)"));
    const QSet<QString> allowed
            = names({"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p",
                     "table", "thead", "tbody", "tr", "th", "td", "section"});
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(2);
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
}

void TestHtmlExporter::selfContainedAndPrintable()
{
    const QString html = QString::fromUtf8(exportHtml(HistoryTestData::awkwardReport()));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    // Nothing is fetched from anywhere.
    for (const char *ref : {"src=", "href=", "@import", "url(", "<link", "<script"})
        QVERIFY2(!html.contains(QLatin1String(ref)), ref);
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.contains(QStringLiteral("@page { size: A4 landscape")));
    // One table row per session plus one header row per job.
    QCOMPARE(html.count(QStringLiteral("<tr class=")), 8);
}

void TestHtmlExporter::summary()
{
    const HistoryReport report = HistoryTestData::awkwardReport();
    const QString line = HtmlExporter::summaryLine(report);
    QVERIFY2(line.contains(QStringLiteral("2024-05-01 10:15:00 UTC to 2024-05-01 11:00:00 UTC")),
             qPrintable(line));
    QVERIFY(line.contains(QStringLiteral("helpdesk1, Jürgen")));
    QVERIFY(line.contains(QStringLiteral("8 sessions")));
    QCOMPARE(HtmlExporter::countsText(report.totals()),
             QStringLiteral("Disconnected 3 · Already gone 1 · Failed 1 · Unknown 1 · "
                            "Invalid address 1 · Pending 1"));
}

QTEST_GUILESS_MAIN(TestHtmlExporter)
#include "tst_htmlexporter.moc"
