// How many requests, and how long, the typed client needs for the two loads that matter most,
// against the actitime-emulator run as its own process with its rate limits on (as the real
// server has them):
//  (a) an employee opens the timesheet cold: me() + week() — fresh connection, nothing cached;
//  (b) an administrator loads one week of time-track of 1000 users with users, tasks, projects,
//      customers, comments and approval in the same answer — once as one answer, once cut into
//      pages by stopAfter (what a server that caps its answers costs).
//   bench_client_load [repetitions]
#include "actitimeclient.h"

#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

// The history anchor, so every run measures the same data.
const QString kToday = u"2026-11-25"_s;
const QDate kThisWeek(2026, 11, 23);
const QDate kLastWeek(2026, 11, 16);

// A signed-in account with its own network access manager (so its connections start cold).
struct Account
{
    Account(const QUrl &apiUrl, const QString &login, const QString &password)
        : queue(&network, apiUrl), client(queue)
    {
        queue.setCredentials(login, password);
    }
    QNetworkAccessManager network;
    RequestQueue queue;
    ActiTimeClient client;
};

// Runs the event loop until the call finished; false on timeout or error (printed).
bool wait(ApiCall *call, const char *what, int timeoutMs = 120'000)
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!call->isOk()) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what,
                     call->isFinished() ? qPrintable(call->error().message) : "timeout");
        return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// (a) me() then week(): the second needs the user id from the first.
bool employeeWeek(int repetitions)
{
    EmulatorProcess emulator({u"--today"_s, kToday});
    if (emulator.apiUrl().isEmpty()) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return false;
    }
    QList<double> times;
    int requests = 0;
    int records = 0;
    for (int i = 0; i < repetitions; ++i) {
        Account account(emulator.apiUrl(), u"employee"_s, u"employee"_s);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ValueCall<User>> me(account.client.me());
        if (!wait(me.get(), "me()"))
            return false;
        std::unique_ptr<ValueCall<WeekBundle>> week(
            account.client.week(me->value().id, kThisWeek, kThisWeek.addDays(6)));
        if (!wait(week.get(), "week()"))
            return false;
        times.append(double(timer.nsecsElapsed()) / 1e6);
        requests = account.queue.sentCount();
        records = 0;
        for (const TimetrackDay &day : week->value().timetrack.days)
            records += int(day.records.size());
    }
    std::printf("client load: employee week cold: %d requests (minimum 2), %.1f ms median of %d "
                "(min %.1f ms), %d time-track records\n",
                requests, median(times), repetitions, *std::min_element(times.begin(), times.end()),
                records);
    std::printf("  minimum 2: /users/me must answer first (the week is asked for by user id), "
                "then one POST /batch carries time-track with its tasks/projects/customers/"
                "comments/approval, leave with leave types, and the schedule\n");
    return true;
}

// (b) one week of everybody's time-track as an administrator, on a fresh account each time.
bool adminWeek(const QUrl &apiUrl, int stopAfter)
{
    Account account(apiUrl, u"admin"_s, u"manager"_s);
    TimetrackFilter filter;
    filter.from = kLastWeek;
    filter.to = kLastWeek.addDays(6);
    filter.withUsers = true;
    filter.stopAfter = stopAfter;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ValueCall<json::TimetrackPage>> call(account.client.timetrack(filter));
    if (!wait(call.get(), "timetrack()"))
        return false;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const json::TimetrackPage &page = call->value();
    int records = 0;
    for (const TimetrackDay &day : page.days)
        records += int(day.records.size());
    if (stopAfter == 0) {
        std::printf("client load: admin 1000 users x 1 week: %d requests (minimum 1), %.1f ms, "
                    "%d records on %lld user-days, %lld users, %lld tasks referenced\n",
                    account.queue.sentCount(), ms, records, qlonglong(page.days.size()),
                    qlonglong(page.users.size()), qlonglong(page.tasks.size()));
    } else {
        // The server cuts after whole days, so the number of cuts is its choice; one request
        // per cut is the minimum.
        std::printf("client load: admin 1000 users x 1 week, stopAfter %d: %d requests "
                    "(minimum %d: 1 + one per cut the server made), %.1f ms, %d records\n",
                    stopAfter, account.queue.sentCount(), call->requestCount(), ms, records);
    }
    return true;
}

bool adminWeeks()
{
    EmulatorProcess emulator({u"--today"_s, kToday, u"--users"_s, u"1000"_s, u"--weeks"_s, u"1"_s});
    if (emulator.apiUrl().isEmpty()) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return false;
    }
    return adminWeek(emulator.apiUrl(), 0) && adminWeek(emulator.apiUrl(), 2000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    bool ok = employeeWeek(repetitions);
    ok = adminWeeks() && ok;
    return ok ? 0 : 1;
}
