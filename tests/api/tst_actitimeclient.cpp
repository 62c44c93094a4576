// ActiTimeClient against the in-process emulator: the round trip of every settings, user,
// reference, scope-of-work, rate and batch call with the contract dataset's values, writes read
// back, and errors surfacing as ApiError. Time-track, leave, week and paging are in
// tst_actitimeclient_time.cpp.
#include "clienttesthelpers.h"
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace actidesk;
using clienttest::finish;

namespace {
template<class T>
QList<int> idsOf(const QList<T> &items)
{
    QList<int> ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

template<class T>
QStringList namesOf(const QList<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names.append(item.name);
    return names;
}
} // namespace

class TestActiTimeClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<clienttest::Session> session(const QString &login, const QString &password = {})
    {
        return std::make_unique<clienttest::Session>(m_fixture->apiBase(), login,
                                                     password.isEmpty() ? login : password);
    }

    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<clienttest::RequestLog> m_log;
    std::unique_ptr<clienttest::Session> m_admin;
    std::unique_ptr<clienttest::Session> m_manager;
    std::unique_ptr<clienttest::Session> m_employee;

private Q_SLOTS:
    void init()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false; // the manual clock never leaves the first second
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset(), options);
        m_log = std::make_unique<clienttest::RequestLog>(m_fixture->emulator());
        m_admin = session(u"admin"_s, u"manager"_s);
        m_manager = session(u"manager"_s);
        m_employee = session(u"employee"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_manager.reset();
        m_employee.reset();
        m_log.reset();
        m_fixture.reset();
    }

    void infoAndMe()
    {
        auto info = finish(m_employee->client.info());
        VERIFY_OK(info);
        QCOMPARE(info->value().maxBatchSize, 100);
        QCOMPARE(info->value().maxQueryLimit, 1000);
        QCOMPARE(info->value().firstDayOfWeek, Qt::Monday);
        QCOMPARE(info->value().timeAsDecimalHours, false);
        QCOMPARE(info->requestCount(), 1);

        auto me = finish(m_employee->client.me());
        VERIFY_OK(me);
        QCOMPARE(me->value().id, 3);
        QCOMPARE(me->value().fullName, u"Emma J. Employee"_s);
        QCOMPARE(me->value().departmentId, 1);
        QCOMPARE(me->value().timeZoneGroupId, 2);
        QVERIFY(me->value().username.isEmpty()); // hidden from an employee, even their own
        QCOMPARE(m_log->lines().last(), u"GET /api/v1/users/me"_s);
    }

    void users()
    {
        auto byName = finish(m_admin->client.user(u"employee"_s));
        VERIFY_OK(byName);
        QCOMPARE(byName->value().id, 3);
        QCOMPARE(byName->value().email, u"employee@example.com"_s);
        QCOMPARE(byName->value().hired, QDate(2020, 1, 6));
        auto byId = finish(m_admin->client.user(u"5"_s));
        QCOMPARE(byId->value().username, u"disabled"_s);
        QCOMPARE(byId->value().active, false);

        auto all = finish(m_admin->client.users());
        VERIFY_OK(all);
        QCOMPARE(idsOf(all->value()), (QList<int>{1, 2, 3, 4, 5}));
        UserFilter filter;
        filter.departmentIds = {1};
        QCOMPARE(idsOf(finish(m_admin->client.users(filter))->value()), (QList<int>{2, 3}));
        filter = {};
        filter.active = false;
        QCOMPARE(idsOf(finish(m_admin->client.users(filter))->value()), QList<int>{5});
        filter = {};
        filter.ids = {4, 2};
        filter.sort = {u"+lastName"_s};
        // Manning < Other: the '+' reached the server as a sort direction, not a space.
        QCOMPARE(idsOf(finish(m_admin->client.users(filter))->value()), (QList<int>{2, 4}));
        filter.sort = {u"-lastName"_s};
        QCOMPARE(idsOf(finish(m_admin->client.users(filter))->value()), (QList<int>{4, 2}));
        filter = {};
        filter.timeZoneGroupIds = {2};
        filter.name = u"emma j. employee"_s;
        QCOMPARE(idsOf(finish(m_admin->client.users(filter))->value()), QList<int>{3});
    }

    void scheduleAndAssignments()
    {
        auto schedule =
            finish(m_employee->client.schedule(u"3"_s, testdata::kWeekStart, QDate(2026, 11, 29)));
        VERIFY_OK(schedule);
        QCOMPARE(schedule->value().from, testdata::kWeekStart);
        // Thursday 26th is a holiday.
        QCOMPARE(schedule->value().minutes, (QList<int>{480, 480, 480, 0, 480, 0, 0}));
        QCOMPARE(schedule->value().minutesOn(QDate(2026, 11, 27)), 480);

        auto assignments = finish(m_employee->client.workAssignments(u"employee"_s));
        VERIFY_OK(assignments);
        QCOMPARE(assignments->value().allScope, false);
        QCOMPARE(assignments->value().customerIds, QList<int>{1});
        QCOMPARE(assignments->value().projectIds, (QList<int>{1, 2}));
        QCOMPARE(assignments->value().taskIds, (QList<int>{1, 2, 3, 5}));
        QCOMPARE(finish(m_admin->client.workAssignments(u"admin"_s))->value().allScope, true);
    }

    void referenceLists()
    {
        auto departments = finish(m_employee->client.departments());
        VERIFY_OK(departments);
        QCOMPARE(idsOf(departments->value()), (QList<int>{-1, 1, 2}));
        QCOMPARE(departments->value().first().isDefault, true);
        ListFilter sorted;
        sorted.sort = {u"-name"_s};
        QCOMPARE(namesOf(finish(m_employee->client.departments(sorted))->value()),
                 (QStringList{u"Users without department"_s, u"Sales"_s, u"Engineering"_s}));
        // The server has no `ids` filter here; the client applies it.
        ListFilter ids;
        ids.ids = {2};
        QCOMPARE(idsOf(finish(m_employee->client.departments(ids))->value()), QList<int>{2});
        QCOMPARE(finish(m_employee->client.department(1))->value().name, u"Engineering"_s);

        auto groups = finish(m_employee->client.timeZoneGroups());
        QCOMPARE(idsOf(groups->value()), (QList<int>{-1, 2}));
        auto london = finish(m_employee->client.timeZoneGroup(2));
        QCOMPARE(london->value().timeZoneId, u"Europe/London"_s);
        auto defaultGroup = finish(m_employee->client.defaultTimeZoneGroup());
        QCOMPARE(defaultGroup->value().id, -1);
        QCOMPARE(defaultGroup->value().name, u"New York"_s);
        QCOMPARE(defaultGroup->value().isDefault, true);

        auto types = finish(m_manager->client.typesOfWork());
        QCOMPARE(idsOf(types->value()), (QList<int>{1, 2, 3}));
        ListFilter active;
        active.archived = false;
        QCOMPARE(idsOf(finish(m_manager->client.typesOfWork(active))->value()), (QList<int>{1, 2}));
        auto management = finish(m_manager->client.typeOfWork(2));
        QCOMPARE(management->value().name, u"management"_s);
        QVERIFY(!management->value().rate);
        auto defaultType = finish(m_manager->client.defaultTypeOfWork());
        QCOMPARE(defaultType->value().id, 1);
        QCOMPARE(defaultType->value().rate, std::optional<double>(100.0));
        QCOMPARE(defaultType->value().billable, true);

        auto leaveTypes = finish(m_employee->client.leaveTypes());
        QCOMPARE(idsOf(leaveTypes->value()), (QList<int>{1, 2, 3, 4}));
        ListFilter byName;
        byName.name = u"sick leave"_s;
        QCOMPARE(idsOf(finish(m_employee->client.leaveTypes(byName))->value()), QList<int>{2});
        auto vacation = finish(m_employee->client.leaveType(1));
        QCOMPARE(vacation->value().balance, LeaveBalance::Pto);
        QCOMPARE(finish(m_employee->client.leaveType(3))->value().rateFactor, 0.0);

        auto statuses = finish(m_employee->client.workflowStatuses());
        QCOMPARE(namesOf(statuses->value()),
                 (QStringList{u"New"_s, u"In Progress"_s, u"Completed"_s}));
        ListFilter words;
        words.words = u"progress"_s;
        QCOMPARE(idsOf(finish(m_employee->client.workflowStatuses(words))->value()), QList<int>{2});
        auto completed = finish(m_employee->client.workflowStatus(3));
        QCOMPARE(completed->value().type, WorkflowStatusType::Completed);
    }

    void workflowStatusWrites()
    {
        auto created =
            finish(m_admin->client.createWorkflowStatus(u"Blocked"_s, WorkflowStatusType::Open));
        VERIFY_OK(created);
        const int id = created->value().id;
        QVERIFY(id > 3);
        QCOMPARE(created->value().name, u"Blocked"_s);
        QCOMPARE(created->value().canModify, true);
        auto updated = finish(
            m_admin->client.updateWorkflowStatus(id, u"Waiting"_s, WorkflowStatusType::Completed));
        VERIFY_OK(updated);
        auto read = finish(m_employee->client.workflowStatus(id));
        QCOMPARE(read->value().name, u"Waiting"_s);
        QCOMPARE(read->value().type, WorkflowStatusType::Completed);
        auto deleted = finish(m_admin->client.deleteWorkflowStatus(id));
        VERIFY_OK(deleted);
        QCOMPARE(deleted->value(), true);
        QCOMPARE(finish(m_employee->client.workflowStatus(id))->error().kind,
                 ApiError::Kind::NotFound);
    }

    void scopeReads()
    {
        // An employee sees the customers and projects of the tasks assigned to them.
        QCOMPARE(idsOf(finish(m_employee->client.customers())->value()), QList<int>{1});
        QCOMPARE(idsOf(finish(m_employee->client.tasks())->value()), (QList<int>{1, 2, 3, 5}));

        QCOMPARE(idsOf(finish(m_manager->client.customers())->value()), (QList<int>{1, 2, 3}));
        ListFilter active;
        active.archived = false;
        QCOMPARE(idsOf(finish(m_manager->client.customers(active))->value()), (QList<int>{1, 2}));
        auto customer = finish(m_manager->client.customer(1));
        VERIFY_OK(customer);
        QCOMPARE(customer->value().name, u"Big Bang Company"_s);
        QCOMPARE(customer->value().description, u"Rocket makers"_s);
        QCOMPARE(customer->value().created, QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC));
        QCOMPARE(customer->value().allowed.canModify, true);

        QCOMPARE(idsOf(finish(m_manager->client.projects({}, {1}))->value()), (QList<int>{1, 2}));
        ListFilter named;
        named.name = u"mobile APP"_s;
        QCOMPARE(idsOf(finish(m_manager->client.projects(named))->value()), QList<int>{3});
        auto website = finish(m_manager->client.project(2));
        QCOMPARE(website->value().customerName, u"Big Bang Company"_s);
        QCOMPARE(website->value().description, u"Public site"_s);

        TaskFilter taskFilter;
        taskFilter.projectIds = {1};
        QCOMPARE(idsOf(finish(m_manager->client.tasks(taskFilter))->value()),
                 (QList<int>{1, 2, 5}));
        taskFilter.status = TaskStatus::Completed;
        QCOMPARE(idsOf(finish(m_manager->client.tasks(taskFilter))->value()), QList<int>{5});
        taskFilter = {};
        taskFilter.typeOfWorkIds = {2};
        taskFilter.list.sort = {u"-name"_s};
        QCOMPARE(idsOf(finish(m_manager->client.tasks(taskFilter))->value()), QList<int>{3});
        taskFilter = {};
        taskFilter.workflowStatusIds = {2};
        taskFilter.customerIds = {1};
        QCOMPARE(idsOf(finish(m_manager->client.tasks(taskFilter))->value()), QList<int>{2});

        auto hull = finish(m_employee->client.task(1));
        VERIFY_OK(hull);
        QCOMPARE(hull->value().name, u"Design hull"_s);
        QCOMPARE(hull->value().deadline, QDate(2026, 12, 31));
        QCOMPARE(hull->value().estimatedMinutes, std::optional<int>(6000));
        QCOMPARE(hull->value().description, u"Outer shell of the ship"_s);
        QCOMPARE(hull->value().projectName, u"Spaceship building"_s);
        QCOMPARE(hull->value().workflowStatusName, u"New"_s);
        QCOMPARE(hull->value().allowed.canModify, false); // employees do not manage tasks

        auto comments = finish(m_employee->client.comments(ScopeKind::Task, 1));
        VERIFY_OK(comments);
        QCOMPARE(comments->value().size(), 1);
        QCOMPARE(comments->value().first().text, u"Use the new alloy"_s);
        QCOMPARE(comments->value().first().userId, 2);
        QCOMPARE(finish(m_manager->client.comments(ScopeKind::Customer, 1))->value().first().text,
                 u"Key account"_s);
        QCOMPARE(finish(m_manager->client.comments(ScopeKind::Project, 1))->value().first().text,
                 u"Kick-off done"_s);

        auto assigned = finish(m_admin->client.assignedUsers(ScopeKind::Task, 4));
        VERIFY_OK(assigned);
        QCOMPARE(assigned->value(), (QList<int>{1, 2, 4}));
        QCOMPARE(finish(m_admin->client.assignedUsers(ScopeKind::Customer, 2))->value(),
                 (QList<int>{1, 2, 4}));
        QCOMPARE(finish(m_admin->client.assignedUsers(ScopeKind::Project, 1))->value(),
                 (QList<int>{1, 2, 3}));
    }

    void scopeWritesAreReadBack()
    {
        auto customer = finish(m_manager->client.createCustomer(u"Nebula Ltd"_s, u"Gas"_s));
        VERIFY_OK(customer);
        const int customerId = customer->value().id;
        QCOMPARE(customerId, 1001);
        QCOMPARE(customer->value().description, u"Gas"_s);
        json::CustomerChanges customerChanges;
        customerChanges.archived = true;
        customerChanges.description = QString(); // clears it
        VERIFY_OK(finish(m_manager->client.updateCustomer(customerId, customerChanges)));
        auto customerBack = finish(m_employee->client.customer(customerId));
        QCOMPARE(customerBack->error().kind, ApiError::Kind::NotFound); // not visible to them
        customerBack = finish(m_manager->client.customer(customerId));
        QCOMPARE(customerBack->value().archived, true);
        QVERIFY(customerBack->value().description.isEmpty());

        auto project = finish(m_manager->client.createProject(customerId, u"Probe"_s));
        VERIFY_OK(project);
        const int projectId = project->value().id;
        QCOMPARE(project->value().customerId, customerId);
        QCOMPARE(project->value().customerName, u"Nebula Ltd"_s);
        json::ProjectChanges projectChanges;
        projectChanges.name = u"Deep probe"_s;
        projectChanges.customerId = 2; // a move
        VERIFY_OK(finish(m_manager->client.updateProject(projectId, projectChanges)));
        auto projectBack = finish(m_manager->client.project(projectId));
        QCOMPARE(projectBack->value().name, u"Deep probe"_s);
        QCOMPARE(projectBack->value().customerName, u"Galaxy Corp"_s);

        json::NewTask newTask;
        newTask.projectId = projectId;
        newTask.name = u"Telemetry"_s;
        newTask.description = u"Radio link"_s;
        newTask.typeOfWorkId = 2;
        newTask.deadline = QDate(2027, 1, 15);
        newTask.estimatedMinutes = 90;
        auto task = finish(m_manager->client.createTask(newTask));
        VERIFY_OK(task);
        const int taskId = task->value().id;
        QCOMPARE(task->value().typeOfWorkName, u"management"_s);
        QCOMPARE(task->value().workflowStatusName, u"New"_s); // the default open status
        json::TaskChanges taskChanges;
        taskChanges.workflowStatusId = 3;
        taskChanges.estimatedMinutes = std::optional<int>(); // clears the estimate
        auto changed = finish(m_manager->client.updateTask(taskId, taskChanges));
        VERIFY_OK(changed);
        QCOMPARE(changed->value().status, TaskStatus::Completed);
        auto taskBack = finish(m_manager->client.task(taskId));
        QCOMPARE(taskBack->value().name, u"Telemetry"_s);
        QCOMPARE(taskBack->value().description, u"Radio link"_s);
        QCOMPARE(taskBack->value().deadline, QDate(2027, 1, 15));
        QCOMPARE(taskBack->value().estimatedMinutes, std::nullopt);
        QCOMPARE(taskBack->value().workflowStatusId, 3);

        auto deletedTask = finish(m_manager->client.deleteTask(taskId));
        VERIFY_OK(deletedTask);
        QCOMPARE(deletedTask->value(), true);
        QCOMPARE(finish(m_manager->client.task(taskId))->error().httpStatus, 404);
        QCOMPARE(finish(m_manager->client.deleteProject(projectId))->value(), true);
        QCOMPARE(finish(m_manager->client.deleteCustomer(customerId))->value(), true);
        QCOMPARE(finish(m_manager->client.customer(customerId))->error().kind,
                 ApiError::Kind::NotFound);
        QCOMPARE(m_log->count(u"DELETE /api/v1/customers/1001"_s), 1);
    }

    void errorsSurfaceAsApiError()
    {
        auto forbidden = finish(m_employee->client.createCustomer(u"Mine"_s));
        QVERIFY(forbidden->isFinished());
        QVERIFY(!forbidden->isOk());
        const ApiError &e = forbidden->error();
        QCOMPARE(e.kind, ApiError::Kind::Forbidden);
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.key, u"api.error.no_permission"_s);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.userMessage().contains(u"permission"_s));
        QVERIFY(e.userMessage().contains(e.message));
        QCOMPARE(forbidden->value().id, 0); // no value on failure

        auto rates = finish(m_employee->client.userRates());
        QCOMPARE(rates->error().kind, ApiError::Kind::Forbidden);
        QVERIFY(rates->value().isEmpty());

        auto duplicate = finish(m_manager->client.createCustomer(u"big bang company"_s));
        QCOMPARE(duplicate->error().kind, ApiError::Kind::Rejected);
        QCOMPARE(duplicate->error().httpStatus, 400);
        QCOMPARE(duplicate->error().key, u"api.error.customer_exists"_s);
        QCOMPARE(duplicate->error().fields, u"name"_s);
        QVERIFY(duplicate->error().userMessage().contains(u"already exists"_s));

        auto missing = finish(m_employee->client.department(42));
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(missing->error().key, u"api.error.object_not_found"_s);
        QCOMPARE(finish(m_employee->client.user(u"nobody"_s))->error().httpStatus, 404);

        auto deleteForbidden = finish(m_employee->client.deleteTask(1));
        QCOMPARE(deleteForbidden->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(deleteForbidden->value(), false);
    }

    void ratesRoundTrip()
    {
        auto all = finish(m_admin->client.userRates());
        VERIFY_OK(all);
        QCOMPARE(all->value().size(), 5);
        auto team = finish(m_manager->client.userRates());
        QCOMPARE(team->value().size(), 1);
        QCOMPARE(team->value().first().userId, 3);
        auto some = finish(m_admin->client.userRates({4}));
        QCOMPARE(some->value().size(), 1);
        QCOMPARE(some->value().first().periods.first().regularRate, std::optional<double>(40.0));
        QCOMPARE(some->value().first().periods.first().overtimeRate, std::nullopt);

        auto employee = finish(m_admin->client.userRatesOf(u"employee"_s));
        VERIFY_OK(employee);
        QCOMPARE(employee->value().userId, 3);
        const RatePeriod expected{QDate(2026, 1, 1), 50.0, 75.0, {{1, 50.0}}};
        QCOMPARE(employee->value().periods, QList<RatePeriod>{expected});

        const QList<RatePeriod> history{
            {QDate(2025, 1, 1), 30.0, std::nullopt, {}},
            {QDate(2026, 6, 1), 45.5, 60.0, {{1, 45.5}, {2, 20.0}}},
        };
        auto put = finish(m_admin->client.setUserRates(u"other"_s, history));
        VERIFY_OK(put);
        QCOMPARE(put->value().periods, history);
        QCOMPARE(m_log->count(u"PUT /api/v1/userRates/other"_s), 1);
        QCOMPARE(finish(m_admin->client.userRatesOf(u"4"_s))->value().periods, history);
        QCOMPARE(finish(m_manager->client.setUserRates(u"3"_s, {}))->error().httpStatus, 403);
    }

    void batchOfMixedOperations()
    {
        const QList<ActiTimeClient::BatchOperation> operations{
            {"GET", u"/departments?sort=%2Bname"_s, {}, u"a"_s},
            {"POST",
             u"/workflowStatuses"_s,
             QJsonObject{{u"name"_s, u"Parked"_s}, {u"type"_s, u"open"_s}},
             {}},
            {"GET", u"/departments/42"_s, {}, {}},
        };
        auto batch = finish(m_admin->client.batch(operations));
        VERIFY_OK(batch);
        QCOMPARE(batch->requestCount(), 1);
        QCOMPARE(m_log->count(u"POST /api/v1/batch?includeResponseBody=always"_s), 1);
        const QList<json::BatchItemResult> &results = batch->value();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].status, 200);
        QCOMPARE(results[0].id, u"a"_s);
        QCOMPARE(results[0].body[u"items"_s][0][u"name"_s].toString(), u"Engineering"_s);
        QCOMPARE(results[1].status, 200);
        QCOMPARE(results[1].body[u"name"_s].toString(), u"Parked"_s);
        QCOMPARE(results[2].status, 404);
        QCOMPARE(ApiError::fromHttp(404, "{\"key\":\"k\",\"message\":\"m\"}", {}).kind,
                 ApiError::Kind::NotFound);
    }

    void priorityIsApplied()
    {
        // The client's default priority decides the order when the queue has to choose.
        m_employee->queue.setMaxParallel(1);
        m_employee->client.setDefaultPriority(Priority::Background);
        auto background = std::unique_ptr<ValueCall<Department>>(m_employee->client.department(1));
        m_employee->client.setDefaultPriority(Priority::Interactive);
        auto urgent = finish(m_employee->client.department(2));
        QVERIFY(QTest::qWaitFor([&background]() { return background->isFinished(); }, 5000));
        VERIFY_OK(urgent);
        VERIFY_OK(background);
        QCOMPARE(m_log->lines(),
                 (QStringList{u"GET /api/v1/departments/2"_s, u"GET /api/v1/departments/1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestActiTimeClient)
#include "tst_actitimeclient.moc"
