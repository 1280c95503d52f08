// The console without a mouse: moving between the areas, the context menu from the keyboard, a
// sane tab order, accessible names on every control, and the selection count announced.
#include "disconnect/confirmdisconnectdialog.h"
#include "disconnect/disconnectbylistdialog.h"
#include "disconnect/disconnectcontroller.h"
#include "disconnect/disconnectresultsdialog.h"
#include "filterbar.h"
#include "history/historyview.h"
#include "mainwindow.h"
#include "outcomemodel.h"
#include "rras/serverset.h"
#include "serverdialog.h"
#include "serverpanel.h"
#include "simfixture.h"
#include "store/historystore.h"
#include "tls/certificatedialog.h"
#include "translations.h"
#include "tunneldetailsdialog.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

namespace {
class ScriptedConfirmer final : public DisconnectConfirmer
{
public:
    QList<ConfirmRequest> requests;
    void confirm(const ConfirmRequest &request, QWidget *, Done done) override
    {
        requests.append(request);
        done(true, QStringLiteral("keyboard"));
    }
};

constexpr int tunnelsPerServer = 20;

using WidgetFactory = std::function<std::unique_ptr<QWidget>()>;

QMenu *openPopupMenu()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}
} // namespace

class TestMainWindowKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f6CyclesThroughTheAreas();
    void ctrlNumberGoesToAnArea();
    void tabWalksLeftToRightAndLeavesTheTable();
    void menuKeyOpensTheContextMenuOfTheSelection();
    void shiftF10OpensTheContextMenu();
    void disconnectWithTheKeyboardOnly();
    void everyControlHasAnAccessibleName();
    void dialogsNameEveryControl_data();
    void dialogsNameEveryControl();
    void selectionCountIsAnnounced();

private:
    void selectRows(int first, int count);
    QWidget *focus() const { return QApplication::focusWidget(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ServerSet> m_servers;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ScriptedConfirmer m_confirmer;
};

void TestMainWindowKeyboard::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestMainWindowKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SimConfig config;
    config.servers = 2;
    config.tunnels = tunnelsPerServer;
    config.seed = 99;
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
    m_confirmer = ScriptedConfirmer();
    m_window->setConfirmer(&m_confirmer);
    for (int i = 0; i < 2; ++i) {
        ServerProfile profile;
        profile.id = QStringLiteral("srv%1").arg(i + 1);
        profile.name = QStringLiteral("Server %1").arg(i + 1);
        profile.url = m_sim->url(i);
        profile.user = config.user;
        profile.allowUnencrypted = true;
        profile.pollIntervalMs = 60000;
        m_servers->addServer(profile, config.password);
    }
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(m_window->tunnelModel()->rowCount(), 2 * tunnelsPerServer);
}

void TestMainWindowKeyboard::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window.reset();
    m_servers.reset();
    m_nam.reset();
    m_sim.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindowKeyboard::selectRows(int first, int count)
{
    QTableView *view = m_window->tunnelView();
    view->clearSelection();
    const QModelIndex top = m_window->filterModel()->index(first, 0);
    const QModelIndex bottom = m_window->filterModel()->index(first + count - 1, 0);
    view->selectionModel()->select(QItemSelection(top, bottom),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(top, QItemSelectionModel::NoUpdate);
}

void TestMainWindowKeyboard::f6CyclesThroughTheAreas()
{
    QListView *servers = m_window->serverPanel()->view();
    QLineEdit *text = m_window->filterBar()->textEdit();
    QTableView *table = m_window->tunnelView();

    table->setFocus();
    QTRY_COMPARE(focus(), table);
    QTest::keyClick(focus(), Qt::Key_F6);
    QTRY_COMPARE(focus(), servers);
    QTest::keyClick(focus(), Qt::Key_F6);
    QTRY_COMPARE(focus(), text);
    // From any control of the filter bar, not only its text field.
    m_window->filterBar()->serverCombo()->setFocus();
    QTRY_COMPARE(focus(), m_window->filterBar()->serverCombo());
    QTest::keyClick(focus(), Qt::Key_F6);
    QTRY_COMPARE(focus(), table);

    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(focus(), text);
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(focus(), servers);
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(focus(), table);
}

void TestMainWindowKeyboard::ctrlNumberGoesToAnArea()
{
    m_window->tunnelView()->setFocus();
    QTRY_COMPARE(focus(), m_window->tunnelView());
    QTest::keyClick(focus(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(focus(), m_window->serverPanel()->view());
    QTest::keyClick(focus(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(focus(), m_window->filterBar()->textEdit());
    QTest::keyClick(focus(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(focus(), m_window->tunnelView());
    // The table has a current row once it has the focus, so arrow keys select at once.
    QVERIFY(m_window->tunnelView()->currentIndex().isValid());
}

void TestMainWindowKeyboard::tabWalksLeftToRightAndLeavesTheTable()
{
    // Select a server so that Edit and Remove are enabled and take part.
    QListView *servers = m_window->serverPanel()->view();
    servers->setFocus();
    servers->setCurrentIndex(servers->model()->index(0, 0));
    QTRY_COMPARE(focus(), servers);

    QList<QWidget *> expected{servers};
    expected += m_window->serverPanel()->buttons();
    expected += m_window->filterBar()->focusChain();
    expected.append(m_window->tunnelView());

    QList<QWidget *> visited{focus()};
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(focus(), Qt::Key_Tab);
        visited.append(focus());
    }
    QCOMPARE(visited, expected);
    // Tab leaves the table (it does not walk its cells) and comes round to the servers.
    QTest::keyClick(focus(), Qt::Key_Tab);
    QVERIFY(focus() != m_window->tunnelView());
    QTest::keyClick(focus(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focus(), m_window->tunnelView());
}

void TestMainWindowKeyboard::menuKeyOpensTheContextMenuOfTheSelection()
{
    selectRows(2, 3);
    QTableView *table = m_window->tunnelView();
    table->setFocus();
    QTRY_COMPARE(focus(), table);
    const QList<SessionKey> before = m_window->selectedKeys();

    // What the platform sends for the Menu key: a keyboard context menu event to the focus.
    const QPoint pos = table->visualRect(table->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, pos, table->mapToGlobal(pos));
    QApplication::sendEvent(table, &event);
    QTRY_VERIFY(openPopupMenu() != nullptr);
    QMenu *menu = openPopupMenu();
    QCOMPARE(menu->objectName(), QStringLiteral("tunnelContextMenu"));
    // The keyboard lands on the first entry, the disconnect of the three selected sessions.
    QCOMPARE(menu->activeAction(), m_window->disconnectAction());
    QVERIFY(m_window->disconnectAction()->isEnabled());
    QVERIFY(m_window->disconnectAction()->text().contains(QLatin1String("3")));
    // Opening it from the keyboard changes nothing in the selection.
    QCOMPARE(m_window->selectedKeys(), before);
    // It pops up beside the current row, inside the table.
    const QRect tableOnScreen(table->viewport()->mapToGlobal(QPoint(0, 0)),
                              table->viewport()->size());
    QVERIFY(tableOnScreen.contains(menu->pos()));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(openPopupMenu() == nullptr);
}

void TestMainWindowKeyboard::shiftF10OpensTheContextMenu()
{
    selectRows(0, 1);
    m_window->tunnelView()->setFocus();
    QTRY_COMPARE(focus(), m_window->tunnelView());
    QTest::keyClick(focus(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(openPopupMenu() != nullptr);
    QCOMPARE(openPopupMenu()->objectName(), QStringLiteral("tunnelContextMenu"));
    QTest::keyClick(openPopupMenu(), Qt::Key_Escape);
    QTRY_VERIFY(openPopupMenu() == nullptr);

    // Shift+F10 belongs to the table: in the filter text it opens nothing.
    m_window->filterBar()->textEdit()->setFocus();
    QTRY_COMPARE(focus(), m_window->filterBar()->textEdit());
    QTest::keyClick(focus(), Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY(openPopupMenu() == nullptr);
}

void TestMainWindowKeyboard::disconnectWithTheKeyboardOnly()
{
    // Ctrl+3 to the table, Down and Shift+Down to select two rows, the Menu key, Enter on the
    // first entry: two sessions disconnected.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(focus(), m_window->tunnelView());
    QTest::keyClick(focus(), Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(focus(), Qt::Key_Down, Qt::ShiftModifier);
    QTRY_COMPARE(m_window->selectedKeys().size(), 2);
    const QList<SessionKey> chosen = m_window->selectedKeys();

    QTest::keyClick(focus(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(openPopupMenu() != nullptr);
    QSignalSpy shown(m_window->disconnectController(), &DisconnectController::resultsShown);
    QTest::keyClick(openPopupMenu(), Qt::Key_Return);
    QCOMPARE(m_confirmer.requests.size(), 1);
    QCOMPARE(m_confirmer.requests.first().keys, chosen);
    QVERIFY(shown.wait(10000));
    for (const SessionKey &key : chosen)
        QTRY_COMPARE(m_window->tunnelModel()->rowForKey(key), -1);
}

void TestMainWindowKeyboard::everyControlHasAnAccessibleName()
{
    // Every widget the keyboard can reach says what it is.
    int checked = 0;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name);
        const QByteArray what = widget->metaObject()->className() + QByteArray(" ")
                + widget->objectName().toUtf8();
        QVERIFY2(!name.trimmed().isEmpty(), what.constData());
        ++checked;
    }
    QVERIFY(checked >= 10);
    // The inputs explain themselves too.
    for (QWidget *input : m_window->filterBar()->focusChain())
        QVERIFY2(!input->accessibleDescription().isEmpty(), input->objectName().toUtf8());
    QVERIFY(!m_window->serverPanel()->view()->accessibleDescription().isEmpty());
}

void TestMainWindowKeyboard::dialogsNameEveryControl_data()
{
    // The factories run in the test function, after init() has made the window.
    QTest::addColumn<WidgetFactory>("factory");

    QTest::newRow("confirm") << WidgetFactory([this] {
        const SessionKey key = m_window->tunnelModel()->keyForRow(0);
        ConfirmRequest request;
        request.keys = QList<SessionKey>(30, key); // above the threshold: the typed count too
        request.users = {QStringLiteral("CORP\\alice")};
        request.servers = {QStringLiteral("Server 1")};
        request.warnings = {QStringLiteral("A warning")};
        return std::make_unique<ConfirmDisconnectDialog>(request);
    });
    QTest::newRow("disconnect by list") << WidgetFactory([] {
        return std::make_unique<DisconnectByListDialog>(
                [] { return QList<AddressListMatcher::Session>(); });
    });
    QTest::newRow("results") << WidgetFactory([this] {
        auto *model = new OutcomeModel(m_window.get());
        return std::make_unique<DisconnectResultsDialog>(model);
    });
    QTest::newRow("details") << WidgetFactory([this] {
        return std::make_unique<TunnelDetailsDialog>(QStringLiteral("Server 1"),
                                                     m_window->tunnelModel()->tunnel(0));
    });
    QTest::newRow("server") << WidgetFactory([this] {
        ServerProfile profile;
        profile.id = QStringLiteral("new");
        return std::make_unique<ServerDialog>(profile, m_nam.get());
    });
    QTest::newRow("certificate") << WidgetFactory([] {
        return std::make_unique<CertificateDialog>(
                CertificateDialog::Mode::Changed, QStringLiteral("Server 1"),
                QUrl(QStringLiteral("https://rras1:5986/wsman")), QList<QSslCertificate>(),
                QByteArray(32, 'a'), QStringLiteral("The certificate changed"),
                QByteArray(32, 'b'));
    });
    QTest::newRow("history") << WidgetFactory([this] {
        auto *store = new HistoryStore(m_window.get());
        store->open(m_dir->filePath(QStringLiteral("history")));
        return std::make_unique<HistoryView>(store);
    });
}

void TestMainWindowKeyboard::dialogsNameEveryControl()
{
    QFETCH(WidgetFactory, factory);
    const std::unique_ptr<QWidget> dialog = factory();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    int checked = 0;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A spin box's or an editable combo box's own line edit: the box is what a screen reader
        // names.
        QWidget *named = widget;
        if (qobject_cast<QAbstractSpinBox *>(named->parentWidget())
            || qobject_cast<QComboBox *>(named->parentWidget()))
            named = named->parentWidget();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(named);
        QVERIFY(iface);
        const QByteArray what
                = named->metaObject()->className() + QByteArray(" ") + named->objectName().toUtf8();
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), what.constData());
        ++checked;
    }
    QVERIFY(checked >= 1);
}

void TestMainWindowKeyboard::selectionCountIsAnnounced()
{
    QTableView *table = m_window->tunnelView();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Sessions"));
    selectRows(0, 3);
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("3 sessions selected"));
    selectRows(4, 1);
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("1 session selected"));
    table->clearSelection();
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("0 sessions selected"));
}

QTEST_MAIN(TestMainWindowKeyboard)
#include "tst_mainwindowkeyboard.moc"
