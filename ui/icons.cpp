#include "icons.h"

#include "resources.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <array>
#include <utility>

namespace {
// An SVG from the icon set whose "currentColor" is the palette's text colour at paint time (a
// plain QIcon would paint it black, invisible on a dark palette). Disabled icons are the same
// art, faded. Pixmaps are rendered at the requested device pixels and cached per colour.
class PaletteSvgIconEngine final : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(QString path) : m_path(std::move(path))
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already (QIcon::pixmap multiplies it by `scale`).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        if (m_svg.isEmpty() || size.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        const QColor color = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                                     : palette.color(QPalette::WindowText);
        const QSize pixels = size;
        const QString key = QStringLiteral("rras-icon:%1:%2x%3:%4:%5")
                                    .arg(m_path)
                                    .arg(pixels.width())
                                    .arg(pixels.height())
                                    .arg(color.rgba())
                                    .arg(int(mode));
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = render(pixels, color, mode == QIcon::Disabled);
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {}; // scalable
    }

    QIconEngine *clone() const override { return new PaletteSvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("RrasPaletteSvgIconEngine"); }
    QString iconName() override
    {
        return m_path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    PaletteSvgIconEngine(const PaletteSvgIconEngine &other) = default;

    QPixmap render(const QSize &pixels, const QColor &color, bool disabled) const
    {
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        if (disabled)
            painter.setOpacity(0.4);
        // Square art, centred in whatever rectangle was asked for.
        const int side = qMin(pixels.width(), pixels.height());
        renderer.render(
                &painter,
                QRectF((pixels.width() - side) / 2.0, (pixels.height() - side) / 2.0, side, side));
        painter.end();
        return QPixmap::fromImage(std::move(image));
    }

    QString m_path;
    QByteArray m_svg;
};

QIcon fromSet(const QString &path)
{
    Resources::init();
    if (!QFile::exists(path))
        return {};
    return QIcon(new PaletteSvgIconEngine(path));
}

QIcon state(const char *name)
{
    return fromSet(QStringLiteral(":/icons/states/") + QLatin1String(name)
                   + QStringLiteral(".svg"));
}

constexpr std::array actionFiles{
        "about",       "context-menu", "clear-filters",   "copy",          "copy-ips",
        "details",     "disconnect",   "disconnect-list", "export",        "filter-server",
        "filter-user", "find",         "focus-filter",    "focus-servers", "focus-sessions",
        "history",     "import",       "next-area",       "previous-area", "quit",
        "refresh",     "select-all",   "server-add",      "server-edit",   "server-remove",
        "settings",
};

// The tunnel types RRAS reports (VpnTunnelType) that have an icon of their own.
constexpr std::array<std::pair<const char *, const char *>, 4> tunnelFiles{{
        {"sstp", "tunnel-sstp"},
        {"ikev2", "tunnel-ikev2"},
        {"l2tp", "tunnel-l2tp"},
        {"pptp", "tunnel-pptp"},
}};
} // namespace

QIcon Icons::serverState(ServerPoller::State s)
{
    switch (s) {
    case ServerPoller::State::Connecting:
        return state("server-connecting");
    case ServerPoller::State::Live:
        return state("server-live");
    case ServerPoller::State::Refreshing:
        return state("server-refreshing");
    case ServerPoller::State::Stale:
        return state("server-stale");
    case ServerPoller::State::AuthFailed:
        return state("server-auth-failed");
    case ServerPoller::State::Unreachable:
        return state("server-unreachable");
    }
    return {};
}

QIcon Icons::unencrypted()
{
    return state("server-unencrypted");
}

QIcon Icons::outcome(std::optional<DisconnectOutcomeKind> kind)
{
    if (!kind)
        return state("outcome-disconnecting");
    switch (*kind) {
    case DisconnectOutcomeKind::Disconnected:
        return state("outcome-disconnected");
    case DisconnectOutcomeKind::AlreadyGone:
        return state("outcome-already-gone");
    case DisconnectOutcomeKind::Failed:
        return state("outcome-failed");
    case DisconnectOutcomeKind::Unknown:
        return state("outcome-unknown");
    case DisconnectOutcomeKind::InvalidAddress:
        return state("outcome-invalid-address");
    }
    return {};
}

QIcon Icons::action(QStringView name)
{
    for (const char *file : actionFiles) {
        if (name == QLatin1String(file))
            return fromSet(QStringLiteral(":/icons/actions/") + name.toString()
                           + QStringLiteral(".svg"));
    }
    return {};
}

QStringList Icons::actionNames()
{
    QStringList names;
    for (const char *file : actionFiles)
        names.append(QLatin1String(file));
    return names;
}

QIcon Icons::tunnelType(QStringView type)
{
    for (const auto &[name, file] : tunnelFiles) {
        if (type.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return state(file);
    }
    return state("tunnel-other");
}

QIcon Icons::warning()
{
    return state("outcome-invalid-address");
}

QIcon Icons::error()
{
    return state("outcome-failed");
}

QIcon Icons::application()
{
    Resources::init();
    // The SVG itself (full colour, no palette): the desktop and the window manager show it as is.
    return QIcon(QStringLiteral(":/icons/app/rras-console.svg"));
}
