#pragma once

#include "itempainter.h"

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

// Paints the tunnel table's rows: a stale server's rows greyed out, a session being disconnected
// in italics with "Disconnecting…" beside its server, and the last outcome's icon.
class TunnelItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ItemPainter m_painter; // the texts of the cells, laid out once
    // Icons by tunnel type text: made once, not for every cell of every repaint (an icon reads
    // its SVG when it is made).
    mutable QHash<QString, QIcon> m_typeIcons;
};
