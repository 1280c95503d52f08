#pragma once

#include "rras/serverprofile.h"
#include "rras/sessionkey.h"

#include <QList>
#include <QMainWindow>

class CredentialStore;
class DisconnectConfirmer;
class DisconnectController;
class HistoryController;
class HistoryStore;
class FilterBar;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class ServerListModel;
class ServerController;
class ServerPanel;
class ServerSet;
class TunnelFilterModel;
class TunnelTableModel;

// The console: the server panel, the live tunnel table with its filter bar, the actions on the
// selection and the status bar. Objects that outlive it (the server set, the settings) are passed
// in; the models and the disconnect flow are its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    struct Options
    {
        bool persistServers = true; // false in --demo: the demo's servers are not saved
        bool demo = false;
        HistoryStore *history = nullptr; // not owned; null: disconnects are not recorded
    };

    MainWindow(ServerSet *servers, QSettings *settings, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Servers saved in the settings (no secrets) are added to the set, each once its password
    // has been read from the keychain (asynchronously).
    void loadServers();

    TunnelTableModel *tunnelModel() const { return m_tunnels; }
    TunnelFilterModel *filterModel() const { return m_filter; }
    ServerListModel *serverModel() const { return m_serverList; }
    QTableView *tunnelView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    DisconnectController *disconnectController() const { return m_disconnect; }
    // Profiles, passwords, the server dialog, import/export and the certificate prompt.
    ServerController *serverController() const { return m_serverController; }
    QAction *importServersAction() const { return m_importServersAction; }
    QAction *exportServersAction() const { return m_exportServersAction; }
    // The History window, its action (Sessions > History…) and report export.
    HistoryController *historyController() const { return m_history; }
    QAction *historyAction() const;
    void setConfirmer(DisconnectConfirmer *confirmer);

    // The sessions selected in the table, as keys, in view order.
    QList<SessionKey> selectedKeys() const;
    // The selected rows as tab-separated text with a header row (the visible columns).
    QString selectionAsText() const;
    QString statusText() const; // the status bar's labels joined, for tests and screen readers

    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *disconnectByListAction() const { return m_disconnectByListAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyAddressesAction() const { return m_copyAddressesAction; }
    QAction *detailsAction() const { return m_detailsAction; }
    QAction *filterToUserAction() const { return m_filterUserAction; }
    QAction *filterToServerAction() const { return m_filterServerAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *addServerAction() const { return m_addServerAction; }
    QAction *editServerAction() const { return m_editServerAction; }
    QAction *removeServerAction() const { return m_removeServerAction; }
    QAction *clearFiltersAction() const { return m_clearFiltersAction; }
    // Keyboard navigation: F6 / Shift+F6 cycle the focus through the three areas (server list,
    // filter bar, session table); Ctrl+1, Ctrl+2, Ctrl+3 go to one; Shift+F10 (and the Menu key)
    // opens the table's context menu.
    QAction *focusServersAction() const { return m_focusServersAction; }
    QAction *focusFilterAction() const { return m_focusFilterAction; }
    QAction *focusSessionsAction() const { return m_focusSessionsAction; }
    QAction *nextAreaAction() const { return m_nextAreaAction; }
    QAction *previousAreaAction() const { return m_previousAreaAction; }
    QAction *contextMenuAction() const { return m_contextMenuAction; }
    QList<QAction *> allActions() const;

    // The context menu the table shows for the current selection (built fresh each time).
    QMenu *createContextMenu(QWidget *parent);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidgets();
    void createStatusBar();
    void connectServerSet();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void updateStatus();
    void scheduleStatus();
    void updateSelectionStatus();
    void announceSelection();
    void setFocusOrder();
    void cycleFocus(bool forward);
    void showContextMenuAt(const QPoint &viewportPos);
    void showContextMenuFromKeyboard();

    void disconnectSelected();
    void disconnectByList();
    void copySelection();
    void copyAddresses();
    void showDetails();
    void filterToUser();
    void filterToServer();
    void addServer();
    void editServer();
    void removeServer();
    void showColumnMenu(const QPoint &pos);

    ServerSet *m_servers;
    QSettings *m_settings;
    Options m_options;

    TunnelTableModel *m_tunnels;
    TunnelFilterModel *m_filter;
    ServerListModel *m_serverList;
    DisconnectController *m_disconnect;
    CredentialStore *m_credentials;
    ServerController *m_serverController;
    HistoryController *m_history;

    QSplitter *m_splitter = nullptr;
    ServerPanel *m_serverPanel = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_shownLabel = nullptr;
    QLabel *m_selectedLabel = nullptr;
    QLabel *m_serversLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QTimer *m_statusTimer = nullptr; // coalesces model-driven status updates (scheduleStatus)

    QAction *m_disconnectAction = nullptr;
    QAction *m_disconnectByListAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyAddressesAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_filterUserAction = nullptr;
    QAction *m_filterServerAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_addServerAction = nullptr;
    QAction *m_editServerAction = nullptr;
    QAction *m_removeServerAction = nullptr;
    QAction *m_importServersAction = nullptr;
    QAction *m_exportServersAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_focusServersAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QAction *m_focusSessionsAction = nullptr;
    QAction *m_nextAreaAction = nullptr;
    QAction *m_previousAreaAction = nullptr;
    QAction *m_contextMenuAction = nullptr;
};
