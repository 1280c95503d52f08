#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
// Marks the translators install() owns, so that a second call can find and replace them.
constexpr QLatin1String translatorName("rras-console-translator");
} // namespace

QLocale Translations::chooseLocale(const QString &requested, bool *valid)
{
    const QString name = requested.trimmed();
    if (valid)
        *valid = true;
    if (name.isEmpty())
        return QLocale::system();
    const QLocale locale(name);
    // QLocale answers "C" for names it does not know; "C" itself is not a language either.
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage) {
        if (valid)
            *valid = false;
        return QLocale::system();
    }
    return locale;
}

void Translations::install(QCoreApplication *app, const QLocale &locale)
{
    const QList<QTranslator *> previous
            = app->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    own->setObjectName(translatorName);
    if (own->load(locale, QStringLiteral("rras-console"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/rras-console_en.qm"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    qt->setObjectName(translatorName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

QStringList Translations::available()
{
    const QString prefix = QStringLiteral("rras-console_");
    QStringList languages;
    const QStringList files
            = QDir(QStringLiteral(":/i18n"))
                      .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}
