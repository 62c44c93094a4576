// actidesk: the ActiDesk desktop application.
//
// Exit codes: 0 done, 1 an error (said on stderr or in a message box), 2 wrong arguments,
// 3 ActiDesk already runs for this profile (its window was asked to come to the front).
#include "accountregistry.h"
#include "actideskversion.h"
#include "coredumps.h"
#include "credentialstore.h"
#include "demoserver.h"
#include "desktopsettings.h"
#include "instanceguard.h"
#include "mainwindow.h"
#include "networkpreferences.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "startupreport.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"
#include "translations.h"
#include "windowgeometry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

constexpr int kExitAlreadyRunning = 3;

struct Options
{
    bool demo = false;
    QString demoState;
    QString demoUser;
    QString screenshot;
    QDate today;
    bool startupReport = false;
    bool startupReportTasks = false;
    QString page;
};

// --help and --version print and exit before any window exists, so they work without a display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

Options parseOptions(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Desktop client for actiTIME.\n\n"
                                "Exit codes: 0 done, 1 error, 2 wrong arguments, 3 already "
                                "running for this profile (its window is brought to the "
                                "front)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QApplication::translate("main", "Run against the bundled demo server."));
    const QCommandLineOption demoState(
        u"demo-state"_s, QApplication::translate("main", "Keep the demo server's data in FILE."),
        u"FILE"_s);
    const QCommandLineOption demoUser(
        u"demo-user"_s,
        QApplication::translate("main",
                                "Sign in to the demo as 'employee' (default) or 'manager'."),
        u"WHO"_s, u"employee"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Save the main window as a PNG image to FILE once the "
                                "timesheet is loaded (and what it shows to FILE.json), and "
                                "exit."),
        u"FILE"_s);
    const QCommandLineOption today(
        u"today"_s, QApplication::translate("main", "Show the week of DATE (YYYY-MM-DD) as today."),
        u"DATE"_s);
    const QCommandLineOption startupReport(
        u"startup-report"_s,
        QApplication::translate("main",
                                "Print the time to the first painted timesheet and the "
                                "memory in use, then exit (benchmarks)."));
    // Benchmarks only (bench_startup), so not in --help: after the start-up line, open the
    // Tasks page and report its time and the memory then.
    QCommandLineOption startupReportTasks(u"startup-report-tasks"_s, u"(benchmarks)"_s);
    startupReportTasks.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption page(
        u"page"_s,
        QApplication::translate("main", "Open on PAGE: timesheet, leave, tasks or review."),
        u"PAGE"_s);
    parser.addOptions(
        {demo, demoState, demoUser, screenshot, today, startupReport, startupReportTasks, page});
    parser.process(app);

    Options options;
    options.demo = parser.isSet(demo);
    options.demoState = parser.isSet(demoState) ? parser.value(demoState) : QString();
    options.demoUser = parser.value(demoUser);
    options.screenshot = parser.value(screenshot);
    options.startupReportTasks = parser.isSet(startupReportTasks);
    options.startupReport = parser.isSet(startupReport) || options.startupReportTasks;
    options.page = parser.value(page);
    if (!options.page.isEmpty() && MainWindow::pageNamed(options.page) < 0) {
        QTextStream(stderr) << QApplication::translate(
            "main", "actidesk: --page is timesheet, leave, tasks or review\n");
        std::exit(2);
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "actidesk: --today wants a date "
                                                           "like 2026-11-23\n");
            std::exit(2);
        }
    }
    if (options.demoUser != u"employee"_s && options.demoUser != u"manager"_s) {
        QTextStream(stderr) << QApplication::translate(
            "main", "actidesk: --demo-user is 'employee' or 'manager'\n");
        std::exit(2);
    }
    return options;
}

// What the screenshot shows, as text beside it (FILE.json), so a test can check the figures
// against the server's data instead of trusting pixels: the week, the days whose columns are
// wholly inside the table, the week's total as the grid shows it and the summary line.
QJsonObject describeShownWeek(const MainWindow &window)
{
    const SessionView *view = window.sessionView();
    if (!view)
        return {};
    const TimesheetPage *page = view->timesheet();
    const TimesheetModel *model = page->model();
    const TimesheetView *table = page->view();
    const QHeaderView *header = table->horizontalHeader();
    QJsonArray visibleDays;
    for (int column = TimesheetModel::FirstDayColumn; column <= TimesheetModel::LastDayColumn;
         ++column) {
        const int left = header->sectionViewportPosition(column);
        if (table->isVisible() && left >= 0
            && left + header->sectionSize(column) <= table->viewport()->width())
            visibleDays.append(model->headerData(column, Qt::Horizontal, TimesheetModel::DateRole)
                                   .toDate()
                                   .toString(Qt::ISODate));
    }
    const QModelIndex total = model->index(model->totalRow(), TimesheetModel::TotalColumn);
    return {{u"weekStart"_s, page->weekStart().toString(Qt::ISODate)},
            {u"visibleDays"_s, visibleDays},
            {u"weekTotal"_s, total.data(Qt::DisplayRole).toString()},
            {u"summary"_s, page->summaryText()},
            {u"window"_s, QJsonArray{window.width(), window.height()}}};
}

// Saves the window once the timesheet shows fresh data (or, without a server, its first paint),
// then quits. A window that never gets there is saved anyway after a while, with exit code 1.
void scheduleScreenshot(MainWindow &window, const QString &file, bool waitForServer)
{
    auto save = [&window, file](int exitCode) {
        QFile sidecar(file + u".json"_s);
        const bool saved = window.grab().save(file, "PNG") && sidecar.open(QIODevice::WriteOnly)
            && sidecar.write(QJsonDocument(describeShownWeek(window)).toJson()) > 0;
        if (!saved)
            QTextStream(stderr) << "actidesk: cannot write " << file << '\n';
        QApplication::exit(saved ? exitCode : 1);
    };
    // A short settle time lets the view lay out the refreshed rows before the grab.
    const auto ready = [save]() { QTimer::singleShot(250, qApp, [save]() { save(0); }); };
    if (waitForServer)
        QObject::connect(&window, &MainWindow::timesheetRefreshed, qApp, ready,
                         Qt::SingleShotConnection);
    else
        QObject::connect(&window, &MainWindow::timesheetFirstPainted, qApp, ready,
                         Qt::SingleShotConnection);
    QTimer::singleShot(30000, qApp, [save]() {
        QTextStream(stderr) << "actidesk: the timesheet did not load within 30 s\n";
        save(1);
    });
}

// Takes the profile's instance lock. Another instance running: asks it to show its window and
// returns the exit code for this start; otherwise 0 (the lock is held until `guard` goes).
int guardInstance(InstanceGuard &guard, MainWindow *&window)
{
    QString error;
    switch (guard.acquire(&error)) {
    case InstanceGuard::Outcome::First:
        QObject::connect(&guard, &InstanceGuard::showRequested, qApp, [&window]() {
            // A line other tools (and the tests) can see: this start was redirected here.
            QTextStream(stderr) << "actidesk: another start asked for this window\n";
            if (window)
                window->bringToFront();
        });
        return 0;
    case InstanceGuard::Outcome::AlreadyRunning: {
        const bool shown = guard.askRunningToShow();
        const QString pid = QString::number(guard.runningPid());
        QTextStream(stderr)
            << (shown ? QApplication::translate("main",
                                                "actidesk: ActiDesk already runs for this "
                                                "profile (process %1); its window was brought "
                                                "to the front.\n")
                            .arg(pid)
                      : QApplication::translate("main",
                                                "actidesk: ActiDesk already runs for this "
                                                "profile (process %1) but did not answer. "
                                                "Close it, or end that process.\n")
                            .arg(pid));
        return kExitAlreadyRunning;
    }
    case InstanceGuard::Outcome::Failed:
        // Without a lock the app still works; only a second start would not be caught.
        QTextStream(stderr) << "actidesk: " << error << '\n';
        return 0;
    }
    return 0;
}

// The icon of every window, from the resources compiled into the executable.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/actidesk-%1.png"_s.arg(size), QSize(size, size));
    icon.addFile(u":/icons/actidesk.svg"_s);
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    StartupReport::markProcessStart();
    if (coreDumpsShouldBeDisabled()) {
        QString error;
        if (!disableCoreDumps(&error))
            QTextStream(stderr) << "actidesk: cannot disable core dumps: " << error << '\n';
    }
    QCoreApplication::setApplicationName(u"ActiDesk"_s);
    QCoreApplication::setOrganizationName(u"ActiDesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ACTIDESK_VERSION));
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication console(argc, argv);
        parseOptions(console); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    Translations::installChosen();
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(u"io.github.actidesk.ActiDesk"_s);
    const Options options = parseOptions(app);
    // The proxy and an extra CA from Preferences, before any request is made.
    if (const QString problem = NetworkPreferences::load().apply(); !problem.isEmpty())
        QTextStream(stderr) << "actidesk: " << problem << '\n';

    const QString stateFile =
        options.demoState.isEmpty() ? DemoServer::defaultStateFile() : options.demoState;
    // One instance per profile: two on one cache or one demo state lose each other's edits.
    InstanceGuard guard(options.demo
                            ? InstanceGuard::lockFileForDemoState(stateFile)
                            : InstanceGuard::lockFileForFolder(
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    MainWindow *shownWindow = nullptr;
    if (const int exitCode = guardInstance(guard, shownWindow))
        return exitCode;

    std::unique_ptr<DemoServer> server;
    std::unique_ptr<QSettings> demoSettings;
    const QString demoDir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
    if (options.demo) {
        server = std::make_unique<DemoServer>();
        QString error;
        if (!server->start(stateFile, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "ActiDesk"), error);
            return 1;
        }
        // The demo keeps its accounts and caches apart from real ones.
        QDir().mkpath(demoDir);
        demoSettings =
            std::make_unique<QSettings>(demoDir + u"/settings.ini"_s, QSettings::IniFormat);
    }

    AccountRegistry registry(demoSettings.get());
    CredentialStore credentials;
    SessionController controller(registry, credentials);
    if (options.demo) {
        // The demo's port changes every run; its caches are kept per demo login instead.
        controller.setStorePathResolver([demoDir](const Account &account) {
            return QString(demoDir + u"/cache-" + account.login + u".sqlite");
        });
        controller.setKeychainEnabled(false); // demo passwords are public; nothing to keep
    }

    MainWindow window(controller, registry);
    shownWindow = &window;
    // "Try the demo" on the welcome page: the demo is a second instance with data of its own.
    QObject::connect(&window, &MainWindow::demoRequested, &window, []() {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--demo"_s});
    });
    if (options.today.isValid())
        window.setToday(options.today);
    // --page wins over the page chosen in Preferences (tests and screenshots ask for one).
    window.setStartPage(MainWindow::pageNamed(
        options.page.isEmpty() ? DesktopSettings::load().startPage : options.page));

    StartupReport report;
    if (options.startupReport)
        report.reportOnFirstPaint(window, options.startupReportTasks);
    if (!options.screenshot.isEmpty())
        scheduleScreenshot(window, options.screenshot, options.demo);

    // Benchmarks measure a window of the default size and leave no trace in the settings.
    QSettings appSettings;
    if (!options.startupReport)
        WindowGeometry::restore(window, appSettings);
    window.show();
    if (options.demo) {
        const QUrl url = server->serverUrl();
        // The demo server listens on another port each run: the accounts of earlier runs point
        // nowhere (their caches are per login, see above, and stay).
        for (const Account &stale : registry.accounts()) {
            if (stale.serverUrl != url)
                registry.remove(stale);
        }
        const Account employee{url, DemoServer::employeeLogin(), u"Emma Wilson"_s};
        const Account manager{url, DemoServer::managerLogin(), u"Maria Lopez"_s};
        window.setDemoSignIns({{employee, DemoServer::employeePassword(),
                                QApplication::translate("main", "Employee (Emma Wilson)")},
                               {manager, DemoServer::managerPassword(),
                                QApplication::translate("main", "Manager (Maria Lopez)")}});
        if (options.demoUser == u"manager"_s)
            controller.signIn(manager, DemoServer::managerPassword(), false);
        else
            controller.signIn(employee, DemoServer::employeePassword(), false);
    } else {
        controller.start();
    }
    const int exitCode = app.exec();
    if (!options.startupReport)
        WindowGeometry::save(window, appSettings);
    shownWindow = nullptr;
    return exitCode;
}
