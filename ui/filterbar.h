#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class ServerListModel;
class TunnelFilterModel;

// The filters of TunnelFilterModel as a bar above the table: text, server, tunnel type,
// activity, connection type and an address/CIDR list.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    FilterBar(TunnelFilterModel *filter, ServerListModel *servers, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *addressEdit() const { return m_addresses; }
    QComboBox *serverCombo() const { return m_server; }

    QToolButton *clearButton() const { return m_clear; }
    QList<QWidget *> focusChain() const; // the filters in tab order

    void focusText(); // Ctrl+F
    void setText(const QString &text);
    void setServer(const QString &serverId);
    void clear();

private:
    void rebuildServers();
    void applyServer();
    void applyAddresses();

    TunnelFilterModel *m_filter;
    ServerListModel *m_servers;
    QLineEdit *m_text;
    QComboBox *m_server;
    QComboBox *m_type;
    QComboBox *m_activity;
    QComboBox *m_connection;
    QLineEdit *m_addresses;
    QToolButton *m_clear;
};
