#pragma once

#include <QSet>
#include <QWidget>

class QListView;
class QModelIndex;
class QToolButton;
class ServerListModel;

// The servers the console watches: name, state icon, tunnel count and last refresh for each,
// the error as a tooltip, with add/edit/remove.
class ServerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPanel)
public:
    explicit ServerPanel(ServerListModel *servers, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QString currentServerId() const;
    void addActions(QAction *add, QAction *edit, QAction *remove);
    // Marks a server whose traffic is readable on the network (Basic over plain HTTP, which the
    // user allowed for it).
    void setUnencrypted(const QString &id, bool unencrypted);
    bool isUnencrypted(const QString &id) const;
    // The two lines shown for a server: name; state, tunnels, marker, last refresh.
    QString itemText(const QModelIndex &index) const;
    QList<QWidget *> buttons() const; // in tab order

Q_SIGNALS:
    void currentServerChanged(const QString &id);
    void serverActivated(const QString &id);

private:
    ServerListModel *m_servers;
    QListView *m_view;
    QSet<QString> m_unencrypted;
    QList<QWidget *> m_buttons;
};
