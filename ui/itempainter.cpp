#include "itempainter.h"

#include <QApplication>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

#include <cmath>

namespace {
QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The lines of a cell's text, at U+2028 (QStyledItemDelegate's displayText() turns a model's
// '\n' into one; the style does not break at a '\n' left in the text).
QList<QStringView> linesOf(const QString &text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QChar::LineSeparator) {
            lines.append(QStringView(text).mid(start, i - start));
            start = i + 1;
        }
    }
    lines.append(QStringView(text).mid(start));
    return lines;
}
} // namespace

bool ItemPainter::paint(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const auto unsupported
            = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator;
    // A '\n' that reached the option the style shows on one line, QStaticText on two.
    if (option.direction != Qt::LeftToRight || (option.features & unsupported)
        || option.decorationPosition != QStyleOptionViewItem::Left
        || (option.state & QStyle::State_Editing) || option.text.contains(QLatin1Char('\n'))) {
        return false;
    }
    QStyle *style = styleOf(option);
    const QWidget *widget = option.widget;
    painter->save();
    painter->setClipRect(option.rect);

    // The background and selection: the style's own.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    // The icon, in a column of its own at the left (QCommonStyle's layout).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect display = option.rect;
    if (option.features & QStyleOptionViewItem::HasDecoration) {
        const QSize size = option.decorationSize;
        const QRect column(option.rect.x(), option.rect.y(), size.width() + 2 * margin,
                           option.rect.height());
        display.setLeft(column.right() + 1);
        QIcon::Mode mode = QIcon::Normal;
        if (!(option.state & QStyle::State_Enabled))
            mode = QIcon::Disabled;
        else if (option.state & QStyle::State_Selected)
            mode = QIcon::Selected;
        const QIcon::State state = option.state & QStyle::State_Open ? QIcon::On : QIcon::Off;
        const QRect iconRect
                = QStyle::alignedRect(option.direction, option.decorationAlignment, size, column);
        option.icon.paint(painter, iconRect, option.decorationAlignment, mode, state);
    }

    // The text, in the palette's colours for the item's state, line by line, each elided.
    if (!option.text.isEmpty()) {
        QPalette::ColorGroup group
                = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(option.palette.color(group,
                                             option.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
        painter->setFont(option.font);
        const QRect area = display.adjusted(margin, 0, -margin, 0);
        FontTexts &texts = textsFor(option.font);
        const QList<QStringView> lines = linesOf(option.text);
        const qreal height = texts.lineHeight * qreal(lines.size());
        const Qt::Alignment align = option.displayAlignment;
        qreal y = area.top();
        if (align & Qt::AlignBottom)
            y = area.bottom() + 1 - height;
        else if (!(align & Qt::AlignTop))
            y = area.top() + std::floor((area.height() - height) / 2);
        for (const QStringView line : lines) {
            // One line (most cells): the option's own text, shared rather than copied.
            const QStaticText &laid = text(texts, lines.size() == 1 ? option.text : line.toString(),
                                           area.width(), option.textElideMode);
            const qreal width = laid.size().width();
            qreal x = area.left();
            if (align & Qt::AlignRight)
                x = area.left() + area.width() - width;
            else if (align & Qt::AlignHCenter)
                x = area.left() + (area.width() - width) / 2;
            painter->drawStaticText(QPointF(x, y), laid);
            y += texts.lineHeight;
        }
    }

    // The focus frame, as QCommonStyle draws it (one cell per paint: its layout may cost).
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &option, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group
                = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = option.palette.color(
                group,
                option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
    return true;
}

void ItemPainter::paintCell(QPainter *painter, const QStyleOptionViewItem &option) const
{
    if (!paint(painter, option))
        styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
}

ItemPainter::FontTexts &ItemPainter::textsFor(const QFont &font) const
{
    for (const auto &texts : m_fonts) {
        if (texts->font == font)
            return *texts;
    }
    if (m_fonts.size() >= kFonts)
        m_fonts.erase(m_fonts.begin());
    auto texts = std::make_unique<FontTexts>();
    texts->font = font;
    texts->lineHeight = QFontMetricsF(font).height();
    m_fonts.push_back(std::move(texts));
    return *m_fonts.back();
}

const QStaticText &ItemPainter::text(FontTexts &texts, const QString &line, int width,
                                     Qt::TextElideMode mode)
{
    const QFont &font = texts.font;
    const auto make = [&font](const QString &shown) {
        auto *laid = new QStaticText(shown);
        laid->setTextFormat(Qt::PlainText);
        laid->prepare(QTransform(), font);
        return laid;
    };
    QStaticText *whole = texts.texts.object(line);
    if (!whole) {
        whole = make(line);
        texts.texts.insert(line, whole);
    }
    if (whole->size().width() <= width || mode == Qt::ElideNone)
        return *whole;
    // Too wide for its column: elided once for this width.
    const QString key = line + QChar(0x1f) + QString::number(width) + QChar(0x1f)
            + QString::number(int(mode));
    QStaticText *elided = texts.texts.object(key);
    if (!elided) {
        elided = make(QFontMetrics(font).elidedText(line, mode, width));
        texts.texts.insert(key, elided);
    }
    return *elided;
}
