// ItemPainter paints a cell where QCommonStyle would (CE_ItemViewItem), from texts it lays out
// once: the same cell painted both ways must put its ink in the same place, elide where the
// style elides, and what it does not do is left to the style untouched.

#include "itempainter.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_ItemPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inkWhereTheStylePutsIt_data();
    void inkWhereTheStylePutsIt();
    void repaintsAreIdentical();
    void leavesTheRestToTheStyle_data();
    void leavesTheRestToTheStyle();

private:
    QStyleOptionViewItem cell(const QString &text, int width) const;
    QImage render(const QStyleOptionViewItem &option, bool stock, const ItemPainter &painter) const;
    static QRect ink(const QImage &image, const QImage &background);

    std::unique_ptr<QStyle> m_style;
    QWidget m_widget; // the style's widget argument, as a view's viewport is
};

void tst_ItemPainter::initTestCase()
{
    m_style.reset(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(m_style);
    m_widget.setStyle(m_style.get());
}

QStyleOptionViewItem tst_ItemPainter::cell(const QString &text, int width) const
{
    QStyleOptionViewItem option;
    option.initFrom(&m_widget);
    option.rect = QRect(0, 0, width, 24);
    option.text = text;
    option.features = QStyleOptionViewItem::HasDisplay;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideRight;
    option.decorationAlignment = Qt::AlignCenter;
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.showDecorationSelected = true;
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    option.widget = &m_widget;
    option.font = m_widget.font();
    option.fontMetrics = QFontMetrics(option.font);
    return option;
}

// The cell painted onto white, by the style (stock) or by `painter`.
QImage tst_ItemPainter::render(const QStyleOptionViewItem &option, bool stock,
                               const ItemPainter &painter) const
{
    QImage image(option.rect.size() + QSize(8, 8), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    if (stock)
        m_style->drawControl(QStyle::CE_ItemViewItem, &option, &p, &m_widget);
    else if (!painter.paint(&p, option))
        return {};
    p.end();
    return image;
}

// The bounding box of the pixels that differ from `background`.
QRect tst_ItemPainter::ink(const QImage &image, const QImage &background)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background.pixel(x, y))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

void tst_ItemPainter::inkWhereTheStylePutsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("icon");
    QTest::addColumn<bool>("selected");
    const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    const int centre = int(Qt::AlignCenter);
    QTest::newRow("left") << u"CORP\\alice"_s << 200 << left << false << false;
    QTest::newRow("right (numbers)") << u"1.2 GB"_s << 200 << right << false << false;
    QTest::newRow("centred") << u"Live"_s << 200 << centre << false << false;
    QTest::newRow("selected") << u"10.16.0.204"_s << 200 << left << false << true;
    QTest::newRow("with an icon") << u"Sstp"_s << 200 << left << true << false;
    QTest::newRow("elided") << u"EXAMPLE\\victor.novak, CORP\\PC-9303$"_s << 90 << left << false
                            << false;
    QTest::newRow("elided beside an icon")
            << u"Server 1 — Disconnecting…"_s << 70 << left << true << true;
    QTest::newRow("two lines") << u"Server 1\u2028Live · 30 tunnels"_s << 200 << left << true
                               << false;
    QTest::newRow("non-Latin") << u"CORP\\müller · 東京"_s << 200 << left << false << false;
}

void tst_ItemPainter::inkWhereTheStylePutsIt()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(int, alignment);
    QFETCH(bool, icon);
    QFETCH(bool, selected);
    QStyleOptionViewItem option = cell(text, width);
    option.displayAlignment = Qt::Alignment(alignment);
    if (text.contains(QChar::LineSeparator))
        option.rect.setHeight(40);
    if (icon) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::darkGreen);
        option.icon = QIcon(pixmap);
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = QSize(16, 16);
    }
    if (selected)
        option.state |= QStyle::State_Selected;
    const ItemPainter painter;
    // The background alone: what neither text nor icon covers.
    QStyleOptionViewItem bare = option;
    bare.text.clear();
    bare.icon = QIcon();
    bare.features &= ~QStyleOptionViewItem::HasDecoration;
    const QImage background = render(bare, true, painter);
    const QImage stock = render(option, true, painter);
    const QImage fast = render(option, false, painter);
    QVERIFY(!fast.isNull());
    const QRect stockInk = ink(stock, background);
    const QRect fastInk = ink(fast, background);
    QVERIFY(!stockInk.isEmpty());
    // Glyph positions may round differently by a pixel; lines, alignment and elision may not.
    QVERIFY2(qAbs(fastInk.left() - stockInk.left()) <= 1
                     && qAbs(fastInk.right() - stockInk.right()) <= 1
                     && qAbs(fastInk.top() - stockInk.top()) <= 1
                     && qAbs(fastInk.bottom() - stockInk.bottom()) <= 1,
             qPrintable(u"stock ink %1,%2 %3x%4, ours %5,%6 %7x%8"_s.arg(stockInk.x())
                                .arg(stockInk.y())
                                .arg(stockInk.width())
                                .arg(stockInk.height())
                                .arg(fastInk.x())
                                .arg(fastInk.y())
                                .arg(fastInk.width())
                                .arg(fastInk.height())));
    // Inside the cell, whatever the text's length.
    QVERIFY(option.rect.contains(fastInk));
}

// A text laid out once is painted the same way every time after, in either of two fonts.
void tst_ItemPainter::repaintsAreIdentical()
{
    const ItemPainter painter;
    QStyleOptionViewItem plain = cell(u"DESKTOP-XW9B8TD"_s, 160);
    QStyleOptionViewItem italic = plain;
    italic.font.setItalic(true);
    const QImage first = render(plain, false, painter);
    const QImage firstItalic = render(italic, false, painter);
    QVERIFY(first != firstItalic);
    QCOMPARE(render(plain, false, painter), first);
    QCOMPARE(render(italic, false, painter), firstItalic);
}

void tst_ItemPainter::leavesTheRestToTheStyle_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("wrapped text") << 0;
    QTest::newRow("check box") << 1;
    QTest::newRow("right to left") << 2;
    QTest::newRow("icon above") << 3;
    QTest::newRow("editing") << 4;
    QTest::newRow("a newline in the text") << 5;
}

void tst_ItemPainter::leavesTheRestToTheStyle()
{
    QFETCH(int, variant);
    QStyleOptionViewItem option = cell(u"text"_s, 120);
    switch (variant) {
    case 0:
        option.features |= QStyleOptionViewItem::WrapText;
        break;
    case 1:
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        break;
    case 2:
        option.direction = Qt::RightToLeft;
        break;
    case 3:
        option.decorationPosition = QStyleOptionViewItem::Top;
        break;
    case 4:
        option.state |= QStyle::State_Editing;
        break;
    default:
        option.text = u"two\nlines"_s;
        break;
    }
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const QImage untouched = image;
    QPainter p(&image);
    QVERIFY(!ItemPainter().paint(&p, option));
    p.end();
    QCOMPARE(image, untouched);
    // What a delegate calls paints such a cell exactly as the style does.
    QImage byStyle = untouched;
    QPainter styled(&byStyle);
    m_style->drawControl(QStyle::CE_ItemViewItem, &option, &styled, &m_widget);
    styled.end();
    QPainter delegated(&image);
    ItemPainter().paintCell(&delegated, option);
    delegated.end();
    QVERIFY(byStyle != untouched);
    QCOMPARE(image, byStyle);
}

QTEST_MAIN(tst_ItemPainter)
#include "tst_itempainter.moc"
