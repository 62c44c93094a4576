// The task browser at scale (100,000 tasks, 2,000 projects, 200 customers cached):
//  - the Tasks page created as the app creates it (nothing read: the tree is lazy) — time and
//    resident memory;
//  - opening it (the first show reads the tree) — target ≤ 300 ms;
//  - type-to-filter, one keystroke at a time — target ≤ 16 ms median per keystroke;
//  - resident memory after opening — the app's target is ≤ 150 MB in all.
//   bench_taskbrowser [tasks]   (default 100000; offscreen platform)
#include "scopeeditor.h"
#include "scopefiltermodel.h"
#include "scopetreemodel.h"
#include "store.h"
#include "taskbrowserpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int Customers = 200;
constexpr int ProjectsPerCustomer = 10;

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

Task makeTask(int id)
{
    const int project = id % (Customers * ProjectsPerCustomer) + 1;
    const int customer = (project - 1) / ProjectsPerCustomer + 1;
    Task t;
    t.id = id;
    t.projectId = project;
    t.projectName = u"Project %1"_s.arg(project);
    t.customerId = customer;
    t.customerName = u"Customer %1"_s.arg(customer);
    t.name = u"Task %1: implement the thing"_s.arg(id);
    t.description = u"A description of a realistic length for task %1."_s.arg(id);
    t.created = QDateTime(QDate(2023, 1, 1), QTime(9, 0), Qt::UTC).addSecs(id);
    t.workflowStatusId = 1 + id % 4;
    t.workflowStatusName = u"Status %1"_s.arg(t.workflowStatusId);
    t.typeOfWorkId = 1 + id % 6;
    t.typeOfWorkName = u"Type %1"_s.arg(t.typeOfWorkId);
    t.url = u"https://example.actitime.com/tasks/%1"_s.arg(id);
    t.allowed = {true, true};
    if (id % 7 == 0)
        t.status = TaskStatus::Completed;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int taskCount = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    double baseline = 0;
    {
        auto store = Store::open(dir.filePath(u"bench.sqlite"_s), nullptr);
        QList<Customer> customers;
        QList<Project> projects;
        for (int c = 1; c <= Customers; ++c) {
            customers.append(Customer{c, u"Customer %1"_s.arg(c), {}, false, {}, {}, {true, true}});
            for (int p = 1; p <= ProjectsPerCustomer; ++p) {
                const int id = (c - 1) * ProjectsPerCustomer + p;
                projects.append(Project{id,
                                        c,
                                        customers.last().name,
                                        u"Project %1"_s.arg(id),
                                        {},
                                        false,
                                        {},
                                        {},
                                        {true, true}});
            }
        }
        QList<Task> tasks;
        tasks.reserve(taskCount);
        for (int id = 1; id <= taskCount; ++id)
            tasks.append(makeTask(id));
        if (!store->putCustomers(customers) || !store->putProjects(projects)
            || !store->putTasks(tasks)) {
            std::fprintf(stderr, "could not fill the cache\n");
            return 1;
        }
    }
    baseline = residentMb();

    auto store = Store::open(dir.filePath(u"bench.sqlite"_s), nullptr);
    QElapsedTimer timer;
    timer.start();
    ScopeTreeModel model(*store);
    ScopeEditor editor(*store, model);
    TaskBrowserPage page(&model, &editor);
    page.resize(1200, 800);
    const double created = ms(timer);
    const double createdMb = residentMb();

    timer.restart();
    page.show();
    QCoreApplication::processEvents();
    const double opened = ms(timer);
    const double openedMb = residentMb();

    // Type "task 4242" one key at a time, then delete it again.
    const QString typed = u"task 4242"_s;
    QList<double> keystrokes;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        timer.restart();
        page.searchField()->setText(typed.left(n));
        QCoreApplication::processEvents();
        keystrokes.append(ms(timer));
    }
    const int matches = page.filter()->rowCount();
    for (qsizetype n = typed.size() - 1; n >= 0; --n) {
        timer.restart();
        page.searchField()->setText(typed.left(n));
        QCoreApplication::processEvents();
        keystrokes.append(ms(timer));
    }
    std::printf("bench_taskbrowser: %d tasks, %d projects, %d customers cached\n", taskCount,
                Customers * ProjectsPerCustomer, Customers);
    std::printf("  resident before the page:            %7.1f MB\n", baseline);
    std::printf("  page created (lazy, nothing read):   %7.1f ms, %7.1f MB resident\n", created,
                createdMb);
    std::printf("  browser opened (tree read, shown):   %7.1f ms (target <= 300 ms)\n", opened);
    std::printf("  resident after opening:              %7.1f MB (app target <= 150 MB)\n",
                openedMb);
    std::printf("  filter per keystroke: median %.1f ms, max %.1f ms over %lld keys "
                "(target <= 16 ms median); %d customers matched \"%s\"\n",
                median(keystrokes), *std::max_element(keystrokes.begin(), keystrokes.end()),
                static_cast<long long>(keystrokes.size()), matches, qPrintable(typed));
    return 0;
}
