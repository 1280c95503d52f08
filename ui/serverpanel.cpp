#include "serverpanel.h"

#include "icons.h"
#include "serverlistmodel.h"

#include <QAction>
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
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = index.data(ServerListModel::StateRole).value<ServerPoller::State>();
        const QDateTime last = index.data(ServerListModel::LastRefreshRole).toDateTime();
        const int count = index.data(ServerListModel::TunnelCountRole).toInt();
        QString second = index.data(ServerListModel::StateTextRole).toString();
        second += QStringLiteral(" · ") + ServerPanel::tr("%n tunnel(s)", nullptr, count);
        if (last.isValid()) {
            second += QStringLiteral(" · ")
                    + QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat);
        }
        option->text = index.data(ServerListModel::NameRole).toString()
                + QChar(QChar::LineSeparator) + second;
        option->icon = Icons::serverState(state);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        // Two lines of text, whatever the style thinks a single-line item needs.
        size.setHeight(qMax(size.height(), 2 * option.fontMetrics.lineSpacing() + 8));
        return size;
    }
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
    m_view->setModel(servers);
    m_view->setItemDelegate(new ServerItemDelegate(m_view));
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
        buttons->addWidget(button);
        m_view->addAction(action);
    }
    buttons->addStretch();
    static_cast<QVBoxLayout *>(layout())->addLayout(buttons);
}
