// The history in the console: a disconnect in the main window is recorded before anything is sent
// and shows in the History view with its outcomes; "Show in History" and "Export Report…" from
// the results dialog; the view's filters; and a history that cannot record the job (disk full,
// locked, read-only, not open) means an error and no request at all.

#include "disconnect/disconnectcontroller.h"
#include "disconnect/disconnectresultsdialog.h"
#include "history/historycontroller.h"
#include "history/historyview.h"
#include "history/reportexport.h"
#include "historyfiltermodel.h"
#include "historyitemmodel.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "report/csvexporter.h"
#include "rras/serverset.h"
#include "simfixture.h"
#include "simserver.h"
#include "store/historystore.h"
#include "translations.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

class ScriptedConfirmer final : public DisconnectConfirmer
{
public:
    QString reason = QStringLiteral("INC-4711, \"urgent\"");
    int asked = 0;
    void confirm(const ConfirmRequest &, QWidget *, Done done) override
    {
        ++asked;
        done(true, reason);
    }
};

// Runs a block with the file-system identity of an unprivileged user when we are root, so that
// file permissions apply.
class UnprivilegedScope
{
public:
    UnprivilegedScope()
    {
        if (::geteuid() == 0)
            m_dropped = ::seteuid(65534) == 0;
    }
    ~UnprivilegedScope()
    {
        if (m_dropped)
            (void)::seteuid(0);
    }
    Q_DISABLE_COPY_MOVE(UnprivilegedScope)

private:
    bool m_dropped = false;
};

constexpr int tunnelsPerServer = 20;

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void init();
    void cleanup();

    void disconnectIsListedWithItsOutcomes();
    void historyActionAndFilters();
    void exportFromResultsAndView();
    void storeFailureSendsNothing_data();
    void storeFailureSendsNothing();
    void interruptedJobShows();

private:
    void makeWindow();
    QList<SessionKey> selectRows(const QList<int> &rows);
    DisconnectResultsDialog *disconnect(const QList<int> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ServerSet> m_servers;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    ScriptedConfirmer m_confirmer;
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SimConfig config;
    config.servers = 2;
    config.tunnels = tunnelsPerServer;
    config.seed = 99;
    config.log = false;
    m_sim = std::make_unique<SimFixture>(config);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_servers = std::make_unique<ServerSet>(m_nam.get());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("console.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<HistoryStore>();
    m_confirmer = ScriptedConfirmer();
}

void TestHistoryView::makeWindow()
{
    MainWindow::Options options{false, false};
    options.history = m_store.get();
    m_window = std::make_unique<MainWindow>(m_servers.get(), m_settings.get(), options);
    m_window->setConfirmer(&m_confirmer);
    for (int i = 0; i < 2; ++i) {
        ServerProfile profile;
        profile.id = QStringLiteral("srv%1").arg(i + 1);
        profile.name = QStringLiteral("Server %1").arg(i + 1);
        profile.url = m_sim->url(i);
        profile.pollIntervalMs = 60000;
        m_servers->addServer(profile);
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->tunnelModel()->rowCount(), 2 * tunnelsPerServer);
}

void TestHistoryView::cleanup()
{
    m_window.reset();
    m_servers.reset();
    m_nam.reset();
    m_sim.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QList<SessionKey> TestHistoryView::selectRows(const QList<int> &rows)
{
    QTableView *view = m_window->tunnelView();
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(m_window->filterModel()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return m_window->selectedKeys();
}

DisconnectResultsDialog *TestHistoryView::disconnect(const QList<int> &rows)
{
    selectRows(rows);
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    m_window->disconnectAction()->trigger();
    if (!shown.wait(15000))
        return nullptr;
    return shown.first().first().value<DisconnectResultsDialog *>();
}

void TestHistoryView::disconnectIsListedWithItsOutcomes()
{
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("data"))));
    makeWindow();
    // The job is in the history before the first request: watch the servers' first request.
    bool recordedFirst = false;
    qint64 seenJobs = -1;
    QObject::connect(m_sim->server(0), &SimServer::requestHandled, m_window.get(),
                     [&](const QString &method) {
                         if (method == u"DisconnectByHostIP" && seenJobs < 0) {
                             seenJobs = m_store->jobs().size();
                             recordedFirst = seenJobs == 1
                                     && m_store->jobs().constFirst().counts.total() == 3;
                         }
                     });
    // Two rows of server 1 and one of server 2 (the table sorts by server).
    const QList<SessionKey> keys = selectRows({0, 1, tunnelsPerServer});
    QCOMPARE(keys.size(), 3);
    QList<Tunnel> tunnels;
    for (const SessionKey &key : keys)
        tunnels.append(m_window->tunnelModel()->tunnel(m_window->tunnelModel()->rowForKey(key)));
    DisconnectResultsDialog *results = disconnect({0, 1, tunnelsPerServer});
    QVERIFY(results);
    QVERIFY(recordedFirst);
    const qint64 id = m_window->disconnectController()->lastJobId();
    QVERIFY(id > 0);
    QCOMPARE(results->historyJob(), id);
    QVERIFY(results->historyButton()->isVisible());
    QVERIFY(results->exportButton()->isVisible());

    // The record: operator, workstation, reason, every session with its details and outcome.
    const auto job = m_store->job(id);
    QVERIFY(job);
    QCOMPARE(job->state, HistoryJobState::Finished);
    QCOMPARE(job->info.operatorName, HistoryStore::osUserName());
    QCOMPARE(job->info.workstation, HistoryStore::workstationName());
    QCOMPARE(job->info.reason, m_confirmer.reason);
    QCOMPARE(job->info.source, QStringLiteral("console"));
    QCOMPARE(job->counts.count(DisconnectOutcomeKind::Disconnected), 3);
    QCOMPARE(job->servers, (QStringList{QStringLiteral("Server 1"), QStringLiteral("Server 2")}));
    const QList<HistoryItem> items = m_store->items(id);
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(items.at(i).key(), keys.at(i));
        QCOMPARE(items.at(i).userNames, tunnels.at(i).userName);
        QCOMPARE(items.at(i).hostName, tunnels.at(i).hostName);
        QCOMPARE(items.at(i).externalAddress, tunnels.at(i).clientExternalAddress);
        QCOMPARE(items.at(i).tunnelType, tunnels.at(i).tunnelType);
        QCOMPARE(items.at(i).connectedSince, tunnels.at(i).connectionStartTime);
        QCOMPARE(items.at(i).bytesIn, tunnels.at(i).totalBytesIn);
        QCOMPARE(items.at(i).bytesOut, tunnels.at(i).totalBytesOut);
        QCOMPARE(items.at(i).outcome, DisconnectOutcomeKind::Disconnected);
    }

    // "Show in History": the view opens on the job with its outcomes.
    results->historyButton()->click();
    HistoryView *view = m_window->historyController()->view();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QAbstractItemModelTester tester(view->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->currentJobId(), id);
    const QModelIndex current = view->jobsView()->selectionModel()->currentIndex();
    auto cell = [&](HistoryModel::Column c) {
        return view->filterModel()->index(current.row(), int(c)).data().toString();
    };
    QCOMPARE(cell(HistoryModel::Column::Disconnected), QStringLiteral("3"));
    QCOMPARE(cell(HistoryModel::Column::Failed), QStringLiteral("0"));
    QCOMPARE(cell(HistoryModel::Column::Reason), m_confirmer.reason);
    QCOMPARE(cell(HistoryModel::Column::State), QStringLiteral("Finished"));
    QCOMPARE(view->itemModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(view->itemModel()
                         ->index(row, int(HistoryItemModel::Column::Outcome))
                         .data()
                         .toString(),
                 QStringLiteral("Disconnected"));
    }
}

void TestHistoryView::historyActionAndFilters()
{
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("data"))));
    makeWindow();
    // Two jobs: one on server 1, one on server 2 whose disconnect fails with HTTP 500 (the
    // sessions stay: Unknown).
    QVERIFY(disconnect({0}));
    m_sim->server(1)->setFaults(
            {SimFault{SimFault::Kind::Http500, 0, 1.0, QStringLiteral("DisconnectByHostIP")}});
    const QList<SessionKey> unknownKeys = selectRows({tunnelsPerServer, tunnelsPerServer + 1});
    QVERIFY(disconnect({tunnelsPerServer, tunnelsPerServer + 1}));

    QVERIFY(m_window->historyAction()->isEnabled());
    QCOMPARE(m_window->historyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_window->historyAction()->trigger();
    HistoryView *view = m_window->historyController()->view();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->filterModel()->rowCount(), 2);

    view->outcomeCombo()->setCurrentIndex(
            view->outcomeCombo()->findData(int(DisconnectOutcomeKind::Unknown)));
    QCOMPARE(view->filterModel()->rowCount(), 1);
    view->jobsView()->selectionModel()->setCurrentIndex(view->filterModel()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
    QCOMPARE(view->itemModel()->rowCount(), 2);
    QCOMPARE(view->itemModel()->index(0, int(HistoryItemModel::Column::Server)).data().toString(),
             QStringLiteral("Server 2"));
    QCOMPARE(view->itemModel()->index(1, int(HistoryItemModel::Column::Outcome)).data().toString(),
             QStringLiteral("Unknown"));

    view->clearFilters();
    QCOMPARE(view->filterModel()->rowCount(), 2);
    view->serverEdit()->setText(QStringLiteral("server 1"));
    QCOMPARE(view->filterModel()->rowCount(), 1);
    view->serverEdit()->clear();
    view->addressEdit()->setText(unknownKeys.first().address);
    QCOMPARE(view->filterModel()->rowCount(), 1);
    view->addressEdit()->clear();
    view->operatorEdit()->setText(QStringLiteral("nobody-like-this"));
    QCOMPARE(view->filterModel()->rowCount(), 0);
    view->operatorEdit()->setText(HistoryStore::osUserName());
    QCOMPARE(view->filterModel()->rowCount(), 2);
    // A period that ended yesterday holds neither.
    view->toCheck()->setChecked(true);
    view->toEdit()->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(view->filterModel()->rowCount(), 0);
    view->toEdit()->setDate(QDate::currentDate());
    QCOMPARE(view->filterModel()->rowCount(), 2);
}

void TestHistoryView::exportFromResultsAndView()
{
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("data"))));
    makeWindow();
    DisconnectResultsDialog *results = disconnect({2, 3});
    QVERIFY(results);
    const qint64 id = results->historyJob();

    // From the results dialog: the file dialog opens (not modal to the event loop) for this job.
    results->exportButton()->click();
    ReportExport *exporter = m_window->historyController()->reportExport();
    QTRY_VERIFY(exporter->fileDialog() && exporter->fileDialog()->isVisible());
    QSignalSpy written(exporter, &ReportExport::written);
    const QString csvPath = m_dir->filePath(QStringLiteral("job.csv"));
    exporter->fileDialog()->selectFile(csvPath);
    static_cast<QDialog *>(exporter->fileDialog())->accept();
    QTRY_COMPARE(written.size(), 1);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray data = csv.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF")); // for Excel
    const QList<QByteArray> lines = data.mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // header, two sessions, the empty rest after the last CRLF
    QCOMPARE(QString::fromUtf8(lines.first().trimmed()), CsvExporter::header().join(u','));
    QVERIFY(lines.at(1).startsWith(QByteArray(QByteArray::number(id) + ',')));

    // From the view: the selected jobs, any format.
    HistoryView *view = m_window->historyController()->showHistory(id);
    QVERIFY(view);
    QCOMPARE(view->exportJobIds(), QList<qint64>{id});
    for (ReportFormat format : {ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf}) {
        const QString path = m_dir->filePath(QStringLiteral("job.") + reportFormatName(format));
        QString error;
        QVERIFY2(ReportExport::write(*m_store, view->exportJobIds(), path, format, &error),
                 qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 100);
    }
}

void TestHistoryView::storeFailureSendsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("disk full") << QStringLiteral("full") << QStringLiteral("full");
    QTest::newRow("locked") << QStringLiteral("locked") << QStringLiteral("locked");
    QTest::newRow("read-only") << QStringLiteral("readonly") << QStringLiteral("read-only");
    QTest::newRow("not open") << QStringLiteral("closed") << QStringLiteral("newer version");
}

void TestHistoryView::storeFailureSendsNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    const QString file = QDir(data).filePath(HistoryStore::databaseFileName());
    const QString rawName = QUuid::createUuid().toString();
    std::unique_ptr<UnprivilegedScope> unprivileged;
    {
        HistoryStore init;
        QVERIFY(init.open(data));
    }
    if (kind == u"full") {
        HistoryStore::Options options;
        options.maximumSizeBytes = 1; // not one page more than the file has
        QVERIFY(m_store->open(data, options));
    } else if (kind == u"locked") {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), rawName);
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        HistoryStore::Options options;
        options.busyTimeoutMs = 100;
        QVERIFY(m_store->open(data, options));
    } else if (kind == u"readonly") {
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
        unprivileged = std::make_unique<UnprivilegedScope>();
        m_store->open(data); // may already refuse; the disconnect must then say why
    } else {
        // A history from a newer version cannot be opened at all.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), rawName);
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("PRAGMA user_version = 99")));
        other.close();
        QVERIFY(!m_store->open(data));
    }
    makeWindow();
    QSignalSpy failed(m_window->disconnectController(), &DisconnectController::historyFailed);
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    // Every session: more than fits in the pages the file already has.
    QList<int> all;
    for (int row = 0; row < 2 * tunnelsPerServer; ++row)
        all.append(row);
    const QList<SessionKey> keys = selectRows(all);
    m_window->disconnectAction()->trigger();
    QCOMPARE(m_confirmer.asked, 1);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("nothing was sent")), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QMessageBox *box = m_window->disconnectController()->historyErrorBox();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    QVERIFY(!m_window->disconnectController()->isRunning());
    // Give a request every chance to be sent: a poll of both servers goes out and comes back.
    QSignalSpy polled(m_servers.get(), &ServerSet::snapshotReady);
    m_servers->refreshAll();
    QTRY_VERIFY(polled.size() >= 2);
    QCOMPARE(m_sim->server(0)->disconnectRequestCount()
                     + m_sim->server(1)->disconnectRequestCount(),
             0);
    QCOMPARE(shown.size(), 0);
    for (const SessionKey &key : keys)
        QVERIFY(m_window->tunnelModel()->rowForKey(key) >= 0);
    box->close();
    unprivileged.reset();
    m_store->close();
    if (QSqlDatabase::contains(rawName)) {
        {
            QSqlDatabase other = QSqlDatabase::database(rawName, false);
            other.close();
        }
        QSqlDatabase::removeDatabase(rawName);
    }
}

void TestHistoryView::interruptedJobShows()
{
    // A job cut short (its process gone) shows as Interrupted, its open sessions Unknown.
    const QString data = m_dir->filePath(QStringLiteral("data"));
    {
        HistoryStore crashed;
        QVERIFY(crashed.open(data));
        HistorySession s;
        s.key = {QStringLiteral("srv1"), QStringLiteral("10.9.9.9")};
        s.serverName = QStringLiteral("Server 1");
        QVERIFY(crashed.createJob({QStringLiteral("night-shift"), QStringLiteral("ws"),
                                   QStringLiteral("cut"), QStringLiteral("console")},
                                  {s}));
    }
    QVERIFY(m_store->open(data));
    QCOMPARE(m_store->recoveredJobs().size(), 1);
    makeWindow();
    HistoryView *view
            = m_window->historyController()->showHistory(m_store->recoveredJobs().first());
    QVERIFY(view);
    const QModelIndex current = view->jobsView()->selectionModel()->currentIndex();
    QCOMPARE(view->filterModel()
                     ->index(current.row(), int(HistoryModel::Column::State))
                     .data()
                     .toString(),
             QStringLiteral("Interrupted"));
    QCOMPARE(view->itemModel()->index(0, int(HistoryItemModel::Column::Outcome)).data().toString(),
             QStringLiteral("Unknown"));
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
