#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountmodels.h"
#include "accountregistry.h"
#include "accountworkspace.h"
#include "clock.h"
#include "desktopcompanion.h"
#include "desktopsettings.h"
#include "exportdialog.h"
#include "idlemonitor.h"
#include "idlesource.h"
#include "leavepage.h"
#include "networkpreferences.h"
#include "preferencesdialog.h"
#include "referencepage.h"
#include "reviewpage.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "shortcutsdialog.h"
#include "signindialog.h"
#include "signinproblem.h"
#include "statusindicators.h"
#include "taskbrowserpage.h"
#include "tasktimer.h"
#include "timertray.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"
#include "userguidedialog.h"
#include "weeknavigator.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace actidesk {

MainWindow::MainWindow(SessionController &controller, AccountRegistry &registry, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_registry(registry)
{
    setWindowTitle(tr("ActiDesk"));
    resize(1280, 760);

    // Before any account is open, the time is the one every account will get.
    m_status = new StatusIndicators(this);
    m_status->setClock(controller.clock());
    statusBar()->addPermanentWidget(m_status);
    m_signIn = new SignInDialog(this);
    m_signIn->setClock(controller.clock());
    connect(m_signIn, &SignInDialog::signInRequested, this,
            [this](const Account &account, const QString &password, bool remember) {
                if (!commitPendingEdits()) {
                    m_signIn->hide(); // the editor with the reason is in the window
                    return;
                }
                m_signIn->setBusy(true);
                m_controller.signIn(account, password, remember);
            });
    connect(m_signIn, &SignInDialog::plainHttpConsent, this,
            [this](const QUrl &server, bool allowed) {
                m_registry.setAllowsPlainHttp(server, allowed);
            });

    // A dialog closed without signing in must not leave "Opening…" or "Signing in…" behind.
    connect(m_signIn, &QDialog::rejected, this, [this]() {
        if (!m_view)
            showWelcome({});
    });
    connect(m_status, &StatusIndicators::signInRequested, this,
            [this]() { openSignIn(m_workspace ? m_workspace->account() : Account{}); });
    connect(m_status, &StatusIndicators::outboxCellRequested, this, [this](OutboxState state) {
        if (m_view && !m_view->showFirstOutboxCell(state) && m_view->commitPendingEdits())
            statusBar()->showMessage(tr("That change is not on a timesheet or leave cell."), 8000);
    });

    buildMenus();
    showPlaceholder(tr("Opening…"));

    connect(&controller, &SessionController::sessionOpened, this, &MainWindow::onSessionOpened);
    connect(&controller, &SessionController::sessionClosing, this, &MainWindow::onSessionClosing);
    connect(&controller, &SessionController::signedIn, this, &MainWindow::onSignedIn);
    connect(&controller, &SessionController::signInFailed, this, &MainWindow::onSignInFailed);
    connect(&controller, &SessionController::needsSignIn, this, &MainWindow::onNeedsSignIn);
    connect(&controller, &SessionController::signedOut, this, [this]() {
        showSignedOut();
        showStatus();
        openSignIn(m_workspace ? m_workspace->account() : Account{});
    });
    // Warnings (a cache rebuilt after damage, a keychain that refused the password) matter but
    // must not block: a window-modal box the user closes when they have read it.
    connect(&controller, &SessionController::warning, this, [this](const QString &message) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("ActiDesk"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

MainWindow::~MainWindow()
{
    // An editor still open would be committed by its focus moving while this window is half
    // destroyed, and the sync it starts would call back into it: commit it now, while everything
    // is whole, and take the view down before the window.
    if (m_view) {
        m_view->commitPendingEdits();
        delete m_view;
        m_view = nullptr;
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signIn = file->addAction(tr("Sign &In to Another Account…"));
    connect(signIn, &QAction::triggered, this, [this]() {
        if (commitPendingEdits())
            openSignIn();
    });
    m_accountMenu = file->addMenu(tr("S&witch Account"));
    connect(m_accountMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildAccountMenu);
    m_signOut = file->addAction(tr("Sign &Out…"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::confirmSignOut);
    file->addSeparator();
    m_export = file->addAction(tr("&Export\u2026"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Write the timesheet, the review or the task list to a CSV or "
                            "iCalendar file"));
    m_export->setEnabled(false); // until an account's pages show
    connect(m_export, &QAction::triggered, this, &MainWindow::showExport);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[SessionView::PageCount] = {tr("&Timesheet"), tr("&Leave"), tr("T&asks"),
                                                   tr("&Review"), tr("&Directory")};
    for (int page = 0; page < SessionView::PageCount; ++page) {
        QAction *action = view->addAction(names[page]);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, page]() {
            if (m_view) // SessionView guards the page switch itself
                m_view->showPage(SessionView::Page(page));
        });
        m_pageActions.append(action);
    }
    view->addSeparator();
    // The week keys belong to the window, so they work wherever the focus is: they step the
    // shown page's period through that page's own actions (which commit what is typed first).
    for (const WeekNavigator::Step step : WeekNavigator::kSteps) {
        QAction *action = view->addAction(QString());
        WeekNavigator::describe(action, step);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, step]() {
            WeekNavigator *navigator =
                m_view ? m_view->weekNavigator(m_view->currentPage()) : nullptr;
            if (navigator && navigator->action(step)->isEnabled())
                navigator->action(step)->trigger();
        });
        m_weekActions.append(action);
    }
    view->addSeparator();
    m_refresh = view->addAction(tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, [this]() {
        if (m_view && commitPendingEdits())
            m_view->refreshCurrent();
    });

    m_pageMenu = menuBar()->addMenu(tr("&Timesheet"));
    m_timerMenu = menuBar()->addMenu(tr("T&imer"));
    m_timerStatus = m_timerMenu->addAction(QString());
    m_timerStatus->setEnabled(false);
    m_startTimer = m_timerMenu->addAction(tr("&Start Timer on This Task"));
    m_startTimer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_startTimer->setToolTip(tr("Time the task of the timesheet's current row; stopping adds "
                                "the minutes to its cell of the day"));
    connect(m_startTimer, &QAction::triggered, this, [this] {
        if (!m_view || !m_companion)
            return;
        const int task = m_view->currentTimesheetTask();
        if (task <= 0) {
            statusBar()->showMessage(tr("Choose a task row of the timesheet to time."), 5000);
            return;
        }
        if (const StoreResult result = m_view->timer().start(task); !result.ok())
            QMessageBox::warning(this, tr("Timer"), result.message);
    });
    m_stopTimer = m_timerMenu->addAction(tr("S&top Timer"));
    m_stopTimer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_stopTimer, &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        if (const StoreResult result = m_view->timer().stop(); !result.ok())
            QMessageBox::warning(this, tr("Timer"), result.message);
    });
    connect(m_timerMenu, &QMenu::aboutToShow, this, &MainWindow::updateTimerMenu);
    updateTimerMenu();
    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    m_demoMenu->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"));
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcutsHelp = help->addAction(tr("&Keyboard Shortcuts"));
    m_shortcutsHelp->setShortcut(QKeySequence::HelpContents);
    m_shortcutsHelp->setEnabled(false); // until an account's pages show
    connect(m_shortcutsHelp, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ActiDesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QString server;
    std::optional<ServerInfo> info;
    if (m_workspace) {
        server = m_workspace->account().serverName();
        if (m_workspace->store())
            info = AccountModels(*m_workspace->store()).knownServerInfo();
    }
    auto *dialog = new AboutDialog(server, info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rebuildPageMenu()
{
    m_pageMenu->clear();
    updateWeekActions();
    // Like every key of the account's pages, F1 waits for them (signed out, nothing answers).
    m_shortcutsHelp->setEnabled(m_view != nullptr);
    if (!m_view)
        return;
    // The week actions are in the View menu, with the window's keys.
    const WeekNavigator *navigator = m_view->timesheet()->weekNavigator();
    for (QAction *action : m_view->timesheet()->actions()) {
        if (action != navigator->action(WeekNavigator::Step::Previous)
            && action != navigator->action(WeekNavigator::Step::Current)
            && action != navigator->action(WeekNavigator::Step::Next))
            m_pageMenu->addAction(action);
    }
}

void MainWindow::updateWeekActions()
{
    const WeekNavigator *navigator =
        m_view ? m_view->weekNavigator(m_view->currentPage()) : nullptr;
    for (int i = 0; i < m_weekActions.size(); ++i) {
        const WeekNavigator::Step step = WeekNavigator::kSteps.at(i);
        QAction *action = m_weekActions.at(i);
        WeekNavigator::describe(action, step, navigator && navigator->periodIsMonth());
        action->setEnabled(navigator && navigator->action(step)->isEnabled());
    }
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<ShortcutScope> scopes;
    if (m_view) {
        scopes = {{tr("Timesheet"), m_view->timesheet()},
                  {tr("Leave"), m_view->leave()},
                  {tr("Tasks"), m_view->tasks()},
                  {tr("Review"), m_view->review()},
                  {tr("Directory"), m_view->reference()}};
    }
    dialog->setShortcuts(collectShortcuts(this, scopes));
    dialog->open();
}

void MainWindow::rebuildAccountMenu()
{
    m_accountMenu->clear();
    const QList<Account> accounts = m_registry.accounts();
    if (accounts.isEmpty()) {
        m_accountMenu->addAction(tr("No saved accounts"))->setEnabled(false);
        return;
    }
    for (const Account &account : accounts) {
        const QString name = account.displayName.isEmpty() ? account.login : account.displayName;
        QAction *action = m_accountMenu->addAction(tr("%1 on %2").arg(name, account.serverName()));
        action->setCheckable(true);
        action->setChecked(m_workspace && m_workspace->account().isSameAs(account));
        connect(action, &QAction::triggered, this, [this, account]() {
            if (commitPendingEdits())
                m_controller.switchTo(account);
        });
    }
}

int MainWindow::pageNamed(const QString &name)
{
    const QStringList names = {u"timesheet"_s, u"leave"_s, u"tasks"_s, u"review"_s};
    return int(names.indexOf(name.toLower()));
}

void MainWindow::setDemoSignIns(const QList<DemoSignIn> &signIns)
{
    m_demoSignIns = signIns;
    m_demoMenu->clear();
    for (const DemoSignIn &demo : signIns) {
        QAction *action = m_demoMenu->addAction(tr("Sign In as %1").arg(demo.label));
        connect(action, &QAction::triggered, this, [this, demo]() {
            if (commitPendingEdits())
                m_controller.signIn(demo.account, demo.password, false);
        });
    }
    m_demoMenu->menuAction()->setVisible(!signIns.isEmpty());
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    if (m_view)
        m_view->setToday(today);
}

void MainWindow::onSessionOpened(AccountWorkspace *workspace)
{
    m_workspace = workspace;
    m_status->setClock(workspace->clock());
    if (!workspace->store()) {
        showPlaceholder(tr("The data of %1 cannot be opened on this computer.")
                            .arg(workspace->account().serverName()));
        return;
    }
    connect(workspace, &AccountWorkspace::statusChanged, this, [this](const WorkspaceStatus &s) {
        // A failed refresh also shows for a while where the user looks.
        if (!s.lastRefreshError.isEmpty() && s.lastRefreshError != m_lastRefreshError)
            statusBar()->showMessage(s.lastRefreshError, 15000);
        m_lastRefreshError = s.lastRefreshError;
        m_status->setStatus(s);
        updateTitle();
    });
    connect(workspace, &AccountWorkspace::shownWeekRefreshed, this,
            &MainWindow::timesheetRefreshed);
    if (const std::optional<User> user = workspace->currentUser())
        showSessionView(user->id); // the cache paints at once, online or not
    else
        showPlaceholder(tr("Signing in to %1…").arg(workspace->account().serverName()));
    showStatus();
}

void MainWindow::onSessionClosing(AccountWorkspace *)
{
    delete m_exportDialog; // it exports from this workspace: cancelled, nothing written
    if (m_view) {
        delete m_view; // before the workspace (and its Store) goes
        m_view = nullptr;
        rebuildPageMenu();
    }
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = nullptr;
    m_status->setClock(m_controller.clock());
    m_lastRefreshError.clear();
    showPlaceholder(tr("Switching account…"));
}

void MainWindow::onSignedIn(AccountWorkspace *workspace, const User &user)
{
    m_signIn->setBusy(false);
    m_signIn->hide();
    if (!m_view || &m_view->workspace() != workspace || m_view->userId() != user.id)
        showSessionView(user.id);
    else
        m_view->refreshCurrent(); // online again: fetch what the cache showed
    showStatus();
}

void MainWindow::onSignInFailed(const SignInProblem &problem)
{
    if (m_signIn->isVisible()) {
        m_signIn->setBusy(false);
        m_signIn->showProblem(problem);
        return;
    }
    // An automatic sign-in: a wrong password needs the user; anything else only delays syncing,
    // and the cached data stays usable.
    if (problem.kind == SignInProblem::Kind::BadCredentials && m_workspace) {
        openSignIn(m_workspace->account());
        m_signIn->showProblem(problem);
        return;
    }
    statusBar()->showMessage(problem.message, 15000);
    showStatus();
}

void MainWindow::onNeedsSignIn(const Account &account, const SignInProblem &problem)
{
    if (!m_view)
        showWelcome({}); // behind the dialog, and what stays when it is cancelled
    openSignIn(account);
    if (problem.kind != SignInProblem::Kind::None)
        m_signIn->showProblem(problem);
}

void MainWindow::openSignIn(const Account &account)
{
    m_signIn->setBusy(false);
    QList<QUrl> servers;
    for (const Account &known : m_registry.accounts())
        servers.append(known.serverUrl);
    m_signIn->setKnownServers(servers);
    m_signIn->setPlainHttpServers(m_registry.plainHttpServers());
    m_signIn->setAccount(account);
    // As the account has it: an unchecked box would delete its saved password on sign-in.
    m_signIn->setRemember(m_registry.remembersPassword(account));
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

bool MainWindow::commitPendingEdits()
{
    return !m_view || m_view->commitPendingEdits();
}

void MainWindow::confirmSignOut()
{
    if (!m_workspace || !commitPendingEdits())
        return;
    QMessageBox box(QMessageBox::Question, tr("Sign Out"),
                    tr("Sign out of %1?").arg(m_workspace->account().serverName()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Changes not yet sent stay on this computer and are sent the next "
                              "time you sign in to this account."));
    QPushButton *signOut = box.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
    auto *forget = new QCheckBox(tr("Also forget the saved password"), &box);
    box.setCheckBox(forget);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(signOut)) {
        m_controller.signOut(forget->isChecked());
        showSignedOut(); // at once, not only once the keychain forgot the password
    }
}

void MainWindow::showSessionView(int userId)
{
    delete m_view;
    m_view = new SessionView(*m_workspace, userId, this);
    m_firstPaintSeen = false;
    m_view->timesheet()->view()->viewport()->installEventFilter(this);
    connect(m_view, &SessionView::reviewAvailabilityChanged, this, [this](bool available) {
        m_pageActions.at(SessionView::Review)->setEnabled(available);
        // Review is known to be allowed only after the server said so: honour --page then.
        if (available && m_startPage == SessionView::Review && !m_startPageShown) {
            m_startPageShown = true;
            m_view->showPage(SessionView::Review);
        }
    });
    connect(m_view, &SessionView::pageChanged, this, [this](SessionView::Page page) {
        m_pageMenu->menuAction()->setVisible(page == SessionView::Timesheet);
        updateWeekActions();
    });
    for (int page = 0; page < SessionView::PageCount; ++page) {
        if (WeekNavigator *navigator = m_view->weekNavigator(SessionView::Page(page))) {
            navigator->setKeysOwnedByWindow(true);
            for (const WeekNavigator::Step step : WeekNavigator::kSteps)
                connect(navigator->action(step), &QAction::changed, this,
                        &MainWindow::updateWeekActions);
        }
    }
    for (int page = 0; page < SessionView::PageCount; ++page)
        m_pageActions.at(page)->setEnabled(m_view->isPageAvailable(SessionView::Page(page)));
    m_refresh->setEnabled(true);
    m_export->setEnabled(true);
    setCentralWidget(m_view); // takes ownership; deletes the placeholder
    m_placeholder = nullptr;
    rebuildPageMenu();
    m_view->setToday(m_today.isValid() ? m_today : m_workspace->clock().today());
    if (m_startPage > 0 && m_view->isPageAvailable(SessionView::Page(m_startPage))) {
        m_startPageShown = true;
        m_view->showPage(SessionView::Page(m_startPage));
    }
    m_view->timesheet()->view()->setFocus();
    startDesktopCompanion();
    updateTitle();
}

IdleMonitor *MainWindow::idleMonitor()
{
    if (!m_idleDetected) {
        m_idleDetected = true;
        // The source is found from the event loop (D-Bus answers are not waited for here).
        m_idle = new IdleMonitor(nullptr, Clock::system(), this);
        m_idle->detectSource();
    }
    return m_idle;
}

void MainWindow::startDesktopCompanion()
{
    delete m_companion;
    auto *companion =
        new DesktopCompanion(m_view->timer(), m_view->reminder(), idleMonitor(), this, m_view);
    m_companion = companion;
    connect(companion, &DesktopCompanion::showWindowRequested, this, &MainWindow::bringToFront);
    connect(companion, &DesktopCompanion::quitRequested, this, &QWidget::close);
    connect(companion, &DesktopCompanion::openTimesheetRequested, this, [this] {
        bringToFront();
        if (m_view)
            m_view->showPage(SessionView::Timesheet);
    });
    connect(companion, &DesktopCompanion::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Timer"), message); });
    connect(companion, &DesktopCompanion::reminderNotDelivered, this,
            &MainWindow::showUndeliveredReminder);
    connect(&m_view->timer(), &TaskTimer::runningChanged, this, &MainWindow::updateTimerMenu);
    companion->apply(DesktopSettings::load());
    updateTimerMenu();
}

void MainWindow::showUndeliveredReminder(const QString &title, const QString &text)
{
    // Not modal: a reminder must not stop what the user is typing (nor a test's event loop).
    if (m_reminderBox)
        m_reminderBox->close();
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, this);
    QPushButton *open = box->addButton(tr("Open Timesheet"), QMessageBox::AcceptRole);
    box->setDefaultButton(open);
    box->setModal(false);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(open, &QPushButton::clicked, this, [this] {
        bringToFront();
        if (m_view)
            m_view->showPage(SessionView::Timesheet);
    });
    m_reminderBox = box;
    box->show();
}

void MainWindow::updateTimerMenu()
{
    const bool running = m_view && m_view->timer().isRunning();
    m_timerStatus->setText(m_companion ? m_companion->tray()->statusText()
                                       : tr("No timer running"));
    m_startTimer->setEnabled(m_view != nullptr);
    m_stopTimer->setEnabled(running);
}

void MainWindow::showPreferences()
{
    // Window-modal and not blocking: the Accounts tab asks its questions in boxes of its own.
    auto *dialog = new PreferencesDialog(DesktopSettings::load(), NetworkPreferences::load(),
                                         idleMonitor()->sourceName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addAccountsTab(m_controller, m_registry, m_workspace);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const QString problem = dialog->network().apply(); !problem.isEmpty())
            QMessageBox::warning(this, tr("Preferences"), problem);
        if (m_companion)
            m_companion->apply(dialog->settings());
    });
    connect(dialog, &PreferencesDialog::addAccountRequested, this, [this] {
        if (commitPendingEdits())
            openSignIn();
    });
    dialog->open();
}

ExportDialog *MainWindow::exportDialog() const
{
    return m_exportDialog;
}

void MainWindow::showExport()
{
    if (!m_view || !commitPendingEdits())
        return;
    delete m_exportDialog;
    m_exportDialog = new ExportDialog(m_view->workspace(), m_view->models(), m_today, this);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->open();
}

void MainWindow::showPlaceholder(const QString &text)
{
    delete m_companion; // no account shown: no timer menu, tray or reminder of one
    updateTimerMenu();
    if (m_view) {
        // setCentralWidget() deletes the current central widget: detach the view first.
        takeCentralWidget();
        delete m_view;
        m_view = nullptr;
        rebuildPageMenu();
    }
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(false);
    m_refresh->setEnabled(false);
    m_export->setEnabled(false);
    if (!m_placeholder) {
        m_placeholder = new QLabel(this);
        m_placeholder->setAlignment(Qt::AlignCenter);
        m_placeholder->setForegroundRole(QPalette::PlaceholderText);
        setCentralWidget(m_placeholder);
    }
    m_placeholder->setText(text);
}

void MainWindow::showWelcome(const QString &message)
{
    if (m_view) {
        takeCentralWidget(); // see showPlaceholder()
        delete m_view; // and with it the account's timer companion (tray, reminder)
        m_view = nullptr;
        rebuildPageMenu();
    }
    updateTimerMenu();
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(false);
    m_refresh->setEnabled(false);
    m_export->setEnabled(false);
    if (!m_welcome) {
        m_welcome = new WelcomePage(this);
        connect(m_welcome, &WelcomePage::signInRequested, this,
                [this]() { openSignIn(m_workspace ? m_workspace->account() : Account{}); });
        connect(m_welcome, &WelcomePage::demoRequested, this, [this]() {
            // In demo mode the demo is one sign-in away; otherwise the app starts it.
            if (m_demoSignIns.isEmpty()) {
                Q_EMIT demoRequested();
                return;
            }
            const DemoSignIn &demo = m_demoSignIns.constFirst();
            m_controller.signIn(demo.account, demo.password, false);
        });
        setCentralWidget(m_welcome); // deletes the placeholder
        m_placeholder = nullptr;
    }
    if (!message.isEmpty())
        m_welcome->setMessage(message);
    // Someone who already has an account came here by signing out, not to look at a demo.
    m_welcome->setDemoOffered(m_registry.accounts().isEmpty() || !m_demoSignIns.isEmpty());
}

void MainWindow::showSignedOut()
{
    // Nothing of the account stays on screen: the pages (and their editors) go with the view;
    // what was not sent yet stays in the account's cache for its next sign-in.
    showWelcome(m_workspace ? tr("You signed out of %1. Changes not yet sent stay on this "
                                 "computer and are sent the next time you sign in.")
                                  .arg(m_workspace->account().serverName())
                            : tr("You signed out."));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_firstPaintSeen && event->type() == QEvent::Paint && m_view
        && watched == m_view->timesheet()->view()->viewport()
        && m_view->timesheet()->model()->totalRow() > 0) {
        m_firstPaintSeen = true;
        Q_EMIT timesheetFirstPainted();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::bringToFront()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (m_signIn->isVisible()) {
        m_signIn->raise();
        m_signIn->activateWindow();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quit and closing the window both come here: what is typed is committed (or kept open with
    // the reason, and the window stays).
    if (!commitPendingEdits()) {
        event->ignore();
        return;
    }
    m_signIn->hide();
    // Said once, then the window goes: the changes are safe in the cache either way.
    if (m_workspace) {
        if (const int waiting = m_workspace->status().changesWaiting; waiting > 0) {
            QMessageBox::information(
                this, tr("ActiDesk"),
                waiting == 1 ? tr("%n change will be sent next time.", nullptr, waiting)
                             : tr("%n changes will be sent next time.", nullptr, waiting));
        }
    }
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("ActiDesk"));
        return;
    }
    const std::optional<User> user = m_workspace->currentUser();
    setWindowTitle(
        tr("%1 — ActiDesk").arg(user ? user->displayName() : m_workspace->account().login));
}

void MainWindow::showStatus()
{
    if (m_workspace)
        m_status->setStatus(m_workspace->status());
    else
        m_status->showNoAccount(tr("Not signed in"));
    updateTitle();
}

} // namespace actidesk
