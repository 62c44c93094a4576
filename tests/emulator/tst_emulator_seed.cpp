// The seed generator: determinism, the fixed sign-ins, option handling and the invariants that
// make the generated data believable (time only on assigned open tasks on working days, no work
// on leave, unique names, approvals behind locks) at demo size and at scale.
#include "datasetjson.h"
#include "emulatorfixture.h"
#include "seedgenerator.h"
#include "testdataset.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

emu::SeedOptions options(quint64 seed = emu::SeedOptions().seed)
{
    emu::SeedOptions o;
    o.seed = seed;
    o.today = testdata::kToday; // EmulatorFixture's clock
    return o;
}

QByteArray dump(const emu::Dataset &d)
{
    return QJsonDocument(emu::datasetjson::save(d)).toJson(QJsonDocument::Compact);
}

int customerOf(const emu::Dataset &d, int taskId)
{
    return d.projects.at(d.tasks.at(taskId).projectId).customerId;
}

} // namespace

class TestEmulatorSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOptionsSameData()
    {
        const QByteArray first = dump(emu::generateDataset(options()));
        QCOMPARE(dump(emu::generateDataset(options())), first);
        QVERIFY(dump(emu::generateDataset(options(7))) != first);
        emu::SeedOptions later = options();
        later.today = later.today.addDays(7);
        QVERIFY(dump(emu::generateDataset(later)) != first);
    }

    void defaultsGiveTheDemoDataset()
    {
        const emu::SeedOptions o = options();
        const emu::Dataset d = emu::generateDataset(o);
        QCOMPARE(int(d.users.size()), o.users);
        QCOMPARE(int(d.customers.size()), o.customers);
        QCOMPARE(int(d.projects.size()), o.projects);
        QCOMPARE(int(d.tasks.size()), o.tasks);
        QVERIFY(d.departments.at(-1).isDefault);
        QCOMPARE(d.departments.at(-1).name, u"Users without department"_s);
        QVERIFY(d.departments.size() >= 5);
        QCOMPARE(d.timeZoneGroups.at(-1).timeZoneId, u"America/New_York"_s);
        QVERIFY(d.timeZoneGroups.at(-1).isDefault);
        QVERIFY(d.timeZoneGroups.size() >= 3);
        QCOMPARE(std::count_if(d.typesOfWork.begin(), d.typesOfWork.end(),
                               [](const auto &t) { return t.second.isDefault; }),
                 1);
        QVERIFY(std::any_of(d.typesOfWork.begin(), d.typesOfWork.end(),
                            [](const auto &t) { return t.second.archived; }));
        QVERIFY(std::any_of(d.typesOfWork.begin(), d.typesOfWork.end(),
                            [](const auto &t) { return t.second.billable && t.second.rate; }));
        QVERIFY(std::any_of(d.leaveTypes.begin(), d.leaveTypes.end(),
                            [](const auto &l) { return l.second.archived; }));
        QVERIFY(std::any_of(d.customers.begin(), d.customers.end(),
                            [](const auto &c) { return c.second.archived; }));
        QVERIFY(std::any_of(d.customers.begin(), d.customers.end(),
                            [](const auto &c) { return !c.second.description.isNull(); }));
        QVERIFY(!d.comments.empty());
        QVERIFY(!d.userRates.empty());
        QVERIFY(!d.holidays.isEmpty());
        QVERIFY(d.holidays.contains(QDate(2026, 11, 26))); // Thanksgiving

        // lastId is above every id used, so created objects never collide.
        int maxId = 0;
        for (const auto &m :
             {d.users.rbegin()->first, d.customers.rbegin()->first, d.projects.rbegin()->first,
              d.tasks.rbegin()->first, d.comments.rbegin()->first})
            maxId = std::max(maxId, m);
        QVERIFY(d.lastId >= maxId);

        int completed = 0, withDeadline = 0, withEstimate = 0;
        for (const auto &[id, t] : d.tasks) {
            completed += d.isTaskCompleted(t) ? 1 : 0;
            withDeadline += t.deadline.isValid() ? 1 : 0;
            withEstimate += t.estimatedTime ? 1 : 0;
            QVERIFY(d.typesOfWork.count(t.typeOfWorkId));
            QVERIFY(d.workflowStatuses.count(t.workflowStatusId));
            QVERIFY(t.created
                    < QDateTime(testdata::kToday, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        }
        QVERIFY2(completed > 5 && completed < 50, qPrintable(QString::number(completed)));
        QVERIFY(withDeadline > 0 && withEstimate > 0);
    }

    void fixedSignIns()
    {
        const emu::Dataset d = emu::generateDataset(options());
        const emu::User &admin = d.users.at(1);
        QCOMPARE(admin.username, u"admin"_s);
        QCOMPARE(admin.password, u"manager"_s);
        QCOMPARE(admin.role, emu::Role::Admin);
        QVERIFY(admin.allScope);
        const emu::User &manager = d.users.at(2);
        QCOMPARE(manager.username, u"manager"_s);
        QCOMPARE(manager.role, emu::Role::Manager);
        QVERIFY(manager.allScope);
        const emu::User &employee = d.users.at(3);
        QCOMPARE(employee.username, u"employee"_s);
        QCOMPARE(employee.password, u"employee"_s);
        QCOMPARE(employee.role, emu::Role::Employee);
        QCOMPARE(employee.managerId, 2);
        QVERIFY(!employee.allScope);
        QVERIFY(!admin.firstName.isEmpty() && !admin.lastName.isEmpty());

        // Fewer users than the fixed three still gives the three.
        emu::SeedOptions tiny = options();
        tiny.users = 1;
        const emu::Dataset small = emu::generateDataset(tiny);
        QCOMPARE(int(small.users.size()), 3);
        QCOMPARE(small.users.at(3).username, u"employee"_s);
    }

    void signInsWorkOverHttp()
    {
        emu::Dataset d = emu::generateDataset(options());
        const emu::User fourth = d.users.at(4);
        EmulatorFixture fixture(std::move(d));
        QCOMPARE(fixture.client(u"admin"_s, u"manager"_s)->get(u"/info"_s).status, 200);
        QCOMPARE(fixture.client(u"manager"_s)->get(u"/workflowStatuses"_s).items().size(), 5);
        const TestReply departments = fixture.client(u"employee"_s)->get(u"/departments"_s);
        QCOMPARE(departments.status, 200);
        QCOMPARE(departments.items().at(0).toObject().value(u"name"_s).toString(),
                 u"Users without department"_s);
        QCOMPARE(fixture.client(u"employee"_s)
                     ->get(u"/typesOfWork/default"_s)
                     .object()
                     .value(u"name"_s)
                     .toString(),
                 u"engineering"_s);
        QCOMPARE(fixture.client(u"employee"_s, u"wrong"_s)->get(u"/info"_s).status, 401);
        // Every other user signs in with their username as the password (if active and hired).
        QCOMPARE(fourth.password, fourth.username);
        QCOMPARE(fixture.client(fourth.username)->get(u"/leaveTypes"_s).status,
                 fourth.active ? 200 : 401);
    }

    void countsHonourOptions()
    {
        emu::SeedOptions o = options(3);
        o.users = 40;
        o.customers = 3;
        o.projects = 5;
        o.tasks = 44;
        o.weeks = 2;
        emu::Dataset d = emu::generateDataset(o);
        QCOMPARE(int(d.users.size()), 40);
        QCOMPARE(int(d.customers.size()), 3);
        QCOMPARE(int(d.projects.size()), 5);
        QCOMPARE(int(d.tasks.size()), 44);
        for (const auto &[key, records] : d.timetrack)
            QVERIFY(QDate::fromJulianDay(key.first) >= QDate(2026, 11, 9));
        QVERIFY(d.timetrack.count(emu::dayKey(QDate(2026, 11, 9), 3))
                || d.leave.count(emu::dayKey(QDate(2026, 11, 9), 3)));

        o.customers = 0; // nothing to put projects and tasks under
        d = emu::generateDataset(o);
        QVERIFY(d.customers.empty() && d.projects.empty() && d.tasks.empty()
                && d.timetrack.empty());
        QCOMPARE(int(d.users.size()), 40);
    }

    void uniqueNames_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("tasks");
        QTest::newRow("demo") << quint64(20261129) << 120;
        QTest::newRow("dense") << quint64(5)
                               << 3000; // more tasks than verb×object pairs per project
    }
    void uniqueNames()
    {
        QFETCH(quint64, seed);
        QFETCH(int, tasks);
        emu::SeedOptions o = options(seed);
        o.users = 300;
        o.customers = 60;
        o.projects = 100;
        o.tasks = tasks;
        o.weeks = 0;
        const emu::Dataset d = emu::generateDataset(o);
        QSet<QString> usernames, customers, projects, taskNames;
        for (const auto &[id, u] : d.users) {
            QVERIFY2(!usernames.contains(u.username.toLower()), qPrintable(u.username));
            usernames.insert(u.username.toLower());
            QVERIFY(!u.firstName.isEmpty() && !u.lastName.isEmpty());
            if (id > 3) {
                QCOMPARE(u.email, u.username + u"@example.com"_s);
                QVERIFY(u.username.at(0).isLower());
            }
        }
        for (const auto &[id, c] : d.customers) {
            QVERIFY2(!customers.contains(c.name), qPrintable(c.name));
            customers.insert(c.name);
        }
        for (const auto &[id, p] : d.projects) {
            const QString key = QString::number(p.customerId) + u'/' + p.name;
            QVERIFY2(!projects.contains(key), qPrintable(key));
            projects.insert(key);
            QVERIFY(d.customers.count(p.customerId));
        }
        for (const auto &[id, t] : d.tasks) {
            const QString key = QString::number(t.projectId) + u'/' + t.name;
            QVERIFY2(!taskNames.contains(key), qPrintable(key));
            taskNames.insert(key);
        }
    }

    void believableHistory_data()
    {
        QTest::addColumn<quint64>("seed");
        for (const quint64 seed : {quint64(20261129), quint64(1), quint64(42), quint64(987654321)})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void believableHistory()
    {
        QFETCH(quint64, seed);
        const emu::SeedOptions o = options(seed);
        const emu::Dataset d = emu::generateDataset(o);
        const QDate weekStart(2026, 11, 23);
        const QDate first = weekStart.addDays(-7 * o.weeks);
        int records = 0, commented = 0, overtimeDays = 0;
        for (const auto &[key, byTask] : d.timetrack) {
            const QDate day = QDate::fromJulianDay(key.first);
            const emu::User &user = d.users.at(key.second);
            QVERIFY(day >= first && day < testdata::kToday);
            const int scheduled = d.scheduledMinutes(user, day);
            QVERIFY2(scheduled > 0, qPrintable(day.toString(Qt::ISODate))); // no weekends, holidays
            int total = 0;
            for (const auto &[taskId, record] : byTask) {
                const emu::Task &task = d.tasks.at(taskId);
                QVERIFY(user.allScope || user.assignedTaskIds.contains(taskId));
                QVERIFY(!d.isTaskCompleted(task));
                QVERIFY(record.time > 0 && record.time % 15 == 0);
                total += record.time;
                ++records;
                commented += record.comment.isEmpty() ? 0 : 1;
            }
            QVERIFY(byTask.size() <= 4);
            int leave = 0;
            if (const auto l = d.leave.find(key); l != d.leave.end()) {
                for (const auto &[typeId, minutes] : l->second)
                    leave += minutes;
            }
            QVERIFY2(leave < scheduled, "work on a full day of leave");
            QVERIFY(total >= 15 && total <= scheduled - leave + 120);
            overtimeDays += total > scheduled ? 1 : 0;
        }
        QVERIFY(records > 500);
        QVERIFY2(commented > records / 6 && commented < records / 3,
                 qPrintable(QString::number(commented)));
        QVERIFY(overtimeDays > 0);
        QVERIFY(!d.leave.empty());
        for (const auto &[key, byType] : d.leave) {
            for (const auto &[typeId, minutes] : byType) {
                QVERIFY(d.leaveTypes.count(typeId) && !d.leaveTypes.at(typeId).archived);
                QVERIFY(minutes > 0);
            }
        }

        // Approved: weeks older than two weeks before this one; locked: older than six weeks.
        QVERIFY(!d.approvedDays.empty() && !d.lockedDays.empty());
        for (const emu::DayKey &key : d.approvedDays)
            QVERIFY(QDate::fromJulianDay(key.first) < weekStart.addDays(-14));
        for (const emu::DayKey &key : d.lockedDays) {
            QVERIFY(QDate::fromJulianDay(key.first) < weekStart.addDays(-42));
            QVERIFY(d.approvedDays.count(key));
        }
        QVERIFY(d.approvedDays.count(emu::dayKey(weekStart.addDays(-15), 3)));
        QVERIFY(!d.approvedDays.count(emu::dayKey(weekStart.addDays(-14), 3)));

        // The employee demo account has a useful week: 8+ open tasks of at least two customers.
        const emu::User &employee = d.users.at(3);
        QSet<int> customers;
        int open = 0;
        for (const int taskId : employee.assignedTaskIds) {
            if (!d.isTaskCompleted(d.tasks.at(taskId))) {
                ++open;
                customers.insert(customerOf(d, taskId));
            }
        }
        QVERIFY2(open >= 8, qPrintable(QString::number(open)));
        QVERIFY(customers.size() >= 2);
    }

    void peopleLookReal()
    {
        emu::SeedOptions o = options();
        o.users = 400;
        o.weeks = 1;
        const emu::Dataset d = emu::generateDataset(o);
        int inactive = 0, released = 0, managers = 0, team2 = 0, partTime = 0;
        QSet<int> departments, zones;
        for (const auto &[id, u] : d.users) {
            inactive += u.active ? 0 : 1;
            released += u.releaseDate.isValid() ? 1 : 0;
            managers += u.role == emu::Role::Manager ? 1 : 0;
            team2 += u.managerId == 2 ? 1 : 0;
            partTime +=
                u.weeklySchedule != std::array<int, 7>{480, 480, 480, 480, 480, 0, 0} ? 1 : 0;
            departments.insert(u.departmentId);
            zones.insert(u.timeZoneGroupId);
            QVERIFY(u.hired.isValid() && u.hired <= testdata::kToday);
            QVERIFY(!u.releaseDate.isValid() || u.releaseDate < testdata::kToday);
            if (u.managerId != 0)
                QCOMPARE(d.users.at(u.managerId).role, emu::Role::Manager);
        }
        QVERIFY(inactive >= 4 && inactive <= 30);
        QVERIFY(released >= 1);
        QVERIFY(managers >= 20 && managers <= 70);
        QVERIFY(team2 >= 80 && team2 <= 160);
        QVERIFY(partTime >= 10 && partTime <= 60);
        QCOMPARE(departments.size(), qsizetype(d.departments.size()));
        QCOMPARE(zones.size(), qsizetype(d.timeZoneGroups.size()));
    }

    void currentDateWhenTodayIsUnset()
    {
        emu::SeedOptions o;
        o.weeks = 1;
        const emu::Dataset d = emu::generateDataset(o);
        const QDate today = QDate::currentDate();
        const QDate last = QDate::fromJulianDay(d.timetrack.rbegin()->first.first);
        QVERIFY(last < today);
        QVERIFY(last >= today.addDays(-14));
    }

    void scale()
    {
        QElapsedTimer timer;
        timer.start();
        emu::SeedOptions o = options();
        o.users = 1000;
        o.weeks = 1;
        const emu::Dataset many = emu::generateDataset(o);
        QCOMPARE(int(many.users.size()), 1000);
        QVERIFY(many.timetrack.size() > 1000 * 5 / 2);
        o = options();
        o.tasks = 100000;
        const emu::Dataset big = emu::generateDataset(o);
        QCOMPARE(int(big.tasks.size()), 100000);
        QVERIFY(big.lastId >= 100000);
        // Generous for Debug and sanitizer builds; Release takes well under a second.
        QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSeed)
#include "tst_emulator_seed.moc"
