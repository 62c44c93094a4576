#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace actidesk {

// Installs the translators of the user's language on the application: ActiDesk's own (compiled
// in as a resource from translations/*.ts) and Qt's (qtbase_*.qm from Qt's translations folder,
// for standard dialogs and buttons).
//
// The language follows the system (QLocale::system()) unless one is chosen: the environment
// variable ACTIDESK_LANGUAGE (tests, one-off runs) wins over the QSettings key "language"
// (Preferences). A chosen language also becomes QLocale's default, so dates, numbers and week
// labels follow it. "en" (or "C") means the English source texts.
class Translations
{
public:
    static constexpr auto kSettingsKey = "language";
    static constexpr auto kEnvironmentVariable = "ACTIDESK_LANGUAGE";

    // The language chosen by the environment or the settings; empty means the system's.
    static QString chosenLanguage();
    // Installs the chosen language's translators (see above). Call once the QApplication exists.
    static void installChosen();
    // Installs the translators of `language` ("de", "ru_RU", "en"; empty: the system's),
    // replacing any installed before. Returns whether ActiDesk's texts are in that language
    // (always true for English).
    static bool install(const QString &language);
    // The languages ActiDesk has translations for, besides English ("de", "ru").
    static QStringList availableLanguages();
    // The locale the last install() chose (the system's before any).
    static QLocale currentLocale();
};

} // namespace actidesk
