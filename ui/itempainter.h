#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QStyleOptionViewItem;

// Paints an item view cell as QCommonStyle lays it out (CE_ItemViewItem: the style's own
// background, selection and focus frame, the icon at the left, the text beside it, elided), but
// with each text laid out once and kept. The stock path lays out every cell's text three times
// on every paint (its size, its elision, its drawing): with the table repainted after every poll
// that was half of the console's paint time, and a repaint of a full window took 15-45 ms.
class ItemPainter final
{
public:
    ItemPainter() = default;
    Q_DISABLE_COPY_MOVE(ItemPainter)

    // Paints the cell `option` describes (initStyleOption() already applied). False, having
    // painted nothing, for what only the style's own path does: wrapped text, a check box,
    // right-to-left, a decoration not at the left, an open editor, a '\n' in the text.
    bool paint(QPainter *painter, const QStyleOptionViewItem &option) const;
    // paint(), or the style's own CE_ItemViewItem where paint() does not do the cell: what a
    // delegate calls.
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option) const;

private:
    struct FontTexts
    {
        QFont font;
        qreal lineHeight = 0;
        QCache<QString, QStaticText> texts{kTextsPerFont};
    };
    // About ten screens of distinct cell texts: a poll's changed counters are new texts, the rest
    // repeat from paint to paint.
    static constexpr int kTextsPerFont = 8192;
    static constexpr size_t kFonts = 4; // normal, italic (disconnecting), and a spare or two

    static const QStaticText &text(FontTexts &texts, const QString &line, int width,
                                   Qt::TextElideMode mode);
    FontTexts &textsFor(const QFont &font) const;

    mutable std::vector<std::unique_ptr<FontTexts>> m_fonts;
};
