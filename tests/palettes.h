#pragma once

// The light and dark palettes the desktop tests render with: Fusion's own, and a dark palette
// of the kind desktop environments hand to Qt applications.
#include <QColor>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>
#include <memory>

namespace TestPalettes {
inline QPalette light()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

inline QPalette dark()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x2a, 0x82, 0xda);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, off ? disabled : text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x31, 0x31, 0x31));
        p.setColor(group, QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, disabled);
        p.setColor(group, QPalette::Text, off ? disabled : text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, off ? disabled : text);
        p.setColor(group, QPalette::BrightText, QColor(0xff, 0x55, 0x55));
        p.setColor(group, QPalette::Light, QColor(0x50, 0x50, 0x50));
        p.setColor(group, QPalette::Midlight, QColor(0x45, 0x45, 0x45));
        p.setColor(group, QPalette::Mid, QColor(0x28, 0x28, 0x28));
        p.setColor(group, QPalette::Dark, QColor(0x20, 0x20, 0x20));
        p.setColor(group, QPalette::Shadow, QColor(0x10, 0x10, 0x10));
        p.setColor(group, QPalette::Highlight, off ? QColor(0x50, 0x50, 0x50) : highlight);
        p.setColor(group, QPalette::HighlightedText, off ? disabled : Qt::white);
        p.setColor(group, QPalette::Link, QColor(0x5a, 0xa8, 0xf0));
        p.setColor(group, QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    }
    return p;
}

// WCAG 2 relative luminance and contrast ratio.
inline double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace TestPalettes
