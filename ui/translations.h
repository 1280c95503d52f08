#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {
// Installs the console's translation for `locale` (falling back to English, whose translation
// supplies the plural forms) and Qt's own for its dialogs. Translators are parented to `app`.
void install(QCoreApplication *app, const QLocale &locale = QLocale());
} // namespace Translations
