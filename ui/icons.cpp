#include "icons.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace {
QIcon dot(const QColor &fill)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(fill.darker(140), qMax(1.0, size / 16.0)));
        painter.setBrush(fill);
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon Icons::serverState(ServerPoller::State state)
{
    switch (state) {
    case ServerPoller::State::Connecting:
        return dot(QColor(0x9e, 0x9e, 0x9e));
    case ServerPoller::State::Live:
        return dot(QColor(0x2e, 0xa0, 0x43));
    case ServerPoller::State::Refreshing:
        return dot(QColor(0x1e, 0x88, 0xe5));
    case ServerPoller::State::Stale:
        return dot(QColor(0xf5, 0xa6, 0x23));
    case ServerPoller::State::AuthFailed:
    case ServerPoller::State::Unreachable:
        return dot(QColor(0xd3, 0x2f, 0x2f));
    }
    return {};
}

QIcon Icons::outcome(std::optional<DisconnectOutcomeKind> kind)
{
    QStyle *style = QApplication::style();
    if (!kind)
        return style->standardIcon(QStyle::SP_BrowserReload);
    switch (*kind) {
    case DisconnectOutcomeKind::Disconnected:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case DisconnectOutcomeKind::AlreadyGone:
        return style->standardIcon(QStyle::SP_DialogYesButton);
    case DisconnectOutcomeKind::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case DisconnectOutcomeKind::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case DisconnectOutcomeKind::InvalidAddress:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}
