// Contract suite: /users, /users/me, /users/{uid}, schedules, work assignments and account writes
// (shapes per role, paging, sorting, filters, referenced maps, errors, permissions).
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using testdata::idsOf;

QList<int> scheduleOf(const TestReply &r)
{
    QList<int> out;
    for (const QJsonValue &v : r.object().value(u"schedule"_s).toArray())
        out.append(v.toInt());
    return out;
}

QJsonObject newUserBody()
{
    return {{u"username"_s, u"newbie"_s},
            {u"email"_s, u"newbie@example.com"_s},
            {u"firstName"_s, u"Nina"_s},
            {u"lastName"_s, u"Newman"_s},
            {u"middleName"_s, u"Q"_s},
            {u"password"_s, u"s3cret"_s},
            {u"departmentId"_s, 2},
            {u"timeZoneGroupId"_s, 2},
            {u"hired"_s, u"2026-11-02"_s},
            {u"releaseDate"_s, u"2027-06-30"_s},
            {u"active"_s, true}};
}
} // namespace

class TestEmulatorUsers : public QObject
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

    void listShapesPerRole()
    {
        TestReply r = m_admin->get(u"/users"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().keys(), (QStringList{u"items"_s, u"limit"_s, u"offset"_s}));
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1000);
        QCOMPARE(idsOf(r.items()), (QList<int>{1, 2, 3, 4, 5}));
        const QJsonObject adminView{
            {u"id"_s, 3},
            {u"departmentId"_s, 1},
            {u"timeZoneGroupId"_s, 2},
            {u"fullName"_s, u"Emma J. Employee"_s},
            {u"firstName"_s, u"Emma"_s},
            {u"middleName"_s, u"J"_s},
            {u"lastName"_s, u"Employee"_s},
            {u"active"_s, true},
            {u"allowedActions"_s, QJsonObject{{u"canSubmitTimetrack"_s, true}}},
            {u"username"_s, u"employee"_s},
            {u"email"_s, u"employee@example.com"_s},
            {u"hired"_s, u"2020-01-06"_s},
            {u"releaseDate"_s, QJsonValue()}};
        QCOMPARE(r.items().at(2).toObject(), adminView);
        // Account fields are hidden from everybody who does not manage accounts.
        QJsonObject employeeView = adminView;
        for (const QString &hidden : {u"username"_s, u"email"_s, u"hired"_s, u"releaseDate"_s})
            employeeView.remove(hidden);
        QCOMPARE(m_employee->get(u"/users"_s).items().at(2).toObject(), employeeView);
        QCOMPARE(m_manager->get(u"/users/3"_s).object(), employeeView);
        QVERIFY(m_other->get(u"/users/1"_s).object().value(u"middleName"_s).isNull());

        // canSubmitTimetrack: own and (for managers) the team's time, never for a disabled account.
        auto canSubmit = [](const TestReply &reply) {
            QList<bool> out;
            for (const QJsonValue &v : reply.items())
                out.append(v.toObject()
                               .value(u"allowedActions"_s)
                               .toObject()
                               .value(u"canSubmitTimetrack"_s)
                               .toBool());
            return out;
        };
        QCOMPARE(canSubmit(r), (QList<bool>{true, true, true, true, false}));
        QCOMPARE(canSubmit(m_manager->get(u"/users"_s)),
                 (QList<bool>{false, true, true, false, false}));
        QCOMPARE(canSubmit(m_employee->get(u"/users"_s)),
                 (QList<bool>{false, false, true, false, false}));
    }

    void paging()
    {
        TestReply r = m_employee->get(u"/users?offset=1&limit=2"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 2);
        QCOMPARE(idsOf(r.items()), (QList<int>{2, 3}));
        QCOMPARE(m_employee->get(u"/users?offset=5"_s).items().size(), 0);
        QCOMPARE(m_employee->get(u"/users?limit=1001"_s).status, 400);
        QCOMPARE(m_employee->get(u"/users?offset=-1"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
    }

    void sorting()
    {
        auto sorted = [this](const QString &sort) {
            const TestReply r = m_employee->get(u"/users?sort="_s + sort);
            return r.status == 200 ? idsOf(r.items()) : QList<int>{-r.status};
        };
        QCOMPARE(sorted(u"%2BlastName"_s), (QList<int>{1, 5, 3, 2, 4}));
        QCOMPARE(sorted(u"-lastName"_s), (QList<int>{4, 2, 3, 5, 1}));
        QCOMPARE(sorted(u"lastName"_s), (QList<int>{1, 5, 3, 2, 4}));
        // Department and time-zone group sort by their names: Engineering, Sales, Users without ...
        QCOMPARE(sorted(u"%2Bdepartment"_s), (QList<int>{2, 3, 4, 1, 5}));
        QCOMPARE(sorted(u"%2Bdepartment,-lastName"_s), (QList<int>{2, 3, 4, 5, 1}));
        QCOMPARE(sorted(u"-timeZoneGroup"_s), (QList<int>{1, 2, 4, 5, 3}));
        QCOMPARE(sorted(u"%2BtimeZoneGroup"_s), (QList<int>{3, 1, 2, 4, 5}));
        QCOMPARE(sorted(u"%2Busername"_s), (QList<int>{1, 5, 3, 2, 4}));
        m_fixture->data().users[4].hired = QDate(2019, 5, 1);
        m_fixture->data().users[2].hired = QDate(2021, 5, 1);
        m_fixture->data().users[5].hired = QDate();
        QCOMPARE(sorted(u"%2Bhired"_s), (QList<int>{5, 4, 1, 3, 2}));
        QCOMPARE(sorted(u"-hired"_s), (QList<int>{2, 1, 3, 4, 5}));
        QCOMPARE(sorted(u"%2Bname"_s), (QList<int>{-400}));
        QCOMPARE(sorted(u"+lastName"_s), (QList<int>{-400})); // unencoded '+' is a space
    }

    void filters()
    {
        auto found = [this](const QString &query) {
            const TestReply r = m_admin->get(u"/users?"_s + query);
            return r.status == 200 ? idsOf(r.items()) : QList<int>{-r.status};
        };
        QCOMPARE(found(u"ids=3,1,99"_s), (QList<int>{1, 3}));
        QCOMPARE(found(u"department=1"_s), (QList<int>{2, 3}));
        QCOMPARE(found(u"department=-1,2"_s), (QList<int>{1, 4, 5}));
        QCOMPARE(found(u"timeZoneGroup=2"_s), (QList<int>{3}));
        QCOMPARE(found(u"timeZoneGroup=-1&department=1"_s), (QList<int>{2}));
        QCOMPARE(found(u"active=false"_s), (QList<int>{5}));
        QCOMPARE(found(u"active=true&sort=-lastName&limit=2"_s), (QList<int>{4, 2}));
        QCOMPARE(found(u"name=emma%20j.%20EMPLOYEE"_s), (QList<int>{3}));
        QCOMPARE(found(u"name=Emma"_s), QList<int>{}); // the whole full name, not a part
        QCOMPARE(found(u"email=OTHER@example.com"_s), (QList<int>{4}));
        QCOMPARE(found(u"username=Manager"_s), (QList<int>{2}));
        QCOMPARE(found(u"username=nobody"_s), QList<int>{});
        QCOMPARE(found(u"active=maybe"_s), (QList<int>{-400}));
        QCOMPARE(found(u"department=x"_s), (QList<int>{-400}));
        QCOMPARE(found(u"ids=1;2"_s), (QList<int>{-400}));

        // Everybody may list users, but only account managers may search the hidden fields.
        QCOMPARE(idsOf(m_employee->get(u"/users?name=Oscar%20Other"_s).items()), (QList<int>{4}));
        QCOMPARE(m_employee->get(u"/users?email=other@example.com"_s).status, 403);
        const TestReply r = m_manager->get(u"/users?username=employee"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
    }

    void includeReferenced()
    {
        TestReply r =
            m_employee->get(u"/users?department=1&includeReferenced=departments,timeZoneGroups"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject departments = r.object().value(u"departments"_s).toObject();
        QCOMPARE(departments.keys(), QStringList{u"1"_s});
        QCOMPARE(departments.value(u"1"_s).toObject(),
                 (QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Engineering"_s}, {u"default"_s, false}}));
        const QJsonObject groups = r.object().value(u"timeZoneGroups"_s).toObject();
        QCOMPARE(groups.keys(), (QStringList{u"-1"_s, u"2"_s}));
        QCOMPARE(groups.value(u"2"_s).toObject(),
                 (QJsonObject{{u"id"_s, 2},
                              {u"name"_s, u"London"_s},
                              {u"timeZoneId"_s, u"Europe/London"_s},
                              {u"default"_s, false}}));

        // Only what the returned page references.
        r = m_employee->get(u"/users?limit=1&includeReferenced=departments"_s);
        QCOMPARE(r.object().value(u"departments"_s).toObject().keys(), QStringList{u"-1"_s});
        QVERIFY(!r.object().contains(u"timeZoneGroups"_s));
        r = m_employee->get(u"/users?offset=9&includeReferenced=timeZoneGroups"_s);
        QCOMPARE(r.object().value(u"timeZoneGroups"_s), QJsonValue(QJsonObject()));
        QCOMPARE(m_employee->get(u"/users?includeReferenced=projects"_s).status, 400);
        QCOMPARE(m_employee->get(u"/users?includeReferenced=departments,users"_s).status, 400);
    }

    void singleUserByIdOrUsername()
    {
        TestReply r = m_employee->get(u"/users/me"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s).toInt(), 3);
        QVERIFY(!r.object().contains(u"username"_s)); // hidden even from oneself
        QCOMPARE(m_admin->get(u"/users/me"_s).object().value(u"username"_s).toString(), u"admin"_s);
        QCOMPARE(m_other->get(u"/users/employee"_s).object(), m_other->get(u"/users/3"_s).object());
        QCOMPARE(m_other->get(u"/users/EMPLOYEE"_s).object().value(u"id"_s).toInt(), 3);
        QCOMPARE(m_admin->get(u"/users/disabled"_s).object().value(u"active"_s).toBool(), false);
        QCOMPARE(m_employee->get(u"/users/99"_s).status, 404);
        r = m_employee->get(u"/users/nobody"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorKey(), u"api.error.object_not_found"_s);

        r = m_employee->get(u"/users/me?includeReferenced=departments,timeZoneGroups"_s);
        QCOMPARE(r.object().value(u"departments"_s).toObject().keys(), QStringList{u"1"_s});
        QCOMPARE(r.object().value(u"timeZoneGroups"_s).toObject().keys(), QStringList{u"2"_s});
        r = m_employee->get(u"/users/manager?includeReferenced=timeZoneGroups"_s);
        QCOMPARE(r.object()
                     .value(u"timeZoneGroups"_s)
                     .toObject()
                     .value(u"-1"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"New York"_s);
        QVERIFY(!r.object().contains(u"departments"_s));
        QCOMPARE(m_employee->get(u"/users/3?includeReferenced=tasks"_s).status, 400);
    }

    void schedule()
    {
        // Week of 2026-11-23: Thursday 26th is a company holiday, the weekend is off.
        TestReply r = m_employee->get(u"/users/me/schedule?dateFrom=2026-11-23"_s);
        QCOMPARE(r.status, 404); // /users/me is a fixed route; "me" is no username
        r = m_employee->get(u"/users/3/schedule?dateFrom=2026-11-23&dateTo=2026-11-29"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().keys(), (QStringList{u"dateFrom"_s, u"dateTo"_s, u"schedule"_s}));
        QCOMPARE(r.object().value(u"dateFrom"_s).toString(), u"2026-11-23"_s);
        QCOMPARE(r.object().value(u"dateTo"_s).toString(), u"2026-11-29"_s);
        QCOMPARE(scheduleOf(r), (QList<int>{480, 480, 480, 0, 480, 0, 0}));

        r = m_employee->get(u"/users/employee/schedule?dateFrom=2026-11-26"_s); // dateTo defaults
        QCOMPARE(r.object().value(u"dateTo"_s).toString(), u"2026-11-26"_s);
        QCOMPARE(scheduleOf(r), QList<int>{0});
        r = m_employee->get(u"/users/3/schedule?dateFrom=today"_s);
        QCOMPARE(r.object().value(u"dateFrom"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(scheduleOf(r), QList<int>{480});

        // Nothing is scheduled before the hire date or after the release date.
        m_fixture->data().users[3].hired = QDate(2026, 11, 24);
        m_fixture->data().users[3].releaseDate = QDate(2026, 11, 27);
        m_fixture->data().users[3].weeklySchedule = {240, 300, 360, 420, 450, 60, 0};
        r = m_admin->get(u"/users/3/schedule?dateFrom=2026-11-22&dateTo=2026-11-30"_s);
        QCOMPARE(scheduleOf(r), (QList<int>{0, 0, 300, 360, 0, 450, 0, 0, 0}));

        // Range limits: at most 366 days, dateTo not before dateFrom.
        QCOMPARE(
            scheduleOf(m_admin->get(u"/users/4/schedule?dateFrom=2024-01-01&dateTo=2024-12-31"_s))
                .size(),
            366);
        QCOMPARE(m_admin->get(u"/users/4/schedule?dateFrom=2026-01-01&dateTo=2027-01-01"_s).status,
                 200);
        r = m_admin->get(u"/users/4/schedule?dateFrom=2026-01-01&dateTo=2027-01-02"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.invalid_date_range"_s);
        QCOMPARE(m_admin->get(u"/users/4/schedule?dateFrom=2026-11-25&dateTo=2026-11-24"_s).status,
                 400);
        r = m_admin->get(u"/users/4/schedule?dateTo=2026-11-24"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"dateFrom"_s);
        QCOMPARE(m_admin->get(u"/users/4/schedule?dateFrom=2026-02-30"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
        QCOMPARE(m_admin->get(u"/users/4/schedule?dateFrom=26-11-2026"_s).status, 400);
        QCOMPARE(m_admin->get(u"/users/99/schedule?dateFrom=2026-11-23"_s).status, 404);
    }

    void schedulePermissions()
    {
        const QString q = u"/schedule?dateFrom=2026-11-23"_s;
        QCOMPARE(m_employee->get(u"/users/4"_s + q).status, 403);
        QCOMPARE(m_employee->get(u"/users/manager"_s + q).status, 403);
        QCOMPARE(m_other->get(u"/users/other"_s + q).status, 200);
        QCOMPARE(m_manager->get(u"/users/employee"_s + q).status, 200); // team
        QCOMPARE(m_manager->get(u"/users/2"_s + q).status, 200); // self
        QCOMPARE(m_manager->get(u"/users/4"_s + q).status, 403);
        QCOMPARE(m_admin->get(u"/users/5"_s + q).status, 200);
    }

    void workAssignments()
    {
        TestReply r = m_employee->get(u"/users/3/workAssignments"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"allScope"_s, false},
                              {u"customerIds"_s, QJsonArray{1}},
                              {u"projectIds"_s, QJsonArray{1, 2}},
                              {u"taskIds"_s, QJsonArray{1, 2, 3, 5}}}));
        r = m_admin->get(u"/users/admin/workAssignments"_s);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"allScope"_s, true},
                              {u"customerIds"_s, QJsonArray()},
                              {u"projectIds"_s, QJsonArray()},
                              {u"taskIds"_s, QJsonArray()}}));
        m_fixture->data().users[4].assignedTaskIds = {6, 999, 3}; // 999 no longer exists
        r = m_admin->get(u"/users/other/workAssignments"_s);
        QCOMPARE(r.object().value(u"taskIds"_s).toArray(), (QJsonArray{3, 6}));
        QCOMPARE(r.object().value(u"projectIds"_s).toArray(), (QJsonArray{2, 4}));
        QCOMPARE(r.object().value(u"customerIds"_s).toArray(), (QJsonArray{1, 3}));

        QCOMPARE(m_manager->get(u"/users/employee/workAssignments"_s).status, 200);
        QCOMPARE(m_manager->get(u"/users/4/workAssignments"_s).status, 403);
        QCOMPARE(m_other->get(u"/users/3/workAssignments"_s).status, 403);
        QCOMPARE(m_employee->get(u"/users/1/workAssignments"_s).status, 403);
        QCOMPARE(m_employee->get(u"/users/99/workAssignments"_s).status, 404);
    }

    void createUser()
    {
        TestReply r = m_admin->post(u"/users"_s, newUserBody());
        QCOMPARE(r.status, 200);
        QJsonObject created = r.object();
        const int id = created.value(u"id"_s).toInt();
        QVERIFY(id > 1000);
        created.remove(u"id"_s);
        QCOMPARE(created,
                 (QJsonObject{{u"departmentId"_s, 2},
                              {u"timeZoneGroupId"_s, 2},
                              {u"fullName"_s, u"Nina Q. Newman"_s},
                              {u"firstName"_s, u"Nina"_s},
                              {u"middleName"_s, u"Q"_s},
                              {u"lastName"_s, u"Newman"_s},
                              {u"active"_s, true},
                              {u"allowedActions"_s, QJsonObject{{u"canSubmitTimetrack"_s, true}}},
                              {u"username"_s, u"newbie"_s},
                              {u"email"_s, u"newbie@example.com"_s},
                              {u"hired"_s, u"2026-11-02"_s},
                              {u"releaseDate"_s, u"2027-06-30"_s}}));
        QCOMPARE(m_admin->get(u"/users/newbie"_s).object().value(u"id"_s).toInt(), id);
        QCOMPARE(m_admin->get(u"/users"_s).items().size(), 6);
        QVERIFY(!m_employee->get(u"/users/%1"_s.arg(id)).object().contains(u"email"_s));

        // The new account signs in with its password; it is an employee with no assignments.
        auto newbie = m_fixture->client(u"newbie"_s, u"s3cret"_s);
        QCOMPARE(newbie->get(u"/users/me"_s).object().value(u"id"_s).toInt(), id);
        QCOMPARE(newbie->get(u"/users/me/workAssignments"_s).status, 404);
        r = newbie->get(u"/users/newbie/workAssignments"_s);
        QCOMPARE(r.object().value(u"allScope"_s).toBool(), false);
        QCOMPARE(r.object().value(u"taskIds"_s).toArray(), QJsonArray());
        QCOMPARE(newbie->post(u"/users"_s, newUserBody()).status, 403);
        QCOMPARE(newbie->get(u"/users/3/schedule?dateFrom=2026-11-23"_s).status, 403);
    }

    void createUserDefaults()
    {
        const QJsonObject body{{u"username"_s, u"minimal"_s},
                               {u"email"_s, u"min@example.com"_s},
                               {u"firstName"_s, u"Min"_s},
                               {u"lastName"_s, u"Imal"_s}};
        const TestReply r = m_admin->post(u"/users"_s, body);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"departmentId"_s).toInt(), -1);
        QCOMPARE(o.value(u"timeZoneGroupId"_s).toInt(), -1);
        QCOMPARE(o.value(u"active"_s).toBool(), true);
        QVERIFY(o.value(u"middleName"_s).isNull());
        QCOMPARE(o.value(u"hired"_s).toString(), u"2026-11-25"_s); // today
        QVERIFY(o.value(u"releaseDate"_s).isNull());
        QVERIFY(!o.contains(u"password"_s));
        // No password given: the account cannot sign in, not even with an empty password.
        HttpTestClient anonymous(m_fixture->apiBase());
        anonymous.setCredentials(u"minimal"_s, QString());
        QCOMPARE(anonymous.get(u"/users/me"_s).status, 401);
    }

    void createUserErrors()
    {
        QCOMPARE(m_employee->post(u"/users"_s, newUserBody()).status, 403);
        QCOMPARE(m_manager->post(u"/users"_s, newUserBody()).status, 403);

        TestReply r = m_admin->post(u"/users"_s, QJsonObject{});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(r.object().value(u"message"_s).toString(), u"Mandatory field is not specified"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"username,email,firstName,lastName"_s);
        r = m_admin->post(u"/users"_s,
                          QJsonObject{{u"username"_s, u"x"_s},
                                      {u"email"_s, QJsonValue()},
                                      {u"firstName"_s, u"  "_s},
                                      {u"lastName"_s, u"L"_s}});
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"email,firstName"_s);

        auto failing = [this](const QString &field, const QJsonValue &value) {
            QJsonObject body = newUserBody();
            body.insert(field, value);
            const TestReply reply = m_admin->post(u"/users"_s, body);
            return reply.status == 400 ? reply.object() : QJsonObject{{u"status"_s, reply.status}};
        };
        QJsonObject e = failing(u"username"_s, u"Employee"_s);
        QCOMPARE(e.value(u"key"_s).toString(), u"api.error.user_exists"_s);
        QCOMPARE(e.value(u"message"_s).toString(),
                 u"User with specified username already exists"_s);
        QCOMPARE(failing(u"departmentId"_s, 99).value(u"fields"_s).toString(), u"departmentId"_s);
        QCOMPARE(failing(u"departmentId"_s, u"1"_s).value(u"fields"_s).toString(),
                 u"departmentId"_s);
        // Far beyond int: refused, not cast (undefined behaviour found by fuzzing).
        QCOMPARE(failing(u"departmentId"_s, 4.7e62).value(u"fields"_s).toString(),
                 u"departmentId"_s);
        QCOMPARE(failing(u"timeZoneGroupId"_s, 7).value(u"fields"_s).toString(),
                 u"timeZoneGroupId"_s);
        e = failing(u"hired"_s, u"2026-02-30"_s);
        QCOMPARE(e.value(u"key"_s).toString(), u"api.error.invalid_date"_s);
        QCOMPARE(e.value(u"fields"_s).toString(), u"hired"_s);
        QCOMPARE(failing(u"hired"_s, u"25.11.2026"_s).value(u"fields"_s).toString(), u"hired"_s);
        QCOMPARE(failing(u"releaseDate"_s, 20261125).value(u"fields"_s).toString(),
                 u"releaseDate"_s);
        QCOMPARE(failing(u"releaseDate"_s, u"2026-11-01"_s).value(u"fields"_s).toString(),
                 u"releaseDate"_s);
        QCOMPARE(failing(u"active"_s, u"yes"_s).value(u"fields"_s).toString(), u"active"_s);
        QCOMPARE(failing(u"email"_s, u"nope"_s).value(u"fields"_s).toString(), u"email"_s);
        QCOMPARE(failing(u"password"_s, u""_s).value(u"fields"_s).toString(), u"password"_s);
        QCOMPARE(failing(u"firstName"_s, QString(256, u'a')).value(u"key"_s).toString(),
                 u"api.error.string_length"_s);
        QCOMPARE(failing(u"lastName"_s, 5).value(u"key"_s).toString(),
                 u"api.error.cannot_parse_body"_s);
        QCOMPARE(m_admin->get(u"/users"_s).items().size(), 5); // nothing was created

        QCOMPARE(m_admin->send("POST", u"/users"_s, "{}", "text/plain").status, 415);
        QCOMPARE(m_admin->send("POST", u"/users"_s, "[1]", "application/json").errorKey(),
                 u"api.error.cannot_parse_body"_s);
    }

    void updateUser()
    {
        TestReply r = m_admin->patch(u"/users/employee"_s,
                                     QJsonObject{{u"lastName"_s, u"Smith"_s},
                                                 {u"middleName"_s, QJsonValue()},
                                                 {u"departmentId"_s, 2},
                                                 {u"releaseDate"_s, u"2026-12-31"_s},
                                                 {u"password"_s, u"changed"_s},
                                                 {u"unknownField"_s, 1}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"fullName"_s).toString(), u"Emma Smith"_s);
        QVERIFY(!r.object().contains(u"password"_s));
        r = m_admin->get(u"/users/3"_s);
        QCOMPARE(r.object().value(u"lastName"_s).toString(), u"Smith"_s);
        QCOMPARE(r.object().value(u"firstName"_s).toString(), u"Emma"_s); // untouched
        QCOMPARE(r.object().value(u"departmentId"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"timeZoneGroupId"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"releaseDate"_s).toString(), u"2026-12-31"_s);
        QCOMPARE(r.object().value(u"hired"_s).toString(), u"2020-01-06"_s);
        QCOMPARE(m_fixture->client(u"employee"_s, u"changed"_s)->get(u"/users/me"_s).status, 200);
        QCOMPARE(m_employee->get(u"/users/me"_s).status, 401); // the old password

        // Renaming: the same name in another case is fine, somebody else's is not.
        QCOMPARE(m_admin->patch(u"/users/3"_s, QJsonObject{{u"username"_s, u"EMPLOYEE"_s}}).status,
                 200);
        r = m_admin->patch(u"/users/3"_s, QJsonObject{{u"username"_s, u"manager"_s}});
        QCOMPARE(r.errorKey(), u"api.error.user_exists"_s);
        QCOMPARE(m_admin->patch(u"/users/3"_s, QJsonObject{{u"username"_s, u"emma"_s}}).status,
                 200);
        QCOMPARE(m_admin->get(u"/users/emma"_s).object().value(u"id"_s).toInt(), 3);
        QCOMPARE(m_admin->get(u"/users/employee"_s).status, 404);

        // A disabled account can no longer sign in.
        QCOMPARE(m_admin->patch(u"/users/other"_s, QJsonObject{{u"active"_s, false}}).status, 200);
        QCOMPARE(m_other->get(u"/users/me"_s).status, 401);
        QCOMPARE(m_admin->get(u"/users?active=false"_s).items().size(), 2);
    }

    void updateUserErrors()
    {
        // Only GET has the fixed /users/me route; for PATCH "me" is a username nobody has.
        QCOMPARE(m_admin->patch(u"/users/me"_s, QJsonObject{{u"lastName"_s, u"X"_s}}).status, 404);
        QCOMPARE(m_employee->patch(u"/users/3"_s, QJsonObject{{u"lastName"_s, u"X"_s}}).status,
                 403);
        QCOMPARE(
            m_manager->patch(u"/users/employee"_s, QJsonObject{{u"lastName"_s, u"X"_s}}).status,
            403);
        QCOMPARE(m_admin->patch(u"/users/99"_s, QJsonObject{{u"lastName"_s, u"X"_s}}).status, 404);
        TestReply r = m_admin->patch(u"/users/3"_s, QJsonObject{{u"firstName"_s, u""_s}});
        QCOMPARE(r.errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"firstName"_s);
        QCOMPARE(m_admin
                     ->patch(u"/users/3"_s,
                             QJsonObject{{u"hired"_s, u"2027-01-01"_s},
                                         {u"releaseDate"_s, u"2026-12-31"_s}})
                     .status,
                 400);
        // Validation is all-or-nothing.
        r = m_admin->patch(u"/users/3"_s,
                           QJsonObject{{u"lastName"_s, u"Changed"_s}, {u"timeZoneGroupId"_s, 42}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"timeZoneGroupId"_s);
        QCOMPARE(m_admin->get(u"/users/3"_s).object().value(u"lastName"_s).toString(),
                 u"Employee"_s);
        QCOMPARE(m_admin->patch(u"/users/3"_s, QJsonObject{{u"hired"_s, QJsonValue()}})
                     .object()
                     .value(u"hired"_s),
                 QJsonValue());
        QCOMPARE(m_admin->send("PATCH", u"/users/3"_s, "null", "application/json").status, 400);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
    std::unique_ptr<HttpTestClient> m_other;
};

QTEST_GUILESS_MAIN(TestEmulatorUsers)
#include "tst_emulator_users.moc"
