#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Translations {
// The locale the console uses: `requested` (the --lang option, else the ui/language setting; a
// name such as "de", "fr_CA" or "es-ES") when it names a language, else the system locale.
// `valid` (optional) tells whether a non-empty request was understood.
QLocale chooseLocale(const QString &requested, bool *valid = nullptr);

// Makes `locale` the default locale (numbers, dates) and installs the console's translation for
// it (falling back to English, whose translation supplies the plural forms) and Qt's own for its
// dialogs. Translators are parented to `app`; calling it again replaces the previous ones, so a
// language can be switched before any window exists (and in tests).
void install(QCoreApplication *app, const QLocale &locale = QLocale());

// The languages the console has a translation for, as their file names spell them ("de",
// "en", ...), sorted.
QStringList available();
} // namespace Translations
