// Contract suite: /projects (shape, visibility, filters, includeReferenced=customers, create /
// update incl. moving between customers / delete with cascade, errors, permissions) and its
// comments / assignedUsers sub-resources.
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

class TestEmulatorProjects : public QObject
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
        const TestReply r = m_manager->get(u"/projects/2"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject expected{
            {u"id"_s, 2},
            {u"customerId"_s, 1},
            {u"customerName"_s, u"Big Bang Company"_s},
            {u"name"_s, u"Website"_s},
            {u"archived"_s, false},
            {u"created"_s, ms(2024, 2, 1)},
            {u"url"_s,
             u"http://127.0.0.1:%1/tasks/tasklist.do?projectId=2"_s.arg(m_fixture->port())},
            {u"allowedActions"_s, QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}},
            {u"description"_s, u"Public site"_s}};
        QCOMPARE(r.object(), expected);
        QVERIFY(m_admin->get(u"/projects/1"_s).object().value(u"description"_s).isNull());
        QCOMPARE(m_admin->get(u"/projects/1"_s).object().value(u"allowedActions"_s).toObject(),
                 (QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}));
        QCOMPARE(m_employee->get(u"/projects/2"_s).object().value(u"allowedActions"_s).toObject(),
                 (QJsonObject{{u"canModify"_s, false}, {u"canDelete"_s, false}}));
    }

    void visibility()
    {
        QCOMPARE(idsOf(m_employee->get(u"/projects"_s).items()), (QList<int>{1, 2}));
        QCOMPARE(m_employee->get(u"/projects/3"_s).status, 404);
        QCOMPARE(m_employee->get(u"/projects/4"_s).status, 404);
        QCOMPARE(idsOf(m_other->get(u"/projects"_s).items()), (QList<int>{3}));
        QCOMPARE(idsOf(m_admin->get(u"/projects"_s).items()), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(idsOf(m_employee->get(u"/projects?customerIds=2"_s).items()), QList<int>{});
        QCOMPARE(m_admin->get(u"/projects/99"_s).status, 404);
        QCOMPARE(m_admin->get(u"/projects/x"_s).status, 404);
    }

    void pagingSortingFilters()
    {
        QCOMPARE(idsOf(m_admin->get(u"/projects?customerIds=1"_s).items()), (QList<int>{1, 2}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?customerIds=1,2"_s).items()),
                 (QList<int>{1, 2, 3}));
        QCOMPARE(m_admin->get(u"/projects?customerIds=one"_s).status, 400);
        QCOMPARE(idsOf(m_admin->get(u"/projects?ids=2,4,77"_s).items()), (QList<int>{2, 4}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?archived=true"_s).items()), (QList<int>{4}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?archived=false&customerIds=1,3"_s).items()),
                 (QList<int>{1, 2}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?name=WEBSITE"_s).items()), (QList<int>{2}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?words=ship"_s).items()), (QList<int>{1}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?words=app%20mob"_s).items()), (QList<int>{3}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?sort=%2Bname"_s).items()),
                 (QList<int>{4, 3, 1, 2}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?sort=-name"_s).items()), (QList<int>{2, 1, 3, 4}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?sort=-created"_s).items()),
                 (QList<int>{3, 2, 1, 4}));
        QCOMPARE(idsOf(m_admin->get(u"/projects?sort=created"_s).items()),
                 (QList<int>{4, 1, 2, 3}));
        const TestReply r = m_admin->get(u"/projects?sort=created&offset=1&limit=2"_s);
        QCOMPARE(idsOf(r.items()), (QList<int>{1, 2}));
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 2);
        QCOMPARE(m_admin->get(u"/projects?sort=%2BcustomerName"_s).status, 400);
    }

    void includeReferencedCustomers()
    {
        TestReply r = m_admin->get(u"/projects"_s);
        QVERIFY(!r.object().contains(u"customers"_s));
        r = m_admin->get(u"/projects?includeReferenced=customers"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject customers = r.object().value(u"customers"_s).toObject();
        QCOMPARE(customers.keys(), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(customers.value(u"1"_s).toObject(), m_admin->get(u"/customers/1"_s).object());
        // Only the customers of the returned page.
        r = m_admin->get(u"/projects?includeReferenced=customers&sort=-created&limit=1"_s);
        QCOMPARE(r.object().value(u"customers"_s).toObject().keys(), QStringList{u"2"_s});
        r = m_employee->get(u"/projects?includeReferenced=customers"_s);
        QCOMPARE(r.object().value(u"customers"_s).toObject().keys(), QStringList{u"1"_s});
        QCOMPARE(m_admin->get(u"/projects?includeReferenced=tasks"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
    }

    void create()
    {
        const qint64 now = m_fixture->clock().nowMs();
        // The same name is fine under another customer.
        TestReply r = m_manager->post(
            u"/projects"_s,
            QJsonObject{{u"customerId"_s, 2}, {u"name"_s, u"Spaceship building"_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject expected{
            {u"id"_s, 1001},
            {u"customerId"_s, 2},
            {u"customerName"_s, u"Galaxy Corp"_s},
            {u"name"_s, u"Spaceship building"_s},
            {u"archived"_s, false},
            {u"created"_s, now},
            {u"url"_s,
             u"http://127.0.0.1:%1/tasks/tasklist.do?projectId=1001"_s.arg(m_fixture->port())},
            {u"allowedActions"_s, QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}},
            {u"description"_s, kNull}};
        QCOMPARE(r.object(), expected);
        QCOMPARE(m_admin->get(u"/projects/1001"_s).object(), expected);
        QCOMPARE(m_fixture->data().projects.at(1001).customerId, 2);
        r = m_admin->post(u"/projects"_s,
                          QJsonObject{{u"customerId"_s, 3},
                                      {u"name"_s, u"Archive"_s},
                                      {u"description"_s, u"old stuff"_s},
                                      {u"archived"_s, true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"description"_s).toString(), u"old stuff"_s);
        QCOMPARE(r.object().value(u"archived"_s).toBool(), true);
        QCOMPARE(idsOf(m_admin->get(u"/projects?customerIds=3"_s).items()), (QList<int>{4, 1002}));
    }

    void createErrors()
    {
        const auto post = [this](const QJsonObject &body) {
            return m_admin->post(u"/projects"_s, body);
        };
        TestReply r = post({{u"customerId"_s, 1}, {u"name"_s, u"spaceship BUILDING"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.project_exists"_s);
        QCOMPARE(messageOf(r), u"Project with specified name already exists"_s);
        r = post({{u"name"_s, u"Orphan"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(messageOf(r), u"Mandatory field is not specified"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"customerId"_s);
        QCOMPARE(messageOf(post({{u"customerId"_s, kNull}, {u"name"_s, u"Orphan"_s}})),
                 u"Mandatory field is not specified"_s);
        r = post({{u"customerId"_s, 99}, {u"name"_s, u"Orphan"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.invalid_value"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"customerId"_s);
        QCOMPARE(post({{u"customerId"_s, u"1"_s}, {u"name"_s, u"Orphan"_s}}).status, 400);
        QCOMPARE(post({{u"customerId"_s, 1.5}, {u"name"_s, u"Orphan"_s}}).status, 400);
        QCOMPARE(messageOf(post({{u"customerId"_s, 1}, {u"name"_s, u""_s}})),
                 u"String length must be between 1 and 255"_s);
        r = post({{u"customerId"_s, 1}});
        QCOMPARE(messageOf(r), u"Mandatory field is not specified"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"name"_s);
        QCOMPARE(post({{u"customerId"_s, 1}, {u"name"_s, u"Z"_s}, {u"archived"_s, u"no"_s}}).status,
                 400);
        QCOMPARE(
            m_admin->send("POST", u"/projects"_s, R"({"customerId":1,"name":"Z"})", "text/plain")
                .status,
            415);
        QCOMPARE(
            m_employee->post(u"/projects"_s, QJsonObject{{u"customerId"_s, 1}, {u"name"_s, u"Z"_s}})
                .status,
            403);
        QCOMPARE(m_fixture->data().projects.size(), size_t(4));
    }

    void updateAndMove()
    {
        TestReply r = m_manager->patch(
            u"/projects/2"_s, QJsonObject{{u"description"_s, kNull}, {u"archived"_s, true}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"description"_s).isNull());
        QCOMPARE(r.object().value(u"archived"_s).toBool(), true);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"Website"_s);
        // Moving to another customer: the employee's task 3 now makes customer 2 visible to them.
        r = m_manager->patch(u"/projects/2"_s,
                             QJsonObject{{u"customerId"_s, 2}, {u"name"_s, u"Web site"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"customerId"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"customerName"_s).toString(), u"Galaxy Corp"_s);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"Web site"_s);
        QCOMPARE(m_fixture->data().projects.at(2).customerId, 2);
        QCOMPARE(idsOf(m_employee->get(u"/customers"_s).items()), (QList<int>{1, 2}));
        QCOMPARE(m_employee->get(u"/tasks/3"_s).object().value(u"customerName"_s).toString(),
                 u"Galaxy Corp"_s);
        QCOMPARE(m_admin->patch(u"/projects/1"_s, QJsonObject{{u"name"_s, u"SPACESHIP building"_s}})
                     .status,
                 200);
    }

    void updateErrors()
    {
        QCOMPARE(
            m_admin
                ->post(u"/projects"_s, QJsonObject{{u"customerId"_s, 2}, {u"name"_s, u"Website"_s}})
                .status,
            200);
        // The name must be unique in the target customer; a refused move changes nothing.
        TestReply r = m_admin->patch(u"/projects/2"_s,
                                     QJsonObject{{u"customerId"_s, 2}, {u"archived"_s, true}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.project_exists"_s);
        QCOMPARE(m_fixture->data().projects.at(2).customerId, 1);
        QCOMPARE(m_fixture->data().projects.at(2).archived, false);
        r = m_admin->patch(u"/projects/1"_s, QJsonObject{{u"name"_s, u"website"_s}});
        QCOMPARE(messageOf(r), u"Project with specified name already exists"_s);
        QCOMPARE(m_admin->patch(u"/projects/1"_s, QJsonObject{{u"customerId"_s, 99}}).errorKey(),
                 u"api.error.invalid_value"_s);
        QCOMPARE(messageOf(m_admin->patch(u"/projects/1"_s, QJsonObject{{u"customerId"_s, kNull}})),
                 u"Mandatory field is not specified"_s);
        QCOMPARE(messageOf(m_admin->patch(u"/projects/1"_s, QJsonObject{{u"name"_s, u""_s}})),
                 u"String length must be between 1 and 255"_s);
        QCOMPARE(m_admin->patch(u"/projects/99"_s, QJsonObject{{u"name"_s, u"A"_s}}).status, 404);
        QCOMPARE(m_employee->patch(u"/projects/1"_s, QJsonObject{{u"name"_s, u"A"_s}}).status, 403);
        QCOMPARE(m_admin->send("PATCH", u"/projects/1"_s, R"({"name":"A"})", "text/plain").status,
                 415);
        QCOMPARE(m_fixture->data().projects.at(1).name, u"Spaceship building"_s);
    }

    void deleteCascades()
    {
        QCOMPARE(m_employee->del(u"/projects/1"_s).status, 403);
        QCOMPARE(m_admin->del(u"/projects/99"_s).status, 404);
        const TestReply r = m_manager->del(u"/projects/1"_s);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());

        const emu::Dataset &d = m_fixture->data();
        QVERIFY(!d.projects.contains(1));
        QVERIFY(d.customers.contains(1));
        for (const int id : {1, 2, 5})
            QVERIFY(!d.tasks.contains(id));
        QCOMPARE(d.tasks.size(), size_t(3));
        // Comment 1 was on task 1 and comment 3 on project 1; the customer's comment stays.
        QCOMPARE(d.comments.size(), size_t(1));
        QVERIFY(d.comments.contains(2));
        // The employee's time on tasks 1 and 2 is gone (both days only had those tasks); the
        // previous week's record on task 3 and Oscar's record stay.
        QCOMPARE(d.timetrack.size(), size_t(2));
        QVERIFY(!d.timetrack.contains(emu::dayKey(testdata::kWeekStart, 3)));
        QVERIFY(!d.timetrack.contains(emu::dayKey(testdata::kWeekStart.addDays(1), 3)));
        QCOMPARE(d.timetrack.at(emu::dayKey(testdata::kWeekStart.addDays(-7), 3)).at(3).time, 120);
        QCOMPARE(d.users.at(3).assignedTaskIds, (QSet<int>{3}));

        QCOMPARE(m_admin->get(u"/projects/1"_s).status, 404);
        QCOMPARE(m_admin->get(u"/tasks/1"_s).status, 404);
        QCOMPARE(idsOf(m_employee->get(u"/projects"_s).items()), (QList<int>{2}));
    }

    void comments()
    {
        TestReply r = m_employee->get(u"/projects/1/comments"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0).toObject(),
                 (QJsonObject{{u"id"_s, 3},
                              {u"userId"_s, 3},
                              {u"created"_s, ms(2026, 10, 5)},
                              {u"updated"_s, ms(2026, 10, 6)},
                              {u"updatingUserId"_s, 2},
                              {u"text"_s, u"Kick-off done"_s}}));
        r = m_employee->get(u"/projects/1/comments?includeReferenced=users"_s);
        const QJsonObject users = r.object().value(u"users"_s).toObject();
        QCOMPARE(users.keys(), (QStringList{u"2"_s, u"3"_s}));
        QCOMPARE(users.value(u"3"_s).toObject().value(u"id"_s).toInt(), 3);
        QCOMPARE(users.value(u"2"_s).toObject().value(u"fullName"_s).toString(), u"Mark Manning"_s);
        QCOMPARE(m_employee->get(u"/projects/2/comments"_s).items().size(), 0);
        QCOMPARE(m_employee->get(u"/projects/3/comments"_s).status, 404);
        QCOMPARE(m_other->get(u"/projects/3/comments"_s).status, 200);
        QCOMPARE(m_admin->get(u"/projects/99/comments"_s).status, 404);
    }

    void assignedUsers()
    {
        TestReply r = m_admin->get(u"/projects/1/assignedUsers"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"userIds"_s, QJsonArray{1, 2, 3}}}));
        QCOMPARE(
            m_admin->get(u"/projects/3/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2, 4}));
        QCOMPARE(
            m_admin->get(u"/projects/4/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2}));
        QCOMPARE(
            m_employee->get(u"/projects/2/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2, 3}));
        QCOMPARE(m_employee->get(u"/projects/3/assignedUsers"_s).status, 404);
        QCOMPARE(m_admin->get(u"/projects/99/assignedUsers"_s).status, 404);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
    std::unique_ptr<HttpTestClient> m_other;
};

QTEST_GUILESS_MAIN(TestEmulatorProjects)
#include "tst_emulator_projects.moc"
