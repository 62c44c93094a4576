// Contract suite: /customers (shape, visibility, paging, sorting, filters, create / update /
// delete with cascade, errors, permissions) and its comments / assignedUsers sub-resources.
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

} // namespace

class TestEmulatorCustomers : public QObject
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
        const TestReply r = m_admin->get(u"/customers/1"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject expected{
            {u"id"_s, 1},
            {u"name"_s, u"Big Bang Company"_s},
            {u"archived"_s, false},
            {u"created"_s, ms(2024, 1, 10)},
            {u"url"_s,
             u"http://127.0.0.1:%1/tasks/tasklist.do?customerId=1"_s.arg(m_fixture->port())},
            {u"allowedActions"_s, QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}},
            {u"description"_s, u"Rocket makers"_s}};
        QCOMPARE(r.object(), expected);
        QVERIFY(m_admin->get(u"/customers/2"_s).object().value(u"description"_s).isNull());
        const QJsonObject managerActions =
            m_manager->get(u"/customers/1"_s).object().value(u"allowedActions"_s).toObject();
        QCOMPARE(managerActions, (QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}));
        const QJsonObject employeeActions =
            m_employee->get(u"/customers/1"_s).object().value(u"allowedActions"_s).toObject();
        QCOMPARE(employeeActions, (QJsonObject{{u"canModify"_s, false}, {u"canDelete"_s, false}}));
    }

    void visibility()
    {
        // The employee's tasks 1,2,3,5 lie in projects 1 and 2, both of customer 1.
        QCOMPARE(idsOf(m_employee->get(u"/customers"_s).items()), (QList<int>{1}));
        QCOMPARE(m_employee->get(u"/customers/2"_s).status, 404);
        QCOMPARE(m_employee->get(u"/customers/3"_s).status, 404);
        QCOMPARE(idsOf(m_other->get(u"/customers"_s).items()), (QList<int>{2}));
        QCOMPARE(idsOf(m_manager->get(u"/customers"_s).items()), (QList<int>{1, 2, 3}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?ids=2,3"_s).items()), (QList<int>{2, 3}));
        // ids cannot widen what the caller sees.
        QCOMPARE(idsOf(m_employee->get(u"/customers?ids=2,3"_s).items()), QList<int>{});
        const TestReply missing = m_admin->get(u"/customers/99"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorKey(), u"api.error.object_not_found"_s);
        QCOMPARE(m_admin->get(u"/customers/abc"_s).status, 404);
    }

    void pagingSortingFilters()
    {
        TestReply r = m_admin->get(u"/customers"_s);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1000);
        QCOMPARE(idsOf(r.items()), (QList<int>{1, 2, 3}));
        r = m_admin->get(u"/customers?offset=1&limit=1"_s);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1);
        QCOMPARE(idsOf(r.items()), (QList<int>{2}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?sort=-name"_s).items()), (QList<int>{3, 2, 1}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?sort=%2Bname"_s).items()), (QList<int>{1, 2, 3}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?sort=%2Bcreated"_s).items()),
                 (QList<int>{3, 1, 2}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?sort=-created"_s).items()), (QList<int>{2, 1, 3}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?sort=-created&offset=2"_s).items()),
                 (QList<int>{3}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?name=galaxy%20CORP"_s).items()), (QList<int>{2}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?name=galaxy"_s).items()), QList<int>{});
        QCOMPARE(idsOf(m_admin->get(u"/customers?words=company%20big"_s).items()), (QList<int>{1}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?words=o"_s).items()), (QList<int>{1, 2, 3}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?archived=true"_s).items()), (QList<int>{3}));
        QCOMPARE(idsOf(m_admin->get(u"/customers?archived=false"_s).items()), (QList<int>{1, 2}));
        QCOMPARE(m_admin->get(u"/customers?archived=maybe"_s).status, 400);
        QCOMPARE(m_admin->get(u"/customers?sort=%2Bid"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
        QCOMPARE(m_admin->get(u"/customers?ids=1,x"_s).status, 400);
        QCOMPARE(m_admin->get(u"/customers?limit=1001"_s).status, 400);
    }

    void create()
    {
        const qint64 now = m_fixture->clock().nowMs();
        TestReply r = m_manager->post(u"/customers"_s, QJsonObject{{u"name"_s, u"  New Co  "_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject expected{
            {u"id"_s, 1001},
            {u"name"_s, u"New Co"_s},
            {u"archived"_s, false},
            {u"created"_s, now},
            {u"url"_s,
             u"http://127.0.0.1:%1/tasks/tasklist.do?customerId=1001"_s.arg(m_fixture->port())},
            {u"allowedActions"_s, QJsonObject{{u"canModify"_s, true}, {u"canDelete"_s, true}}},
            {u"description"_s, QJsonValue(QJsonValue::Null)}};
        QCOMPARE(r.object(), expected);
        QCOMPARE(m_admin->get(u"/customers/1001"_s).object(), expected);
        QCOMPARE(m_fixture->data().customers.at(1001).name, u"New Co"_s);

        r = m_admin->post(u"/customers"_s,
                          QJsonObject{{u"name"_s, u"Archived Co"_s},
                                      {u"description"_s, u"Gone"_s},
                                      {u"archived"_s, true},
                                      {u"unknownField"_s, 5}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s).toInt(), 1002);
        QCOMPARE(r.object().value(u"description"_s).toString(), u"Gone"_s);
        QCOMPARE(r.object().value(u"archived"_s).toBool(), true);
        QCOMPARE(idsOf(m_admin->get(u"/customers?archived=true"_s).items()), (QList<int>{3, 1002}));
        // A new customer has no tasks: an employee does not see it.
        QCOMPARE(m_employee->get(u"/customers/1001"_s).status, 404);
    }

    void createErrors()
    {
        const auto post = [this](const QJsonObject &body) {
            return m_admin->post(u"/customers"_s, body);
        };
        TestReply r = post({{u"name"_s, u"big bang COMPANY"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.customer_exists"_s);
        QCOMPARE(messageOf(r), u"Customer with specified name already exists"_s);
        r = post({{u"name"_s, u""_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(messageOf(r), u"String length must be between 1 and 255"_s);
        QCOMPARE(messageOf(post({{u"name"_s, u"   "_s}})),
                 u"String length must be between 1 and 255"_s);
        QCOMPARE(messageOf(post({{u"name"_s, QString(256, u'x')}})),
                 u"String length must be between 1 and 255"_s);
        QCOMPARE(post({{u"name"_s, QString(255, u'x')}}).status, 200);
        r = post({{u"description"_s, u"no name"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(messageOf(r), u"Mandatory field is not specified"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"name"_s);
        QCOMPARE(messageOf(post({{u"name"_s, QJsonValue(QJsonValue::Null)}})),
                 u"Mandatory field is not specified"_s);
        QCOMPARE(post({{u"name"_s, 12}}).status, 400);
        QCOMPARE(post({{u"name"_s, u"A"_s}, {u"description"_s, 5}}).status, 400);
        QCOMPARE(post({{u"name"_s, u"B"_s}, {u"archived"_s, u"yes"_s}}).status, 400);
        QCOMPARE(post({{u"name"_s, u"C"_s}, {u"archived"_s, QJsonValue(QJsonValue::Null)}}).status,
                 400);
        r = m_admin->send("POST", u"/customers"_s, " "); // a blank body with a JSON content type
        QCOMPARE(r.status, 400);
        QCOMPARE(messageOf(r), u"Mandatory field is not specified"_s);
        QCOMPARE(m_admin->send("POST", u"/customers"_s, "[1]").status, 400);
        QCOMPARE(m_admin->send("POST", u"/customers"_s, "{bad").status, 400);
        r = m_admin->send("POST", u"/customers"_s, R"({"name":"D"})", "text/plain");
        QCOMPARE(r.status, 415);
        QCOMPARE(m_admin->send("POST", u"/customers"_s, R"({"name":"D"})", QByteArray()).status,
                 415);
        r = m_employee->post(u"/customers"_s, QJsonObject{{u"name"_s, u"Mine"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
        // Only the 255-character name was created.
        QCOMPARE(m_fixture->data().customers.size(), size_t(4));
    }

    void update()
    {
        TestReply r =
            m_manager->patch(u"/customers/2"_s, QJsonObject{{u"name"_s, u"Galaxy Corporation"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"Galaxy Corporation"_s);
        QVERIFY(r.object().value(u"description"_s).isNull());
        QCOMPARE(r.object().value(u"created"_s).toInteger(), ms(2024, 3, 5));
        r = m_manager->patch(u"/customers/2"_s,
                             QJsonObject{{u"description"_s, u"Stars"_s}, {u"archived"_s, true}});
        QCOMPARE(r.object().value(u"description"_s).toString(), u"Stars"_s);
        QCOMPARE(r.object().value(u"archived"_s).toBool(), true);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"Galaxy Corporation"_s);
        r = m_manager->patch(u"/customers/2"_s,
                             QJsonObject{{u"description"_s, QJsonValue(QJsonValue::Null)}});
        QVERIFY(r.object().value(u"description"_s).isNull());
        QVERIFY(m_fixture->data().customers.at(2).description.isNull());
        QCOMPARE(m_admin->get(u"/customers/2"_s).object().value(u"archived"_s).toBool(), true);
        // Changing only the case of its own name is not a duplicate.
        QCOMPARE(
            m_admin->patch(u"/customers/2"_s, QJsonObject{{u"name"_s, u"GALAXY CORPORATION"_s}})
                .status,
            200);
        QCOMPARE(m_admin->patch(u"/customers/2"_s, QJsonObject{}).status, 200);
    }

    void updateErrors()
    {
        // A refused request changes nothing, not even its valid fields.
        TestReply r =
            m_admin->patch(u"/customers/2"_s,
                           QJsonObject{{u"name"_s, u"Big Bang Company"_s}, {u"archived"_s, true}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.customer_exists"_s);
        QCOMPARE(m_fixture->data().customers.at(2).archived, false);
        QCOMPARE(m_fixture->data().customers.at(2).name, u"Galaxy Corp"_s);
        QCOMPARE(messageOf(m_admin->patch(u"/customers/2"_s, QJsonObject{{u"name"_s, u""_s}})),
                 u"String length must be between 1 and 255"_s);
        QCOMPARE(messageOf(m_admin->patch(u"/customers/2"_s,
                                          QJsonObject{{u"name"_s, QJsonValue(QJsonValue::Null)}})),
                 u"Mandatory field is not specified"_s);
        QCOMPARE(m_admin->patch(u"/customers/2"_s, QJsonObject{{u"archived"_s, 1}}).status, 400);
        QCOMPARE(m_admin->patch(u"/customers/99"_s, QJsonObject{{u"name"_s, u"X"_s}}).status, 404);
        QCOMPARE(m_employee->patch(u"/customers/1"_s, QJsonObject{{u"name"_s, u"X"_s}}).status,
                 403);
        QCOMPARE(m_admin->send("PATCH", u"/customers/2"_s, R"({"name":"X"})", "text/plain").status,
                 415);
        QCOMPARE(m_fixture->data().customers.at(2).name, u"Galaxy Corp"_s);
        QCOMPARE(m_fixture->data().customers.at(1).name, u"Big Bang Company"_s);
    }

    void deleteCascades()
    {
        QCOMPARE(m_employee->del(u"/customers/1"_s).status, 403);
        QVERIFY(m_fixture->data().customers.contains(1));
        const TestReply r = m_manager->del(u"/customers/1"_s);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());

        const emu::Dataset &d = m_fixture->data();
        QVERIFY(!d.customers.contains(1));
        QVERIFY(!d.projects.contains(1) && !d.projects.contains(2));
        QVERIFY(d.projects.contains(3) && d.projects.contains(4));
        QCOMPARE(d.tasks.size(), size_t(2)); // tasks 4 and 6 remain
        QVERIFY(d.tasks.contains(4) && d.tasks.contains(6));
        QVERIFY(d.comments.empty()); // all three comments were on customer 1's objects
        // Only Oscar's record on task 4 is left; the employee's days disappeared.
        QCOMPARE(d.timetrack.size(), size_t(1));
        QCOMPARE(d.timetrack.begin()->first, emu::dayKey(testdata::kWeekStart, 4));
        QVERIFY(d.users.at(3).assignedTaskIds.isEmpty());
        QCOMPARE(d.users.at(4).assignedTaskIds, (QSet<int>{4}));

        QCOMPARE(m_admin->get(u"/customers/1"_s).status, 404);
        QCOMPARE(m_admin->get(u"/projects/1"_s).status, 404);
        QCOMPARE(m_admin->del(u"/customers/1"_s).status, 404);
        QCOMPARE(idsOf(m_employee->get(u"/customers"_s).items()), QList<int>{});
    }

    void comments()
    {
        TestReply r = m_employee->get(u"/customers/1/comments"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1000);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0).toObject(),
                 (QJsonObject{{u"id"_s, 2},
                              {u"userId"_s, 1},
                              {u"created"_s, ms(2026, 10, 1)},
                              {u"updated"_s, ms(2026, 10, 1)},
                              {u"updatingUserId"_s, 1},
                              {u"text"_s, u"Key account"_s}}));
        QVERIFY(!r.object().contains(u"users"_s));
        r = m_employee->get(u"/customers/1/comments?includeReferenced=users"_s);
        const QJsonObject users = r.object().value(u"users"_s).toObject();
        QCOMPARE(users.keys(), QStringList{u"1"_s});
        QCOMPARE(users.value(u"1"_s).toObject().value(u"fullName"_s).toString(), u"Ada Admin"_s);
        QCOMPARE(m_employee->get(u"/customers/1/comments?includeReferenced=projects"_s).status,
                 400);
        QCOMPARE(m_employee->get(u"/customers/2/comments"_s).status, 404);
        QCOMPARE(m_admin->get(u"/customers/2/comments"_s).items().size(), 0);
        QCOMPARE(m_admin->get(u"/customers/99/comments"_s).status, 404);

        // Ordered by creation time, paged, and users only of the returned page.
        emu::Dataset &d = m_fixture->data();
        d.comments[10] = {
            10,       emu::CommentTarget::Customer, 2, 4, ms(2026, 11, 20), ms(2026, 11, 20), 4,
            u"late"_s};
        d.comments[11] = {
            11,        emu::CommentTarget::Customer, 2, 3, ms(2026, 11, 1), ms(2026, 11, 21), 2,
            u"early"_s};
        d.comments[12] = {12,
                          emu::CommentTarget::Project,
                          2,
                          3,
                          ms(2026, 11, 1),
                          ms(2026, 11, 1),
                          3,
                          u"elsewhere"_s};
        QCOMPARE(idsOf(m_admin->get(u"/customers/2/comments"_s).items()), (QList<int>{11, 10}));
        r = m_admin->get(u"/customers/2/comments?offset=1&limit=1&includeReferenced=users"_s);
        QCOMPARE(idsOf(r.items()), (QList<int>{10}));
        QCOMPARE(r.object().value(u"users"_s).toObject().keys(), QStringList{u"4"_s});
        r = m_admin->get(u"/customers/2/comments?limit=1&includeReferenced=users"_s);
        QCOMPARE(r.object().value(u"users"_s).toObject().keys(), (QStringList{u"2"_s, u"3"_s}));
    }

    void assignedUsers()
    {
        // Users 1 and 2 are assigned to all of the scope of work.
        TestReply r = m_admin->get(u"/customers/1/assignedUsers"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"userIds"_s, QJsonArray{1, 2, 3}}}));
        QCOMPARE(
            m_admin->get(u"/customers/2/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2, 4}));
        QCOMPARE(
            m_admin->get(u"/customers/3/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2}));
        QCOMPARE(
            m_employee->get(u"/customers/1/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2, 3}));
        QCOMPARE(m_employee->get(u"/customers/2/assignedUsers"_s).status, 404);
        QCOMPARE(m_admin->get(u"/customers/99/assignedUsers"_s).status, 404);
        m_fixture->data().users.at(5).assignedTaskIds = {6};
        QCOMPARE(
            m_admin->get(u"/customers/3/assignedUsers"_s).object().value(u"userIds"_s).toArray(),
            (QJsonArray{1, 2, 5}));
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
    std::unique_ptr<HttpTestClient> m_other;
};

QTEST_GUILESS_MAIN(TestEmulatorCustomers)
#include "tst_emulator_customers.moc"
