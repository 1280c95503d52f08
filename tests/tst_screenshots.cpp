// Screenshots of the console for the README: the main window with demo servers, in each
// language of RRAS_SCREENSHOT_LOCALES (default "en de", the pictures the README shows), in a light
// and a dark palette (Fusion).
// Written to RRAS_SCREENSHOT_DIR (the build directory unless the environment says otherwise),
// never into the source tree; scripts/screenshots.sh copies them into docs/.
#include "mainwindow.h"
#include "palettes.h"
#include "rras/serverset.h"
#include "serverlistmodel.h"
#include "simfixture.h"
#include "simserver.h"
#include "translations.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int servers = 3;
constexpr int tunnelsPerServer = 120;

QString outputDir()
{
    const QString dir = qEnvironmentVariable("RRAS_SCREENSHOT_DIR");
    return dir.isEmpty() ? QStringLiteral(RRAS_SCREENSHOT_DIR) : dir;
}

QStringList locales()
{
    const QStringList list
            = qEnvironmentVariable("RRAS_SCREENSHOT_LOCALES")
                      .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    return list.isEmpty() ? QStringList{QStringLiteral("en"), QStringLiteral("de")} : list;
}

double meanLuminance(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            sum += TestPalettes::luminance(image.pixelColor(x, y));
            ++n;
        }
    }
    return n ? sum / n : 0;
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
};

void TestScreenshots::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(QDir().mkpath(outputDir()));
}

void TestScreenshots::mainWindow_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("dark");
    for (const QString &locale : locales()) {
        QTest::newRow(qPrintable(locale + QStringLiteral("-light"))) << locale << false;
        QTest::newRow(qPrintable(locale + QStringLiteral("-dark"))) << locale << true;
    }
}

void TestScreenshots::mainWindow()
{
    QFETCH(QString, locale);
    QFETCH(bool, dark);
    bool known = false;
    Translations::install(QCoreApplication::instance(), Translations::chooseLocale(locale, &known));
    QVERIFY2(known, qPrintable(locale));
    const QPalette palette = dark ? TestPalettes::dark() : TestPalettes::light();
    QApplication::setPalette(palette);

    SimConfig config;
    config.servers = servers;
    config.tunnels = tunnelsPerServer;
    config.seed = 20261124; // the same sessions in every picture
    config.user = QStringLiteral("demo");
    config.password = QStringLiteral("demo-password");
    config.allowUnencrypted = true;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    ServerSet set(&nam);
    MainWindow window(&set, &settings, MainWindow::Options{false, true});
    for (int i = 0; i < servers; ++i) {
        ServerProfile profile;
        profile.id = QStringLiteral("demo-%1").arg(i + 1);
        profile.name = QStringLiteral("rras%1.corp.example").arg(i + 1);
        profile.url = sim.url(i);
        profile.user = config.user;
        profile.allowUnencrypted = true;
        profile.pollIntervalMs = 600000; // a still picture
        set.addServer(profile, config.password);
    }
    window.resize(1400, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.tunnelModel()->rowCount(), servers * tunnelsPerServer);
    ServerListModel *list = window.serverModel();
    QTRY_VERIFY([list] {
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row).data(ServerListModel::StateRole).value<ServerPoller::State>()
                != ServerPoller::State::Live)
                return false;
        }
        return list->rowCount() == servers;
    }());
    // Columns fitted to their contents (the window does that once the first rows arrive).
    QHeaderView *header = window.tunnelView()->horizontalHeader();
    QTRY_VERIFY(header->sectionSize(int(TunnelTableModel::Column::User))
                != header->defaultSectionSize());

    // The columns as a user might arrange them (hidden and moved, as the header menu allows), so
    // that the tunnel type icons show in the picture.
    header->hideSection(int(TunnelTableModel::Column::TunnelIPv6));
    header->moveSection(header->visualIndex(int(TunnelTableModel::Column::TunnelType)), 3);

    // The last server stops answering: it turns stale, its rows stay, greyed.
    sim.server(servers - 1)->setFaults({SimFault{SimFault::Kind::Http500, 0, 1.0, QString()}});
    set.refresh({QStringLiteral("demo-%1").arg(servers)});
    const QModelIndex last = list->index(servers - 1);
    QTRY_COMPARE(last.data(ServerListModel::StateRole).value<ServerPoller::State>(),
                 ServerPoller::State::Stale);

    // A selection, as a user about to disconnect three sessions would have it.
    QTableView *view = window.tunnelView();
    for (int row : {3, 4, 6}) {
        view->selectionModel()->select(window.filterModel()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    view->selectionModel()->setCurrentIndex(window.filterModel()->index(6, 0),
                                            QItemSelectionModel::NoUpdate);
    view->setFocus();
    QCoreApplication::processEvents();

    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), window.size() * image.devicePixelRatio());
    const QString file = QDir(outputDir())
                                 .filePath(QStringLiteral("screenshot-%1-%2.png")
                                                   .arg(locale,
                                                        dark ? QLatin1String("dark")
                                                             : QLatin1String("light")));
    QVERIFY2(image.save(file), qPrintable(file));
    qInfo("wrote %s", qPrintable(file));

    // The picture shows the palette it was asked for, and more than a blank window.
    const double mean = meanLuminance(image);
    if (dark)
        QVERIFY2(mean < 0.2, qPrintable(QString::number(mean)));
    else
        QVERIFY2(mean > 0.6, qPrintable(QString::number(mean)));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 200);
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
