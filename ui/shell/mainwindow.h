#pragma once

#include "account.h"
#include "welcomepage.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QMessageBox;

namespace actidesk {

class AccountRegistry;
class DesktopCompanion;
class ExportDialog;
class IdleMonitor;
class AccountWorkspace;
class SessionController;
class SessionView;
class SignInDialog;
class StatusIndicators;
struct SignInProblem;
struct User;

// The application window: menus, the status bar and one SessionView for the account in use.
// Sign-in, switching and sign-out go through the SessionController; the open account is its
// AccountWorkspace, whose status snapshot the status bar shows. This window only shows outcomes:
// it never talks to the network, the cache or the sync engine, and never asks for a sync.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SessionController &controller, AccountRegistry &registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Demo mode: a Demo menu signs in as the demo employee or the demo manager.
    struct DemoSignIn
    {
        Account account;
        QString password;
        QString label; // e.g. "Employee (Emma Wilson)"
    };
    void setDemoSignIns(const QList<DemoSignIn> &signIns);
    // Pins "today" for every page (tests, reference screenshots); otherwise the account's clock
    // says.
    void setToday(const QDate &today);

    // The page shown when an account's view opens (a SessionView::Page); -1 for an unknown name.
    static int pageNamed(const QString &name);
    void setStartPage(int page) { m_startPage = page; }

    // Another start of the app for this profile asked for this window: shown, unminimised and
    // activated (with the sign-in dialog on top when it is open).
    void bringToFront();

    SessionView *sessionView() const { return m_view; }
    StatusIndicators *statusIndicators() const { return m_status; }
    SignInDialog *signInDialog() const { return m_signIn; }
    // The page shown while no account's data may be shown (first start, signed out); nullptr
    // while an account's view or a "Signing in…" note is shown.
    WelcomePage *welcomePage() const { return m_welcome; }
    // File → Export…, while it is open.
    ExportDialog *exportDialog() const;

Q_SIGNALS:
    // The shown timesheet week has data from the server (after a sign-in or a refresh).
    void timesheetRefreshed();
    // The timesheet was painted for the first time with data (from the cache or the server).
    void timesheetFirstPainted();
    // "Try the demo" on the welcome page outside demo mode: the app starts its demo (main.cpp).
    void demoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void rebuildPageMenu();
    // The window's week actions follow the shown page's navigation (texts, enabled).
    void updateWeekActions();
    void showShortcuts();
    void rebuildAccountMenu();
    void onSessionOpened(AccountWorkspace *workspace);
    void onSessionClosing(AccountWorkspace *workspace);
    void onSignedIn(AccountWorkspace *workspace, const User &user);
    void onSignInFailed(const SignInProblem &problem);
    void onNeedsSignIn(const Account &account, const SignInProblem &problem);
    void showSessionView(int userId);
    void showPlaceholder(const QString &text);
    // The Timer menu, the tray, idle time and the reminder for the shown account.
    void startDesktopCompanion();
    void updateTimerMenu();
    void showUndeliveredReminder(const QString &title, const QString &text);
    IdleMonitor *idleMonitor();
    void showPreferences();
    // File → Export… (Ctrl+E): the export dialog over the shown account.
    void showExport();
    void showUserGuide();
    void showAbout();
    void showWelcome(const QString &message);
    void showSignedOut();
    void openSignIn(const Account &account = {});
    void confirmSignOut();
    // The guard before anything changes what the window shows or who is signed in: commits the
    // open editors; false (the editor stays open with the reason) when that is not possible.
    bool commitPendingEdits();
    void showStatus(); // the workspace's snapshot, or "Not signed in"
    void updateTitle();

    SessionController &m_controller;
    AccountRegistry &m_registry;
    QPointer<AccountWorkspace> m_workspace;
    SessionView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QPointer<WelcomePage> m_welcome; // deleted by setCentralWidget() when replaced
    QList<DemoSignIn> m_demoSignIns;
    StatusIndicators *m_status = nullptr;
    SignInDialog *m_signIn = nullptr;
    QMenu *m_pageMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_demoMenu = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_signOut = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_export = nullptr;
    QPointer<ExportDialog> m_exportDialog; // while File → Export… is open
    QList<QAction *> m_weekActions; // previous, this, next (WeekNavigator::kSteps)
    QAction *m_shortcutsHelp = nullptr;
    QDate m_today;
    bool m_firstPaintSeen = false;
    int m_startPage = 0;
    bool m_startPageShown = false;
    QString m_lastRefreshError; // shown once in the status bar's message area
    // The timer, idle question, reminder and tray of the shown account (with its SessionView).
    QPointer<DesktopCompanion> m_companion;
    QPointer<QMessageBox> m_reminderBox;
    IdleMonitor *m_idle = nullptr; // one per process, found on first use
    bool m_idleDetected = false;
    QMenu *m_timerMenu = nullptr;
    QAction *m_timerStatus = nullptr;
    QAction *m_startTimer = nullptr;
    QAction *m_stopTimer = nullptr;
};

} // namespace actidesk
