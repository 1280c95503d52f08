#include "filterbar.h"

#include "icons.h"
#include "serverlistmodel.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

FilterBar::FilterBar(TunnelFilterModel *filter, ServerListModel *servers, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_servers(servers)
{
    setObjectName(QStringLiteral("FilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter: user, tunnel IP, host, external address (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text filter"));
    m_text->setAccessibleDescription(
            tr("Shows the sessions whose user, tunnel address, host name or external address "
               "contains the text"));
    layout->addWidget(m_text, 3);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("serverFilter"));
    m_server->setAccessibleName(tr("Server filter"));
    m_server->setAccessibleDescription(tr("Shows the sessions of one server"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_server);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Tunnel type filter"));
    m_type->setAccessibleDescription(tr("Shows the sessions of one tunnel type"));
    m_type->addItem(tr("All tunnel types"));
    // The item data is the server's value (what the proxy filters on); the text is what the
    // table's Tunnel type column shows.
    for (const char *type : {"Sstp", "Ikev2", "L2tp", "Pptp", "Esp", "Unknown"}) {
        const QString raw = QString::fromLatin1(type);
        m_type->addItem(Icons::tunnelType(raw), TunnelTableModel::tunnelTypeText(raw), raw);
    }
    layout->addWidget(m_type);

    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->setAccessibleName(tr("Activity filter"));
    m_activity->setAccessibleDescription(tr("Shows active or idle sessions"));
    m_activity->addItem(tr("Any activity"), int(TunnelFilterModel::Activity::Any));
    m_activity->addItem(tr("Active"), int(TunnelFilterModel::Activity::Active));
    m_activity->addItem(tr("Idle"), int(TunnelFilterModel::Activity::Idle));
    layout->addWidget(m_activity);

    m_connection = new QComboBox(this);
    m_connection->setObjectName(QStringLiteral("connectionFilter"));
    m_connection->setAccessibleName(tr("Connection type filter"));
    m_connection->setAccessibleDescription(tr("Shows VPN or DirectAccess sessions"));
    m_connection->addItem(tr("VPN and DirectAccess"));
    m_connection->addItem(tr("VPN"), QStringLiteral("Vpn"));
    m_connection->addItem(tr("DirectAccess"), QStringLiteral("DirectAccess"));
    layout->addWidget(m_connection);

    m_addresses = new QLineEdit(this);
    m_addresses->setObjectName(QStringLiteral("addressFilter"));
    m_addresses->setPlaceholderText(tr("IP or CIDR, e.g. 10.1.0.0/16"));
    m_addresses->setClearButtonEnabled(true);
    m_addresses->setAccessibleName(tr("Address filter"));
    m_addresses->setAccessibleDescription(
            tr("Shows the sessions whose tunnel address is one of these addresses or in one of "
               "these ranges, separated by commas or spaces"));
    layout->addWidget(m_addresses, 2);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(Icons::action(u"clear-filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Clear every filter"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setAccessibleDescription(tr("Clear every filter"));
    layout->addWidget(m_clear);

    // Typing filters after a short pause, so 50,000 rows are not re-filtered per keystroke.
    auto *textTimer = new QTimer(this);
    textTimer->setSingleShot(true);
    textTimer->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, textTimer, qOverload<>(&QTimer::start));
    connect(textTimer, &QTimer::timeout, this, [this] { m_filter->setTextFilter(m_text->text()); });
    auto *addressTimer = new QTimer(this);
    addressTimer->setSingleShot(true);
    addressTimer->setInterval(300);
    connect(m_addresses, &QLineEdit::textChanged, addressTimer, qOverload<>(&QTimer::start));
    connect(addressTimer, &QTimer::timeout, this, &FilterBar::applyAddresses);
    connect(m_addresses, &QLineEdit::returnPressed, this, &FilterBar::applyAddresses);
    connect(m_text, &QLineEdit::returnPressed, this,
            [this] { m_filter->setTextFilter(m_text->text()); });

    connect(m_server, &QComboBox::currentIndexChanged, this, &FilterBar::applyServer);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_type->currentData().toString();
        m_filter->setTunnelTypeFilter(type.isEmpty() ? QSet<QString>{} : QSet<QString>{type});
    });
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setActivityFilter(TunnelFilterModel::Activity(m_activity->currentData().toInt()));
    });
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_connection->currentData().toString();
        m_filter->setConnectionTypeFilter(type.isEmpty() ? QSet<QString>{} : QSet<QString>{type});
    });
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    connect(servers, &QAbstractItemModel::rowsInserted, this, &FilterBar::rebuildServers);
    connect(servers, &QAbstractItemModel::rowsRemoved, this, &FilterBar::rebuildServers);
    connect(servers, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(ServerListModel::NameRole))
                    rebuildServers();
            });
    rebuildServers();
}

QList<QWidget *> FilterBar::focusChain() const
{
    return {m_text, m_server, m_type, m_activity, m_connection, m_addresses, m_clear};
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::setText(const QString &text)
{
    m_text->setText(text);
    m_filter->setTextFilter(text);
}

void FilterBar::setServer(const QString &serverId)
{
    const int index = m_server->findData(serverId);
    if (index >= 0)
        m_server->setCurrentIndex(index);
}

void FilterBar::clear()
{
    m_text->clear();
    m_addresses->clear();
    m_server->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_activity->setCurrentIndex(0);
    m_connection->setCurrentIndex(0);
    m_filter->clearFilters();
    m_addresses->setToolTip({});
    m_addresses->setStyleSheet({});
}

void FilterBar::rebuildServers()
{
    const QString current = m_server->currentData().toString();
    const QSignalBlocker blocker(m_server);
    m_server->clear();
    m_server->addItem(tr("All servers"));
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const QModelIndex index = m_servers->index(row);
        m_server->addItem(index.data(ServerListModel::NameRole).toString(),
                          index.data(ServerListModel::IdRole).toString());
    }
    const int index = current.isEmpty() ? 0 : m_server->findData(current);
    m_server->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyServer();
}

void FilterBar::applyServer()
{
    const QString id = m_server->currentData().toString();
    m_filter->setServerFilter(id.isEmpty() ? QSet<QString>{} : QSet<QString>{id});
}

void FilterBar::applyAddresses()
{
    const QStringList bad
            = m_filter->setAddressFilter(TunnelFilterModel::splitAddressList(m_addresses->text()));
    if (bad.isEmpty()) {
        m_addresses->setToolTip({});
        m_addresses->setStyleSheet({});
    } else {
        m_addresses->setToolTip(
                tr("Not an address or range: %1").arg(bad.join(QStringLiteral(", "))));
        m_addresses->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d32f2f; }"));
    }
}
