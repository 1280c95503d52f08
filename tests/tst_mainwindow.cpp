// The console window driven through its actions, against two simulated servers in process.
#include "disconnect/confirmdisconnectdialog.h"
#include "disconnect/disconnectbylistdialog.h"
#include "disconnect/disconnectcontroller.h"
#include "disconnect/disconnectresultsdialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "outcomemodel.h"
#include "rras/serverset.h"
#include "rrassimulator.h"
#include "serverlistmodel.h"
#include "simfixture.h"
#include "simserver.h"
#include "translations.h"
#include "tunneldetailsdialog.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {
// Answers the confirmation without a dialog, recording what it was asked.
class ScriptedConfirmer final : public DisconnectConfirmer
{
public:
    bool answer = true;
    QString reason = QStringLiteral("INC-4711");
    QList<ConfirmRequest> requests;
    void confirm(const ConfirmRequest &request, QWidget *, Done done) override
    {
        requests.append(request);
        done(answer, reason);
    }
};

constexpr int tunnelsPerServer = 30;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void init();
    void cleanup();

    void showsEveryTunnelOfEveryServer();
    void statusBarCounts();
    void disconnectSelectionThroughAction();
    void deleteKeyDisconnects();
    void contextMenuOffersTheSelectionActions();
    void confirmDialogDefaultsToCancel();
    void confirmDialogRequiresTypedCountAboveThreshold();
    void confirmWarnsAboutPartialUserSelection();
    void failedOutcomesCanBeRetried();
    void everyOutcomeKindInResults();
    void screenshots();
    void copyAndCopyHostIps();
    void filterToUserAndServer();
    void detailsShowEveryField();
    void disconnectByListPreviewAndRun();
    void selectionSurvivesPolls();
    void staleServerRowsAreMarked();
    void columnLayoutIsRemembered();

private:
    void selectRows(const QList<int> &proxyRows);
    std::optional<int> findUserWithSeveralTunnels() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ServerSet> m_servers;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ScriptedConfirmer m_confirmer;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SimConfig config;
    config.servers = 2;
    config.tunnels = tunnelsPerServer;
    config.seed = 4242;
    config.user = QStringLiteral("op");
    config.password = QStringLiteral("pw-for-tests");
    config.allowUnencrypted = true;
    config.log = false;
    m_sim = std::make_unique<SimFixture>(config);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_servers = std::make_unique<ServerSet>(m_nam.get());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("console.ini")),
                                             QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_servers.get(), m_settings.get(),
                                            MainWindow::Options{false, false});
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_confirmer = ScriptedConfirmer();
    m_window->setConfirmer(&m_confirmer);
    for (int i = 0; i < 2; ++i) {
        ServerProfile profile;
        profile.id = QStringLiteral("srv%1").arg(i + 1);
        profile.name = QStringLiteral("Server %1").arg(i + 1);
        profile.url = m_sim->url(i);
        profile.user = config.user;
        profile.allowUnencrypted = true;
        profile.pollIntervalMs = 60000; // the tests poll on demand
        m_servers->addServer(profile, config.password);
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->tunnelModel()->rowCount(), 2 * tunnelsPerServer);
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_servers.reset();
    m_nam.reset();
    m_sim.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::selectRows(const QList<int> &proxyRows)
{
    QTableView *view = m_window->tunnelView();
    view->clearSelection();
    for (int row : proxyRows) {
        view->selectionModel()->select(m_window->filterModel()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!proxyRows.isEmpty())
        view->selectionModel()->setCurrentIndex(
                m_window->filterModel()->index(proxyRows.first(), 0),
                QItemSelectionModel::NoUpdate);
}

std::optional<int> TestMainWindow::findUserWithSeveralTunnels() const
{
    TunnelFilterModel *proxy = m_window->filterModel();
    QHash<QString, int> count;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const auto t = proxy->index(row, 0).data(TunnelTableModel::TunnelRole).value<Tunnel>();
        for (const QString &user : t.userName)
            ++count[user];
    }
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const auto t = proxy->index(row, 0).data(TunnelTableModel::TunnelRole).value<Tunnel>();
        if (t.userName.size() == 1 && count.value(t.userName.first()) > 1)
            return row;
    }
    return std::nullopt;
}

void TestMainWindow::showsEveryTunnelOfEveryServer()
{
    // Every tunnel the simulators hold is a row, keyed by (server, address).
    for (int i = 0; i < 2; ++i) {
        const QString id = QStringLiteral("srv%1").arg(i + 1);
        for (const Tunnel &t : m_sim->server(i)->tunnels())
            QVERIFY(m_window->tunnelModel()->rowForKey({id, t.primaryAddress()}) >= 0);
    }
    QCOMPARE(m_window->serverModel()->rowCount(), 2);
    QTRY_COMPARE(m_window->serverModel()->index(0).data(ServerListModel::TunnelCountRole).toInt(),
                 tunnelsPerServer);
}

void TestMainWindow::statusBarCounts()
{
    selectRows({0, 1, 2});
    QTRY_VERIFY(m_window->statusText().contains(QStringLiteral("60 of 60 tunnels shown")));
    QVERIFY(m_window->statusText().contains(QStringLiteral("3 selected")));
    QTRY_VERIFY(m_window->statusText().contains(QStringLiteral("2 of 2 servers live")));
    m_window->filterBar()->setServer(QStringLiteral("srv2"));
    QTRY_VERIFY(m_window->statusText().contains(QStringLiteral("30 of 60 tunnels shown")));
}

void TestMainWindow::disconnectSelectionThroughAction()
{
    selectRows({0, 3, 5});
    const QList<SessionKey> keys = m_window->selectedKeys();
    QCOMPARE(keys.size(), 3);
    QVERIFY(m_window->disconnectAction()->isEnabled());
    QCOMPARE(m_window->disconnectAction()->text(), QStringLiteral("&Disconnect 3 Sessions…"));

    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    m_window->disconnectAction()->trigger();
    QCOMPARE(m_confirmer.requests.size(), 1);
    QCOMPARE(m_confirmer.requests.first().keys, keys);
    QVERIFY(!m_confirmer.requests.first().users.isEmpty());
    QVERIFY(shown.wait(10000));

    auto *dialog = shown.first().first().value<DisconnectResultsDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    auto *outcomes = qobject_cast<OutcomeModel *>(
            qobject_cast<QSortFilterProxyModel *>(dialog->view()->model())->sourceModel());
    QVERIFY(outcomes);
    QCOMPARE(outcomes->rowCount(), 3);
    QCOMPARE(outcomes->count(DisconnectOutcomeKind::Disconnected), 3);
    QVERIFY(!dialog->retryButton()->isEnabled());
    QCOMPARE(m_window->disconnectController()->lastReason(), QStringLiteral("INC-4711"));

    // The servers no longer hold them, and the immediate poll takes the rows away.
    int remaining = 0;
    for (int i = 0; i < 2; ++i)
        remaining += int(m_sim->server(i)->tunnels().size());
    QCOMPARE(remaining, 2 * tunnelsPerServer - 3);
    QTRY_COMPARE(m_window->tunnelModel()->rowCount(), 2 * tunnelsPerServer - 3);
    for (const SessionKey &key : keys)
        QCOMPARE(m_window->tunnelModel()->rowForKey(key), -1);
}

void TestMainWindow::deleteKeyDisconnects()
{
    selectRows({1});
    m_window->tunnelView()->setFocus();
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    QTest::keyClick(m_window->tunnelView(), Qt::Key_Delete);
    QCOMPARE(m_confirmer.requests.size(), 1);
    QVERIFY(shown.wait(10000));

    // Del in the filter box edits the text; it never disconnects.
    m_window->filterBar()->textEdit()->setFocus();
    QTest::keyClick(m_window->filterBar()->textEdit(), Qt::Key_Delete);
    QCOMPARE(m_confirmer.requests.size(), 1);
}

void TestMainWindow::contextMenuOffersTheSelectionActions()
{
    selectRows({0, 1});
    std::unique_ptr<QMenu> menu(m_window->createContextMenu(nullptr));
    QStringList texts;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts.append(a->text());
    }
    QVERIFY(texts.contains(QStringLiteral("&Disconnect 2 Sessions…")));
    QVERIFY(texts.contains(QStringLiteral("Copy &Host IPs")));
    QVERIFY(texts.contains(QStringLiteral("Show &Details")));
    QVERIFY(texts.contains(QStringLiteral("Filter to This &User")));
    QVERIFY(texts.contains(QStringLiteral("Filter to This &Server")));
    // The same QAction objects as the menus and the toolbar.
    QVERIFY(menu->actions().contains(m_window->disconnectAction()));

    m_window->tunnelView()->clearSelection();
    QVERIFY(!m_window->disconnectAction()->isEnabled());
}

void TestMainWindow::confirmDialogDefaultsToCancel()
{
    m_window->setConfirmer(nullptr); // the real dialog
    selectRows({2});
    m_window->disconnectAction()->trigger();
    ConfirmDisconnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmDisconnectDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->disconnectButton()->isDefault());
    QVERIFY(dialog->countEdit() == nullptr);
    // Enter takes the default button: nothing is sent.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<ConfirmDisconnectDialog *>() == nullptr);
    QCOMPARE(m_sim->server(0)->disconnectRequestCount()
                     + m_sim->server(1)->disconnectRequestCount(),
             0);
}

void TestMainWindow::confirmDialogRequiresTypedCountAboveThreshold()
{
    m_window->setConfirmer(nullptr);
    m_window->disconnectController()->setTypedConfirmationThreshold(2);
    selectRows({0, 1, 2});
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    m_window->disconnectAction()->trigger();
    ConfirmDisconnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmDisconnectDialog *>()) != nullptr);
    QVERIFY(dialog->countEdit());
    QVERIFY(!dialog->disconnectButton()->isEnabled());
    QTest::keyClicks(dialog->countEdit(), QStringLiteral("2"));
    QVERIFY(!dialog->disconnectButton()->isEnabled());
    dialog->countEdit()->clear();
    QTest::keyClicks(dialog->countEdit(), QStringLiteral("3"));
    QVERIFY(dialog->disconnectButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("CHG-1"));
    dialog->disconnectButton()->click();
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_window->disconnectController()->lastReason(), QStringLiteral("CHG-1"));
}

void TestMainWindow::confirmWarnsAboutPartialUserSelection()
{
    const auto row = findUserWithSeveralTunnels();
    if (!row)
        QSKIP("the simulator's seed gave no user with several tunnels");
    selectRows({*row});
    m_window->disconnectAction()->trigger();
    QCOMPARE(m_confirmer.requests.size(), 1);
    const QStringList warnings = m_confirmer.requests.first().warnings;
    QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                         [](const QString &w) {
                             return w.contains(QStringLiteral("only 1 selected"));
                         }),
             qPrintable(warnings.join(QLatin1Char('\n'))));
}

void TestMainWindow::failedOutcomesCanBeRetried()
{
    // Server 1 refuses every disconnect with a provider fault and keeps the sessions.
    m_sim->server(0)->setFaults(
            {SimFault{SimFault::Kind::Http500, 0, 1.0, QStringLiteral("DisconnectByHostIP")}});
    m_window->filterBar()->setServer(QStringLiteral("srv1"));
    QTRY_COMPARE(m_window->filterModel()->rowCount(), tunnelsPerServer);
    selectRows({0, 1});
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    m_window->disconnectAction()->trigger();
    QVERIFY(shown.wait(15000));
    auto *dialog = shown.takeFirst().first().value<DisconnectResultsDialog *>();
    auto *outcomes = qobject_cast<OutcomeModel *>(
            qobject_cast<QSortFilterProxyModel *>(dialog->view()->model())->sourceModel());
    QCOMPARE(outcomes->count(DisconnectOutcomeKind::Disconnected), 0);
    // Never success: the sessions are still there.
    QCOMPARE(outcomes->retryableKeys().size(), 2);
    QVERIFY(dialog->retryButton()->isEnabled());
    QCOMPARE(m_sim->server(0)->tunnels().size(), tunnelsPerServer);

    m_sim->server(0)->setFaults({});
    dialog->retryButton()->click();
    QCOMPARE(m_confirmer.requests.size(), 2);
    QCOMPARE(m_confirmer.requests.last().keys.size(), 2);
    QVERIFY(shown.wait(15000));
    auto *second = shown.takeFirst().first().value<DisconnectResultsDialog *>();
    auto *retried = qobject_cast<OutcomeModel *>(
            qobject_cast<QSortFilterProxyModel *>(second->view()->model())->sourceModel());
    QCOMPARE(retried->count(DisconnectOutcomeKind::Disconnected), 2);
}

void TestMainWindow::everyOutcomeKindInResults()
{
    // Server 1 reports one tunnel whose address is not an IP address (a broken server must not
    // make the console send garbage); server 2 refuses disconnects before reading them (401).
    Tunnel bogus = m_sim->server(0)->tunnels().first();
    bogus.clientIPv4Address = QStringLiteral("10.0.0.300");
    bogus.clientIPv6Address.clear();
    m_sim->server(0)->addTunnel(bogus);
    m_sim->server(1)->setFaults(
            {SimFault{SimFault::Kind::Http401, 0, 1.0, QStringLiteral("DisconnectByHostIP")}});
    QSignalSpy polled(m_servers.get(), &ServerSet::snapshotReady);
    m_servers->refreshAll();
    QTRY_COMPARE(m_window->tunnelModel()->rowCount(), 2 * tunnelsPerServer + 1);

    const QList<Tunnel> first = m_sim->server(0)->tunnels();
    const QList<Tunnel> second = m_sim->server(1)->tunnels();
    const SessionKey live{QStringLiteral("srv1"), first.at(0).primaryAddress()};
    const SessionKey leaving{QStringLiteral("srv1"), first.at(1).primaryAddress()};
    const SessionKey invalid{QStringLiteral("srv1"), QStringLiteral("10.0.0.300")};
    const SessionKey refused{QStringLiteral("srv2"), second.at(0).primaryAddress()};
    QList<int> rows;
    for (const SessionKey &key : {live, leaving, invalid, refused}) {
        const int source = m_window->tunnelModel()->rowForKey(key);
        QVERIFY2(source >= 0, qPrintable(key.address));
        rows.append(m_window->filterModel()
                            ->mapFromSource(m_window->tunnelModel()->index(source, 0))
                            .row());
    }
    selectRows(rows);
    // The session leaves the server after it was selected, before the request.
    QVERIFY(m_sim->server(0)->removeTunnel(leaving.address));

    auto outcomesOf = [](DisconnectResultsDialog *dialog) {
        return qobject_cast<OutcomeModel *>(
                qobject_cast<QSortFilterProxyModel *>(dialog->view()->model())->sourceModel());
    };
    auto kindOf = [](OutcomeModel *model, const SessionKey &key) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->sessions().at(row).key == key)
                return model->outcome(row)->outcome;
        }
        return DisconnectOutcomeKind(-1);
    };
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    m_window->disconnectAction()->trigger();
    QVERIFY(shown.wait(15000));
    OutcomeModel *outcomes
            = outcomesOf(shown.takeFirst().first().value<DisconnectResultsDialog *>());
    QCOMPARE(outcomes->rowCount(), 4);
    QCOMPARE(kindOf(outcomes, live), DisconnectOutcomeKind::Disconnected);
    QCOMPARE(kindOf(outcomes, leaving), DisconnectOutcomeKind::AlreadyGone);
    QCOMPARE(kindOf(outcomes, invalid), DisconnectOutcomeKind::InvalidAddress);
    QCOMPARE(kindOf(outcomes, refused), DisconnectOutcomeKind::Failed);
    QVERIFY(!outcomes->index(3, int(OutcomeModel::Column::Message)).data().toString().isEmpty());

    // A disconnect that times out on the server: the session is still listed, nobody knows.
    m_sim->server(1)->setFaults(
            {SimFault{SimFault::Kind::Timeout, 0, 1.0, QStringLiteral("DisconnectByHostIP")}});
    const SessionKey slow{QStringLiteral("srv2"), second.at(1).primaryAddress()};
    selectRows({m_window->filterModel()
                        ->mapFromSource(m_window->tunnelModel()->index(
                                m_window->tunnelModel()->rowForKey(slow), 0))
                        .row()});
    m_window->disconnectAction()->trigger();
    QVERIFY(shown.wait(15000));
    outcomes = outcomesOf(shown.takeFirst().first().value<DisconnectResultsDialog *>());
    QCOMPARE(kindOf(outcomes, slow), DisconnectOutcomeKind::Unknown);
    QCOMPARE(m_sim->server(1)->tunnels().size(), tunnelsPerServer);
}

void TestMainWindow::screenshots()
{
    // Pictures for the README, written next to the test binary (scripts copy them to docs/).
    m_window->resize(1280, 720);
    // A mixed result: one server refuses, one session has left already.
    m_sim->server(1)->setFaults(
            {SimFault{SimFault::Kind::Http401, 0, 1.0, QStringLiteral("DisconnectByHostIP")}});
    const int last = m_window->filterModel()->rowCount() - 1;
    selectRows({1, 2, 4, last - 1, last});
    QVERIFY(m_sim->server(0)->removeTunnel(m_window->selectedKeys().at(2).address));
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    m_window->disconnectAction()->trigger();
    QVERIFY(shown.wait(10000));
    auto *dialog = shown.first().first().value<DisconnectResultsDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    const QDir out(QCoreApplication::applicationDirPath());
    const QString windowShot = out.filePath(QStringLiteral("screenshot-mainwindow.png"));
    const QString resultsShot = out.filePath(QStringLiteral("screenshot-results.png"));
    QVERIFY(m_window->grab().save(windowShot));
    QVERIFY(dialog->grab().save(resultsShot));
    QCOMPARE(QImage(windowShot).size(), m_window->size() * m_window->devicePixelRatio());
    QVERIFY(!QImage(resultsShot).isNull());
}

void TestMainWindow::copyAndCopyHostIps()
{
    selectRows({4, 7});
    const QList<SessionKey> keys = m_window->selectedKeys();
    m_window->tunnelView()->setFocus();
    QTest::keyClick(m_window->tunnelView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines
            = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header + 2 rows
    QVERIFY(lines.first().startsWith(QStringLiteral("Server\tUser\t")));
    QCOMPARE(lines.at(1).count(QLatin1Char('\t')), lines.first().count(QLatin1Char('\t')));
    QVERIFY(lines.at(1).contains(keys.first().address)
            || lines.at(2).contains(keys.first().address));

    m_window->copyAddressesAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             keys.at(0).address + QLatin1Char('\n') + keys.at(1).address + QLatin1Char('\n'));
}

void TestMainWindow::filterToUserAndServer()
{
    const auto row = findUserWithSeveralTunnels().value_or(0);
    selectRows({row});
    const auto tunnel = m_window->filterModel()
                                ->index(row, 0)
                                .data(TunnelTableModel::TunnelRole)
                                .value<Tunnel>();
    m_window->filterToUserAction()->trigger();
    QTRY_VERIFY(m_window->filterModel()->rowCount() < 2 * tunnelsPerServer);
    for (int r = 0; r < m_window->filterModel()->rowCount(); ++r) {
        const auto t = m_window->filterModel()
                               ->index(r, 0)
                               .data(TunnelTableModel::TunnelRole)
                               .value<Tunnel>();
        const QString haystack = t.userName.join(QLatin1Char(' ')) + t.hostName
                + t.clientIPv4Address + t.clientIPv6Address + t.clientExternalAddress;
        QVERIFY(haystack.contains(tunnel.userName.first(), Qt::CaseInsensitive));
    }
    m_window->filterBar()->clear();
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 2 * tunnelsPerServer);

    selectRows({0});
    const QString server = m_window->selectedKeys().first().serverId;
    m_window->filterToServerAction()->trigger();
    QTRY_COMPARE(m_window->filterModel()->rowCount(), tunnelsPerServer);
    for (int r = 0; r < m_window->filterModel()->rowCount(); ++r)
        QCOMPARE(m_window->filterModel()
                         ->index(r, 0)
                         .data(TunnelTableModel::ServerIdRole)
                         .toString(),
                 server);
}

void TestMainWindow::detailsShowEveryField()
{
    selectRows({0});
    const auto tunnel = m_window->filterModel()
                                ->index(0, 0)
                                .data(TunnelTableModel::TunnelRole)
                                .value<Tunnel>();
    m_window->tunnelView()->setFocus();
    QTest::keyClick(m_window->tunnelView(), Qt::Key_Return);
    TunnelDetailsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TunnelDetailsDialog *>()) != nullptr);
    const auto fields = TunnelDetailsDialog::fields(QStringLiteral("x"), tunnel);
    QCOMPARE(fields.size(), 18); // the server plus every RemoteAccessMonitoringConnection field
    QStringList shown;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        shown.append(label->text());
    QVERIFY(shown.contains(tunnel.hostName));
    QVERIFY(shown.contains(tunnel.clientExternalAddress));
    QVERIFY(shown.contains(tunnel.userName.join(QStringLiteral(", "))));
    dialog->close();
}

void TestMainWindow::disconnectByListPreviewAndRun()
{
    const QList<Tunnel> first = m_sim->server(0)->tunnels();
    QString v4;
    for (const Tunnel &t : first) {
        if (!t.clientIPv4Address.isEmpty()) {
            v4 = t.clientIPv4Address;
            break;
        }
    }
    QVERIFY(!v4.isEmpty());
    m_window->disconnectByListAction()->trigger();
    DisconnectByListDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<DisconnectByListDialog *>()) != nullptr);
    dialog->editor()->setPlainText(v4
                                   + QStringLiteral("\n10.250.250.250, not-an-ip\n192.0.2.0/33"));
    dialog->updatePreview();
    QCOMPARE(dialog->result().matches.size(), 1);
    QCOMPARE(dialog->result().unparsed,
             QStringList({QStringLiteral("not-an-ip"), QStringLiteral("192.0.2.0/33")}));
    QCOMPARE(dialog->result().unmatched, QStringList{QStringLiteral("10.250.250.250")});
    QVERIFY(dialog->continueButton()->isEnabled());

    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    dialog->continueButton()->click();
    QCOMPARE(m_confirmer.requests.size(), 1);
    QCOMPARE(m_confirmer.requests.first().keys.size(), 1);
    QCOMPARE(m_confirmer.requests.first().keys.first().address, v4);
    QVERIFY(shown.wait(10000));
    QTRY_COMPARE(m_sim->server(0)->tunnels().size(), first.size() - 1);
}

void TestMainWindow::selectionSurvivesPolls()
{
    m_window->tunnelView()->sortByColumn(int(TunnelTableModel::Column::BytesIn),
                                         Qt::DescendingOrder);
    selectRows({1, 4, 9});
    const QList<SessionKey> before = m_window->selectedKeys();
    m_sim->server(0)->setChurnPerMinute(600);
    m_sim->server(1)->setChurnPerMinute(600);
    for (int i = 0; i < 5; ++i) {
        QSignalSpy polled(m_servers.get(), &ServerSet::snapshotReady);
        m_servers->refreshAll();
        QTRY_VERIFY(polled.size() >= 2);
        QList<SessionKey> still;
        for (const SessionKey &key : before) {
            if (m_window->tunnelModel()->rowForKey(key) >= 0)
                still.append(key);
        }
        QList<SessionKey> now = m_window->selectedKeys();
        std::sort(now.begin(), now.end(), [](const SessionKey &a, const SessionKey &b) {
            return a.serverId + a.address < b.serverId + b.address;
        });
        std::sort(still.begin(), still.end(), [](const SessionKey &a, const SessionKey &b) {
            return a.serverId + a.address < b.serverId + b.address;
        });
        QCOMPARE(now, still);
    }
}

void TestMainWindow::staleServerRowsAreMarked()
{
    m_sim->server(1)->setListening(false);
    m_servers->refresh({QStringLiteral("srv2")});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tunnelModel()->isServerStale(QStringLiteral("srv2")), 15000);
    // The rows stay, marked; the other server's rows are not.
    QCOMPARE(m_window->tunnelModel()->rowCount(), 2 * tunnelsPerServer);
    QVERIFY(!m_window->tunnelModel()->isServerStale(QStringLiteral("srv1")));
    const int row = m_window->serverModel()->rowForServer(QStringLiteral("srv2"));
    QVERIFY(!m_window->serverModel()
                     ->index(row)
                     .data(ServerListModel::ErrorTextRole)
                     .toString()
                     .isEmpty());
}

void TestMainWindow::columnLayoutIsRemembered()
{
    QHeaderView *header = m_window->tunnelView()->horizontalHeader();
    header->setSectionHidden(int(TunnelTableModel::Column::TunnelIPv6), true);
    header->moveSection(header->visualIndex(int(TunnelTableModel::Column::HostName)), 0);
    m_window->close();
    QVERIFY(m_settings->contains(QStringLiteral("window/tunnelHeader")));

    MainWindow second(m_servers.get(), m_settings.get(), MainWindow::Options{false, false});
    QHeaderView *restored = second.tunnelView()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(int(TunnelTableModel::Column::TunnelIPv6)));
    QCOMPARE(restored->logicalIndex(0), int(TunnelTableModel::Column::HostName));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
