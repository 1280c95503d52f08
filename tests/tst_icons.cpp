// The console's icon set: every action has an icon, a name and a tooltip; every state, outcome
// and tunnel type icon exists and stays legible on light and dark palettes, at high DPI too.
#include "icons.h"
#include "mainwindow.h"
#include "palettes.h"
#include "rras/serverset.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {
using IconFactory = std::function<QIcon()>;

struct Legibility
{
    int ink = 0;      // pixels that stand out from the window (3:1 once composited on it)
    int opaque = 0;   // pixels at least half covered
    int readable = 0; // opaque pixels that stand out from the window or from the icon's own
                      // main colour (a white glyph on a coloured badge)
    double maxContrast = 1.0;
};

QColor composited(QRgb px, const QColor &window)
{
    const double a = qAlpha(px) / 255.0;
    return QColor::fromRgbF(float(a * qRed(px) / 255.0 + (1 - a) * window.redF()),
                            float(a * qGreen(px) / 255.0 + (1 - a) * window.greenF()),
                            float(a * qBlue(px) / 255.0 + (1 - a) * window.blueF()));
}

// Composites each pixel on the window colour, as the icon is seen, and measures its contrast
// against that colour (WCAG's 3:1 for graphical objects). Pixels that do not stand out from the
// window count as readable when they stand out from the icon's main colour: the glyph of a badge.
Legibility measure(const QImage &source, const QColor &window)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    Legibility result;
    QHash<QRgb, int> inkColours;
    QList<QColor> faint;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            if (qAlpha(px) == 0)
                continue;
            const QColor seen = composited(px, window);
            const double c = TestPalettes::contrast(seen, window);
            result.maxContrast = std::max(result.maxContrast, c);
            const bool stands = c >= 3.0;
            if (stands) {
                ++result.ink;
                ++inkColours[seen.rgb() & 0xf0f0f0]; // close colours together
            }
            if (qAlpha(px) >= 128) {
                ++result.opaque;
                if (stands)
                    ++result.readable;
                else
                    faint.append(seen);
            }
        }
    }
    QRgb main = 0;
    int most = 0;
    for (auto it = inkColours.cbegin(); it != inkColours.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            main = it.key();
        }
    }
    if (most > 0) {
        for (const QColor &colour : std::as_const(faint))
            result.readable += TestPalettes::contrast(colour, QColor(main)) >= 3.0 ? 1 : 0;
    }
    return result;
}

void addLegibilityRows(const char *name, const IconFactory &factory)
{
    QTest::newRow(QByteArray(QByteArray(name) + "/light").constData()) << factory << false;
    QTest::newRow(QByteArray(QByteArray(name) + "/dark").constData()) << factory << true;
}
} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void everyActionHasAnIconAndAName();
    void everyNamedActionIconExists_data();
    void everyNamedActionIconExists();
    void unknownNamesGiveNoOrGenericIcons();
    void iconsAreLegible_data();
    void iconsAreLegible();
    void lineArtFollowsThePalette();
    void iconsAreSharpAtHighDpi();
    void disabledIconsAreFaded();
    void applicationIconRenders();
};

void TestIcons::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestIcons::cleanup()
{
    QApplication::setPalette(TestPalettes::light());
}

void TestIcons::everyActionHasAnIconAndAName()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    ServerSet servers(&nam);
    MainWindow window(&servers, &settings, MainWindow::Options{false, false});
    const QList<QAction *> actions = window.allActions();
    QVERIFY(actions.size() >= 16);
    for (QAction *action : actions) {
        QVERIFY2(action, "allActions() holds a null action");
        const QByteArray what = action->objectName().toUtf8();
        QVERIFY2(!action->objectName().isEmpty(), "an action without an object name");
        QVERIFY2(!action->icon().isNull(), what.constData());
        QVERIFY2(!action->icon().pixmap(QSize(22, 22)).isNull(), what.constData());
        // What a screen reader says for a menu entry or a toolbar button is the action's text.
        QVERIFY2(!QString(action->text()).remove(QLatin1Char('&')).trimmed().isEmpty(),
                 what.constData());
        QVERIFY2(!action->toolTip().isEmpty(), what.constData());
        QVERIFY2(!action->statusTip().isEmpty(), what.constData());
        // Tooltips name the shortcut, so keyboard users can learn it.
        if (!action->shortcut().isEmpty()) {
            QVERIFY2(action->toolTip().contains(
                             action->shortcut().toString(QKeySequence::NativeText)),
                     what.constData());
        }
    }
}

void TestIcons::everyNamedActionIconExists_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = Icons::actionNames();
    QVERIFY(names.size() >= 20);
    for (const QString &name : names)
        QTest::newRow(name.toUtf8().constData()) << name;
    // The names the brief asks for, whether or not an action uses them yet.
    for (const char *name :
         {"refresh", "disconnect", "disconnect-list", "find", "server-add", "server-edit",
          "server-remove", "copy", "copy-ips", "details", "filter-user", "filter-server",
          "clear-filters", "history", "export", "settings", "quit", "about", "import"}) {
        QVERIFY2(names.contains(QLatin1String(name)), name);
    }
}

void TestIcons::everyNamedActionIconExists()
{
    QFETCH(QString, name);
    const QIcon icon = Icons::action(name);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(24, 24)).toImage();
    QCOMPARE(image.size(), QSize(24, 24));
    QVERIFY(measure(image, Qt::white).ink > 20);
}

void TestIcons::unknownNamesGiveNoOrGenericIcons()
{
    QVERIFY(Icons::action(u"no-such-action").isNull());
    QVERIFY(Icons::action(u"").isNull());
    // Case-insensitive tunnel types; anything else is "other", never nothing.
    const QImage sstp = Icons::tunnelType(u"SSTP").pixmap(QSize(24, 24)).toImage();
    QCOMPARE(sstp, Icons::tunnelType(u"Sstp").pixmap(QSize(24, 24)).toImage());
    const QImage other = Icons::tunnelType(u"Esp").pixmap(QSize(24, 24)).toImage();
    QVERIFY(!other.isNull());
    QVERIFY(other != sstp);
    QCOMPARE(Icons::tunnelType(u"").pixmap(QSize(24, 24)).toImage(), other);
}

void TestIcons::iconsAreLegible_data()
{
    QTest::addColumn<IconFactory>("factory");
    QTest::addColumn<bool>("dark");
    for (const QString &name : Icons::actionNames()) {
        addLegibilityRows(QByteArray("action:" + name.toUtf8()).constData(),
                          [name] { return Icons::action(name); });
    }
    using S = ServerPoller::State;
    const std::pair<const char *, S> states[] = {
            {"server:connecting", S::Connecting},  {"server:live", S::Live},
            {"server:refreshing", S::Refreshing},  {"server:stale", S::Stale},
            {"server:auth-failed", S::AuthFailed}, {"server:unreachable", S::Unreachable},
    };
    for (const auto &[name, state] : states)
        addLegibilityRows(name, [s = state] { return Icons::serverState(s); });
    addLegibilityRows("server:unencrypted", [] { return Icons::unencrypted(); });
    using K = DisconnectOutcomeKind;
    const std::pair<const char *, std::optional<K>> outcomes[] = {
            {"outcome:disconnecting", std::nullopt},
            {"outcome:disconnected", K::Disconnected},
            {"outcome:already-gone", K::AlreadyGone},
            {"outcome:failed", K::Failed},
            {"outcome:unknown", K::Unknown},
            {"outcome:invalid-address", K::InvalidAddress},
    };
    for (const auto &[name, kind] : outcomes)
        addLegibilityRows(name, [k = kind] { return Icons::outcome(k); });
    for (const char *type : {"Sstp", "Ikev2", "L2tp", "Pptp", "Other"}) {
        addLegibilityRows(QByteArray("tunnel:" + QByteArray(type)).constData(),
                          [t = QString::fromLatin1(type)] { return Icons::tunnelType(t); });
    }
}

void TestIcons::iconsAreLegible()
{
    QFETCH(IconFactory, factory);
    QFETCH(bool, dark);
    const QPalette palette = dark ? TestPalettes::dark() : TestPalettes::light();
    QApplication::setPalette(palette);
    const QColor window = palette.color(QPalette::Window);
    for (int size : {16, 24, 32, 48}) {
        const QIcon icon = factory();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        const Legibility l = measure(image, window);
        const QByteArray detail = QStringLiteral("%1 px: %2 pixels stand out, %3 of %4 opaque "
                                                 "ones readable, best contrast %5:1")
                                          .arg(size)
                                          .arg(l.ink)
                                          .arg(l.readable)
                                          .arg(l.opaque)
                                          .arg(l.maxContrast, 0, 'f', 2)
                                          .toUtf8();
        // Enough of the icon stands out from the window (a 2 px stroke of a simple glyph is
        // about 8% of it)...
        QVERIFY2(l.ink >= size * size / 14, detail.constData());
        // ...and no part of the art is drawn in a colour that disappears: nearly everything it
        // paints stands out from the window or from the icon's own main colour (anti-aliased
        // edges of small glyphs are the rest).
        QVERIFY2(l.opaque > 0 && l.readable * 10 >= l.opaque * 8, detail.constData());
    }
}

void TestIcons::lineArtFollowsThePalette()
{
    // The same icon, painted under two palettes, takes each palette's text colour.
    for (const QPalette &palette : {TestPalettes::light(), TestPalettes::dark()}) {
        QApplication::setPalette(palette);
        for (QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
            const QColor expected = palette.color(
                    mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
            const QImage image = Icons::action(u"find")
                                         .pixmap(QSize(48, 48), mode)
                                         .toImage()
                                         .convertToFormat(QImage::Format_ARGB32);
            int exact = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb px = image.pixel(x, y);
                    if (qAlpha(px) == 255 && QColor(px).rgb() == expected.rgb())
                        ++exact;
                }
            }
            QVERIFY2(exact > 50, qPrintable(expected.name()));
        }
    }
}

void TestIcons::iconsAreSharpAtHighDpi()
{
    for (const QIcon &icon :
         {Icons::action(u"refresh"), Icons::serverState(ServerPoller::State::Live),
          Icons::outcome(DisconnectOutcomeKind::Failed)}) {
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(16, 16));
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        // Drawn at 32 px, not a 16 px picture blown up: far more distinct pixels than 16x16
        // upscaled in blocks of four would give.
        const QImage image = pixmap.toImage();
        int differsFromBlock = 0;
        for (int y = 0; y < 32; y += 2) {
            for (int x = 0; x < 32; x += 2) {
                if (image.pixel(x, y) != image.pixel(x + 1, y + 1))
                    ++differsFromBlock;
            }
        }
        QVERIFY(differsFromBlock > 10);
    }
}

void TestIcons::disabledIconsAreFaded()
{
    const QIcon icon = Icons::action(u"disconnect");
    auto alphaSum = [](const QImage &image) {
        qint64 sum = 0;
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y) {
            for (int x = 0; x < argb.width(); ++x)
                sum += qAlpha(argb.pixel(x, y));
        }
        return sum;
    };
    const qint64 normal = alphaSum(icon.pixmap(QSize(32, 32), QIcon::Normal).toImage());
    const qint64 disabled = alphaSum(icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage());
    QVERIFY(disabled > 0);
    QVERIFY(disabled * 2 < normal);
}

void TestIcons::applicationIconRenders()
{
    const QIcon icon = Icons::application();
    QVERIFY(!icon.isNull());
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // A full tile: its centre is opaque and it stands out on light and dark windows.
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 4)), 255);
        QVERIFY(measure(image, TestPalettes::light().color(QPalette::Window)).ink
                > size * size / 3);
        QVERIFY(measure(image, TestPalettes::dark().color(QPalette::Window)).ink > size * size / 3);
    }
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
