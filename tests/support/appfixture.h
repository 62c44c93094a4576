#pragma once

#include "account.h"
#include "accountregistry.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "sessioncontroller.h"

#include <QDate>
#include <QModelIndex>
#include <QSettings>
#include <QString>

#include <memory>

class EmulatorFixture;

namespace actidesk {

class AccountWorkspace;
class ReferencePage;
class SessionView;
class Store;
class TimesheetModel;
class TimesheetPage;
class TimesheetView;

// One run of the whole app as a person starts it, for widget suites that drive the real window:
// the profile's settings, the account registry, the credential store (keychain off: the keychain
// has suites of its own), the SessionController with every account's cache in the profile folder,
// and the MainWindow, shown, with "today" pinned. The server is the suite's EmulatorFixture.
//
//     AppFixture app(m_profile.path());
//     QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
//     app.model()->…
class AppFixture
{
public:
    struct Options
    {
        // How often an offline session looks for the server (SessionOptions::probeIntervalMs).
        int probeIntervalMs = 200;
        // The account's clock (SessionOptions::clock); null: the system's.
        const Clock *clock = nullptr;
        // The day every page treats as today (MainWindow::setToday); invalid: the clock's.
        QDate today;
        bool show = true;
        // The desktop reminder (17:00 on the system's clock by default) stays off unless a
        // suite is about it: its fallback window would take the keys a test sends.
        bool reminders = false;
    };

    // For a suite's initTestCase(), before anything reads QSettings(): QStandardPaths' test mode
    // (the application's settings and data under ~/.qttest, not the user's) and the desktop
    // reminder off there too, for what runs before an AppFixture (which sets it per Options).
    static void useTestSettings();

    explicit AppFixture(const QString &profile);
    AppFixture(const QString &profile, const Options &options);
    ~AppFixture();
    AppFixture(const AppFixture &) = delete;
    AppFixture &operator=(const AppFixture &) = delete;

    // The account of `login` on the suite's emulator (http://127.0.0.1:<port>).
    static Account accountOn(const EmulatorFixture &server, const QString &login);
    // Where the app keeps the cache of `login` in `profile`.
    static QString cachePath(const QString &profile, const QString &login);
    QString cachePath(const QString &login) const { return cachePath(profile, login); }

    // Signs in (not remembering the password; password empty: the login, as the test datasets
    // have it) and waits until the shown week has the server's data. False on a timeout.
    [[nodiscard]] bool signIn(const Account &account, const QString &password = {},
                              int timeoutMs = 10000);

    // The signed-in (or cached) account's view and pages; null while none is shown.
    SessionView *view() const;
    TimesheetPage *page() const;
    TimesheetModel *model() const;
    TimesheetView *table() const;
    ReferencePage *reference() const;
    AccountWorkspace *workspace() const;
    Store *store() const; // the open account's cache, for checks on what was written
    // The timesheet's row of a task; -1 when the week has none.
    int rowOf(int taskId) const;
    // The timesheet's cell of a task on a date of the shown week (invalid without that row).
    QModelIndex cellOf(int taskId, const QDate &date) const;

    const QString profile;
    QSettings settings;
    AccountRegistry registry;
    CredentialStore credentials;
    SessionController controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace actidesk
