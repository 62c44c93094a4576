#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "actidesk.ui.translations", QtWarningMsg)

// Where qt_add_translations puts the compiled .qm files (translations/CMakeLists.txt).
constexpr auto kResourceFolder = ":/i18n";

// The translators are children of the application: they go with it, never after it.
struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QLocale locale = QLocale::system();
};

Installed &installed()
{
    static Installed state;
    return state;
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QString Translations::chosenLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QLatin1StringView(kSettingsKey)).toString().trimmed();
}

void Translations::installChosen()
{
    const QString language = chosenLanguage();
    if (!install(language))
        qCInfo(lcTranslations) << "no translation for" << currentLocale().name()
                               << "; ActiDesk shows English";
}

bool Translations::install(const QString &language)
{
    Installed &state = installed();
    delete state.own; // a deleted translator leaves the application by itself
    delete state.qt;

    const bool followsSystem = language.isEmpty() || language == u"system"_s;
    state.locale = followsSystem ? QLocale::system() : QLocale(language);
    // The language also decides how dates and numbers read (QLocale() everywhere).
    QLocale::setDefault(state.locale);

    // English is the source language: no translator, and Qt's own texts are English too.
    if (isEnglish(state.locale))
        return true;

    // load(QLocale, …) tries each of the locale's UI languages ("de-AT", "de", …) in turn.
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ownLoaded =
        own->load(state.locale, u"actidesk"_s, u"_"_s, QLatin1StringView(kResourceFolder));
    if (ownLoaded) {
        QCoreApplication::installTranslator(own);
        state.own = own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(state.locale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
        qCInfo(lcTranslations) << "Qt's own translation for" << state.locale.name()
                               << "is not installed";
    }
    return ownLoaded;
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QLatin1StringView(kResourceFolder))
                                  .entryList({u"actidesk_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(9, file.size() - 9 - 3)); // actidesk_<lang>.qm
    return languages;
}

QLocale Translations::currentLocale()
{
    return installed().locale;
}

} // namespace actidesk
