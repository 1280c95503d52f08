// Translations: which language the console picks (--lang, the ui/language setting, the system),
// and that installing a language replaces the previous one.
#include "translations.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseLocale_data();
    void chooseLocale();
    void englishIsEmbedded();
    void installReplacesThePreviousLanguage();
    void unknownLanguageFallsBackToEnglishPlurals();
};

void TestTranslations::chooseLocale_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // QLocale::name(); empty: the system's

    QTest::newRow("nothing asked") << QString() << true << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << true << QString();
    QTest::newRow("de") << QStringLiteral("de") << true << QStringLiteral("de_DE");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << true << QStringLiteral("fr_CA");
    QTest::newRow("es-ES (BCP 47)") << QStringLiteral("es-ES") << true << QStringLiteral("es_ES");
    QTest::newRow("en") << QStringLiteral("en") << true << QStringLiteral("en_US");
    QTest::newRow("nonsense") << QStringLiteral("xx-nonsense") << false << QString();
    QTest::newRow("C is no language") << QStringLiteral("C") << false << QString();
}

void TestTranslations::chooseLocale()
{
    QFETCH(QString, requested);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    bool ok = !valid;
    const QLocale locale = Translations::chooseLocale(requested, &ok);
    QCOMPARE(ok, valid);
    QCOMPARE(locale.name(), expected.isEmpty() ? QLocale::system().name() : expected);
}

void TestTranslations::englishIsEmbedded()
{
    QVERIFY(Translations::available().contains(QStringLiteral("en")));
}

void TestTranslations::installReplacesThePreviousLanguage()
{
    auto *app = QCoreApplication::instance();
    auto owned = [app] {
        return app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size();
    };
    Translations::install(app, QLocale(QLocale::English));
    const auto afterFirst = owned();
    QVERIFY(afterFirst >= 1);
    Translations::install(app, QLocale(QLocale::German));
    Translations::install(app, QLocale(QLocale::English));
    QCOMPARE(owned(), afterFirst);
    // The chosen language is the default locale too (numbers and dates follow it).
    QCOMPARE(QLocale().language(), QLocale::English);
    Translations::install(app, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
}

void TestTranslations::unknownLanguageFallsBackToEnglishPlurals()
{
    // A language without a translation of its own still gets correct English plurals.
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::Swahili));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n selected", nullptr, 1),
             QStringLiteral("1 selected"));
    QCOMPARE(QCoreApplication::translate("ServerPanel", "%n tunnel(s)", nullptr, 1),
             QStringLiteral("1 tunnel"));
    QCOMPARE(QCoreApplication::translate("ServerPanel", "%n tunnel(s)", nullptr, 3),
             QStringLiteral("3 tunnels"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
