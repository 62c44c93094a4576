// Measures the offline cache (Store) where the app waits on it:
//  - opening the cache and reading one user's week (cells + the tasks, projects and customers
//    they reference + the schedule) with 10k time-track cells cached — target < 100 ms;
//  - loading 100k tasks;
//  - the file size per 10k time-track cells.
//   bench_store [cells] [tasks]   (defaults 10000 and 100000)
#include "benchscope.h"
#include "store.h"
#include "timesheetmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int TasksPerDay = 20;
constexpr int DaysPerWeek = 5;
constexpr int Customers = 20;
constexpr int ProjectsPerCustomer = 10;

constexpr bench::ScopeShape kShape{Customers, ProjectsPerCustomer};
using bench::check;
using bench::median;
using bench::ms;

Task makeTask(int id)
{
    return bench::makeTask(id, kShape);
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cellCount = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int bigTaskCount = args.size() > 2 ? args.at(2).toInt() : 100000;
    QTemporaryDir dir;
    const QDate firstMonday(2024, 1, 1);
    const int weeks = 10;
    const int users = std::max(1, cellCount / (weeks * DaysPerWeek * TasksPerDay));

    // --- 2,000 tasks and `cellCount` cells: users x 10 weeks x 5 days x 20 tasks.
    const QString weekPath = dir.filePath(u"week.sqlite"_s);
    QElapsedTimer timer;
    {
        auto store = Store::open(weekPath, nullptr);
        QList<Customer> customers;
        QList<Project> projects;
        for (int c = 1; c <= Customers; ++c)
            customers.append({c, u"Customer %1"_s.arg(c), {}, false, {}, {}, {}});
        for (int p = 1; p <= Customers * ProjectsPerCustomer; ++p)
            projects.append({p,
                             (p - 1) / ProjectsPerCustomer + 1,
                             {},
                             u"Project %1"_s.arg(p),
                             {},
                             false,
                             {},
                             {},
                             {}});
        QList<Task> tasks;
        for (int id = 1; id <= 2000; ++id)
            tasks.append(makeTask(id));
        if (!store || !check(store->putCustomers(customers)) || !check(store->putProjects(projects))
            || !check(store->putTasks(tasks)))
            return 1;
    }
    const qint64 sizeWithoutCells = sizeOf(weekPath);
    {
        auto store = Store::open(weekPath, nullptr);
        timer.start();
        for (int user = 1; user <= users; ++user) {
            for (int week = 0; week < weeks; ++week) {
                const QDate monday = firstMonday.addDays(7 * week);
                QList<TimetrackRecord> records;
                for (int day = 0; day < DaysPerWeek; ++day) {
                    for (int i = 0; i < TasksPerDay; ++i) {
                        const int taskId = 1 + (user * 97 + week * 13 + i * 7) % 2000;
                        records.append({user, monday.addDays(day), taskId, 15 + (i * 37) % 480,
                                        i % 3 == 0 ? u"worked on it"_s : QString()});
                    }
                }
                if (!check(store->putServerTimetrack(user, monday, monday.addDays(6), records,
                                                     QDateTime::currentDateTimeUtc()))
                    || !check(store->putSchedule(user, {monday, {480, 480, 480, 480, 480, 0, 0}})))
                    return 1;
            }
        }
        std::printf("store: write %d cells as %d week refreshes: %.1f ms\n",
                    users * weeks * DaysPerWeek * TasksPerDay, users * weeks, ms(timer));
    }
    const qint64 sizeWithCells = sizeOf(weekPath);
    const int cells = users * weeks * DaysPerWeek * TasksPerDay;

    // Open + read one week, as the timesheet does when it opens.
    const int readUser = std::max(1, users / 2);
    const QDate monday = firstMonday.addDays(7 * (weeks / 2));
    timer.start();
    auto store = Store::open(weekPath, nullptr);
    const double openMs = ms(timer);
    int readCells = 0;
    const auto readWeek = [&]() {
        const QList<TimetrackCell> week = store->timetrack(readUser, monday, monday.addDays(6));
        QList<int> taskIds;
        for (const TimetrackCell &cell : week)
            taskIds.append(cell.taskId);
        const QList<Task> tasks = store->tasks({taskIds, {}, {}, {}, {}});
        QList<int> projectIds;
        QList<int> customerIds;
        for (const Task &task : tasks) {
            projectIds.append(task.projectId);
            customerIds.append(task.customerId);
        }
        const QList<Project> projects = store->projects(projectIds);
        const QList<Customer> customers = store->customers(customerIds);
        const auto schedule = store->schedule(readUser, monday, monday.addDays(6));
        readCells = int(week.size());
        return !tasks.isEmpty() && !projects.isEmpty() && !customers.isEmpty() && schedule;
    };
    timer.start();
    if (!readWeek())
        return 1;
    const double firstReadMs = ms(timer);
    QList<double> reads;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        readWeek();
        reads.append(ms(timer));
    }
    store.reset();
    std::printf("store: open a cache of %d cells + 2000 tasks (with quick_check): %.1f ms\n", cells,
                openMs);
    std::printf("store: read week (%d days x %d tasks, + tasks/projects/customers/schedule) from "
                "%dk cells: %.1f ms first, %.2f ms median of 20\n",
                DaysPerWeek, readCells / DaysPerWeek, cells / 1000, firstReadMs, median(reads));
    std::printf("store: open + first read of the week: %.1f ms (target < 100 ms)\n",
                openMs + firstReadMs);
    std::printf("store: file size per 10k time-track cells: %.0f KB (file %lld KB with cells, "
                "%lld KB without)\n",
                double(sizeWithCells - sizeWithoutCells) / 1024.0 * 10000.0 / cells,
                sizeWithCells / 1024, sizeWithoutCells / 1024);

    // Open + a filled timesheet model, as the app does when it starts on a cached week.
    {
        timer.start();
        auto cached = Store::open(weekPath, nullptr);
        TimesheetModel model(*cached, readUser);
        model.setWeek(monday);
        int filled = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                filled += model.data(model.index(row, column)).isValid() ? 1 : 0;
        }
        std::printf("store: open + filled timesheet model of the week (%d rows, %d cells with "
                    "data): %.1f ms (target < 100 ms)\n",
                    model.rowCount(), filled, ms(timer));
    }

    // --- 100k tasks.
    const QString bigPath = dir.filePath(u"tasks.sqlite"_s);
    {
        auto big = Store::open(bigPath, nullptr);
        QList<Task> tasks;
        tasks.reserve(bigTaskCount);
        for (int id = 1; id <= bigTaskCount; ++id)
            tasks.append(makeTask(id));
        timer.start();
        if (!big || !check(big->putTasks(tasks)))
            return 1;
        std::printf("store: write %d tasks (one transaction): %.1f ms\n", bigTaskCount, ms(timer));
    }
    timer.start();
    auto big = Store::open(bigPath, nullptr);
    const double bigOpenMs = ms(timer);
    timer.start();
    const QList<Task> loaded = big->tasks();
    const double loadMs = ms(timer);
    if (loaded.size() != bigTaskCount)
        return 1;
    std::printf("store: open a cache of %dk tasks (%lld KB, with quick_check): %.1f ms\n",
                bigTaskCount / 1000, sizeOf(bigPath) / 1024, bigOpenMs);
    std::printf("store: load %dk tasks: %.1f ms\n", bigTaskCount / 1000, loadMs);
    return 0;
}
