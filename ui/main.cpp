// rras-console: wires the objects together. No globals: everything lives on main()'s stack and
// is destroyed in reverse order (window, servers, simulator, network).
#include "icons.h"
#include "mainwindow.h"
#include "rras/serverset.h"
#include "rrassimulator.h"
#include "simserver.h"
#include "store/historystore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rras-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("RRAS Console"));
    QApplication::setOrganizationName(QStringLiteral("rras-console"));
    QApplication::setApplicationVersion(QStringLiteral(RRAS_VERSION));
    QApplication::setWindowIcon(Icons::application());
    QApplication::setDesktopFileName(QStringLiteral("rras-console"));

    // The language comes first, before any text or window exists: --lang, else the ui/language
    // setting (in the --settings file when one is given), else the system locale. Mistakes in
    // the command line are reported by the full parser below, in the chosen language.
    const QString langName = QStringLiteral("lang");
    const QString settingsName = QStringLiteral("settings");
    QCommandLineParser early;
    early.addOptions({QCommandLineOption(langName, QString(), QStringLiteral("LANGUAGE")),
                      QCommandLineOption(settingsName, QString(), QStringLiteral("FILE"))});
    early.parse(QApplication::arguments());
    std::unique_ptr<QSettings> settings = early.isSet(settingsName)
            ? std::make_unique<QSettings>(early.value(settingsName), QSettings::IniFormat)
            : std::make_unique<QSettings>();
    const QString requested = early.isSet(langName)
            ? early.value(langName)
            : settings->value(QStringLiteral("ui/language")).toString();
    bool languageKnown = true;
    Translations::install(&app, Translations::chooseLocale(requested, &languageKnown));
    if (!languageKnown) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                                        "main", "Unknown language \"%1\"; using the system's.")
                                        .arg(requested)));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Live VPN sessions of Windows RRAS servers, disconnected by tunnel address."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
            QStringLiteral("demo"),
            QApplication::translate("main",
                                    "Start built-in simulated servers with changing tunnels."));
    const QCommandLineOption demoServersOption(
            QStringLiteral("demo-servers"),
            QApplication::translate("main", "Number of simulated servers (default 3)."),
            QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption demoTunnelsOption(
            QStringLiteral("demo-tunnels"),
            QApplication::translate("main", "Tunnels per simulated server (default 250)."),
            QStringLiteral("K"), QStringLiteral("250"));
    const QCommandLineOption settingsOption(
            settingsName,
            QApplication::translate("main",
                                    "Read and write settings in FILE (INI) instead of the "
                                    "user's configuration."),
            QStringLiteral("FILE"));
    const QCommandLineOption langOption(
            langName,
            QApplication::translate("main",
                                    "Show the console in LANGUAGE (e.g. de, fr, es, en) instead "
                                    "of the system's language or the ui/language setting."),
            QStringLiteral("LANGUAGE"));
    const QCommandLineOption demoFaultOption(
            QStringLiteral("demo-fault"),
            QApplication::translate("main",
                                    "Inject a fault into the last simulated server, as "
                                    "rras-sim --fault takes it (e.g. "
                                    "http500/DisconnectByHostIP); repeatable."),
            QStringLiteral("SPEC"));
    parser.addOptions({demoOption, demoServersOption, demoTunnelsOption, demoFaultOption,
                       settingsOption, langOption});
    const QCommandLineOption dataDirOption(
            QStringLiteral("data-dir"),
            QApplication::translate("main",
                                    "Keep the disconnect history in DIR instead of the user's "
                                    "data folder (also with --demo)."),
            QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    // The history, before anything can be disconnected. When it cannot be opened the console
    // still shows the tunnels, but every disconnect is refused with the reason.
    HistoryStore history;
    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : HistoryStore::defaultDirectory();
    const bool historyOpen = history.open(dataDir);
    QNetworkAccessManager nam;
    std::unique_ptr<RrasSimulator> simulator;
    ServerSet servers(&nam);

    MainWindow::Options options;
    options.history = &history;
    if (parser.isSet(demoOption)) {
        options.demo = true;
        options.persistServers = false;
        SimConfig config;
        config.servers = qBound(1, parser.value(demoServersOption).toInt(), 50);
        config.tunnels = qBound(0, parser.value(demoTunnelsOption).toInt(), 5000);
        config.seed = QRandomGenerator::global()->generate();
        config.churnPerMinute = 12;
        config.user = QStringLiteral("demo");
        // A fresh password per run; it never leaves this process.
        config.password = QString::number(QRandomGenerator::system()->generate64(), 36);
        config.allowUnencrypted = true; // loopback only
        config.log = false;
        QList<SimFault> faults;
        for (const QString &spec : parser.values(demoFaultOption)) {
            bool ok = false;
            QString error;
            faults.append(SimFault::parse(spec, &ok, &error));
            if (!ok) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        simulator = std::make_unique<RrasSimulator>(config);
        QString error;
        if (!simulator->start(&error)) {
            QMessageBox::critical(
                    nullptr, QApplication::translate("main", "RRAS Console"),
                    QApplication::translate("main", "The demo servers could not start: %1")
                            .arg(error));
            return 1;
        }
        if (!faults.isEmpty())
            simulator->server(simulator->serverCount() - 1)->setFaults(faults);
        for (int i = 0; i < simulator->serverCount(); ++i) {
            SimServer *server = simulator->server(i);
            ServerProfile profile;
            profile.id = QStringLiteral("demo-%1").arg(i + 1);
            profile.name = QApplication::translate("main", "Demo %1").arg(server->name());
            profile.url = server->url();
            profile.user = config.user;
            profile.allowUnencrypted = true;
            servers.addServer(profile, config.password);
        }
    }

    MainWindow window(&servers, settings.get(), options);
    window.loadServers();
    window.show();
    if (!historyOpen) {
        auto *box = new QMessageBox(
                QMessageBox::Warning, QApplication::translate("main", "History"),
                QApplication::translate("main",
                                        "The disconnect history cannot be used, so disconnecting "
                                        "is not possible until this is fixed:\n\n%1")
                        .arg(history.lastError().summary()),
                QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return app.exec();
}
