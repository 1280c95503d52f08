#include "tunnelitemdelegate.h"

#include "icons.h"
#include "tunneltablemodel.h"

void TunnelItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    m_painter.paintCell(painter, cell);
}

void TunnelItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TunnelTableModel::StaleRole).toBool()) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        option->palette.setColor(
                QPalette::HighlightedText,
                option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    }
    if (index.column() == int(TunnelTableModel::Column::TunnelType)) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        auto icon = m_typeIcons.constFind(option->text);
        if (icon == m_typeIcons.cend())
            icon = m_typeIcons.insert(option->text, Icons::tunnelType(option->text));
        option->icon = *icon;
        option->decorationSize
                = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
    }
    const auto operation = index.data(TunnelTableModel::OperationRole).value<TunnelOperation>();
    if (operation.phase == TunnelOperation::Phase::Idle)
        return;
    if (operation.phase == TunnelOperation::Phase::Disconnecting)
        option->font.setItalic(true);
    if (index.column() == int(TunnelTableModel::Column::Server)) {
        option->text = tr("%1 — %2", "server name — operation").arg(option->text, operation.text());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = Icons::outcome(operation.phase == TunnelOperation::Phase::Finished
                                              ? std::optional(operation.outcome)
                                              : std::nullopt);
        option->decorationSize
                = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
    }
}
