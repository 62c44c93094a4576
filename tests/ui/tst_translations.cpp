// ActiDesk in German and in Russian: the translation files hold every tr() text of ui/ and app/,
// each finished with all its plural forms, lrelease compiles them cleanly, and the real
// main window, signed in to the emulator, shows no English on any page — labels, buttons, menus and
// their actions, the sidebar's page titles, the views' column headers, tooltips and placeholder
// texts. Dates in the window follow the language (a German week is a "KW", Russian month names).
//
// What counts as English: the English source text of a translated message (exact, without its
// accelerator), or a word of the English sources that the language's own translations never use.
// Words that are the same in both languages (Online, Status, Team, ActiDesk, actiTIME…) appear in
// the translations and are allowed by that rule; names that come from the server's data (see
// dataNames()) are taken out of a text before it is checked.
#include "accountregistry.h"
#include "accountworkspace.h"
#include "credentialstore.h"
#include "elidedlabel.h"
#include "emulatorfixture.h"
#include "loadingoverlay.h"
#include "localedates.h"
#include "mainwindow.h"
#include "referencepage.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

// Names from the server's data (people, departments, customers, projects, tasks, types of work,
// workflow statuses, leave types): the app shows them as they are, whatever the language, so
// they are taken out of a text before its words are checked. Longest first ("Sick Leave").
QStringList dataNames(const emu::Dataset &data)
{
    QStringList names;
    const auto addNames = [&names](const auto &map) {
        for (const auto &[id, item] : map)
            names.append(item.name);
    };
    for (const auto &[id, user] : data.users)
        names << user.firstName << user.lastName << user.username;
    addNames(data.departments);
    addNames(data.timeZoneGroups);
    addNames(data.customers);
    addNames(data.projects);
    addNames(data.tasks);
    addNames(data.typesOfWork);
    addNames(data.workflowStatuses);
    addNames(data.leaveTypes);
    names.removeAll(QString());
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names;
}

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = true;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages.append(current);
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, true};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            current.finished = type.isEmpty();
            if (type == u"vanished"_s || type == u"obsolete"_s)
                current.finished = true; // not shown anywhere
            // A plural translation holds <numerusform>s; a plain one its text.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
        }
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ACTIDESK_TRANSLATIONS_DIR) + u"/actidesk_"_s + language + u".ts"_s;
}

// "&Add Task…" → "Add Task…"; rich text → its words.
QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u"\u0001"_s, u"&"_s);
    return text.trimmed();
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(uR"(\p{L}[\p{L}'’]+)"_s);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words;
}

// What the user reads: every visible text of the window with where it was found.
struct Shown
{
    QString where;
    QString text;
};

void collectMenu(const QString &where, const QList<QAction *> &actions, QList<Shown> &shown)
{
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QString path = where + u" > "_s + plain(action->text());
        shown.append({path, action->text()});
        if (action->toolTip() != plain(action->text()))
            shown.append({path + u" (tooltip)"_s, action->toolTip()});
        if (!action->statusTip().isEmpty())
            shown.append({path + u" (status tip)"_s, action->statusTip()});
        if (QMenu *menu = action->menu()) {
            Q_EMIT menu->aboutToShow(); // menus filled on demand (Switch Account)
            collectMenu(path, menu->actions(), shown);
        }
    }
}

// A view's column headers, and its cells: what the app writes into them (totals, states, the
// cells' tooltips) is translated; names from the data are taken out later.
void collectModel(const QString &where, const QAbstractItemModel *model, QList<Shown> &shown,
                  const QModelIndex &parent = {}, int depth = 0)
{
    constexpr int kRows = 40; // enough to meet every kind of row
    if (!parent.isValid()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = model->headerData(column, Qt::Horizontal, role).toString();
                if (!text.isEmpty())
                    shown.append({u"%1 header %2"_s.arg(where).arg(column), text});
            }
        }
    }
    for (int row = 0; row < std::min(model->rowCount(parent), kRows); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QVariant value = index.data(role);
                if (value.typeId() == QMetaType::QString && !value.toString().isEmpty())
                    shown.append(
                        {u"%1 cell %2,%3"_s.arg(where).arg(row).arg(column), value.toString()});
            }
        }
        if (depth < 3 && model->hasChildren(model->index(row, 0, parent)))
            collectModel(where, model, shown, model->index(row, 0, parent), depth + 1);
    }
}

QList<Shown> collectWindow(QMainWindow *window)
{
    QList<Shown> shown;
    shown.append({u"window title"_s, window->windowTitle()});
    collectMenu(u"menu"_s, window->menuBar()->actions(), shown);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || qobject_cast<QMenu *>(widget))
            continue;
        const QString where =
            QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (!widget->toolTip().isEmpty())
            shown.append({where + u" (tooltip)"_s, widget->toolTip()});
        if (auto *elided = qobject_cast<ElidedLabel *>(widget))
            shown.append({where, elided->fullText()});
        else if (auto *label = qobject_cast<QLabel *>(widget))
            shown.append({where, label->text()});
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            shown.append({where, button->text()});
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            shown.append({where + u" (placeholder)"_s, edit->placeholderText()});
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            shown.append({where, box->title()});
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            shown.append({where, combo->currentText()});
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                shown.append({where + u" tab"_s, tabs->tabText(i) + u' ' + tabs->tabToolTip(i)});
        }
        if (auto *list = qobject_cast<QListWidget *>(widget)) { // the sidebar's page titles
            for (int row = 0; row < list->count(); ++row)
                shown.append({where + u" item"_s,
                              list->item(row)->text() + u' ' + list->item(row)->toolTip()});
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget);
                   view && view->model() && !qobject_cast<QHeaderView *>(widget)) {
            collectModel(where, view->model(), shown);
        }
    }
    return shown;
}

// The letter after a single '&', lower case; null when the text has none.
QChar mnemonic(QString text)
{
    text.remove(u"&&"_s);
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

// The mnemonics of the window's visible buttons and labels (Alt+letter): each may be used once.
QStringList duplicateWidgetAccelerators(QWidget *window)
{
    QStringList problems;
    QHash<QChar, QString> used;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        const QChar key = mnemonic(text);
        if (key.isNull())
            continue;
        if (used.contains(key))
            problems.append(u"\"%1\" and \"%2\" both use Alt+%3"_s.arg(used.value(key), text, key));
        used.insert(key, text);
    }
    return problems;
}

// The mnemonic letters of a menu's visible entries: each may be used once.
QStringList duplicateAccelerators(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    QHash<QChar, QString> used;
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        if (const QChar key = mnemonic(action->text()); !key.isNull()) {
            if (used.contains(key))
                problems.append(u"%1: \"%2\" and \"%3\" both use %4"_s.arg(where, used.value(key),
                                                                           action->text(), key));
            used.insert(key, action->text());
        }
        if (QMenu *menu = action->menu())
            problems +=
                duplicateAccelerators(where + u" > "_s + plain(action->text()), menu->actions());
    }
    return problems;
}

// One run of the app, as tst_mainwindowflow starts it.
struct App
{
    explicit App(const QString &profile)
        : settings(profile + u"/settings.ini"_s, QSettings::IniFormat), registry(&settings),
          credentials(u"actidesk-test-translations"_s), controller(registry, credentials)
    {
        controller.setKeychainEnabled(false);
        controller.setStorePathResolver([profile](const Account &account) {
            return QString(profile + u"/cache-" + account.login + u".sqlite");
        });
        window = std::make_unique<MainWindow>(controller, registry);
        window->setToday(testdata::kToday);
        window->resize(1280, 800);
        window->show();
    }
    ~App() { window.reset(); }

    QSettings settings;
    AccountRegistry registry;
    CredentialStore credentials;
    SessionController controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;

    // English that must not be seen in `language`: the translated sources, and the words of the
    // sources that the translations never use. The command line's texts (context "main") name
    // option values, which stay English, so they do not count.
    static void englishOf(const QString &language, QSet<QString> *sources, QSet<QString> *words)
    {
        QSet<QString> translatedWords;
        for (const Message &message : readTs(tsPath(language))) {
            // The command lines' texts (the app's options, actidesk-cli) keep command words such
            // as "timesheet" in English on purpose, and never show in the window.
            if (message.context == u"main"_s || message.context.startsWith(u"actidesk::cli"_s))
                continue;
            if (message.translations.value(0) != message.source)
                sources->insert(plain(message.source));
            for (const QString &word : wordsOf(plain(message.source)))
                words->insert(word.toLower());
            for (const QString &translation : message.translations) {
                for (const QString &word : wordsOf(plain(translation)))
                    translatedWords.insert(word.toLower());
            }
        }
        for (const QString &word : translatedWords)
            words->remove(word);
        // Day and month names come from QLocale ("Do." is Thursday in German, not "do").
        const QLocale locale(language);
        for (int i = 1; i <= 12; ++i) {
            for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                QStringList names{locale.monthName(i, format),
                                  locale.standaloneMonthName(i, format)};
                if (i <= 7)
                    names << locale.dayName(i, format) << locale.standaloneDayName(i, format);
                for (const QString &name : names) {
                    for (const QString &word : wordsOf(name))
                        words->remove(word.toLower());
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The settings of this run stay out of the user's (~/.qttest).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ActiDesk-tests"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanupTestCase()
    {
        QVERIFY(Translations::install(u"en"_s));
        m_server.reset();
    }

    // ACTIDESK_LANGUAGE wins over the setting, the setting over the system's language.
    void chosenLanguageFollowsEnvironmentThenSettings()
    {
        const QByteArray saved = qgetenv(Translations::kEnvironmentVariable);
        qunsetenv(Translations::kEnvironmentVariable);
        QSettings settings;
        settings.remove(QLatin1StringView(Translations::kSettingsKey));
        QCOMPARE(Translations::chosenLanguage(), QString()); // the system's
        settings.setValue(QLatin1StringView(Translations::kSettingsKey), u"ru"_s);
        settings.sync();
        QCOMPARE(Translations::chosenLanguage(), u"ru"_s);
        qputenv(Translations::kEnvironmentVariable, "de");
        QCOMPARE(Translations::chosenLanguage(), u"de"_s);
        settings.remove(QLatin1StringView(Translations::kSettingsKey));
        if (saved.isNull())
            qunsetenv(Translations::kEnvironmentVariable);
        else
            qputenv(Translations::kEnvironmentVariable, saved);

        // Installing a language makes it QLocale's default; English needs no translator.
        QVERIFY(Translations::install(u"de"_s));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("actidesk::MainWindow", "&File"), u"&Datei"_s);
        // Qt's own texts (standard buttons) too: qtbase_de.qm of qt6-translations-l10n.
        QVERIFY2(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Abbrechen"_s,
                 "Qt's own German translation is not installed (packaging/install-deps.sh)");
        QVERIFY(Translations::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("actidesk::MainWindow", "&File"), u"&File"_s);
        QVERIFY(Translations::availableLanguages().contains(u"ru"_s));
    }

    void everyMessageIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << u"de"_s << 2;
        QTest::newRow("ru") << u"ru"_s << 3;
    }
    void everyMessageIsFinished()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 100, qPrintable(tsPath(language)));
        QStringList problems;
        for (const Message &message : messages) {
            const bool plural = message.source.contains(u"%n"_s) && message.translations.size() > 1;
            if (!message.finished)
                problems.append(u"unfinished: "_s + message.source);
            else if (plural && message.translations.size() != pluralForms)
                problems.append(
                    u"%1 plural forms instead of %2: %3"_s.arg(message.translations.size())
                        .arg(pluralForms)
                        .arg(message.source));
            else if (std::any_of(message.translations.cbegin(), message.translations.cend(),
                                 [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems.append(u"empty: "_s + message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every tr() text of ui/ and app/ is in the .ts files: lupdate over the sources finds
    // nothing they lack (translations/update.sh adds and fills what it finds).
    void everySourceTextIsInTheTsFiles_data() { everyMessageIsFinished_data(); }
    void everySourceTextIsInTheTsFiles()
    {
        QFETCH(QString, language);
        QTemporaryDir out;
        const QString scanned = out.filePath(u"scan.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(ACTIDESK_SOURCE_DIR));
        lupdate.start(
            QStringLiteral(ACTIDESK_LUPDATE),
            {u"-silent"_s, u"-locations"_s, u"none"_s, u"ui"_s, u"app"_s, u"-ts"_s, scanned});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> known;
        for (const Message &message : readTs(tsPath(language)))
            known.insert(message.context + u'|' + message.source);
        const QList<Message> found = readTs(scanned);
        QVERIFY(found.size() > 100);
        QStringList missing;
        for (const Message &message : found) {
            if (!known.contains(message.context + u'|' + message.source))
                missing.append(message.context + u": "_s + message.source);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in %1 (run translations/update.sh):\n"_s.arg(tsPath(language))
                            + missing.join(u'\n')));
    }

    void lreleaseReportsNoErrors_data() { everyMessageIsFinished_data(); }
    void lreleaseReportsNoErrors()
    {
        QFETCH(QString, language);
        QTemporaryDir out;
        QProcess lrelease;
        lrelease.start(QStringLiteral(ACTIDESK_LRELEASE),
                       {tsPath(language), u"-qm"_s, out.filePath(u"out.qm"_s)});
        QVERIFY(lrelease.waitForFinished(60000));
        const QString output = QString::fromUtf8(lrelease.readAllStandardOutput())
            + QString::fromUtf8(lrelease.readAllStandardError());
        QCOMPARE(lrelease.exitCode(), 0);
        QVERIFY2(!output.contains(u"error"_s, Qt::CaseInsensitive)
                     && !output.contains(u"warning"_s, Qt::CaseInsensitive)
                     && output.contains(u" 0 unfinished"_s) && !output.contains(u"untranslated"_s),
                 qPrintable(output));
    }

    void mainWindowShowsNoEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("weekWord");
        QTest::addColumn<QString>("login");
        // The manager sees every page (the team's review too); the employee has a week of time.
        QTest::newRow("de manager") << u"de"_s << u"KW"_s << u"manager"_s;
        QTest::newRow("de employee") << u"de"_s << u"KW"_s << u"employee"_s;
        QTest::newRow("ru manager") << u"ru"_s << u"Неделя"_s << u"manager"_s;
        QTest::newRow("ru employee") << u"ru"_s << u"Неделя"_s << u"employee"_s;
    }
    void mainWindowShowsNoEnglish()
    {
        QFETCH(QString, language);
        QFETCH(QString, weekWord);
        QFETCH(QString, login);
        QVERIFY2(Translations::install(language), "the translation is not in the resources");
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QSet<QString> englishSources, englishWords;
        englishOf(language, &englishSources, &englishWords);
        QVERIFY(englishWords.contains(u"timesheet"_s) && englishWords.contains(u"the"_s));

        const QStringList names = dataNames(testdata::contractDataset());
        QStringList problems;
        const auto read = [&](QMainWindow *window, const QString &state) {
            for (const QString &clash : duplicateWidgetAccelerators(window))
                problems.append(state + u": "_s + clash);
            for (const Shown &shown : collectWindow(window)) {
                const QString text = plain(shown.text);
                if (text.isEmpty())
                    continue;
                QStringList english;
                if (englishSources.contains(text) && !names.contains(text))
                    english.append(u"is its English source"_s);
                QString withoutData = text;
                for (const QString &name : names)
                    withoutData.replace(name, u" "_s);
                for (const QString &word : wordsOf(withoutData)) {
                    if (englishWords.contains(word.toLower()))
                        english.append(word);
                }
                if (!english.isEmpty())
                    problems.append(u"%1, %2: \"%3\" — %4"_s.arg(state, shown.where, text,
                                                                 english.join(u", "_s)));
            }
        };

        QTemporaryDir profile;
        App app(profile.path());
        // Signed out: the welcome page.
        read(app.window.get(), u"signed out"_s);
        QSignalSpy refreshed(app.window.get(), &MainWindow::timesheetRefreshed);
        app.controller.signIn({QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())), login, {}},
                              login, false);
        QVERIFY(refreshed.wait(15000) || refreshed.count() > 0);
        SessionView *view = app.window->sessionView();
        QVERIFY(view);

        const AccountWorkspace &workspace = view->workspace();
        // Reads the window once what the shown page fetched has landed (its "Loading…" and empty
        // states are translated too, but the page with its data is what the user reads for long).
        const auto check = [&](const QString &state) {
            QTRY_VERIFY_WITH_TIMEOUT(
                [&]() {
                    const auto overlays = app.window->findChildren<LoadingOverlay *>();
                    return workspace.status().requestsWaiting == 0
                        && std::none_of(overlays.cbegin(), overlays.cend(),
                                        [](LoadingOverlay *o) { return o->isVisible(); });
                }(),
                20000);
            read(app.window.get(), state);
        };
        for (int page = 0; page < SessionView::PageCount; ++page) {
            // The team's page comes once the server confirmed the manager's team.
            if (login == u"manager"_s)
                QTRY_VERIFY_WITH_TIMEOUT(view->isPageAvailable(SessionView::Page(page)), 15000);
            else if (!view->isPageAvailable(SessionView::Page(page)))
                continue;
            view->showPage(SessionView::Page(page));
            check(u"page %1"_s.arg(page));
            if (QTest::currentTestFailed())
                return;
        }
        // Every list of the directory, with its columns.
        auto *lists = view->reference()->findChild<QComboBox *>();
        QVERIFY(lists && lists->count() > 1);
        for (int list = 0; list < lists->count(); ++list) {
            lists->setCurrentIndex(list);
            check(u"directory list %1"_s.arg(list));
            if (QTest::currentTestFailed())
                return;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Each menu's accelerators are unique, in the translation too.
        const QStringList clashes =
            duplicateAccelerators(u"menu bar"_s, app.window->menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

        // Dates through QLocale: the week label and the day columns in the language.
        view->showPage(SessionView::Timesheet);
        const QLocale locale;
        const QString summary = view->timesheet()->summaryText();
        const QDate weekEnd = testdata::kWeekStart.addDays(6);
        QString headers;
        const TimesheetModel *model = view->timesheet()->model();
        for (int column = TimesheetModel::FirstDayColumn; column <= TimesheetModel::LastDayColumn;
             ++column)
            headers += model->headerData(column, Qt::Horizontal).toString() + u' ';
        QVERIFY2(headers.contains(locale.dayName(1, QLocale::ShortFormat)), qPrintable(headers));
        bool foundWeek = false;
        for (QLabel *label : view->timesheet()->findChildren<QLabel *>()) {
            const auto *elided = qobject_cast<ElidedLabel *>(label);
            const QString text = elided ? elided->fullText() : label->text();
            if (text.contains(weekWord)
                && text.contains(localedates::dayMonthYear(weekEnd, locale))) {
                foundWeek = true;
                break;
            }
        }
        QVERIFY2(foundWeek,
                 qPrintable(u"no label with \"%1\" and \"%2\" (summary: %3)"_s.arg(
                     weekWord, localedates::dayMonthYear(weekEnd, locale), summary)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
