// Start-up of the desktop app, offline, from its cache (issue 5): process start to the first
// painted timesheet with data, and resident memory at that moment, with 2,000 tasks and 10,000
// cached time-track cells — the worst case for the view: every task is a row of the current week.
// Targets: <= 0.7 s to a mapped window with data, <= 100 MB resident. (For scale: KTimeTracker
// takes 6.5-7 s and 146 MB to show 2,000 tasks with 10,000 time events.)
//   bench_startup [runs] [tasks]   (default 5 runs, after one warm-up run that is not counted;
//                                   tasks cached, default 2,000 — e.g. 100000 for issue 12's
//                                   task browser at scale: the week's cells stay on the first
//                                   2,000)
// Then each run opens the Tasks page (the app's hidden --startup-report-tasks): the time to a
// painted task browser and the resident memory with it open (issue 12: <= 150 MB with 100,000
// tasks cached).
// The app runs on QT_QPA_PLATFORM=offscreen; BENCH_QPA=xcb (e.g. under Xvfb) picks another.
// It gets a throw-away profile (XDG_* and HOME in a temporary folder) whose last used account
// points at a closed port, with no password remembered: no network, no keychain.
#include "account.h"
#include "accountregistry.h"
#include "benchscope.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace actidesk;
using namespace Qt::StringLiterals;

#ifndef ACTIDESK_APP_PATH
#error "ACTIDESK_APP_PATH must name the actidesk executable"
#endif

namespace {

constexpr int UserId = 7;
constexpr int TaskCount = 2000; // tasks with time this week (rows of the timesheet)
int scopeTasks = TaskCount; // tasks cached in all
constexpr int WorkingDays = 5;
constexpr int TimeoutMs = 30000;
constexpr qint64 TargetMs = 700;
constexpr double TargetMb = 100.0;
constexpr double TargetTasksPageMb = 150.0; // issue 12, with the task browser open

struct Run
{
    qint64 firstPaintMs = 0; // the app's own figure: from the kernel's process start
    qint64 fromMainMs = 0;
    qint64 wallMs = 0; // QProcess::start to the report line, seen from here
    qint64 rssKb = 0;
    qint64 peakRssKb = 0;
    qint64 tasksOpenMs = 0; // the Tasks page: shown, read from the cache and painted
    int customers = 0;
    qint64 tasksRssKb = 0;
    qint64 tasksPeakRssKb = 0;
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(message));
    std::exit(1);
}

void check(const StoreResult &result, const char *what)
{
    if (!result.ok())
        fail(u"seeding the cache (%1) failed: %2"_s.arg(QLatin1StringView(what), result.detail));
}

// 10 customers, 60 projects, 2,000 tasks with names of a realistic length.
void seedScope(Store &store)
{
    static const char *const customerNames[] = {
        "Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Logistics", "Adventure Works",
        "Litware Insurance", "Tailspin Aviation",       "Wingtip Retail",     "Proseware Media",
        "Alpine Ski House",  "Blue Yonder Airlines"};
    static const char *const projectNames[] = {"Website relaunch", "Mobile app",
                                               "Data warehouse",   "ERP migration",
                                               "Support contract", "Security audit"};
    QList<Customer> customers;
    QList<Project> projects;
    QList<Task> tasks;
    const QDateTime created(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC);
    for (int c = 0; c < 10; ++c) {
        Customer customer;
        customer.id = c + 1;
        customer.name = QString::fromLatin1(customerNames[c]);
        customer.created = created;
        customers.append(customer);
        for (int p = 0; p < 6; ++p) {
            Project project;
            project.id = c * 6 + p + 1;
            project.customerId = customer.id;
            project.customerName = customer.name;
            project.name = QString::fromLatin1(projectNames[p]);
            project.created = created;
            projects.append(project);
        }
    }
    for (int id = 1; id <= scopeTasks; ++id) {
        const Project &project = projects.at((id - 1) % projects.size());
        Task task;
        task.id = id;
        task.projectId = project.id;
        task.projectName = project.name;
        task.customerId = project.customerId;
        task.customerName = project.customerName;
        task.name = bench::realisticTaskName(id);
        task.description = u"Agreed in the kick-off; see the project wiki for the details."_s;
        task.created = created.addSecs(id * 60);
        task.workflowStatusId = 1 + id % 3;
        task.workflowStatusName = id % 3 == 0 ? u"In progress"_s : u"Open"_s;
        task.typeOfWorkId = 1 + id % 4;
        task.typeOfWorkName = id % 4 == 0 ? u"Meetings"_s : u"Development"_s;
        task.url = u"https://actitime.example.com/tasks/%1"_s.arg(id);
        tasks.append(task);
    }
    check(store.putCustomers(customers), "customers");
    check(store.putProjects(projects), "projects");
    check(store.putTasks(tasks), "tasks");
}

// The account's cache as the app leaves it after a sign-in and a week's sync.
QDate seedStore(const Account &account)
{
    const QString path = Store::defaultPath(account.key());
    OpenReport report;
    std::unique_ptr<Store> store = Store::open(path, &report);
    if (!store)
        fail(u"cannot create the cache %1: %2"_s.arg(path, report.reason));

    ServerInfo info;
    info.companyName = u"Bench Corp"_s;
    info.serverUuid = u"bench-0001"_s;
    check(store->putServerInfo(info), "server info");
    User user;
    user.id = UserId;
    user.username = account.login;
    user.firstName = u"Bianca"_s;
    user.lastName = u"Hoffmann"_s;
    user.fullName = u"Bianca Hoffmann"_s;
    user.hired = QDate(2020, 3, 1);
    user.canSubmitTimetrack = true;
    check(store->putUsers({user}), "user");
    seedScope(*store);

    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    check(store->putSchedule(UserId, {monday, {480, 480, 480, 480, 480, 0, 0}}), "schedule");
    QList<TimetrackRecord> records;
    records.reserve(TaskCount * WorkingDays);
    for (int day = 0; day < WorkingDays; ++day) {
        for (int task = 1; task <= TaskCount; ++task)
            records.append({UserId, monday.addDays(day), task, 5 + (task * 7 + day * 11) % 120,
                            task % 5 == 0 ? u"Call with the customer"_s : QString()});
    }
    const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-3600);
    check(store->putServerTimetrack(UserId, monday, sunday, records, fetched), "time-track");
    // What AccountSession keeps after a sign-in (accountsession.cpp): the signed-in user and
    // when the server last answered.
    check(store->setMeta(u"session.userId"_s, QString::number(UserId)), "meta");
    check(store->setMeta(u"session.dataAsOf"_s, fetched.toString(Qt::ISODateWithMs)), "meta");

    const qsizetype cached = store->timetrack(UserId, monday, sunday).size();
    if (cached != records.size())
        fail(u"the cache holds %1 cells of the week, not %2"_s.arg(cached).arg(records.size()));
    return monday;
}

QProcessEnvironment childEnvironment(const QTemporaryDir &profile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, profile.filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, profile.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, profile.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, profile.filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, qEnvironmentVariable("BENCH_QPA", u"offscreen"_s));
    // Nothing may wait on a keychain or any other session service.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bench-no-bus"_s);
    return env;
}

Run runOnce(const QProcessEnvironment &env)
{
    static const QRegularExpression line(
        u"startup first-paint-ms=(\\d+) from-main-ms=(-?\\d+) rss-kb=(\\d+) peak-rss-kb=(\\d+)"_s);
    static const QRegularExpression tasksLine(
        u"tasks-page open-ms=(\\d+) customers=(\\d+) rss-kb=(\\d+) peak-rss-kb=(\\d+)"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer wall;
    wall.start();
    app.start(QStringLiteral(ACTIDESK_APP_PATH), {u"--startup-report-tasks"_s});
    QByteArray out;
    QRegularExpressionMatch match;
    while (!match.hasMatch()) {
        const qint64 left = TimeoutMs - wall.elapsed();
        if (left <= 0 || app.state() == QProcess::NotRunning || !app.waitForReadyRead(int(left))) {
            out += app.readAllStandardOutput();
            match = line.match(QString::fromUtf8(out));
            if (match.hasMatch())
                break;
            const bool running = app.state() != QProcess::NotRunning;
            app.kill();
            app.waitForFinished(5000);
            fail(u"%1 without a startup line: either it did not start or the timesheet it "
                 "shows is empty (it reports only a week with rows).\nstdout: %2\nstderr: %3"_s.arg(
                     running ? u"the app did not report within 30 s"_s
                             : u"the app exited (code %1)"_s.arg(app.exitCode()),
                     QString::fromUtf8(out),
                     QString::fromUtf8(app.readAllStandardError()).right(2000)));
        }
        out += app.readAllStandardOutput();
        match = line.match(QString::fromUtf8(out));
    }
    Run run;
    run.wallMs = wall.elapsed();
    run.firstPaintMs = match.captured(1).toLongLong();
    run.fromMainMs = match.captured(2).toLongLong();
    run.rssKb = match.captured(3).toLongLong();
    run.peakRssKb = match.captured(4).toLongLong();
    if (run.rssKb <= 0 || run.peakRssKb <= 0)
        fail(u"the app reported no resident memory (read from /proc/self/status): %1"_s.arg(
            match.captured(0)));
    // The Tasks page follows the start-up line.
    QRegularExpressionMatch tasks = tasksLine.match(QString::fromUtf8(out));
    while (!tasks.hasMatch()) {
        const qint64 left = TimeoutMs - wall.elapsed();
        if (left <= 0 || !app.waitForReadyRead(int(left))) {
            out += app.readAllStandardOutput();
            tasks = tasksLine.match(QString::fromUtf8(out));
            if (tasks.hasMatch())
                break;
            app.kill();
            app.waitForFinished(5000);
            fail(u"no Tasks page line after the start-up line.\nstdout: %1\nstderr: %2"_s.arg(
                QString::fromUtf8(out), QString::fromUtf8(app.readAllStandardError()).right(2000)));
        }
        out += app.readAllStandardOutput();
        tasks = tasksLine.match(QString::fromUtf8(out));
    }
    run.tasksOpenMs = tasks.captured(1).toLongLong();
    run.customers = tasks.captured(2).toInt();
    run.tasksRssKb = tasks.captured(3).toLongLong();
    run.tasksPeakRssKb = tasks.captured(4).toLongLong();
    if (run.customers <= 0)
        fail(u"the Tasks page showed no customers: %1"_s.arg(tasks.captured(0)));
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    return run;
}

double mb(qint64 kb)
{
    return double(kb) / 1024.0;
}

struct Spread
{
    double median, min, max;
};

template<typename F>
Spread spread(const QList<Run> &runs, F field)
{
    QList<double> values;
    for (const Run &run : runs)
        values.append(field(run));
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median =
        n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    return {median, values.first(), values.last()};
}

void printSpread(const char *name, const Spread &s, const char *unit)
{
    std::printf("  %-22s median %7.1f  min %7.1f  max %7.1f %s\n", name, s.median, s.min, s.max,
                unit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 5;
    if (app.arguments().size() > 2)
        scopeTasks = app.arguments().at(2).toInt();
    if (runs < 1 || scopeTasks < TaskCount)
        fail(u"usage: bench_startup [runs] [tasks]   (runs >= 1, tasks >= 2000)"_s);

    // A throw-away profile, for this process (before QStandardPaths or QSettings are used) and
    // for the app.
    QTemporaryDir profile;
    if (!profile.isValid())
        fail(u"cannot create a temporary folder"_s);
    for (const char *sub : {"home", "data", "config", "cache"})
        QDir().mkpath(profile.filePath(QString::fromLatin1(sub)));
    const QProcessEnvironment env = childEnvironment(profile);
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(name, env.value(QString::fromLatin1(name)).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"ActiDesk"_s);
    QCoreApplication::setApplicationName(u"ActiDesk"_s);

    // A closed port: the app finds no server and shows the cache.
    const Account account{QUrl(u"http://127.0.0.1:9"_s), u"bench"_s, u"Bianca Hoffmann"_s};
    QElapsedTimer seeding;
    seeding.start();
    const QDate monday = seedStore(account);
    {
        AccountRegistry registry; // the app's default QSettings; saved (synced) on each change
        registry.add(account);
        registry.setLastUsed(account); // no password remembered: no keychain is asked
        if (!registry.lastUsed() || !registry.lastUsed()->isSameAs(account))
            fail(u"the account was not registered as the last used one"_s);
    }
    std::printf("startup: cache seeded in %lld ms: %d tasks (10 customers, 60 projects), %d "
                "time-track cells in the week of %s (current week, --today unset)\n",
                seeding.elapsed(), scopeTasks, TaskCount * WorkingDays,
                qPrintable(monday.toString(Qt::ISODate)));
    std::printf("startup: QT_QPA_PLATFORM=%s, offline (server %s), %d runs after 1 warm-up run "
                "(not counted)\n",
                qPrintable(env.value(u"QT_QPA_PLATFORM"_s)),
                qPrintable(account.serverUrl.toString()), runs);

    const Run warmUp = runOnce(env);
    std::printf("  warm-up: first paint %lld ms (from main %lld ms), wall %lld ms, rss %.1f MB, "
                "peak %.1f MB (not counted)\n",
                warmUp.firstPaintMs, warmUp.fromMainMs, warmUp.wallMs, mb(warmUp.rssKb),
                mb(warmUp.peakRssKb));
    QList<Run> results;
    for (int i = 1; i <= runs; ++i) {
        const Run run = runOnce(env);
        std::printf("  run %d: first paint %lld ms (from main %lld ms), wall %lld ms, rss %.1f "
                    "MB, peak %.1f MB; Tasks page %lld ms (%d customers), rss %.1f MB, peak "
                    "%.1f MB\n",
                    i, run.firstPaintMs, run.fromMainMs, run.wallMs, mb(run.rssKb),
                    mb(run.peakRssKb), run.tasksOpenMs, run.customers, mb(run.tasksRssKb),
                    mb(run.tasksPeakRssKb));
        std::fflush(stdout);
        results.append(run);
    }

    const Spread paint = spread(results, [](const Run &r) { return double(r.firstPaintMs); });
    const Spread wall = spread(results, [](const Run &r) { return double(r.wallMs); });
    const Spread rss = spread(results, [](const Run &r) { return mb(r.rssKb); });
    const Spread peak = spread(results, [](const Run &r) { return mb(r.peakRssKb); });
    std::printf("startup: summary of %d runs\n", runs);
    printSpread("first paint", paint, "ms");
    printSpread("from main()", spread(results, [](const Run &r) { return double(r.fromMainMs); }),
                "ms");
    printSpread("wall (start to line)", wall, "ms");
    printSpread("rss at first paint", rss, "MB");
    printSpread("peak rss", peak, "MB");
    std::printf("startup: first paint %.0f ms (median; target <= %lld ms: %s), wall %.0f ms\n",
                paint.median, TargetMs, paint.median <= TargetMs ? "met" : "MISSED", wall.median);
    std::printf("startup: resident %.1f MB, peak %.1f MB (median; target <= %.0f MB: %s)\n",
                rss.median, peak.median, TargetMb, peak.median <= TargetMb ? "met" : "MISSED");
    const Spread tasksOpen = spread(results, [](const Run &r) { return double(r.tasksOpenMs); });
    const Spread tasksRss = spread(results, [](const Run &r) { return mb(r.tasksRssKb); });
    const Spread tasksPeak = spread(results, [](const Run &r) { return mb(r.tasksPeakRssKb); });
    printSpread("Tasks page opened", tasksOpen, "ms");
    printSpread("rss, Tasks page open", tasksRss, "MB");
    printSpread("peak rss, Tasks page", tasksPeak, "MB");
    std::printf("startup: Tasks page %.0f ms, resident %.1f MB, peak %.1f MB (median; target "
                "<= %.0f MB: %s)\n",
                tasksOpen.median, tasksRss.median, tasksPeak.median, TargetTasksPageMb,
                tasksPeak.median <= TargetTasksPageMb ? "met" : "MISSED");
    return 0;
}
