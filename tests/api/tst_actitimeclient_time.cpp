// ActiTimeClient against the in-process emulator: list paging with progress and cancellation,
// time-track and leave reads resumed from nextDateFrom, the timesheet week in one batch request,
// and time / leave / lock writes read back.
#include "clienttesthelpers.h"
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace actidesk;
using clienttest::finish;

namespace {
// "userId/date/taskId=minutes" of every record, in order.
QStringList recordKeys(const QList<TimetrackDay> &days)
{
    QStringList out;
    for (const TimetrackDay &day : days) {
        for (const TimetrackRecord &r : day.records)
            out.append(u"%1/%2/%3=%4"_s.arg(r.userId)
                           .arg(r.date.toString(Qt::ISODate))
                           .arg(r.taskId)
                           .arg(r.minutes));
    }
    return out;
}

QStringList leaveKeys(const QList<LeaveRecord> &records)
{
    QStringList out;
    for (const LeaveRecord &r : records)
        out.append(u"%1/%2/%3=%4"_s.arg(r.userId)
                       .arg(r.date.toString(Qt::ISODate))
                       .arg(r.leaveTypeId)
                       .arg(r.minutes));
    return out;
}

QList<int> progressValues(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &arguments : spy)
        values.append(arguments.at(0).toInt());
    return values;
}

const QStringList kNovemberRecords{u"3/2026-11-16/3=120"_s, u"3/2026-11-23/1=240"_s,
                                   u"3/2026-11-23/2=240"_s, u"4/2026-11-23/4=300"_s,
                                   u"3/2026-11-24/1=480"_s};
} // namespace

class TestActiTimeClientTime : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<clienttest::RequestLog> m_log;
    std::unique_ptr<clienttest::Session> m_admin;
    std::unique_ptr<clienttest::Session> m_employee;

private Q_SLOTS:
    void init()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false; // the manual clock never leaves the first second
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset(), options);
        m_log = std::make_unique<clienttest::RequestLog>(m_fixture->emulator());
        m_admin =
            std::make_unique<clienttest::Session>(m_fixture->apiBase(), u"admin"_s, u"manager"_s);
        m_employee = std::make_unique<clienttest::Session>(m_fixture->apiBase(), u"employee"_s,
                                                           u"employee"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_employee.reset();
        m_log.reset();
        m_fixture.reset();
    }

    void pagingDepartments_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QList<int>>("progress");
        // Three departments: full pages go on, the first short (possibly empty) page ends it.
        QTest::newRow("1") << 1 << 4 << QList<int>{1, 2, 3, 3};
        QTest::newRow("2") << 2 << 2 << QList<int>{2, 3};
        QTest::newRow("3") << 3 << 2 << QList<int>{3, 3};
        QTest::newRow("1000") << 1000 << 1 << QList<int>{3};
    }
    void pagingDepartments()
    {
        QFETCH(int, pageSize);
        QFETCH(int, requests);
        QFETCH(QList<int>, progress);
        ListFilter filter;
        filter.pageSize = pageSize;
        auto *call = m_employee->client.departments(filter);
        QSignalSpy spy(call, &ApiCall::progress);
        auto done = finish(call);
        VERIFY_OK(done);
        QCOMPARE(done->value().size(), 3);
        QCOMPARE(done->value().at(2).name, u"Sales"_s);
        QCOMPARE(done->requestCount(), requests);
        QCOMPARE(m_log->count(u"GET /api/v1/departments"_s), requests);
        QCOMPARE(progressValues(spy), progress);
        QCOMPARE(m_log->lines().first(),
                 u"GET /api/v1/departments?offset=0&limit=%1"_s.arg(pageSize));
        if (requests > 1)
            QCOMPARE(m_log->lines().at(1),
                     u"GET /api/v1/departments?offset=%1&limit=%1"_s.arg(pageSize));
    }

    void pagingTasksWithFilters()
    {
        TaskFilter filter;
        filter.list.pageSize = 2;
        filter.list.sort = {u"+name"_s};
        auto *call = m_admin->client.tasks(filter);
        QSignalSpy spy(call, &ApiCall::progress);
        auto done = finish(call);
        VERIFY_OK(done);
        // Six tasks in pages of 2: three full pages and an empty one.
        QCOMPARE(done->requestCount(), 4);
        QCOMPARE(progressValues(spy), (QList<int>{2, 4, 6, 6}));
        QStringList names;
        for (const Task &t : done->value())
            names << t.name;
        QCOMPARE(names,
                 (QStringList{u"Build engine"_s, u"Design hull"_s, u"Landing page"_s,
                              u"Legacy maintenance"_s, u"Old task"_s, u"Push notifications"_s}));
        // Filters travel with every page.
        QVERIFY(m_log->lines().at(3).contains(u"sort=%2Bname"_s));
        QVERIFY(m_log->lines().at(3).contains(u"offset=6"_s));
    }

    void cancelWhilePaging()
    {
        TaskFilter filter;
        filter.list.pageSize = 1;
        const int sentBefore = m_admin->queue.sentCount();
        auto *raw = m_admin->client.tasks(filter);
        std::unique_ptr<ValueCall<QList<Task>>> call(raw);
        QSignalSpy finished(raw, &ApiCall::finished);
        connect(raw, &ApiCall::progress, this, [raw](int soFar) {
            if (soFar == 2)
                raw->cancel();
        });
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(!call->isOk());
        QCOMPARE(call->requestCount(), 2);
        QVERIFY(call->value().isEmpty()); // two of six tasks are not the list
        // No third page: nothing waits in the queue or was sent after the second.
        QCOMPARE(m_admin->queue.length(), 0);
        QCOMPARE(m_admin->queue.sentCount(), sentBefore + 2);
        QCoreApplication::processEvents();
        QCOMPARE(m_log->count(u"GET /api/v1/tasks"_s), 2);
        QCOMPARE(finished.count(), 1);
    }

    void cancelFromOutsideDropsThePendingPage()
    {
        TaskFilter filter;
        filter.list.pageSize = 1;
        auto *raw = m_admin->client.tasks(filter);
        std::unique_ptr<ValueCall<QList<Task>>> call(raw);
        QSignalSpy progress(raw, &ApiCall::progress);
        QVERIFY(progress.wait(5000));
        call->cancel(); // the second page is queued or on its way
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
        // The pending page left the queue with the cancel (dropped, or abandoned in flight), so
        // no answer can report progress any more.
        QCOMPARE(m_admin->queue.length(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(progress.count(), 1);
        QVERIFY(m_log->count(u"GET /api/v1/tasks"_s) <= 2);
    }

    void timetrackWithReferencedObjects()
    {
        TimetrackFilter filter;
        filter.from = QDate(2026, 11, 16);
        filter.to = QDate(2026, 11, 29);
        filter.withUsers = true;
        auto call = finish(m_admin->client.timetrack(filter));
        VERIFY_OK(call);
        QCOMPARE(call->requestCount(), 1);
        const json::TimetrackPage &page = call->value();
        QCOMPARE(page.dateFrom, filter.from);
        QCOMPARE(page.dateTo, filter.to);
        QVERIFY(!page.nextDateFrom.isValid());
        QCOMPARE(recordKeys(page.days), kNovemberRecords);
        QCOMPARE(page.days.at(0).approved, std::optional<bool>(true));
        QCOMPARE(page.days.at(1).approved, std::optional<bool>(false));
        QCOMPARE(page.days.at(0).records.at(0).comment, u"copy review"_s);
        QCOMPARE(page.days.at(1).records.at(0).comment, u"hull sketches"_s);
        QCOMPARE(page.tasks.value(4).name, u"Push notifications"_s);
        QCOMPARE(page.tasks.size(), 4);
        QCOMPARE(page.projects.value(2).name, u"Website"_s);
        QCOMPARE(page.customers.value(2).name, u"Galaxy Corp"_s);
        QCOMPARE(page.users.value(4).fullName, u"Oscar Other"_s);
        QVERIFY(m_log->lines().first().contains(
            u"includeReferenced=tasks%2Cprojects%2Ccustomers%2Ccomments%2CapprovalStatus%2Cusers"_s));

        // Without the extras: no comments, no approval, no maps; filters narrow the days.
        filter.withComments = filter.withApprovalStatus = filter.withTasks = false;
        filter.withUsers = false;
        filter.userIds = {3};
        filter.approved = false;
        auto bare = finish(m_admin->client.timetrack(filter));
        VERIFY_OK(bare);
        QCOMPARE(recordKeys(bare->value().days),
                 kNovemberRecords.mid(1, 2) << kNovemberRecords.last());
        QVERIFY(!bare->value().days.first().approved);
        QVERIFY(bare->value().days.first().records.first().comment.isEmpty());
        QVERIFY(bare->value().tasks.isEmpty());
        QVERIFY(!m_log->lines().last().contains(u"includeReferenced"_s));
    }

    void timetrackIsResumedFromNextDateFrom()
    {
        TimetrackFilter filter;
        filter.from = QDate(2026, 11, 1);
        filter.to = QDate(2026, 11, 30);
        filter.stopAfter = 1;
        auto *raw = m_admin->client.timetrack(filter);
        QSignalSpy progress(raw, &ApiCall::progress);
        auto call = finish(raw);
        VERIFY_OK(call);
        // 11-01..16 | 17..23 | 24 | 25..30: the server cuts after each day with records.
        QCOMPARE(call->requestCount(), 4);
        QCOMPARE(m_log->count(u"GET /api/v1/timetrack"_s), 4);
        QVERIFY(m_log->lines().at(1).contains(u"dateFrom=2026-11-17"_s));
        QCOMPARE(progressValues(progress), (QList<int>{1, 3, 4, 4}));
        const json::TimetrackPage &page = call->value();
        QCOMPARE(recordKeys(page.days), kNovemberRecords); // every day exactly once
        QCOMPARE(page.days.size(), 4);
        QCOMPARE(page.dateFrom, filter.from);
        QCOMPARE(page.dateTo, filter.to);
        QVERIFY(!page.nextDateFrom.isValid());
        // Referenced maps of every page are united.
        QCOMPARE(page.tasks.keys().size(), 4);
        QVERIFY(page.customers.contains(2));

        // Open-ended: the server decides where the data ends.
        filter.to = QDate();
        auto open = finish(m_admin->client.timetrack(filter));
        VERIFY_OK(open);
        QCOMPARE(recordKeys(open->value().days), kNovemberRecords);
        QCOMPARE(open->value().dateTo, QDate(2026, 11, 24));
    }

    void timetrackPermission()
    {
        TimetrackFilter filter;
        filter.from = QDate(2026, 11, 16);
        filter.userIds = {4};
        auto call = finish(m_employee->client.timetrack(filter));
        QCOMPARE(call->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(call->error().httpStatus, 403);
        QCOMPARE(call->error().key, u"api.error.no_permission"_s);
        // The server names a missing dateFrom.
        auto noDate = finish(m_employee->client.timetrack({}));
        QCOMPARE(noDate->error().kind, ApiError::Kind::Rejected);
        QCOMPARE(noDate->error().httpStatus, 400);
    }

    void leaveIsReadAndResumed()
    {
        LeaveFilter filter;
        filter.from = QDate(2026, 11, 16);
        filter.to = QDate(2026, 11, 29);
        auto call = finish(m_admin->client.leave(filter));
        VERIFY_OK(call);
        QCOMPARE(leaveKeys(call->value().records),
                 (QStringList{u"3/2026-11-20/1=480"_s, u"4/2026-11-24/2=240"_s}));
        QCOMPARE(call->value().leaveTypes.value(2).name, u"Sick Leave"_s);
        QCOMPARE(call->requestCount(), 1);

        filter.stopAfter = 1;
        filter.withLeaveTypes = false;
        auto *raw = m_admin->client.leave(filter);
        QSignalSpy progress(raw, &ApiCall::progress);
        auto resumed = finish(raw);
        VERIFY_OK(resumed);
        QVERIFY(resumed->requestCount() > 1);
        QCOMPARE(leaveKeys(resumed->value().records), leaveKeys(call->value().records));
        QVERIFY(resumed->value().leaveTypes.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 2);
        QCOMPARE(resumed->value().dateTo, filter.to);

        filter.userIds = {4};
        filter.leaveTypeIds = {1};
        QVERIFY(finish(m_admin->client.leave(filter))->value().records.isEmpty());
    }

    void weekInOneRequest()
    {
        auto me = finish(m_employee->client.me());
        VERIFY_OK(me);
        auto week = finish(
            m_employee->client.week(me->value().id, QDate(2026, 11, 16), QDate(2026, 11, 22)));
        VERIFY_OK(week);
        QCOMPARE(week->requestCount(), 1);
        QCOMPARE(m_log->lines().size(), 2); // /users/me and one batch
        QVERIFY(m_log->lines().at(1).startsWith(u"POST /api/v1/batch"_s));

        const WeekBundle &bundle = week->value();
        QCOMPARE(recordKeys(bundle.timetrack.days), QStringList{u"3/2026-11-16/3=120"_s});
        QCOMPARE(bundle.timetrack.days.first().approved, std::optional<bool>(true));
        QCOMPARE(bundle.timetrack.days.first().records.first().comment, u"copy review"_s);
        QCOMPARE(bundle.timetrack.tasks.value(3).name, u"Landing page"_s);
        QCOMPARE(bundle.timetrack.projects.value(2).name, u"Website"_s);
        QCOMPARE(bundle.timetrack.customers.value(1).name, u"Big Bang Company"_s);
        QCOMPARE(leaveKeys(bundle.leave.records), QStringList{u"3/2026-11-20/1=480"_s});
        QCOMPARE(bundle.leave.leaveTypes.value(1).name, u"Vacation"_s);
        QCOMPARE(bundle.schedule.from, QDate(2026, 11, 16));
        QCOMPARE(bundle.schedule.minutes, (QList<int>{480, 480, 480, 480, 480, 0, 0}));

        // The current week: two days of time, a holiday on Thursday.
        auto current = finish(
            m_employee->client.week(3, testdata::kWeekStart, testdata::kWeekStart.addDays(6)));
        VERIFY_OK(current);
        QCOMPARE(recordKeys(current->value().timetrack.days),
                 (QStringList{u"3/2026-11-23/1=240"_s, u"3/2026-11-23/2=240"_s,
                              u"3/2026-11-24/1=480"_s}));
        QVERIFY(current->value().leave.records.isEmpty());
        QCOMPARE(current->value().schedule.minutesOn(QDate(2026, 11, 26)), 0);
        QCOMPARE(m_log->lines().size(), 3);
    }

    void weekFailsWithTheFailingOperationsError()
    {
        // Another user's week: the time-track operation is refused inside the batch.
        auto week = finish(
            m_employee->client.week(4, testdata::kWeekStart, testdata::kWeekStart.addDays(6)));
        QVERIFY(week->isFinished());
        QCOMPARE(week->requestCount(), 1);
        QCOMPARE(week->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(week->error().httpStatus, 403);
        QCOMPARE(week->error().key, u"api.error.no_permission"_s);
        QVERIFY(!week->error().userMessage().isEmpty());
        // An unknown user: 404 from the schedule or the filters.
        auto unknown = finish(
            m_employee->client.week(99, testdata::kWeekStart, testdata::kWeekStart.addDays(6)));
        QVERIFY(unknown->error().isError());
        QVERIFY(unknown->error().httpStatus == 403 || unknown->error().httpStatus == 404);
    }

    void weekBatchIsRetriedAsItOnlyReads()
    {
        m_fixture->emulator().faults().add(
            {emu::FaultRule::Kind::ServerError, 1, 0, u"/batch"_s, "POST"});
        auto week = finish(
            m_employee->client.week(3, testdata::kWeekStart, testdata::kWeekStart.addDays(6)));
        VERIFY_OK(week);
        QCOMPARE(m_log->count(u"POST /api/v1/batch"_s), 2);
        QCOMPARE(m_employee->queue.retryCount(), 1);
        // A batch that writes is not repeated.
        m_fixture->emulator().faults().add(
            {emu::FaultRule::Kind::ServerError, 1, 0, u"/batch"_s, "POST"});
        auto writes = finish(m_admin->client.batch(
            {{"PATCH", u"/timetrack/3/2026-11-25/1"_s, QJsonObject{{u"time"_s, 60}}, {}}}));
        QCOMPARE(writes->error().kind, ApiError::Kind::Server);
        QCOMPARE(m_log->count(u"POST /api/v1/batch"_s), 3);
    }

    void timeWritesAreReadBack()
    {
        const QDate today = testdata::kToday;
        auto set = finish(m_employee->client.setTime(3, today, 1, 90, u"afternoon"_s));
        VERIFY_OK(set);
        QCOMPARE(set->value(), (TimetrackRecord{3, today, 1, 90, u"afternoon"_s}));
        auto added = finish(m_employee->client.addTime(3, today, 1, 30));
        VERIFY_OK(added);
        QCOMPARE(added->value().minutes, 120);
        QCOMPARE(added->value().comment, u"afternoon"_s); // a delta keeps the comment
        auto read = finish(m_employee->client.timetrackRecord(3, today, 1));
        QCOMPARE(read->value(), (TimetrackRecord{3, today, 1, 120, u"afternoon"_s}));
        // The comment is always sent, so a new time with the same comment keeps it.
        QVERIFY(finish(m_employee->client.setTime(3, today, 1, 100, u"afternoon"_s))->isOk());
        QCOMPARE(finish(m_employee->client.timetrackRecord(3, today, 1))->value().comment,
                 u"afternoon"_s);
        auto removed = finish(m_employee->client.setTime(3, today, 1, 0, {}));
        VERIFY_OK(removed);
        QCOMPARE(finish(m_employee->client.timetrackRecord(3, today, 1))->error().kind,
                 ApiError::Kind::NotFound);

        const QDate friday(2026, 11, 27);
        auto leave = finish(m_employee->client.setLeave(3, friday, 1, 480));
        VERIFY_OK(leave);
        QCOMPARE(leave->value(), (LeaveRecord{3, friday, 1, 480}));
        auto half = finish(m_employee->client.addLeave(3, friday, 1, -240));
        QCOMPARE(half->value().minutes, 240);
        LeaveFilter filter;
        filter.from = filter.to = friday;
        filter.userIds = {3};
        QCOMPARE(leaveKeys(finish(m_employee->client.leave(filter))->value().records),
                 QStringList{u"3/2026-11-27/1=240"_s});

        // Not assigned: refused with the server's reason.
        auto refused = finish(m_employee->client.setTime(3, today, 4, 60, {}));
        QCOMPARE(refused->error().kind, ApiError::Kind::Forbidden);
        QVERIFY(refused->error().message.contains(u"not assigned"_s));
    }

    void locks()
    {
        const QDate today = testdata::kToday;
        auto lock = finish(m_admin->client.lockTimetrack({3}, today, today, true));
        VERIFY_OK(lock);
        QCOMPARE(lock->value(), true);
        auto refused = finish(m_employee->client.setTime(3, today, 2, 60, {}));
        QCOMPARE(refused->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(refused->error().key, u"api.error.timetrack_locked"_s);
        QVERIFY(finish(m_admin->client.lockTimetrack({3}, today, today, false))->isOk());
        VERIFY_OK(finish(m_employee->client.setTime(3, today, 2, 60, {})));
        // Everybody at once, and only for administrators.
        VERIFY_OK(finish(m_admin->client.lockTimetrack({}, today, today, true)));
        QVERIFY(m_fixture->data().lockedDays.contains(emu::dayKey(today, 4)));
        QCOMPARE(finish(m_employee->client.lockTimetrack({3}, today, today, false))->error().kind,
                 ApiError::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestActiTimeClientTime)
#include "tst_actitimeclient_time.moc"
