// Store: every entity table (put, replace, read, copied names), schedules, and the server's
// time-track and leave cells with their days. Edits and the outbox are in tst_outbox.
#include "cachetestutil.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

Task task(int id, int projectId, int customerId, const QString &name,
          TaskStatus status = TaskStatus::Open)
{
    Task t;
    t.id = id;
    t.projectId = projectId;
    t.projectName = u"Project %1"_s.arg(projectId);
    t.customerId = customerId;
    t.customerName = u"Customer %1"_s.arg(customerId);
    t.name = name;
    t.created = QDateTime(QDate(2023, 5, 1), QTime(8, 0), Qt::UTC);
    t.status = status;
    t.workflowStatusId = 2;
    t.workflowStatusName = u"In progress"_s;
    t.typeOfWorkId = 3;
    t.typeOfWorkName = u"Engineering"_s;
    return t;
}

} // namespace

class TestStoreTables : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cachetest::PinnedClock m_clock;
    std::unique_ptr<Store> m_store;
    const QDate m_monday = QDate(2024, 3, 4);

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = {};
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"case-%1.sqlite"_s.arg(++count)), nullptr,
                              m_clock.options());
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void usersRoundTripAndReplace()
    {
        const User ann{1,      u"ann"_s, u"ann@example.com"_s, u"Ann"_s,
                       u"M"_s, u"Lee"_s, u"Ann M Lee"_s,       true,
                       3,      4,        QDate(2019, 2, 1),    QDate(2025, 1, 31),
                       true};
        User bob{2, {}, {}, u"Bob"_s, {}, u"Ray"_s, u"Bob Ray"_s, false, -1, -1, {}, {}, false};
        QVERIFY(m_store->putUsers({bob, ann}));
        QCOMPARE(m_store->users(), (QList<User>{ann, bob})); // id order
        QCOMPARE(m_store->users({2}), QList<User>{bob});
        bob.fullName = u"Robert Ray"_s;
        QVERIFY(m_store->putUsers({bob})); // update in place
        QCOMPARE(m_store->users({2}).value(0).fullName, u"Robert Ray"_s);
        QVERIFY(!m_store->lastReplaced(StoreEntity::Users).isValid()); // put is not a full list
        m_clock.now = m_clock.now.addSecs(60);
        QVERIFY(m_store->replaceUsers({bob}));
        QCOMPARE(m_store->users(), QList<User>{bob});
        QCOMPARE(m_store->lastReplaced(StoreEntity::Users), m_clock.now);
        QCOMPARE(m_store->lastFetched(StoreEntity::Users), m_clock.now);
    }

    void scopeOfWorkRoundTrip()
    {
        const Customer acme{5,
                            u"ACME"_s,
                            u"Anvils"_s,
                            false,
                            QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC),
                            u"https://x/c/5"_s,
                            {true, true}};
        const Customer old{6, u"Old"_s, {}, true, {}, {}, {}};
        const Project site{10,
                           5,
                           u"ACME"_s,
                           u"Site"_s,
                           u"New site"_s,
                           false,
                           QDateTime(QDate(2021, 1, 2), QTime(0, 0), Qt::UTC),
                           u"u"_s,
                           {true, false}};
        const Project other{11, 6, u"Old"_s, u"Other"_s, {}, true, {}, {}, {}};
        Task design = task(100, 10, 5, u"Design"_s);
        design.deadline = QDate(2024, 6, 30);
        design.estimatedMinutes = 600;
        design.description = u"Draw it"_s;
        design.url = u"https://x/t/100"_s;
        design.allowed = {true, true};
        const Task build = task(101, 11, 6, u"Build"_s, TaskStatus::Completed);
        QVERIFY(m_store->putCustomers({acme, old}));
        QVERIFY(m_store->putProjects({site, other}));
        QVERIFY(m_store->putTasks({design, build}));

        QCOMPARE(m_store->customers(), (QList<Customer>{acme, old}));
        QCOMPARE(m_store->customers({6}), QList<Customer>{old});
        QCOMPARE(m_store->projects(), (QList<Project>{site, other}));
        QCOMPARE(m_store->projects({}, {6}), QList<Project>{other});
        QCOMPARE(m_store->projects({10}, {6}), QList<Project>{});
        QCOMPARE(m_store->tasks(), (QList<Task>{design, build}));
        QCOMPARE(m_store->task(100), std::optional<Task>(design));
        QCOMPARE(m_store->task(999), std::nullopt);
        QVERIFY(m_store->lastError().ok());

        QVERIFY(m_store->replaceProjects({site}));
        QCOMPARE(m_store->projects(), QList<Project>{site});
        QVERIFY(m_store->replaceCustomers({acme}));
        QCOMPARE(m_store->customers(), QList<Customer>{acme});
        QVERIFY(m_store->replaceTasks({build}));
        QCOMPARE(m_store->tasks(), QList<Task>{build});
        QVERIFY(m_store->removeEntities(StoreEntity::Tasks, {101}));
        QVERIFY(m_store->tasks().isEmpty());
    }

    void taskQueries()
    {
        QVERIFY(
            m_store->putTasks({task(1, 10, 5, u"Überprüfung der Pläne"_s),
                               task(2, 10, 5, u"Review plans"_s, TaskStatus::Completed),
                               task(3, 11, 5, u"Plan review"_s), task(4, 12, 6, u"Support"_s)}));
        const auto ids = [&](const TaskQuery &query) {
            QList<int> result;
            for (const Task &t : m_store->tasks(query))
                result.append(t.id);
            return result;
        };
        QCOMPARE(ids({}), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(ids({{3, 1}, {}, {}, {}, {}}), (QList<int>{1, 3}));
        QCOMPARE(ids({{}, {6}, {}, {}, {}}), (QList<int>{4}));
        QCOMPARE(ids({{}, {}, {10, 11}, {}, {}}), (QList<int>{1, 2, 3}));
        QCOMPARE(ids({{}, {}, {}, TaskStatus::Open, {}}), (QList<int>{1, 3, 4}));
        QCOMPARE(ids({{}, {}, {}, TaskStatus::Completed, {}}), (QList<int>{2}));
        QCOMPARE(ids({{}, {}, {}, {}, u"review PLAN"_s}), (QList<int>{2, 3}));
        QCOMPARE(ids({{}, {}, {}, {}, u"ÜBERPRÜF"_s}), (QList<int>{1})); // beyond ASCII
        QCOMPARE(ids({{}, {5}, {}, TaskStatus::Open, u"PL"_s}), (QList<int>{1, 3}));
    }

    void copiedNamesFollowRenames()
    {
        QVERIFY(m_store->putProjects({{10, 5, u"ACME"_s, u"Site"_s, {}, false, {}, {}, {}}}));
        Task t = task(100, 10, 5, u"Design"_s);
        t.customerName = u"ACME"_s;
        t.projectName = u"Site"_s;
        QVERIFY(m_store->putTasks({t, task(101, 11, 6, u"Other"_s)}));
        QVERIFY(m_store->putCustomers({{5, u"ACME Corp"_s, {}, false, {}, {}, {}}}));
        QVERIFY(
            m_store->putProjects({{10, 5, u"ACME Corp"_s, u"Website"_s, {}, false, {}, {}, {}}}));
        QVERIFY(
            m_store->putWorkflowStatuses({{2, u"Doing"_s, WorkflowStatusType::Open, true, true}}));
        QVERIFY(m_store->putTypesOfWork({{3, u"Design work"_s, 50.0, false, true, false}}));
        const Task renamed = *m_store->task(100);
        QCOMPARE(renamed.customerName, u"ACME Corp"_s);
        QCOMPARE(renamed.projectName, u"Website"_s);
        QCOMPARE(renamed.workflowStatusName, u"Doing"_s);
        QCOMPARE(renamed.typeOfWorkName, u"Design work"_s);
        QCOMPARE(m_store->projects().value(0).customerName, u"ACME Corp"_s);
        const Task untouched = *m_store->task(101); // its customer and project are unknown
        QCOMPARE(untouched.customerName, u"Customer 6"_s);
        QCOMPARE(untouched.typeOfWorkName, u"Design work"_s); // same type of work
    }

    void referenceListsRoundTrip()
    {
        const QList<Department> departments{{-1, u"None"_s, false}, {1, u"Sales"_s, true}};
        const QList<TimeZoneGroup> groups{{1, u"London"_s, u"Europe/London"_s, true},
                                          {2, u"Tokyo"_s, u"Asia/Tokyo"_s, false}};
        const QList<TypeOfWork> types{{1, u"Dev"_s, std::nullopt, false, true, true},
                                      {2, u"Sales"_s, 80.5, true, false, false}};
        const QList<WorkflowStatus> statuses{
            {1, u"New"_s, WorkflowStatusType::Open, false, false},
            {2, u"Done"_s, WorkflowStatusType::Completed, true, true}};
        const QList<LeaveType> leaveTypes{{1, u"Vacation"_s, LeaveBalance::Pto, 1.0, false},
                                          {2, u"Sick"_s, LeaveBalance::Sick, 0.5, false},
                                          {3, u"Unpaid"_s, LeaveBalance::None, 0.0, true}};
        QVERIFY(m_store->putDepartments(departments));
        QVERIFY(m_store->putTimeZoneGroups(groups));
        QVERIFY(m_store->putTypesOfWork(types));
        QVERIFY(m_store->putWorkflowStatuses(statuses));
        QVERIFY(m_store->putLeaveTypes(leaveTypes));
        QCOMPARE(m_store->departments(), departments);
        QCOMPARE(m_store->timeZoneGroups(), groups);
        QCOMPARE(m_store->typesOfWork(), types);
        QCOMPARE(m_store->workflowStatuses(), statuses);
        QCOMPARE(m_store->leaveTypes(), leaveTypes);

        QVERIFY(m_store->replaceDepartments({departments.at(1)}));
        QVERIFY(m_store->replaceTimeZoneGroups({groups.at(1)}));
        QVERIFY(m_store->replaceTypesOfWork({types.at(0)}));
        QVERIFY(m_store->replaceWorkflowStatuses({}));
        QVERIFY(m_store->replaceLeaveTypes({leaveTypes.at(2)}));
        QCOMPARE(m_store->departments(), QList<Department>{departments.at(1)});
        QCOMPARE(m_store->timeZoneGroups(), QList<TimeZoneGroup>{groups.at(1)});
        QCOMPARE(m_store->typesOfWork(), QList<TypeOfWork>{types.at(0)});
        QVERIFY(m_store->workflowStatuses().isEmpty());
        QCOMPARE(m_store->leaveTypes(), QList<LeaveType>{leaveTypes.at(2)});
        QCOMPARE(m_store->lastReplaced(StoreEntity::WorkflowStatuses), m_clock.now);
        QVERIFY(!m_store->lastReplaced(StoreEntity::Tasks).isValid());
    }

    void serverInfoRoundTrip()
    {
        QCOMPARE(m_store->serverInfo(), std::nullopt);
        ServerInfo info;
        info.companyName = u"Example Ltd"_s;
        info.currency = u"€"_s;
        info.decimalSeparator = u","_s;
        info.timeAsDecimalHours = true;
        info.clock12h = true;
        info.firstDayOfWeek = Qt::Sunday;
        info.overtimeRegistration = false;
        info.taskWorkflow = false;
        info.maxBatchSize = 50;
        info.maxQueryLimit = 500;
        info.serverUuid = u"abc-123"_s;
        QVERIFY(m_store->putServerInfo(info));
        QCOMPARE(m_store->serverInfo(), std::optional<ServerInfo>(info));
        info.companyName = u"Renamed"_s;
        QVERIFY(m_store->putServerInfo(info));
        QCOMPARE(m_store->serverInfo()->companyName, u"Renamed"_s);
    }

    void scheduleNeedsEveryDay()
    {
        const Schedule week{m_monday, {480, 480, 240, 480, 480, 0, 0}};
        QVERIFY(m_store->putSchedule(7, week));
        QCOMPARE(m_store->schedule(7, m_monday, m_monday.addDays(6)), std::optional(week));
        QCOMPARE(m_store->schedule(7, m_monday.addDays(2), m_monday.addDays(3)),
                 std::optional(Schedule{m_monday.addDays(2), {240, 480}}));
        QCOMPARE(m_store->schedule(7, m_monday, m_monday.addDays(7)), std::nullopt); // 8th day
        QCOMPARE(m_store->schedule(8, m_monday, m_monday), std::nullopt); // another user
        QVERIFY(m_store->putSchedule(7, {m_monday.addDays(7), {300}}));
        QCOMPARE(
            m_store->schedule(7, m_monday, m_monday.addDays(7))->minutesOn(m_monday.addDays(7)),
            300);
        QVERIFY(!m_store->putSchedule(7, {QDate(), {1}}));
    }

    void cellsAreKeyedByUserDateAndTask()
    {
        const QDateTime fetched = m_clock.now;
        const QDate tue = m_monday.addDays(1);
        QVERIFY(m_store->putServerTimetrack(
            1, m_monday, tue,
            {{1, m_monday, 100, 60, u"a"_s}, {1, m_monday, 101, 30, {}}, {1, tue, 100, 45, u"b"_s}},
            fetched));
        QVERIFY(m_store->putServerTimetrack(2, m_monday, m_monday, {{2, m_monday, 100, 15, {}}},
                                            fetched));
        const QList<TimetrackCell> cells = m_store->timetrack(1, m_monday, tue);
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0),
                 (TimetrackCell{
                     1, m_monday, 100, 60, u"a"_s, 60, u"a"_s, fetched, CellState::Synced, {}, 0}));
        QCOMPARE(cells.at(1).taskId, 101);
        QCOMPARE(cells.at(2).date, tue);
        QCOMPARE(m_store->timetrack(1, tue, tue).size(), 1);
        QCOMPARE(m_store->timetrack(2, m_monday, tue).value(0).minutes, 15);
        QCOMPARE(m_store->timetrack(3, m_monday, tue).size(), 0);
    }

    void serverTimetrackReplacesItsRangeOnly()
    {
        const QDate wed = m_monday.addDays(2);
        QVERIFY(m_store->putServerTimetrack(
            1, m_monday, wed,
            {{1, m_monday, 100, 60, {}}, {1, m_monday, 101, 30, {}}, {1, wed, 100, 45, {}}},
            m_clock.now));
        m_clock.now = m_clock.now.addSecs(3600);
        // Monday again: task 101 is gone on the server, task 100 changed.
        QVERIFY(m_store->putServerTimetrack(1, m_monday, m_monday,
                                            {{1, m_monday, 100, 90, u"more"_s}}, m_clock.now));
        const QList<TimetrackCell> cells = m_store->timetrack(1, m_monday, wed);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0).minutes, 90);
        QCOMPARE(cells.at(0).comment, u"more"_s);
        QCOMPARE(cells.at(0).fetchedAt, m_clock.now);
        QCOMPARE(cells.at(1).date, wed); // outside the refreshed range: kept
        QCOMPARE(cells.at(1).fetchedAt, m_clock.now.addSecs(-3600));
    }

    void invalidServerDataWritesNothing()
    {
        QVERIFY(m_store->putServerTimetrack(1, m_monday, m_monday, {{1, m_monday, 100, 60, {}}},
                                            m_clock.now));
        const QList<TimetrackCell> before = m_store->timetrack(1, m_monday, m_monday);
        StoreResult result = m_store->putServerTimetrack(
            1, m_monday, m_monday, {{1, m_monday, 101, 5, {}}, {2, m_monday, 100, 5, {}}},
            m_clock.now);
        QCOMPARE(result.code, StoreResult::Code::Invalid);
        result = m_store->putServerTimetrack(1, m_monday, m_monday,
                                             {{1, m_monday.addDays(1), 100, 5, {}}}, m_clock.now);
        QCOMPARE(result.code, StoreResult::Code::Invalid);
        QCOMPARE(
            m_store->putServerTimetrack(1, m_monday, m_monday.addDays(-1), {}, m_clock.now).code,
            StoreResult::Code::Invalid);
        QCOMPARE(m_store->timetrack(1, m_monday, m_monday), before);
    }

    void daysRecordFetchesAndApprovals()
    {
        const QDate tue = m_monday.addDays(1);
        QVERIFY(m_store->putServerTimetrackDays(
            1, m_monday, m_monday.addDays(2),
            {{1, m_monday, true, {{1, m_monday, 100, 60, {}}}}, {1, tue, false, {}}}, m_clock.now));
        const QDateTime timetrackTime = m_clock.now;
        m_clock.now = m_clock.now.addSecs(10);
        QVERIFY(m_store->putServerLeave(1, tue, tue, {{1, tue, 2, 240}}, m_clock.now));
        const QList<DayInfo> days = m_store->days(1, m_monday, m_monday.addDays(6));
        QCOMPARE(days.size(), 3); // Thursday on was never fetched
        QCOMPARE(days.at(0), (DayInfo{1, m_monday, true, timetrackTime, {}, {}}));
        QCOMPARE(days.at(1), (DayInfo{1, tue, false, timetrackTime, m_clock.now, {}}));
        QCOMPARE(days.at(2),
                 (DayInfo{1, m_monday.addDays(2), std::nullopt, timetrackTime, {}, {}}));
        QCOMPARE(m_store->timetrack(1, m_monday, m_monday).value(0).minutes, 60);
        // A day of another user in the page is refused.
        QCOMPARE(m_store
                     ->putServerTimetrackDays(1, m_monday, m_monday, {{2, m_monday, true, {}}},
                                              m_clock.now)
                     .code,
                 StoreResult::Code::Invalid);
    }

    void lockedDaysAreLearnedAndForgotten()
    {
        const QDate tue = m_monday.addDays(1);
        const QDate wed = m_monday.addDays(2);
        const QDate thu = m_monday.addDays(3);
        QVERIFY(m_store->putServerTimetrackDays(1, m_monday, m_monday.addDays(6),
                                                {{1, m_monday, false, {}}, {1, tue, false, {}}},
                                                m_clock.now));
        // Learned: a fetched day, one never fetched (another week), and an approval.
        QVERIFY(m_store->markDayLocked(1, m_monday, u"Time-track is locked"_s, false));
        QVERIFY(m_store->markDayLocked(1, tue, u"Time-track is approved"_s, true));
        QVERIFY(m_store->markDayLocked(1, m_monday.addDays(9), u"Locked"_s, false));
        QVERIFY(m_store->markDayLocked(2, wed, u"Locked"_s, false)); // another user
        QList<DayInfo> days = m_store->days(1, m_monday, m_monday.addDays(13));
        QCOMPARE(days.size(), 8);
        QCOMPARE(days.at(0).lockedReason, u"Time-track is locked"_s);
        QCOMPARE(days.at(1).lockedReason, u"Time-track is approved"_s);
        QCOMPARE(days.at(2).lockedReason, QString());
        QCOMPARE(days.at(7), (DayInfo{1, m_monday.addDays(9), std::nullopt, {}, {}, u"Locked"_s}));
        QCOMPARE(m_store->days(2, wed, wed).value(0).lockedReason, u"Locked"_s);

        // A refresh soon after: the approval still stands, the lock is trusted.
        m_clock.now = m_clock.now.addSecs(60);
        QVERIFY(
            m_store->putServerTimetrackDays(1, m_monday, thu, {{1, tue, true, {}}}, m_clock.now));
        days = m_store->days(1, m_monday, thu);
        QCOMPARE(days.at(0).lockedReason, u"Time-track is locked"_s);
        QCOMPARE(days.at(1).lockedReason, u"Time-track is approved"_s);
        // The server says Tuesday is not approved any more: forgotten; the lock is not about
        // approval and stays.
        QVERIFY(m_store->putServerTimetrackDays(
            1, m_monday, thu, {{1, m_monday, false, {}}, {1, tue, false, {}}}, m_clock.now));
        days = m_store->days(1, m_monday, thu);
        QCOMPARE(days.at(0).lockedReason, u"Time-track is locked"_s);
        QCOMPARE(days.at(1).lockedReason, QString());
        // A refresh LockedDayTrustMs after the refusal checks the lock again; one just before
        // does not.
        const QDateTime learned = m_clock.now.addSecs(-60);
        QVERIFY(m_store->putServerTimetrackDays(1, m_monday, thu, {},
                                                learned.addMSecs(Store::LockedDayTrustMs - 1)));
        QCOMPARE(m_store->days(1, m_monday, m_monday).value(0).lockedReason,
                 u"Time-track is locked"_s);
        QVERIFY(m_store->putServerTimetrackDays(1, m_monday, thu, {},
                                                learned.addMSecs(Store::LockedDayTrustMs)));
        QCOMPARE(m_store->days(1, m_monday, m_monday).value(0).lockedReason, QString());
        QCOMPARE(m_store->days(2, wed, wed).value(0).lockedReason, u"Locked"_s);
        // An accepted write forgets it at once.
        QVERIFY(m_store->forgetLockedDay(2, wed));
        QVERIFY(m_store->days(2, wed, wed).isEmpty()); // never fetched: no row left
    }

    void leaveCellsRoundTrip()
    {
        const QDate tue = m_monday.addDays(1);
        QVERIFY(m_store->putServerLeave(1, m_monday, tue, {{1, m_monday, 2, 480}, {1, tue, 3, 240}},
                                        m_clock.now));
        QVERIFY(m_store->putServerLeave(2, m_monday, tue, {{2, m_monday, 2, 120}}, m_clock.now));
        QCOMPARE(
            m_store->leave(1, m_monday, tue),
            (QList<LeaveCell>{{1, m_monday, 2, 480, 480, m_clock.now, CellState::Synced, {}, 0},
                              {1, tue, 3, 240, 240, m_clock.now, CellState::Synced, {}, 0}}));
        QVERIFY(m_store->putServerLeave(1, tue, tue, {}, m_clock.now));
        QCOMPARE(m_store->leave(1, m_monday, tue).size(), 1);
        QCOMPARE(m_store->leave(2, m_monday, tue).size(), 1);
        QCOMPARE(m_store->putServerLeave(1, tue, tue, {{2, tue, 2, 1}}, m_clock.now).code,
                 StoreResult::Code::Invalid);
    }

    void metaRoundTrip()
    {
        QCOMPARE(m_store->meta(u"me"_s), std::nullopt);
        QVERIFY(m_store->setMeta(u"me"_s, u"7"_s));
        QVERIFY(m_store->setMeta(u"me"_s, u"8"_s));
        QCOMPARE(m_store->meta(u"me"_s), std::optional<QString>(u"8"_s));
    }
};

QTEST_GUILESS_MAIN(TestStoreTables)
#include "tst_store_tables.moc"
