#include "mainwindow.h"

#include "auth/credentialstore.h"
#include "disconnect/addresslistmatcher.h"
#include "disconnect/disconnectbylistdialog.h"
#include "disconnect/disconnectcontroller.h"
#include "filterbar.h"
#include "history/historycontroller.h"
#include "icons.h"
#include "rras/serverconnection.h"
#include "rras/serverset.h"
#include "servercontroller.h"
#include "serverdialog.h"
#include "serverlistmodel.h"
#include "serverpanel.h"
#include "tunneldetailsdialog.h"
#include "tunnelfiltermodel.h"
#include "tunnelitemdelegate.h"
#include "tunneltablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace {
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}
} // namespace

MainWindow::MainWindow(ServerSet *servers, QSettings *settings, Options options, QWidget *parent)
    : QMainWindow(parent),
      m_servers(servers),
      m_settings(settings),
      m_options(options),
      m_tunnels(new TunnelTableModel(this)),
      m_filter(new TunnelFilterModel(this)),
      m_serverList(new ServerListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(options.demo ? tr("RRAS Console — Demo") : tr("RRAS Console"));
    m_filter->setSourceModel(m_tunnels);
    m_disconnect = new DisconnectController(servers, m_tunnels, this, this);
    m_disconnect->setHistoryStore(options.history);
    m_history = new HistoryController(options.history, m_disconnect, this);
    m_disconnect->setTypedConfirmationThreshold(
            m_settings->value(QStringLiteral("disconnect/confirmThreshold"), 20).toInt());
    m_credentials = new CredentialStore(QStringLiteral("rras-console"), this);
    m_serverController = new ServerController(servers, settings, m_credentials, this,
                                              options.persistServers, this);
    connect(m_serverController, &ServerController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 20000); });
    m_importServersAction = new QAction(Icons::action(u"import"), tr("&Import Servers…"), this);
    m_importServersAction->setObjectName(QStringLiteral("importServersAction"));
    m_importServersAction->setToolTip(tr("Add the servers of a JSON server list"));
    connect(m_importServersAction, &QAction::triggered, m_serverController,
            &ServerController::importServers);
    m_exportServersAction = new QAction(Icons::action(u"export"), tr("E&xport Servers…"), this);
    m_exportServersAction->setObjectName(QStringLiteral("exportServersAction"));
    m_exportServersAction->setToolTip(tr("Save the server list as JSON, without passwords"));
    connect(m_exportServersAction, &QAction::triggered, m_serverController,
            &ServerController::exportServers);

    createActions();
    createCentralWidgets();
    createMenus();
    createStatusBar();
    connectServerSet();
    restoreLayout();
    updateActions();
    updateStatus();
    announceSelection();
}

MainWindow::~MainWindow()
{
    // The models are children and go after this destructor has run; what they emit on the way
    // (the proxy resets when its source goes) must not reach this window's slots.
    for (QObject *model : {static_cast<QObject *>(m_filter), static_cast<QObject *>(m_tunnels),
                           static_cast<QObject *>(m_serverList)})
        disconnect(model, nullptr, this, nullptr);
    if (m_view)
        disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

QAction *MainWindow::historyAction() const
{
    return m_history->historyAction();
}

void MainWindow::setConfirmer(DisconnectConfirmer *confirmer)
{
    m_disconnect->setConfirmer(confirmer);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QIcon &icon, const QString &objectName) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(objectName);
        return action;
    };

    // Shortcuts that also mean something in a text field (Del, Ctrl+A, Ctrl+C, Enter) belong to
    // the table only; F5 and Ctrl+F work anywhere in the window.
    m_disconnectAction = make(tr("&Disconnect Sessions…"), Icons::action(u"disconnect"),
                              QStringLiteral("disconnectAction"));
    m_disconnectAction->setShortcut(QKeySequence::Delete);
    m_disconnectAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectSelected);

    m_disconnectByListAction = make(tr("Disconnect by &List…"), Icons::action(u"disconnect-list"),
                                    QStringLiteral("disconnectByListAction"));
    m_disconnectByListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_disconnectByListAction, &QAction::triggered, this, &MainWindow::disconnectByList);

    m_refreshAction
            = make(tr("&Refresh"), Icons::action(u"refresh"), QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_servers, &ServerSet::refreshAll);

    m_selectAllAction = make(tr("Select &All"), Icons::action(u"select-all"),
                             QStringLiteral("selectAllAction"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, this, [this] { m_view->selectAll(); });

    m_copyAction = make(tr("&Copy"), Icons::action(u"copy"), QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_copyAddressesAction = make(tr("Copy &Host IPs"), Icons::action(u"copy-ips"),
                                 QStringLiteral("copyAddressesAction"));
    m_copyAddressesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAddressesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAddressesAction, &QAction::triggered, this, &MainWindow::copyAddresses);

    m_detailsAction
            = make(tr("Show &Details"), Icons::action(u"details"), QStringLiteral("detailsAction"));
    m_detailsAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_detailsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::showDetails);

    m_filterUserAction = make(tr("Filter to This &User"), Icons::action(u"filter-user"),
                              QStringLiteral("filterUserAction"));
    connect(m_filterUserAction, &QAction::triggered, this, &MainWindow::filterToUser);
    m_filterServerAction = make(tr("Filter to This &Server"), Icons::action(u"filter-server"),
                                QStringLiteral("filterServerAction"));
    connect(m_filterServerAction, &QAction::triggered, this, &MainWindow::filterToServer);

    m_findAction = make(tr("&Find…"), Icons::action(u"find"), QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusText(); });

    m_clearFiltersAction = make(tr("C&lear Filters"), Icons::action(u"clear-filters"),
                                QStringLiteral("clearFiltersAction"));
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] { m_filterBar->clear(); });

    m_addServerAction = make(tr("&Add Server…"), Icons::action(u"server-add"),
                             QStringLiteral("addServerAction"));
    m_addServerAction->setShortcut(QKeySequence::New);
    connect(m_addServerAction, &QAction::triggered, this, &MainWindow::addServer);
    m_editServerAction = make(tr("&Edit Server…"), Icons::action(u"server-edit"),
                              QStringLiteral("editServerAction"));
    connect(m_editServerAction, &QAction::triggered, this, &MainWindow::editServer);
    m_removeServerAction = make(tr("&Remove Server"), Icons::action(u"server-remove"),
                                QStringLiteral("removeServerAction"));
    connect(m_removeServerAction, &QAction::triggered, this, &MainWindow::removeServer);

    m_quitAction = make(tr("&Quit"), Icons::action(u"quit"), QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = make(tr("&About RRAS Console"), Icons::action(u"about"),
                         QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About RRAS Console"),
                           tr("<p><b>RRAS Console</b> %1</p><p>Live VPN sessions of Windows RRAS "
                              "servers, disconnected safely by tunnel address.</p>")
                                   .arg(QApplication::applicationVersion()));
    });

    m_focusServersAction = make(tr("Go to &Servers"), Icons::action(u"focus-servers"),
                                QStringLiteral("focusServersAction"));
    m_focusServersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusServersAction, &QAction::triggered, this,
            [this] { m_serverPanel->view()->setFocus(Qt::ShortcutFocusReason); });
    m_focusFilterAction = make(tr("Go to &Filter"), Icons::action(u"focus-filter"),
                               QStringLiteral("focusFilterAction"));
    m_focusFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusFilterAction, &QAction::triggered, this, [this] { m_filterBar->focusText(); });
    m_focusSessionsAction = make(tr("Go to Sessio&ns"), Icons::action(u"focus-sessions"),
                                 QStringLiteral("focusSessionsAction"));
    m_focusSessionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_focusSessionsAction, &QAction::triggered, this,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    m_nextAreaAction
            = make(tr("Ne&xt Area"), Icons::action(u"next-area"), QStringLiteral("nextAreaAction"));
    m_nextAreaAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextAreaAction, &QAction::triggered, this, [this] { cycleFocus(true); });
    m_previousAreaAction = make(tr("Pre&vious Area"), Icons::action(u"previous-area"),
                                QStringLiteral("previousAreaAction"));
    m_previousAreaAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousAreaAction, &QAction::triggered, this, [this] { cycleFocus(false); });

    // The Menu key arrives as a keyboard context menu event (see eventFilter); Shift+F10 is the
    // other key people expect to open it.
    m_contextMenuAction = make(tr("Session &Menu"), Icons::action(u"context-menu"),
                               QStringLiteral("contextMenuAction"));
    m_contextMenuAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    m_contextMenuAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_contextMenuAction, &QAction::triggered, this,
            &MainWindow::showContextMenuFromKeyboard);

    // Status tips say what an action does (in the status bar); tooltips add its shortcut.
    const QList<std::pair<QAction *, QString>> tips{
            {m_disconnectAction, tr("Disconnect the selected sessions by their tunnel address")},
            {m_disconnectByListAction,
             tr("Paste tunnel addresses and ranges, preview the matching sessions, then "
                "disconnect them")},
            {m_refreshAction, tr("Ask every server for its sessions now")},
            {m_selectAllAction, tr("Select every session the filters show")},
            {m_copyAction, tr("Copy the selected rows as tab-separated text")},
            {m_copyAddressesAction,
             tr("Copy the tunnel addresses of the selected sessions, one per line")},
            {m_detailsAction, tr("Show every field of the current session")},
            {m_filterUserAction, tr("Show only the sessions of the selected session's user")},
            {m_filterServerAction, tr("Show only the sessions of the selected session's server")},
            {m_findAction, tr("Filter by user, tunnel address, host name or external address")},
            {m_clearFiltersAction, tr("Show every session again")},
            {m_addServerAction, tr("Watch another RRAS server")},
            {m_editServerAction, tr("Change how the selected server is reached")},
            {m_removeServerAction, tr("Stop watching the selected server")},
            {m_quitAction, tr("Close the console")},
            {m_aboutAction, tr("Version and purpose of RRAS Console")},
            {m_focusServersAction, tr("Move the keyboard focus to the server list")},
            {m_focusFilterAction, tr("Move the keyboard focus to the filter bar")},
            {m_focusSessionsAction, tr("Move the keyboard focus to the session table")},
            {m_nextAreaAction, tr("Move the keyboard focus to the next area of the window")},
            {m_previousAreaAction,
             tr("Move the keyboard focus to the previous area of the window")},
            {m_contextMenuAction, tr("Open the menu of the selected sessions")},
            {m_importServersAction, tr("Add the servers of a JSON server list")},
            {m_exportServersAction, tr("Save the server list as JSON, without passwords")},
            {historyAction(), tr("Every disconnect, with its sessions and outcomes")},
    };
    for (const auto &[action, tip] : tips) {
        action->setStatusTip(tip);
        const QKeySequence key = action->shortcut();
        action->setToolTip(key.isEmpty()
                                   ? tip
                                   : tr("%1 (%2)", "tooltip: what the action does (its shortcut)")
                                             .arg(tip, key.toString(QKeySequence::NativeText)));
    }
}

QList<QAction *> MainWindow::allActions() const
{
    return {m_disconnectAction,    m_disconnectByListAction,
            m_refreshAction,       m_selectAllAction,
            m_copyAction,          m_copyAddressesAction,
            m_detailsAction,       m_filterUserAction,
            m_filterServerAction,  m_findAction,
            m_clearFiltersAction,  m_addServerAction,
            m_editServerAction,    m_removeServerAction,
            m_quitAction,          m_aboutAction,
            m_focusServersAction,  m_focusFilterAction,
            m_focusSessionsAction, m_nextAreaAction,
            m_previousAreaAction,  m_contextMenuAction,
            m_importServersAction, m_exportServersAction,
            historyAction()};
}

void MainWindow::createCentralWidgets()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_serverPanel = new ServerPanel(m_serverList, m_splitter);
    m_serverPanel->addActions(m_addServerAction, m_editServerAction, m_removeServerAction);
    connect(m_serverPanel, &ServerPanel::currentServerChanged, this, &MainWindow::updateActions);
    connect(m_serverPanel, &ServerPanel::serverActivated, this,
            [this](const QString &id) { m_filterBar->setServer(id); });

    auto *right = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new FilterBar(m_filter, m_serverList, right);
    layout->addWidget(m_filterBar);

    m_view = new QTableView(right);
    m_view->setObjectName(QStringLiteral("tunnelView"));
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setToolTip({});
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new TunnelItemDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(TunnelTableModel::Column::Server), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are selected whole: Tab leaves the table instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    // 50,000 rows: a column must never size itself to its contents on every change
    // (ResizeToContents measures every row each time), and the one fit after the first rows
    // (restoreLayout) measures a sample, not the whole table. Rows all have the font's height
    // (the vertical header is Fixed above), so the view never asks a row its size.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(200);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    for (QAction *action : {m_disconnectAction, m_selectAllAction, m_copyAction,
                            m_copyAddressesAction, m_detailsAction})
        m_view->addAction(action);
    m_view->addAction(m_contextMenuAction);
    connect(m_view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenuAt);
    // Keyboard context menu events (the Menu key) reach the view itself, not its viewport.
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateSelectionStatus();
        announceSelection();
    });
    layout->addWidget(m_view, 1);

    m_splitter->addWidget(m_serverPanel);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1000});
    setCentralWidget(m_splitter);
    setFocusOrder();

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_filter),
                                      static_cast<QAbstractItemModel *>(m_serverList)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleStatus);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleStatus);
    }
    connect(m_serverList, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleStatus);
    connect(m_disconnect, &DisconnectController::runningChanged, this, &MainWindow::updateActions);
    connect(m_disconnect, &DisconnectController::progress, this, [this](int settled, int total) {
        m_progressLabel->setText(
                settled < total ? tr("Disconnecting: %1 of %n session(s) settled", nullptr, total)
                                          .arg(settled)
                                : QString());
        m_progressLabel->setVisible(settled < total);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addServerAction);
    file->addAction(m_editServerAction);
    file->addAction(m_removeServerAction);
    file->addSeparator();
    file->addAction(m_importServersAction);
    file->addAction(m_exportServersAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_copyAddressesAction);
    edit->addAction(m_selectAllAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);

    QMenu *sessions = menuBar()->addMenu(tr("&Sessions"));
    sessions->addAction(m_disconnectAction);
    sessions->addAction(m_disconnectByListAction);
    sessions->addAction(m_history->historyAction());
    sessions->addSeparator();
    sessions->addAction(m_detailsAction);
    sessions->addAction(m_filterUserAction);
    sessions->addAction(m_filterServerAction);
    sessions->addSeparator();
    sessions->addAction(m_contextMenuAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    QMenu *go = view->addMenu(tr("&Go To"));
    go->addAction(m_focusServersAction);
    go->addAction(m_focusFilterAction);
    go->addAction(m_focusSessionsAction);
    go->addSeparator();
    go->addAction(m_nextAreaAction);
    go->addAction(m_previousAreaAction);
    QMenu *columns = view->addMenu(tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        QHeaderView *header = m_view->horizontalHeader();
        for (int c = 0; c < m_filter->columnCount(); ++c) {
            QAction *a = columns->addAction(m_filter->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, this,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_disconnectAction);
    toolbar->addAction(m_disconnectByListAction);
    toolbar->addSeparator();
    toolbar->addAction(m_findAction);
    toolbar->addAction(m_addServerAction);
}

QMenu *MainWindow::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("tunnelContextMenu"));
    menu->addAction(m_disconnectAction);
    menu->addAction(m_copyAddressesAction);
    menu->addAction(m_detailsAction);
    menu->addSeparator();
    menu->addAction(m_filterUserAction);
    menu->addAction(m_filterServerAction);
    menu->addSeparator();
    menu->addAction(m_copyAction);
    return menu;
}

void MainWindow::showContextMenuAt(const QPoint &viewportPos)
{
    // A right-click on a row outside the selection acts on that row alone, as file managers do.
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row())) {
        m_view->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(viewportPos));
}

void MainWindow::showContextMenuFromKeyboard()
{
    // From the keyboard the selection stays as it is; the menu opens at the current row when
    // it is selected, else at the first selected row, else at the table's top left corner.
    QModelIndex anchor = m_view->currentIndex();
    if (!anchor.isValid() || !m_view->selectionModel()->isRowSelected(anchor.row())) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        anchor = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    QPoint pos(0, 0);
    if (anchor.isValid()) {
        m_view->scrollTo(anchor);
        const QRect rect = m_view->visualRect(anchor);
        const QSize area = m_view->viewport()->size();
        pos = QPoint(qBound(0, rect.left(), area.width() - 1),
                     qBound(0, rect.bottom(), area.height() - 1));
    }
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
    // Keyboard users land on the first enabled entry.
    for (QAction *action : menu->actions()) {
        if (action->isEnabled() && !action->isSeparator()) {
            menu->setActiveAction(action);
            break;
        }
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        showContextMenuFromKeyboard();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setFocusOrder()
{
    // Tab walks the window left to right: servers and their buttons, the filters, the table.
    QList<QWidget *> chain{m_serverPanel->view()};
    chain += m_serverPanel->buttons();
    chain += m_filterBar->focusChain();
    chain.append(m_view);
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void MainWindow::cycleFocus(bool forward)
{
    const QList<QWidget *> areas{m_serverPanel, m_filterBar, static_cast<QWidget *>(m_view)};
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (focus && (focus == areas.at(i) || areas.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype count = areas.size();
    const qsizetype next = current < 0 ? (forward ? 0 : count - 1)
                                       : (current + (forward ? 1 : count - 1)) % count;
    switch (next) {
    case 0:
        m_focusServersAction->trigger();
        break;
    case 1:
        m_focusFilterAction->trigger();
        break;
    default:
        m_focusSessionsAction->trigger();
        break;
    }
}

void MainWindow::createStatusBar()
{
    auto make = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addWidget(m_progressLabel, 1);
    m_progressLabel->hide();
    m_progressLabel->setAccessibleName(tr("Disconnect progress"));
    m_shownLabel = make(QStringLiteral("shownLabel"));
    m_shownLabel->setAccessibleName(tr("Sessions shown"));
    m_selectedLabel = make(QStringLiteral("selectedLabel"));
    m_selectedLabel->setAccessibleName(tr("Sessions selected"));
    m_serversLabel = make(QStringLiteral("serversLabel"));
    m_serversLabel->setAccessibleName(tr("Servers live"));
    m_refreshLabel = make(QStringLiteral("refreshLabel"));
    m_refreshLabel->setAccessibleName(tr("Last refresh"));
}

void MainWindow::connectServerSet()
{
    auto add = [this](const QString &id) {
        const ServerProfile profile = m_servers->profile(id);
        m_serverList->addServer(id, profile.name, profile.url);
        m_tunnels->setServerName(id, profile.name);
        m_serverPanel->setUnencrypted(id, isProfileUnencrypted(profile));
        if (ServerPoller *poller = m_servers->poller(id))
            m_serverList->attachPoller(poller);
    };
    connect(m_servers, &ServerSet::serverAdded, this, add);
    connect(m_servers, &ServerSet::serverRemoved, this, [this](const QString &id) {
        m_serverList->removeServer(id);
        m_tunnels->removeServer(id);
    });
    connect(m_servers, &ServerSet::snapshotReady, m_tunnels, &TunnelTableModel::applySnapshot);
    connect(m_servers, &ServerSet::stateChanged, this,
            [this](const QString &id, ServerPoller::State state) {
                const bool failing = state == ServerPoller::State::Stale
                        || state == ServerPoller::State::AuthFailed
                        || state == ServerPoller::State::Unreachable;
                m_tunnels->setServerStale(id, failing);
            });
    for (const QString &id : m_servers->ids())
        add(id);
}

void MainWindow::loadServers()
{
    m_serverController->loadServers();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    const QByteArray header
            = m_settings->value(QStringLiteral("window/tunnelHeader")).toByteArray();
    if (!header.isEmpty()) {
        m_view->horizontalHeader()->restoreState(header);
        return;
    }
    resize(1280, 760);
    // No saved layout: fit the columns to the first rows that arrive, once. A single-shot
    // connection, since many servers' first snapshots arrive in one event-loop turn: a receiver
    // deleted later still heard them all and fitted the columns once per server (10 ms each).
    connect(
            m_filter, &QAbstractItemModel::rowsInserted, this,
            [this] {
                QTimer::singleShot(0, this, [this] {
                    m_view->resizeColumnsToContents();
                    QHeaderView *h = m_view->horizontalHeader();
                    for (int c = 0; c < h->count(); ++c)
                        h->resizeSection(c, qMin(h->sectionSize(c), 260));
                });
            },
            Qt::SingleShotConnection);
}

void MainWindow::saveLayout()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/tunnelHeader"),
                         m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_settings->sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Like Bitcoin Core's peer table: no polling while nobody can see the table.
    if (event->type() == QEvent::WindowStateChange)
        m_servers->setPaused(isMinimized());
    QMainWindow::changeEvent(event);
}

QList<SessionKey> MainWindow::selectedKeys() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<SessionKey> keys;
    keys.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        keys.append(m_tunnels->keyForRow(m_filter->mapToSource(index).row()));
    return keys;
}

QString MainWindow::selectionAsText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns; // visual order, visible only
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList cells;
    for (int c : columns)
        cells.append(oneLine(m_filter->headerData(c, Qt::Horizontal).toString()));
    lines.append(cells.join(QLatin1Char('\t')));
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int c : columns)
            cells.append(oneLine(m_filter->index(row.row(), c).data().toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MainWindow::statusText() const
{
    return QStringList{m_shownLabel->text(), m_selectedLabel->text(), m_serversLabel->text(),
                       m_refreshLabel->text()}
            .join(QStringLiteral(" | "));
}

void MainWindow::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const bool running = m_disconnect->isRunning();
    m_disconnectAction->setEnabled(selected > 0 && !running);
    m_disconnectAction->setText(selected > 0 ? tr("&Disconnect %n Session(s)…", nullptr, selected)
                                             : tr("&Disconnect Sessions…"));
    m_disconnectByListAction->setEnabled(!running);
    m_copyAction->setEnabled(selected > 0);
    m_copyAddressesAction->setEnabled(selected > 0);
    m_detailsAction->setEnabled(m_view->selectionModel()->currentIndex().isValid() || selected > 0);
    m_filterUserAction->setEnabled(selected > 0);
    m_filterServerAction->setEnabled(selected > 0);
    const bool haveServer = !m_serverPanel->currentServerId().isEmpty();
    m_editServerAction->setEnabled(haveServer && !m_options.demo);
    m_removeServerAction->setEnabled(haveServer);
}

void MainWindow::scheduleStatus()
{
    // One snapshot sends rowsRemoved, rowsInserted, layoutChanged (the re-sort) and the server
    // list's dataChanged in one go, and 20 servers do so every poll interval: the status bar is
    // brought up to date once per event-loop pass, not once per signal.
    if (!m_statusTimer) {
        m_statusTimer = new QTimer(this);
        m_statusTimer->setSingleShot(true);
        m_statusTimer->setInterval(0);
        connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    }
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void MainWindow::updateSelectionStatus()
{
    // At once: what the user just selected is what the next action acts on.
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_selectedLabel->setText(tr("%n selected", nullptr, selected));
}

void MainWindow::updateStatus()
{
    if (m_statusTimer)
        m_statusTimer->stop();
    const int total = m_tunnels->rowCount();
    const int shown = m_filter->rowCount();
    m_shownLabel->setText(tr("%1 of %n tunnel(s) shown", nullptr, total).arg(shown));
    updateSelectionStatus();
    int live = 0;
    QDateTime last;
    for (int row = 0; row < m_serverList->rowCount(); ++row) {
        const QModelIndex index = m_serverList->index(row);
        const auto state = index.data(ServerListModel::StateRole).value<ServerPoller::State>();
        if (state == ServerPoller::State::Live || state == ServerPoller::State::Refreshing)
            ++live;
        const QDateTime t = index.data(ServerListModel::LastRefreshRole).toDateTime();
        if (t.isValid() && (!last.isValid() || t > last))
            last = t;
    }
    m_serversLabel->setText(
            tr("%1 of %n server(s) live", nullptr, m_serverList->rowCount()).arg(live));
    m_refreshLabel->setText(last.isValid()
                                    ? tr("Last refresh %1")
                                              .arg(QLocale().toString(last.toLocalTime().time(),
                                                                      QLocale::LongFormat))
                                    : tr("Not refreshed yet"));
}

void MainWindow::announceSelection()
{
    // Screen readers hear the table's description change ("3 sessions selected"). Only the
    // selection changes it: polls that change the row count every few seconds must not chatter.
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_view->setAccessibleDescription(
            tr("%n session(s) selected", "table description for screen readers", selected));
}

void MainWindow::disconnectSelected()
{
    m_disconnect->disconnectSessions(selectedKeys());
}

void MainWindow::disconnectByList()
{
    auto *dialog = new DisconnectByListDialog(
            [this] {
                QList<AddressListMatcher::Session> sessions;
                sessions.reserve(m_tunnels->rowCount());
                for (int row = 0; row < m_tunnels->rowCount(); ++row) {
                    const SessionKey key = m_tunnels->keyForRow(row);
                    sessions.append(
                            {key, m_tunnels->serverName(key.serverId), m_tunnels->tunnel(row)});
                }
                return sessions;
            },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The preview's keys, captured when Continue was pressed.
        m_disconnect->disconnectSessions(dialog->matchedKeys());
    });
    dialog->open();
}

void MainWindow::copySelection()
{
    if (!m_view->selectionModel()->hasSelection())
        return;
    QApplication::clipboard()->setText(selectionAsText());
}

void MainWindow::copyAddresses()
{
    QStringList addresses;
    for (const SessionKey &key : selectedKeys())
        addresses.append(key.address);
    if (!addresses.isEmpty())
        QApplication::clipboard()->setText(addresses.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void MainWindow::showDetails()
{
    QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row())) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        index = rows.first();
    }
    const int row = m_filter->mapToSource(index).row();
    if (row < 0)
        return;
    const SessionKey key = m_tunnels->keyForRow(row);
    auto *dialog = new TunnelDetailsDialog(m_tunnels->serverName(key.serverId),
                                           m_tunnels->tunnel(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::filterToUser()
{
    const QList<SessionKey> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    const int row = m_tunnels->rowForKey(keys.first());
    if (row < 0)
        return;
    const QStringList users = m_tunnels->tunnel(row).userName;
    if (!users.isEmpty())
        m_filterBar->setText(users.first());
}

void MainWindow::filterToServer()
{
    const QList<SessionKey> keys = selectedKeys();
    if (!keys.isEmpty())
        m_filterBar->setServer(keys.first().serverId);
}

void MainWindow::addServer()
{
    m_serverController->addServer();
}

void MainWindow::editServer()
{
    const QString id = m_serverPanel->currentServerId();
    if (!id.isEmpty())
        m_serverController->editServer(id);
}

void MainWindow::removeServer()
{
    const QString id = m_serverPanel->currentServerId();
    if (id.isEmpty())
        return;
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Remove server"),
            tr("Stop watching %1 and remove it from the list?").arg(m_servers->profile(id).name),
            QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(remove)) {
            m_serverController->removeServer(id);
        }
    });
    box->open();
}

void MainWindow::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    int visible = 0;
    for (int c = 0; c < header->count(); ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < m_filter->columnCount(); ++c) {
        QAction *a = menu->addAction(m_filter->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The last visible column cannot be hidden.
        a->setEnabled(header->isSectionHidden(c) || visible > 1);
        connect(a, &QAction::toggled, this,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu->popup(header->mapToGlobal(pos));
}
