#include "serverpanel.h"

#include "icons.h"
#include "itempainter.h"
#include "serverlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Two lines per server: its name, then state, tunnel count and last refresh.
class ServerItemDelegate final : public QStyledItemDelegate
{
public:
    // The panel composes the text (it knows which servers are unencrypted) and outlives its
    // view's delegate.
    ServerItemDelegate(const ServerPanel *panel, QObject *parent)
        : QStyledItemDelegate(parent), m_panel(panel)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = index.data(ServerListModel::StateRole).value<ServerPoller::State>();
        option->text = m_panel->itemText(index);
        option->icon = Icons::serverState(state);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem full = option;
        initStyleOption(&full, index);
        if (!m_panel->isUnencrypted(index.data(ServerListModel::IdRole).toString())) {
            m_painter.paintCell(painter, full);
            return;
        }
        // An open padlock at the right of a server whose traffic crosses the network readable;
        // the text stops short of it, the row's background does not.
        QStyle *style = full.widget ? full.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &full, painter, full.widget);
        constexpr int side = 16;
        constexpr int margin = 4;
        QStyleOptionViewItem text = full;
        text.rect.setRight(option.rect.right() - side - 2 * margin);
        m_painter.paintCell(painter, text);
        const QRect marker(option.rect.right() - side - margin, option.rect.center().y() - side / 2,
                           side, side);
        Icons::unencrypted().paint(painter, marker, Qt::AlignCenter,
                                   option.state & QStyle::State_Selected ? QIcon::Selected
                                                                         : QIcon::Normal);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        // Two lines of text, whatever the style thinks a single-line item needs.
        size.setHeight(qMax(size.height(), 2 * option.fontMetrics.lineSpacing() + 8));
        return size;
    }

private:
    const ServerPanel *m_panel;
    ItemPainter m_painter; // each server's two lines, laid out once until they change
};
} // namespace

ServerPanel::ServerPanel(ServerListModel *servers, QWidget *parent)
    : QWidget(parent), m_servers(servers)
{
    setObjectName(QStringLiteral("ServerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Servers"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("serverList"));
    m_view->setAccessibleName(tr("Servers"));
    m_view->setAccessibleDescription(
            tr("Each server with its state, tunnel count and last refresh. Enter filters the "
               "table to the server."));
    m_view->setModel(servers);
    m_view->setItemDelegate(new ServerItemDelegate(this, m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    title->setBuddy(m_view);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentServerChanged(current.data(ServerListModel::IdRole).toString());
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT serverActivated(index.data(ServerListModel::IdRole).toString());
    });
}

QString ServerPanel::itemText(const QModelIndex &index) const
{
    const QDateTime last = index.data(ServerListModel::LastRefreshRole).toDateTime();
    const int count = index.data(ServerListModel::TunnelCountRole).toInt();
    QString second = index.data(ServerListModel::StateTextRole).toString();
    second += QStringLiteral(" · ") + tr("%n tunnel(s)", nullptr, count);
    if (m_unencrypted.contains(index.data(ServerListModel::IdRole).toString()))
        //: Marker on a server whose traffic is not encrypted (Basic over plain HTTP).
        second += QStringLiteral(" · ") + tr("UNENCRYPTED");
    if (last.isValid())
        second += QStringLiteral(" · ")
                + QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat);
    return index.data(ServerListModel::NameRole).toString() + QChar(QChar::LineSeparator) + second;
}

void ServerPanel::setUnencrypted(const QString &id, bool unencrypted)
{
    const bool changed = unencrypted ? !m_unencrypted.contains(id) : m_unencrypted.remove(id);
    if (unencrypted)
        m_unencrypted.insert(id);
    if (changed)
        m_view->viewport()->update();
}

bool ServerPanel::isUnencrypted(const QString &id) const
{
    return m_unencrypted.contains(id);
}

QString ServerPanel::currentServerId() const
{
    return m_view->currentIndex().data(ServerListModel::IdRole).toString();
}

void ServerPanel::addActions(QAction *add, QAction *edit, QAction *remove)
{
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {add, edit, remove}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
        m_buttons.append(button);
        buttons->addWidget(button);
        m_view->addAction(action);
    }
    buttons->addStretch();
    static_cast<QVBoxLayout *>(layout())->addLayout(buttons);
}

QList<QWidget *> ServerPanel::buttons() const
{
    return m_buttons;
}
