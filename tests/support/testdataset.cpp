#include "testdataset.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace testdata {

namespace {
emu::User user(int id, const QString &login, const QString &password, const QString &first,
               const QString &last, emu::Role role)
{
    emu::User u;
    u.id = id;
    u.username = login;
    u.password = password;
    u.firstName = first;
    u.lastName = last;
    u.email = login + u"@example.com"_s;
    u.role = role;
    u.hired = QDate(2020, 1, 6);
    return u;
}

qint64 ms(int y, int m, int d)
{
    return epochMs(y, m, d);
}
} // namespace

qint64 epochMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

emu::Dataset contractDataset()
{
    emu::Dataset d;
    d.departments[-1] = {-1, u"Users without department"_s, true};
    d.departments[1] = {1, u"Engineering"_s, false};
    d.departments[2] = {2, u"Sales"_s, false};
    d.timeZoneGroups[-1] = {-1, u"New York"_s, u"America/New_York"_s, true};
    d.timeZoneGroups[2] = {2, u"London"_s, u"Europe/London"_s, false};

    emu::User admin = user(1, u"admin"_s, u"manager"_s, u"Ada"_s, u"Admin"_s, emu::Role::Admin);
    admin.allScope = true;
    emu::User manager =
        user(2, u"manager"_s, u"manager"_s, u"Mark"_s, u"Manning"_s, emu::Role::Manager);
    manager.departmentId = 1;
    manager.allScope = true;
    emu::User employee =
        user(3, u"employee"_s, u"employee"_s, u"Emma"_s, u"Employee"_s, emu::Role::Employee);
    employee.middleName = u"J"_s;
    employee.managerId = 2;
    employee.departmentId = 1;
    employee.timeZoneGroupId = 2;
    employee.assignedTaskIds = {1, 2, 3, 5};
    emu::User other = user(4, u"other"_s, u"other"_s, u"Oscar"_s, u"Other"_s, emu::Role::Employee);
    other.departmentId = 2;
    other.assignedTaskIds = {4};
    emu::User disabled =
        user(5, u"disabled"_s, u"disabled"_s, u"Dora"_s, u"Disabled"_s, emu::Role::Employee);
    disabled.active = false;
    for (const emu::User &u : {admin, manager, employee, other, disabled})
        d.users[u.id] = u;

    d.customers[1] = {1, u"Big Bang Company"_s, u"Rocket makers"_s, false, ms(2024, 1, 10)};
    d.customers[2] = {2, u"Galaxy Corp"_s, QString(), false, ms(2024, 3, 5)};
    d.customers[3] = {3, u"Old Client"_s, QString(), true, ms(2023, 6, 1)};
    d.projects[1] = {1, 1, u"Spaceship building"_s, QString(), false, ms(2024, 1, 11)};
    d.projects[2] = {2, 1, u"Website"_s, u"Public site"_s, false, ms(2024, 2, 1)};
    d.projects[3] = {3, 2, u"Mobile app"_s, QString(), false, ms(2024, 3, 6)};
    d.projects[4] = {4, 3, u"Legacy"_s, QString(), true, ms(2023, 6, 2)};

    d.typesOfWork[1] = {1, u"engineering"_s, 100.0, false, true, true};
    d.typesOfWork[2] = {2, u"management"_s, std::nullopt, false, false, false};
    d.typesOfWork[3] = {3, u"archived work"_s, 50.0, true, false, false};
    d.workflowStatuses[1] = {1, u"New"_s, u"open"_s};
    d.workflowStatuses[2] = {2, u"In Progress"_s, u"open"_s};
    d.workflowStatuses[3] = {3, u"Completed"_s, u"completed"_s};

    auto task = [&d](int id, int project, const QString &name, int status, int tow) {
        emu::Task t;
        t.id = id;
        t.projectId = project;
        t.name = name;
        t.workflowStatusId = status;
        t.typeOfWorkId = tow;
        t.created = ms(2024, 4, id);
        d.tasks[id] = t;
    };
    task(1, 1, u"Design hull"_s, 1, 1);
    task(2, 1, u"Build engine"_s, 2, 1);
    task(3, 2, u"Landing page"_s, 1, 2);
    task(4, 3, u"Push notifications"_s, 1, 1);
    task(5, 1, u"Old task"_s, 3, 1);
    task(6, 4, u"Legacy maintenance"_s, 1, 1);
    d.tasks[1].deadline = QDate(2026, 12, 31);
    d.tasks[1].estimatedTime = 6000;
    d.tasks[1].description = u"Outer shell of the ship"_s;

    d.leaveTypes[1] = {1, u"Vacation"_s, u"PTO"_s, 1.0, false};
    d.leaveTypes[2] = {2, u"Sick Leave"_s, u"Sick"_s, 1.0, false};
    d.leaveTypes[3] = {3, u"Unpaid"_s, u"None"_s, 0.0, false};
    d.leaveTypes[4] = {4, u"Old leave"_s, u"None"_s, 1.0, true};

    d.comments[1] = {1, emu::CommentTarget::Task, 1, 2, ms(2026, 11, 2), ms(2026, 11, 3),
                     2, u"Use the new alloy"_s};
    d.comments[2] = {2,
                     emu::CommentTarget::Customer,
                     1,
                     1,
                     ms(2026, 10, 1),
                     ms(2026, 10, 1),
                     1,
                     u"Key account"_s};
    d.comments[3] = {3, emu::CommentTarget::Project, 1, 3, ms(2026, 10, 5), ms(2026, 10, 6),
                     2, u"Kick-off done"_s};

    const QDate mon = kWeekStart;
    d.timetrack[emu::dayKey(mon, 3)] = {{1, {240, u"hull sketches"_s}}, {2, {240, QString()}}};
    d.timetrack[emu::dayKey(mon.addDays(1), 3)] = {{1, {480, QString()}}};
    d.timetrack[emu::dayKey(mon.addDays(-7), 3)] = {{3, {120, u"copy review"_s}}};
    d.timetrack[emu::dayKey(mon, 4)] = {{4, {300, QString()}}};
    d.approvedDays.insert(emu::dayKey(mon.addDays(-7), 3));
    d.lockedDays.insert(emu::dayKey(QDate(2026, 11, 2), 3));
    d.leave[emu::dayKey(QDate(2026, 11, 20), 3)] = {{1, 480}};
    d.leave[emu::dayKey(mon.addDays(1), 4)] = {{2, 240}};

    d.userRates[3] = {{QDate(2026, 1, 1), 50.0, 75.0, {{1, 50.0}}}};
    d.userRates[4] = {{QDate(2026, 1, 1), 40.0, std::nullopt, {}}};
    d.holidays.insert(QDate(2026, 11, 26));
    d.lastId = 1000;
    return d;
}

} // namespace testdata
