#include "fuzzchecks.h"

#include <QDir>
#include <QFile>
#include <QtTest>

// Replays tests/data/fuzz-regressions/<target>/<input> through the checks of fuzz target <target>
// (fuzz/fuzzchecks.h): each input once crashed it or broke one of its properties. A failing check
// aborts, as it does under libFuzzer, with the property and the input in the message.
class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folders();
    void replay_data();
    void replay();
};

namespace {

QDir regressionsDir()
{
    return QDir(QStringLiteral(RRAS_TEST_DATA_DIR "/fuzz-regressions"));
}

} // namespace

void TestFuzzRegressions::folders()
{
    // A folder not named after a target would be skipped silently.
    const QStringList names = regressionsDir().entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QVERIFY2(FuzzChecks::checkNamed(name) != nullptr, qPrintable(name));
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &target : FuzzChecks::targetNames()) {
        const QDir dir(regressionsDir().filePath(target));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
            const QByteArray row = (target + u'/' + file.fileName()).toUtf8();
            QTest::newRow(row.constData()) << target << file.absoluteFilePath();
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const FuzzChecks::Check check = FuzzChecks::checkNamed(target);
    QVERIFY(check != nullptr);
    check(file.readAll()); // aborts when a property fails
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
