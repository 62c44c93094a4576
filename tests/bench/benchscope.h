#pragma once

// What the benchmarks over a cached scope of work share: a realistic customers → projects →
// tasks shape, filled into a Store, and the timing helpers (header-only: each benchmark is one
// executable).
#include "store.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace actidesk::bench {

using namespace Qt::StringLiterals;

inline double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Customers 1..customers, each with projectsPerCustomer projects (ids counted on); task `id`
// goes to project id % projects + 1, every seventh completed.
struct ScopeShape
{
    int customers = 20;
    int projectsPerCustomer = 10;
    int projects() const { return customers * projectsPerCustomer; }
};

// A task name as people write them: a few verbs and subjects shared by thousands of tasks, so
// sorting and filtering compare long common prefixes (the cost "Task 1, Task 2" hides).
inline QString realisticTaskName(int id)
{
    static const char *const verbs[] = {"Design", "Implement", "Review",   "Test", "Document",
                                        "Deploy", "Estimate",  "Refactor", "Plan", "Support"};
    static const char *const subjects[] = {
        "the login flow",      "invoice export",     "search indexing",     "the reporting module",
        "user onboarding",     "payment gateway",    "the release process", "backup and restore",
        "accessibility fixes", "performance tuning", "API rate limits",     "customer feedback"};
    return u"%1 %2 (#%3)"_s
        .arg(QLatin1StringView(verbs[id % 10]), QLatin1StringView(subjects[(id / 10) % 12]))
        .arg(id);
}

inline Task makeTask(int id, const ScopeShape &shape)
{
    const int project = id % shape.projects() + 1;
    const int customer = (project - 1) / shape.projectsPerCustomer + 1;
    Task t;
    t.id = id;
    t.projectId = project;
    t.projectName = u"Project %1"_s.arg(project);
    t.customerId = customer;
    t.customerName = u"Customer %1"_s.arg(customer);
    t.name = realisticTaskName(id);
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

inline QList<Task> makeTasks(int count, const ScopeShape &shape)
{
    QList<Task> tasks;
    tasks.reserve(count);
    for (int id = 1; id <= count; ++id)
        tasks.append(makeTask(id, shape));
    return tasks;
}

inline bool check(const StoreResult &result)
{
    if (!result.ok())
        std::fprintf(stderr, "bench: %s\n", qPrintable(result.detail));
    return result.ok();
}

// The customers, projects and `taskCount` tasks of the shape, written into the Store.
inline bool fillScope(Store &store, const ScopeShape &shape, int taskCount)
{
    QList<Customer> customers;
    QList<Project> projects;
    for (int c = 1; c <= shape.customers; ++c) {
        customers.append(Customer{c, u"Customer %1"_s.arg(c), {}, false, {}, {}, {true, true}});
        for (int p = 1; p <= shape.projectsPerCustomer; ++p) {
            const int id = (c - 1) * shape.projectsPerCustomer + p;
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
    return check(store.putCustomers(customers)) && check(store.putProjects(projects))
        && check(store.putTasks(makeTasks(taskCount, shape)));
}

} // namespace actidesk::bench
