// Preferences → Accounts and Help, in the real window against the emulator, by keyboard: the
// known accounts are listed (the one in use marked); removing one whose cache holds unsent
// changes says so, keeps its cache and its changes; removing the one in use with nothing waiting
// signs out and deletes its cache; "Clear Cache" deletes the server's data, keeps the outbox (the
// figure updates), and the outbox is sent once the server is back; Help → About names the
// version, the licence, Qt and the server (whose version the API does not report); Help → User
// Guide shows the guide's topics.
#include "aboutdialog.h"
#include "accountspanel.h"
#include "accountworkspace.h"
#include "actideskversion.h"
#include "appfixture.h"
#include "desktopsettings.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sessioncontroller.h"
#include "store.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetview.h"
#include "userguidedialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace actidesk;
using namespace Qt::StringLiterals;
using Fault = emu::FaultRule::Kind;

namespace {
constexpr int kDesignHull = 1; // a task of the employee's current week
constexpr int kAccountsTab = 4;
constexpr int kEmployeeTasks = 4; // of the contract dataset's six, those the employee may see

QMessageBox *openBox()
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    return box && box->isVisible() ? box : nullptr;
}

// The open box, active as the window system makes a new box: its Alt+ keys are shortcuts, which
// only an active window gets (offscreen activates it late or not at all).
QMessageBox *activeBox()
{
    QMessageBox *box = openBox();
    if (!box)
        return nullptr;
    box->activateWindow();
    return QTest::qWaitFor([box] { return QApplication::activeWindow() == box; }) ? box : nullptr;
}

// A box closed: the window system activates the window below it again (offscreen does not).
bool reactivate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClick(target, k, modifiers);
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<AppFixture> m_app;

    Account account(const QString &login) const { return AppFixture::accountOn(*m_server, login); }

    void start()
    {
        m_app = std::make_unique<AppFixture>(m_profile->path());
        QVERIFY(m_app->signIn(account(u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
    }
    // Ctrl+, then the Accounts tab.
    PreferencesDialog *openAccounts()
    {
        key(Qt::Key_Comma, Qt::ControlModifier);
        PreferencesDialog *dialog = nullptr;
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_app->window->findChild<PreferencesDialog *>();
                return dialog && dialog->isVisible();
            },
            5000);
        if (!dialog || !QTest::qWaitForWindowExposed(dialog)) {
            qWarning() << "no Preferences dialog shown" << dialog;
            return nullptr;
        }
        // The offscreen platform leaves the blocked main window active (xcb activates a modal
        // window when it maps it): activate the dialog as the window system does.
        dialog->activateWindow();
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; })) {
            qWarning() << "the Preferences dialog did not become active"
                       << QApplication::activeWindow();
            return nullptr;
        }
        key(Qt::Key_U, Qt::AltModifier); // Acco&unts
        if (!QTest::qWaitFor([&] { return dialog->tabs()->currentIndex() == kAccountsTab; })) {
            qWarning() << "the Accounts tab was not reached; focus:" << QApplication::focusWidget()
                       << dialog->tabs()->count() << dialog->tabs()->currentIndex()
                       << dialog->tabs()->tabBar() << QApplication::activeWindow();
            return nullptr;
        }
        return dialog;
    }
    QStringList listed(PreferencesDialog *dialog) const
    {
        QStringList rows;
        for (int i = 0; i < dialog->accounts()->list()->count(); ++i)
            rows.append(dialog->accounts()->list()->item(i)->text());
        return rows;
    }
    int serverMinutes(const QDate &date, int taskId) const
    {
        const auto day = m_server->data().timetrack.find(emu::dayKey(date, 3));
        if (day == m_server->data().timetrack.end())
            return -1;
        const auto it = day->second.find(taskId);
        return it == day->second.end() ? -1 : it->second.time;
    }

private Q_SLOTS:
    void init()
    {
        // No "time is missing" reminder at whatever time the suite runs (its failure to notify
        // would be a box of its own).
        DesktopSettings quiet = DesktopSettings::load();
        quiet.reminders.enabled = false;
        quiet.save();
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_app.reset();
        m_server.reset();
        m_profile.reset();
    }

    void removingAnAccountWithUnsentChangesKeepsThem()
    {
        start();
        // The manager's cache (not open) holds one change typed earlier, never sent.
        const Account manager = account(u"manager"_s);
        m_app->registry.add(manager);
        const QString managerCache = m_app->cachePath(u"manager"_s);
        {
            std::unique_ptr<Store> store = Store::open(managerCache, nullptr);
            QVERIFY(store);
            QVERIFY(store->editTimetrackCell(2, testdata::kToday, kDesignHull, 30, {}));
        }
        PreferencesDialog *dialog = openAccounts();
        QVERIFY(dialog);
        const QStringList rows = listed(dialog);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).contains(u"employee"_s) && rows.at(0).contains(u"in use"_s),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(rows.at(1).contains(u"manager"_s) && !rows.at(1).contains(u"in use"_s));

        key(Qt::Key_C, Qt::AltModifier); // the list
        QCOMPARE(QApplication::focusWidget(), dialog->accounts()->list());
        key(Qt::Key_Down); // the manager
        key(Qt::Key_M, Qt::AltModifier); // Remove Account…
        QTRY_VERIFY(openBox());
        QVERIFY2(openBox()->informativeText().contains(u"1 change of this account has not been "
                                                       u"sent yet"_s),
                 qPrintable(openBox()->informativeText()));
        QTest::keyClick(openBox(), Qt::Key_Return); // the default is Cancel: nothing happens
        QTRY_VERIFY(!openBox());
        QVERIFY(reactivate(dialog));
        QVERIFY(m_app->registry.contains(manager));

        key(Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(openBox());
        QVERIFY(activeBox());
        QTest::keyClick(activeBox(), Qt::Key_R, Qt::AltModifier); // Remove and Keep Unsent Changes
        QTRY_VERIFY(!m_app->registry.contains(manager));
        QVERIFY(QFileInfo::exists(managerCache));
        QCOMPARE(Store::unsentChangesIn(managerCache), std::optional<int>(1));
        QVERIFY2(dialog->accounts()->note().contains(u"stays on this computer"_s),
                 qPrintable(dialog->accounts()->note()));
        QCOMPARE(listed(dialog).size(), 1);
        // The account in use is untouched.
        QVERIFY(m_app->window->sessionView());
    }

    void removingTheAccountInUseSignsOutAndDeletesItsCache()
    {
        start();
        const QString cache = m_app->cachePath(u"employee"_s);
        QVERIFY(QFileInfo::exists(cache));
        QTRY_COMPARE(m_app->workspace()->status().changesWaiting, 0);
        PreferencesDialog *dialog = openAccounts();
        QVERIFY(dialog);
        key(Qt::Key_M, Qt::AltModifier); // the account in use is the current row
        QTRY_VERIFY(openBox());
        QVERIFY(openBox()->informativeText().contains(u"signed out"_s));
        QVERIFY(openBox()->informativeText().contains(u"deleted"_s));
        QVERIFY(activeBox());
        QTest::keyClick(activeBox(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(m_app->registry.accounts().isEmpty());
        QTRY_VERIFY(!m_app->window->sessionView());
        QTRY_VERIFY(!QFileInfo::exists(cache));
        QVERIFY(!dialog->accounts()->clearCacheButton()->isEnabled());
    }

    void clearingTheCacheKeepsUnsentChanges()
    {
        start();
        Store *store = m_app->store();
        // Signing in paints the week first; the task list (the tasks the employee may see) arrives
        // after it.
        const int tasksBefore = kEmployeeTasks;
        QTRY_COMPARE_WITH_TIMEOUT(int(store->tasks().size()), tasksBefore, 10000);
        // The server goes away: what is typed now waits in the outbox.
        m_server->emulator().faults().add({Fault::DropBeforeHandling, -1, 0, {}, {}});
        TimesheetModel *model = m_app->model();
        const QModelIndex cell = m_app->cellOf(kDesignHull, testdata::kToday);
        QVERIFY(cell.isValid());
        m_app->table()->setFocus();
        m_app->table()->setCurrentIndex(cell);
        QTest::keyClick(m_app->table(), Qt::Key_7);
        QTRY_VERIFY(m_app->table()->isEditing());
        key(Qt::Key_Return);
        QTRY_COMPARE(store->outboxCount(), 1);
        QTRY_COMPARE(m_app->workspace()->status().changesWaiting, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->workspace()->status().connection,
                                  WorkspaceStatus::Connection::Offline, 10000);

        PreferencesDialog *dialog = openAccounts();
        QVERIFY(dialog);
        const QString sizeBefore = dialog->accounts()->cacheSize()->text();
        QVERIFY2(sizeBefore.contains(u"1 change not sent yet"_s), qPrintable(sizeBefore));
        key(Qt::Key_L, Qt::AltModifier); // Clear Cache…
        QTRY_VERIFY(openBox());
        QVERIFY(openBox()->informativeText().contains(u"The 1 change not yet sent stays"_s));
        QTest::keyClick(openBox(), Qt::Key_Escape); // cancelled: nothing cleared
        QTRY_VERIFY(!openBox());
        QVERIFY(reactivate(dialog));
        QCOMPARE(int(store->tasks().size()), tasksBefore);

        key(Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(openBox());
        QTest::keyClick(openBox(), Qt::Key_Return); // Clear Cache is the default
        QTRY_VERIFY(dialog->accounts()->note().contains(u"cleared"_s));
        // The outbox and its cell stay; the rest of the server's data is gone (offline: nothing
        // came back yet).
        QCOMPARE(store->outboxCount(), 1);
        QCOMPARE(int(store->tasks().size()), 1);
        QVERIFY(!store->serverInfo());
        QTRY_COMPARE(
            model->data(m_app->cellOf(kDesignHull, testdata::kToday), TimesheetModel::MinutesRole)
                .toInt(),
            7 * 60);
        QVERIFY(dialog->accounts()->cacheSize()->text() != sizeBefore);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());

        // The server is back: the change is sent, the lists come back.
        m_server->emulator().faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(serverMinutes(testdata::kToday, kDesignHull), 7 * 60, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(store->outboxCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(int(store->tasks().size()), tasksBefore, 15000);
    }

    void aboutNamesVersionLicenceQtAndServer()
    {
        start();
        QAction *about = nullptr;
        for (QAction *action : m_app->window->menuBar()->findChildren<QAction *>()) {
            if (action->text() == u"&About ActiDesk"_s)
                about = action;
        }
        QVERIFY(about);
        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->window->findChild<AboutDialog *>()) && dialog->isVisible());
        const QString text = dialog->text();
        QVERIFY2(text.contains(QString::fromLatin1(ACTIDESK_VERSION)), qPrintable(text));
        QVERIFY(text.contains(u"Licence: proprietary"_s));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(AppFixture::accountOn(*m_server, {}).serverName()));
        QVERIFY(text.contains(u"Server version: not reported by the server"_s));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_app->window->findChild<AboutDialog *>());
    }

    void theUserGuideShowsItsTopics()
    {
        start();
        QAction *guide = nullptr;
        for (QAction *action : m_app->window->menuBar()->findChildren<QAction *>()) {
            if (action->text() == u"&User Guide"_s)
                guide = action;
        }
        QVERIFY(guide);
        guide->trigger();
        UserGuideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->window->findChild<UserGuideDialog *>())
                    && dialog->isVisible());
        const QString text = dialog->browser()->toPlainText();
        for (const QString &topic : {u"Signing in"_s, u"The week"_s, u"Offline and the outbox"_s,
                                     u"Conflicts"_s, u"Leave"_s, u"Tasks"_s, u"Review"_s,
                                     u"Timer and tray"_s, u"Export and the command line"_s})
            QVERIFY2(text.contains(topic), qPrintable(topic));
        QCOMPARE(UserGuideDialog::resourceFor(u"de_DE"_s), u":/guide/guide_de.html"_s);
        QCOMPARE(UserGuideDialog::resourceFor(u"ru"_s), u":/guide/guide_ru.html"_s);
        QCOMPARE(UserGuideDialog::resourceFor(u"fr_FR"_s), u":/guide/guide_en.html"_s);
        QVERIFY(QFile::exists(u":/guide/guide_de.html"_s));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
