// Contract suite: /tasks (shape, visibility, filters incl. status, includeReferenced maps,
// create with defaults / all fields, update incl. moving between projects, delete with its
// time-track, errors, permissions) and its comments / assignedUsers sub-resources.
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using testdata::epochMs;
constexpr auto ms = epochMs;

using testdata::idsOf;

QString messageOf(const TestReply &r)
{
    return r.message();
}

const QJsonValue kNull(QJsonValue::Null);
} // namespace

class TestEmulatorTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset());
        m_admin = m_fixture->client(u"admin"_s, u"manager"_s);
        m_manager = m_fixture->client(u"manager"_s);
        m_employee = m_fixture->client(u"employee"_s);
        m_other = m_fixture->client(u"other"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_manager.reset();
        m_employee.reset();
        m_other.reset();
        m_fixture.reset();
    }

    void shape()
    {
        const TestReply r = m_admin->get(u"/tasks/1"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject expected{
            {u"id"_s, 1},
            {u"name"_s, u"Design hull"_s},
            {u"description"_s, u"Outer shell of the ship"_s},
            {u"created"_s, ms(2024, 4, 1)},
            {u"status"_s, u"open"_s},
            {u"workflowStatusId"_s, 1},
            {u"workflowStatusName"_s, u"New"_s},
            {u"typeOfWorkId"_s, 1},
            {u"typeOfWorkName"_s, u"engineering"_s},
            {u"customerId"_s, 1},
            {u"customerName"_s, u"Big Bang Company"_s},
            {u"projectId"_s, 1},
            {u"projectName"_s, u"Spaceship building"_s},
            {u"deadline"_s, u"2026-12-31"_s},
            {u"estimatedTime"_s, 6000},
            {u"url"_s, u"http://127.0.0.1:%1/tasks/tasklist.do?taskId=1"_s.arg(m_fixture->port())},
            {u"allowedActions"_s, QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}}};
        QCOMPARE(r.object(), expected);
        const QJsonObject task2 = m_manager->get(u"/tasks/2"_s).object();
        QVERIFY(task2.value(u"description"_s).isNull());
        QVERIFY(task2.value(u"deadline"_s).isNull());
        QVERIFY(task2.value(u"estimatedTime"_s).isNull());
        QCOMPARE(task2.value(u"workflowStatusName"_s).toString(), u"In Progress"_s);
        QCOMPARE(task2.value(u"allowedActions"_s).toObject().value(u"canDelete"_s).toBool(), true);
        const QJsonObject task5 = m_employee->get(u"/tasks/5"_s).object();
        QCOMPARE(task5.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(task5.value(u"allowedActions"_s).toObject(),
                 (QJsonObject{{u"canModify"_s, false}, {u"canDelete"_s, false}}));
    }

    void visibility()
    {
        QCOMPARE(idsOf(m_employee->get(u"/tasks"_s).items()), (QList<int>{1, 2, 3, 5}));
        QCOMPARE(m_employee->get(u"/tasks/4"_s).status, 404);
        QCOMPARE(m_employee->get(u"/tasks/6"_s).status, 404);
        QCOMPARE(idsOf(m_other->get(u"/tasks"_s).items()), (QList<int>{4}));
        QCOMPARE(idsOf(m_manager->get(u"/tasks"_s).items()), (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(idsOf(m_employee->get(u"/tasks?ids=1,4,6"_s).items()), (QList<int>{1}));
        QCOMPARE(m_admin->get(u"/tasks/99"_s).status, 404);
        QCOMPARE(m_admin->get(u"/tasks/x"_s).status, 404);
    }

    void filters()
    {
        QCOMPARE(idsOf(m_admin->get(u"/tasks?status=open"_s).items()), (QList<int>{1, 2, 3, 4, 6}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?status=completed"_s).items()), (QList<int>{5}));
        QCOMPARE(m_admin->get(u"/tasks?status=done"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
        QCOMPARE(m_admin->get(u"/tasks?status="_s).status, 400);
        QCOMPARE(idsOf(m_admin->get(u"/tasks?customerIds=2"_s).items()), (QList<int>{4}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?customerIds=2,3"_s).items()), (QList<int>{4, 6}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?projectIds=1"_s).items()), (QList<int>{1, 2, 5}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?projectIds=1,2&status=open"_s).items()),
                 (QList<int>{1, 2, 3}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?typeOfWorkIds=2"_s).items()), (QList<int>{3}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?workflowStatusIds=2,3"_s).items()),
                 (QList<int>{2, 5}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?name=OLD%20task"_s).items()), (QList<int>{5}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?words=page%20land"_s).items()), (QList<int>{3}));
        QCOMPARE(idsOf(m_employee->get(u"/tasks?customerIds=2"_s).items()), QList<int>{});
        QCOMPARE(m_admin->get(u"/tasks?projectIds=a"_s).status, 400);
        QCOMPARE(m_admin->get(u"/tasks?typeOfWorkIds=1;2"_s).status, 400);
    }

    void pagingAndSorting()
    {
        QCOMPARE(idsOf(m_admin->get(u"/tasks?sort=%2Bname"_s).items()),
                 (QList<int>{2, 1, 3, 6, 5, 4}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?sort=-created"_s).items()),
                 (QList<int>{6, 5, 4, 3, 2, 1}));
        // Status sorts by its text: completed before open.
        QCOMPARE(idsOf(m_admin->get(u"/tasks?sort=%2Bstatus"_s).items()),
                 (QList<int>{5, 1, 2, 3, 4, 6}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?sort=-status"_s).items()),
                 (QList<int>{1, 2, 3, 4, 6, 5}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?sort=%2Bstatus,-name"_s).items()),
                 (QList<int>{5, 4, 6, 3, 1, 2}));
        const TestReply r = m_admin->get(u"/tasks?sort=%2Bname&offset=2&limit=2"_s);
        QCOMPARE(idsOf(r.items()), (QList<int>{3, 6}));
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 2);
        QCOMPARE(m_admin->get(u"/tasks?sort=%2Bdeadline"_s).status, 400);
    }

    void includeReferenced()
    {
        TestReply r = m_admin->get(u"/tasks?projectIds=1"_s);
        for (const QString &key :
             {u"customers"_s, u"projects"_s, u"typesOfWork"_s, u"workflowStatuses"_s})
            QVERIFY(!r.object().contains(key));
        r = m_admin->get(
            u"/tasks?projectIds=1&includeReferenced=customers,projects,typesOfWork,workflowStatuses"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"customers"_s).toObject().keys(), QStringList{u"1"_s});
        QCOMPARE(o.value(u"projects"_s).toObject().keys(), QStringList{u"1"_s});
        QCOMPARE(o.value(u"typesOfWork"_s).toObject().keys(), QStringList{u"1"_s});
        QCOMPARE(o.value(u"workflowStatuses"_s).toObject().keys(),
                 (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(o.value(u"projects"_s).toObject().value(u"1"_s).toObject(),
                 m_admin->get(u"/projects/1"_s).object());
        QCOMPARE(o.value(u"customers"_s).toObject().value(u"1"_s).toObject(),
                 m_admin->get(u"/customers/1"_s).object());
        QCOMPARE(o.value(u"typesOfWork"_s).toObject().value(u"1"_s).toObject(),
                 m_admin->get(u"/typesOfWork/1"_s).object());
        QCOMPARE(o.value(u"workflowStatuses"_s)
                     .toObject()
                     .value(u"3"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"Completed"_s);
        // Maps cover the returned page only.
        r = m_admin->get(u"/tasks?includeReferenced=projects,typesOfWork&offset=2&limit=2"_s);
        QCOMPARE(r.object().value(u"projects"_s).toObject().keys(), (QStringList{u"2"_s, u"3"_s}));
        QCOMPARE(r.object().value(u"typesOfWork"_s).toObject().keys(),
                 (QStringList{u"1"_s, u"2"_s}));
        QVERIFY(!r.object().contains(u"customers"_s));
        QCOMPARE(m_admin->get(u"/tasks?includeReferenced=typeOfWork"_s).status, 400);
        QCOMPARE(m_admin->get(u"/tasks?includeReferenced=users"_s).status, 400);
    }

    void createWithDefaults()
    {
        const qint64 now = m_fixture->clock().nowMs();
        const TestReply r = m_manager->post(
            u"/tasks"_s, QJsonObject{{u"projectId"_s, 2}, {u"name"_s, u"Footer"_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject expected{
            {u"id"_s, 1001},
            {u"name"_s, u"Footer"_s},
            {u"description"_s, kNull},
            {u"created"_s, now},
            {u"status"_s, u"open"_s},
            {u"workflowStatusId"_s, 1},
            {u"workflowStatusName"_s, u"New"_s},
            {u"typeOfWorkId"_s, 1},
            {u"typeOfWorkName"_s, u"engineering"_s},
            {u"customerId"_s, 1},
            {u"customerName"_s, u"Big Bang Company"_s},
            {u"projectId"_s, 2},
            {u"projectName"_s, u"Website"_s},
            {u"deadline"_s, kNull},
            {u"estimatedTime"_s, kNull},
            {u"url"_s,
             u"http://127.0.0.1:%1/tasks/tasklist.do?taskId=1001"_s.arg(m_fixture->port())},
            {u"allowedActions"_s, QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}}};
        QCOMPARE(r.object(), expected);
        QCOMPARE(m_admin->get(u"/tasks/1001"_s).object(), expected);
        QCOMPARE(m_fixture->data().tasks.at(1001).projectId, 2);
        // A new task is not assigned to the employee, so they do not see it.
        QCOMPARE(m_employee->get(u"/tasks/1001"_s).status, 404);
        // The default type of work follows the dataset's default flag.
        m_fixture->data().typesOfWork.at(1).isDefault = false;
        m_fixture->data().typesOfWork.at(2).isDefault = true;
        QCOMPARE(
            m_admin->post(u"/tasks"_s, QJsonObject{{u"projectId"_s, 2}, {u"name"_s, u"Header"_s}})
                .object()
                .value(u"typeOfWorkId"_s)
                .toInt(),
            2);
    }

    void createWithAllFields()
    {
        TestReply r = m_admin->post(u"/tasks"_s,
                                    QJsonObject{{u"projectId"_s, 3},
                                                {u"name"_s, u"API"_s},
                                                {u"description"_s, u"REST"_s},
                                                {u"status"_s, u"completed"_s},
                                                {u"typeOfWorkId"_s, 2},
                                                {u"deadline"_s, u"2027-01-15"_s},
                                                {u"estimatedTime"_s, 90}});
        QCOMPARE(r.status, 200);
        QJsonObject o = r.object();
        QCOMPARE(o.value(u"description"_s).toString(), u"REST"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(o.value(u"workflowStatusId"_s).toInt(), 3);
        QCOMPARE(o.value(u"typeOfWorkName"_s).toString(), u"management"_s);
        QCOMPARE(o.value(u"deadline"_s).toString(), u"2027-01-15"_s);
        QCOMPARE(o.value(u"estimatedTime"_s).toInt(), 90);
        QCOMPARE(o.value(u"customerName"_s).toString(), u"Galaxy Corp"_s);
        const emu::Task &stored = m_fixture->data().tasks.at(o.value(u"id"_s).toInt());
        QCOMPARE(stored.deadline, QDate(2027, 1, 15));
        QCOMPARE(stored.estimatedTime, std::optional<int>(90));

        // "status" picks the first workflow status of that type by id.
        m_fixture->data().workflowStatuses[0] = {0, u"Backlog"_s, u"completed"_s};
        r = m_admin->post(
            u"/tasks"_s,
            QJsonObject{{u"projectId"_s, 3}, {u"name"_s, u"B"_s}, {u"status"_s, u"completed"_s}});
        QCOMPARE(r.object().value(u"workflowStatusId"_s).toInt(), 0);
        r = m_admin->post(u"/tasks"_s,
                          QJsonObject{{u"projectId"_s, 3},
                                      {u"name"_s, u"C"_s},
                                      {u"workflowStatusId"_s, 2},
                                      {u"deadline"_s, kNull},
                                      {u"estimatedTime"_s, kNull},
                                      {u"status"_s, kNull},
                                      {u"typeOfWorkId"_s, kNull}});
        QCOMPARE(r.status, 200);
        o = r.object();
        QCOMPARE(o.value(u"workflowStatusName"_s).toString(), u"In Progress"_s);
        QVERIFY(o.value(u"deadline"_s).isNull());
        QVERIFY(o.value(u"estimatedTime"_s).isNull());
        QCOMPARE(o.value(u"typeOfWorkId"_s).toInt(), 1);
        // The same name in another project is allowed.
        QCOMPARE(m_admin
                     ->post(u"/tasks"_s,
                            QJsonObject{{u"projectId"_s, 3},
                                        {u"name"_s, u"Design hull"_s},
                                        {u"estimatedTime"_s, 0}})
                     .status,
                 200);
    }

    void createErrors()
    {
        const auto post = [this](QJsonObject body) {
            if (!body.contains(u"projectId"_s))
                body.insert(u"projectId"_s, 1);
            if (!body.contains(u"name"_s))
                body.insert(u"name"_s, u"Fresh"_s);
            return m_admin->post(u"/tasks"_s, body);
        };
        TestReply r = post({{u"name"_s, u"design HULL"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.task_exists"_s);
        QCOMPARE(messageOf(r), u"Task with specified name already exists"_s);
        r = m_admin->post(u"/tasks"_s, QJsonObject{{u"name"_s, u"Fresh"_s}});
        QCOMPARE(messageOf(r), u"Mandatory field is not specified"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"projectId"_s);
        r = m_admin->post(u"/tasks"_s, QJsonObject{{u"projectId"_s, 1}});
        QCOMPARE(messageOf(r), u"Mandatory field is not specified"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"name"_s);
        QCOMPARE(messageOf(post({{u"name"_s, u""_s}})),
                 u"String length must be between 1 and 255"_s);
        QCOMPARE(messageOf(post({{u"projectId"_s, kNull}})), u"Mandatory field is not specified"_s);
        r = post({{u"projectId"_s, 99}});
        QCOMPARE(r.errorKey(), u"api.error.invalid_value"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"projectId"_s);
        r = post({{u"status"_s, u"open"_s}, {u"workflowStatusId"_s, 2}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.conflicting_fields"_s);
        QCOMPARE(post({{u"status"_s, u"done"_s}}).errorKey(), u"api.error.invalid_value"_s);
        QCOMPARE(post({{u"status"_s, 1}}).status, 400);
        QCOMPARE(post({{u"workflowStatusId"_s, 99}}).errorKey(), u"api.error.invalid_value"_s);
        QCOMPARE(post({{u"typeOfWorkId"_s, 99}}).errorKey(), u"api.error.invalid_value"_s);
        QCOMPARE(post({{u"typeOfWorkId"_s, u"1"_s}}).status, 400);
        QCOMPARE(post({{u"deadline"_s, u"2026-13-01"_s}}).status, 400);
        QCOMPARE(post({{u"deadline"_s, u"31.12.2026"_s}}).status, 400);
        QCOMPARE(post({{u"deadline"_s, u"2026-1-5"_s}}).status, 400);
        QCOMPARE(post({{u"deadline"_s, 1798675200000.0}}).status, 400);
        QCOMPARE(post({{u"estimatedTime"_s, -1}}).errorKey(), u"api.error.invalid_value"_s);
        QCOMPARE(post({{u"estimatedTime"_s, 1.5}}).status, 400);
        QCOMPARE(post({{u"estimatedTime"_s, u"60"_s}}).status, 400);
        QCOMPARE(post({{u"description"_s, false}}).status, 400);
        QCOMPARE(
            m_admin->send("POST", u"/tasks"_s, R"({"projectId":1,"name":"Fresh"})", "text/plain")
                .status,
            415);
        QCOMPARE(
            m_employee->post(u"/tasks"_s, QJsonObject{{u"projectId"_s, 1}, {u"name"_s, u"Fresh"_s}})
                .status,
            403);
        QCOMPARE(m_fixture->data().tasks.size(), size_t(6));
    }

    void updateStatus()
    {
        TestReply r = m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"status"_s, u"completed"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"workflowStatusId"_s).toInt(), 3);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"completed"_s);
        r = m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"status"_s, u"open"_s}});
        QCOMPARE(r.object().value(u"workflowStatusId"_s).toInt(), 1);
        r = m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"workflowStatusId"_s, 2}});
        QCOMPARE(r.object().value(u"workflowStatusName"_s).toString(), u"In Progress"_s);
        // Asking for the type the task already has keeps its status.
        r = m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"status"_s, u"open"_s}});
        QCOMPARE(r.object().value(u"workflowStatusId"_s).toInt(), 2);
        QCOMPARE(idsOf(m_admin->get(u"/tasks?status=completed"_s).items()), (QList<int>{5}));
        QCOMPARE(m_manager
                     ->patch(u"/tasks/2"_s,
                             QJsonObject{{u"status"_s, u"open"_s}, {u"workflowStatusId"_s, 1}})
                     .errorKey(),
                 u"api.error.conflicting_fields"_s);
        QCOMPARE(m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"status"_s, kNull}}).status, 400);
        QCOMPARE(
            m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"workflowStatusId"_s, kNull}}).status,
            400);
        QCOMPARE(m_manager->patch(u"/tasks/2"_s, QJsonObject{{u"workflowStatusId"_s, 42}}).status,
                 400);
        QCOMPARE(m_fixture->data().tasks.at(2).workflowStatusId, 2);
    }

    void updateFields()
    {
        TestReply r = m_admin->patch(u"/tasks/1"_s,
                                     QJsonObject{{u"description"_s, kNull},
                                                 {u"deadline"_s, kNull},
                                                 {u"estimatedTime"_s, kNull}});
        QCOMPARE(r.status, 200);
        QJsonObject o = r.object();
        QVERIFY(o.value(u"description"_s).isNull());
        QVERIFY(o.value(u"deadline"_s).isNull());
        QVERIFY(o.value(u"estimatedTime"_s).isNull());
        QCOMPARE(o.value(u"name"_s).toString(), u"Design hull"_s);
        QVERIFY(!m_fixture->data().tasks.at(1).deadline.isValid());
        r = m_admin->patch(u"/tasks/1"_s,
                           QJsonObject{{u"name"_s, u"Hull design"_s},
                                       {u"deadline"_s, u"2027-02-28"_s},
                                       {u"estimatedTime"_s, 30},
                                       {u"typeOfWorkId"_s, 2}});
        o = r.object();
        QCOMPARE(o.value(u"name"_s).toString(), u"Hull design"_s);
        QCOMPARE(o.value(u"deadline"_s).toString(), u"2027-02-28"_s);
        QCOMPARE(o.value(u"estimatedTime"_s).toInt(), 30);
        QCOMPARE(o.value(u"typeOfWorkName"_s).toString(), u"management"_s);
        QCOMPARE(o.value(u"workflowStatusId"_s).toInt(), 1);
        QCOMPARE(m_admin->get(u"/tasks/1"_s).object(), o);
    }

    void moveBetweenProjects()
    {
        TestReply r = m_admin->patch(u"/tasks/1"_s, QJsonObject{{u"projectId"_s, 3}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"projectId"_s).toInt(), 3);
        QCOMPARE(r.object().value(u"projectName"_s).toString(), u"Mobile app"_s);
        QCOMPARE(r.object().value(u"customerId"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"customerName"_s).toString(), u"Galaxy Corp"_s);
        // Still assigned to the employee, who now sees project 3 and customer 2.
        QCOMPARE(idsOf(m_employee->get(u"/projects"_s).items()), (QList<int>{1, 2, 3}));
        QCOMPARE(idsOf(m_employee->get(u"/customers"_s).items()), (QList<int>{1, 2}));
        QCOMPARE(idsOf(m_admin->get(u"/tasks?projectIds=3"_s).items()), (QList<int>{1, 4}));

        // A move into a project that has a task of that name is refused and changes nothing.
        r = m_admin->patch(u"/tasks/4"_s,
                           QJsonObject{{u"projectId"_s, 1}, {u"name"_s, u"Build engine"_s}});
        QCOMPARE(r.errorKey(), u"api.error.task_exists"_s);
        QCOMPARE(m_fixture->data().tasks.at(4).projectId, 3);
        QCOMPARE(m_fixture->data().tasks.at(4).name, u"Push notifications"_s);
        QCOMPARE(m_admin->patch(u"/tasks/2"_s, QJsonObject{{u"projectId"_s, 99}}).errorKey(),
                 u"api.error.invalid_value"_s);
        QCOMPARE(messageOf(m_admin->patch(u"/tasks/2"_s, QJsonObject{{u"projectId"_s, kNull}})),
                 u"Mandatory field is not specified"_s);
    }

    void updateErrors()
    {
        TestReply r = m_admin->patch(u"/tasks/1"_s, QJsonObject{{u"name"_s, u"build ENGINE"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(messageOf(r), u"Task with specified name already exists"_s);
        // A refused request changes nothing, not even its valid fields.
        r = m_admin->patch(u"/tasks/1"_s,
                           QJsonObject{{u"name"_s, u"Renamed"_s}, {u"estimatedTime"_s, -5}});
        QCOMPARE(r.status, 400);
        QCOMPARE(m_fixture->data().tasks.at(1).name, u"Design hull"_s);
        QCOMPARE(m_fixture->data().tasks.at(1).estimatedTime, std::optional<int>(6000));
        QCOMPARE(messageOf(m_admin->patch(u"/tasks/1"_s, QJsonObject{{u"name"_s, u""_s}})),
                 u"String length must be between 1 and 255"_s);
        QCOMPARE(m_admin->patch(u"/tasks/1"_s, QJsonObject{{u"typeOfWorkId"_s, kNull}}).status,
                 400);
        QCOMPARE(m_admin->patch(u"/tasks/1"_s, QJsonObject{{u"deadline"_s, u"tomorrow"_s}}).status,
                 400);
        QCOMPARE(m_admin->patch(u"/tasks/99"_s, QJsonObject{{u"name"_s, u"A"_s}}).status, 404);
        QCOMPARE(m_employee->patch(u"/tasks/1"_s, QJsonObject{{u"name"_s, u"A"_s}}).status, 403);
        QCOMPARE(m_admin->send("PATCH", u"/tasks/1"_s, R"({"name":"A"})", "text/plain").status,
                 415);
        QCOMPARE(m_fixture->data().tasks.at(1).deadline, QDate(2026, 12, 31));
    }

    void deleteRemovesTimeAndAssignments()
    {
        QCOMPARE(m_employee->del(u"/tasks/1"_s).status, 403);
        const TestReply r = m_manager->del(u"/tasks/1"_s);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const emu::Dataset &d = m_fixture->data();
        QVERIFY(!d.tasks.contains(1));
        // Monday keeps the record on task 2; Tuesday only had task 1 and is gone.
        const auto &monday = d.timetrack.at(emu::dayKey(testdata::kWeekStart, 3));
        QCOMPARE(monday.size(), size_t(1));
        QVERIFY(monday.contains(2));
        QVERIFY(!d.timetrack.contains(emu::dayKey(testdata::kWeekStart.addDays(1), 3)));
        QCOMPARE(d.timetrack.size(), size_t(3));
        QVERIFY(!d.comments.contains(1));
        QCOMPARE(d.comments.size(), size_t(2));
        QCOMPARE(d.users.at(3).assignedTaskIds, (QSet<int>{2, 3, 5}));
        QVERIFY(d.projects.contains(1));
        QCOMPARE(m_admin->get(u"/tasks/1"_s).status, 404);
        QCOMPARE(m_admin->del(u"/tasks/1"_s).status, 404);
        QCOMPARE(m_admin->get(u"/tasks/1/comments"_s).status, 404);
    }

    void comments()
    {
        TestReply r = m_employee->get(u"/tasks/1/comments"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0).toObject(),
                 (QJsonObject{{u"id"_s, 1},
                              {u"userId"_s, 2},
                              {u"created"_s, ms(2026, 11, 2)},
                              {u"updated"_s, ms(2026, 11, 3)},
                              {u"updatingUserId"_s, 2},
                              {u"text"_s, u"Use the new alloy"_s}}));
        r = m_employee->get(u"/tasks/1/comments?includeReferenced=users"_s);
        const QJsonObject users = r.object().value(u"users"_s).toObject();
        QCOMPARE(users.keys(), QStringList{u"2"_s});
        QCOMPARE(users.value(u"2"_s).toObject().value(u"fullName"_s).toString(), u"Mark Manning"_s);
        QCOMPARE(m_employee->get(u"/tasks/2/comments"_s).items().size(), 0);
        QCOMPARE(m_employee->get(u"/tasks/4/comments"_s).status, 404);
        QCOMPARE(m_other->get(u"/tasks/4/comments"_s).status, 200);
        QCOMPARE(m_admin->get(u"/tasks/99/comments"_s).status, 404);

        m_fixture->data().comments[20] = {
            20, emu::CommentTarget::Task, 1, 3, ms(2026, 10, 1), ms(2026, 10, 1), 3, u"first"_s};
        r = m_employee->get(u"/tasks/1/comments"_s);
        QCOMPARE(idsOf(r.items()), (QList<int>{20, 1}));
        QCOMPARE(idsOf(m_employee->get(u"/tasks/1/comments?offset=1"_s).items()), (QList<int>{1}));
        QCOMPARE(m_employee->get(u"/tasks/1/comments?limit=-2"_s).status, 400);
    }

    void assignedUsers()
    {
        TestReply r = m_admin->get(u"/tasks/1/assignedUsers"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"userIds"_s, QJsonArray{1, 2, 3}}}));
        QCOMPARE(m_admin->get(u"/tasks/4/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
                 (QJsonArray{1, 2, 4}));
        QCOMPARE(m_admin->get(u"/tasks/6/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
                 (QJsonArray{1, 2}));
        QCOMPARE(
            m_employee->get(u"/tasks/5/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2, 3}));
        QCOMPARE(m_employee->get(u"/tasks/4/assignedUsers"_s).status, 404);
        QCOMPARE(m_admin->get(u"/tasks/99/assignedUsers"_s).status, 404);
        m_fixture->data().users.at(2).allScope = false;
        QCOMPARE(m_admin->get(u"/tasks/6/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
                 (QJsonArray{1}));
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
    std::unique_ptr<HttpTestClient> m_other;
};

QTEST_GUILESS_MAIN(TestEmulatorTasks)
#include "tst_emulator_tasks.moc"
