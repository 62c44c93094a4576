// Store: "Clear cache" (Preferences) deletes the copy of the server's data and keeps what the
// user typed — the outbox, the cells it edits, the entities it names, the user's own meta keys —
// in one transaction, announced; the size on disk counts the WAL and shrinks after clearing; the
// outbox of a cache that is not open can be counted.
#include "cachetestutil.h"
#include "store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;
using cachetest::RawDb;

class TestStoreClear : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    cachetest::PinnedClock m_clock;
    std::unique_ptr<Store> m_store;
    const QDate m_monday = QDate(2024, 3, 4);
    const int m_user = 7;

    // The server's data of a small account: two customers, three projects, many tasks, a week
    // of time, leave, schedule, reference lists, the server's settings and a team meta key.
    template<typename T>
    static T named(int id, const QString &name)
    {
        T value;
        value.id = id;
        value.name = name;
        return value;
    }
    static User user(int id, const QString &login)
    {
        User value;
        value.id = id;
        value.username = login;
        return value;
    }
    void serveAccount(int taskCount = 40)
    {
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        QVERIFY(m_store->replaceUsers(
            {user(m_user, u"me"_s), user(8, u"colleague"_s), user(9, u"boss"_s)}));
        QVERIFY(m_store->replaceCustomers(
            {named<Customer>(1, u"Acme"_s), named<Customer>(2, u"Globex"_s)}));
        Project p1 = named<Project>(1, u"Rockets"_s);
        p1.customerId = 1;
        Project p2 = named<Project>(2, u"Lamps"_s);
        p2.customerId = 2;
        Project p3 = named<Project>(3, u"Bulbs"_s);
        p3.customerId = 2;
        QVERIFY(m_store->replaceProjects({p1, p2, p3}));
        QList<Task> tasks;
        for (int id = 100; id < 100 + taskCount; ++id) {
            Task t;
            t.id = id;
            t.projectId = id % 2 == 0 ? 1 : 2;
            t.customerId = id % 2 == 0 ? 1 : 2;
            t.name = u"Task %1 with a description long enough to take room"_s.arg(id);
            t.description = QString(400, u'x');
            tasks.append(t);
        }
        QVERIFY(m_store->replaceTasks(tasks));
        QVERIFY(m_store->replaceDepartments({named<Department>(1, u"R&D"_s)}));
        QVERIFY(m_store->replaceLeaveTypes(
            {named<LeaveType>(1, u"Vacation"_s), named<LeaveType>(2, u"Sick"_s)}));
        QList<TimetrackRecord> week;
        for (int day = 0; day < 5; ++day)
            for (int task = 100; task < 104; ++task)
                week.append({m_user, m_monday.addDays(day), task, 30, QString()});
        QVERIFY(
            m_store->putServerTimetrack(m_user, m_monday, m_monday.addDays(6), week, m_clock.now));
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday.addDays(6),
                                        {LeaveRecord{m_user, m_monday.addDays(4), 1, 480}},
                                        m_clock.now));
        Schedule schedule;
        schedule.from = m_monday;
        schedule.minutes = {480, 480, 480, 480, 480, 0, 0};
        QVERIFY(m_store->putSchedule(m_user, schedule));
        QVERIFY(m_store->setMeta(metakeys::TeamMembers, u"7,8,9"_s));
        QVERIFY(m_store->setMeta(Store::teamAsOfKey(m_monday, m_monday.addDays(6)), u"x"_s));
    }
    int count(const QString &table)
    {
        RawDb raw(m_path);
        return raw.scalar(u"SELECT COUNT(*) FROM "_s + table).toInt();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = {};
        static int n = 0;
        m_path = m_dir.filePath(u"clear-%1.sqlite"_s.arg(++n));
        m_store = Store::open(m_path, nullptr, m_clock.options());
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void clearingKeepsTheOutboxAndWhatItNeeds()
    {
        serveAccount();
        // Typed: Tuesday of task 101, leave on Wednesday, a task renamed, a project created
        // offline under customer 2, a running timer and a temporary id's mapping.
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday.addDays(1), 101, 90, u"mine"_s));
        QVERIFY(m_store->editLeaveCell(m_user, m_monday.addDays(2), 2, 240));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateTask, 120, {{u"name"_s, u"Renamed"_s}}));
        QVERIFY(m_store->enqueueChange(OutboxKind::CreateProject, -1,
                                       {{u"customerId"_s, 2}, {u"name"_s, u"New"_s}}));
        QVERIFY(m_store->setMeta(u"timer.running/7"_s, u"started"_s));
        QVERIFY(m_store->setMeta(metakeys::TemporaryIdPrefix + u"task/-5"_s, u"555"_s));
        const QList<OutboxEntry> before = m_store->outboxEntries();
        QCOMPARE(before.size(), 4);

        QSignalSpy announced(&m_store->changes(), &StoreChanges::changed);
        QVERIFY(m_store->clearServerData({m_user}));

        // The outbox is as it was, entry for entry.
        const QList<OutboxEntry> after = m_store->outboxEntries();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).payload, before.at(i).payload);
            QCOMPARE(after.at(i).base, before.at(i).base);
        }
        // Its cells still show the user's value, based on what the server had.
        const QList<TimetrackCell> cells =
            m_store->timetrack(m_user, m_monday, m_monday.addDays(6));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().taskId, 101);
        QCOMPARE(cells.first().minutes, 90);
        QCOMPARE(cells.first().serverMinutes, 30);
        const QList<LeaveCell> leave = m_store->leave(m_user, m_monday, m_monday.addDays(6));
        QCOMPARE(leave.size(), 1);
        QCOMPARE(leave.first().leaveTypeId, 2);
        // The entities it names stay, with their parents: tasks 101 and 120, projects 2 (of
        // task 101) and 1 (of task 120), customers 1 and 2; leave type 2; the user.
        QList<int> taskIds;
        for (const Task &t : m_store->tasks())
            taskIds.append(t.id);
        QCOMPARE(taskIds, (QList<int>{101, 120}));
        QCOMPARE(m_store->projects().size(), 2);
        QCOMPARE(m_store->customers().size(), 2);
        QCOMPARE(m_store->leaveTypes().size(), 1);
        QCOMPARE(m_store->leaveTypes().first().id, 2);
        QCOMPARE(m_store->users().size(), 1);
        QCOMPARE(m_store->users().first().id, m_user);
        // The user's own meta keys stay; the server's go.
        QCOMPARE(m_store->meta(u"timer.running/7"_s), std::optional<QString>(u"started"_s));
        QCOMPARE(m_store->meta(metakeys::TemporaryIdPrefix + u"task/-5"_s),
                 std::optional<QString>(u"555"_s));
        QVERIFY(!m_store->meta(metakeys::TeamMembers));
        QVERIFY(!m_store->meta(Store::teamAsOfKey(m_monday, m_monday.addDays(6))));
        // The rest of the server's data is gone: nothing counts as fetched any more.
        QVERIFY(!m_store->serverInfo());
        QVERIFY(m_store->departments().isEmpty());
        QVERIFY(!m_store->schedule(m_user, m_monday, m_monday.addDays(6)));
        QVERIFY(m_store->days(m_user, m_monday, m_monday.addDays(6)).isEmpty());
        QVERIFY(!m_store->lastReplaced(StoreEntity::Tasks).isValid());
        // One announcement that covers the week and every list.
        QCOMPARE(announced.size(), 1);
        const auto change = announced.first().first().value<StoreChange>();
        QVERIFY(change.touchesDays(m_user, m_monday, m_monday));
        QVERIFY(change.touches(StoreEntity::Tasks));
        QVERIFY(change.serverInfo);
    }

    // A workflow status the outbox renames or deletes stays with the server's values (its row
    // still shows the change); the other statuses go.
    void clearingKeepsTheWorkflowStatusesTheOutboxChanges()
    {
        serveAccount();
        QVERIFY(m_store->replaceWorkflowStatuses(
            {{1, u"New"_s, WorkflowStatusType::Open, true, false},
             {2, u"Doing"_s, WorkflowStatusType::Open, true, true},
             {3, u"Done"_s, WorkflowStatusType::Completed, true, true}}));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateWorkflowStatus, 2,
                                       {{u"name"_s, u"Busy"_s}}, {{u"name"_s, u"Doing"_s}}));
        QVERIFY(m_store->enqueueChange(OutboxKind::CreateWorkflowStatus, -3,
                                       {{u"name"_s, u"Later"_s}, {u"type"_s, u"open"_s}}));
        QVERIFY(m_store->clearServerData({m_user}));
        QCOMPARE(m_store->outboxCount(), 2);
        const QList<WorkflowStatus> kept = m_store->workflowStatuses();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().name, u"Doing"_s);
    }

    void theOutboxStillReplaysAfterClearing()
    {
        serveAccount();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday.addDays(1), 101, 90, u"mine"_s));
        QVERIFY(m_store->clearServerData({m_user}));
        // The sync layer's view: one pending edit, based on the server's 0:30.
        const QList<OutboxEntry> pending = m_store->pendingEdits();
        QCOMPARE(pending.size(), 1);
        QVERIFY(m_store->confirmEdit(pending.first()));
        QCOMPARE(m_store->outboxCount(), 0);
        const QList<TimetrackCell> cells =
            m_store->timetrack(m_user, m_monday.addDays(1), m_monday.addDays(1));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().serverMinutes, 90);
        // A refresh fills the cache again as on a first start.
        serveAccount();
        QCOMPARE(m_store->tasks().size(), 40);
    }

    void aFailedClearChangesNothing()
    {
        serveAccount();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 15, {}));
        m_store->simulateDiskFull(true);
        const StoreResult result = m_store->clearServerData({m_user});
        QCOMPARE(result.code, StoreResult::Code::DiskFull);
        m_store->simulateDiskFull(false);
        QCOMPARE(m_store->tasks().size(), 40);
        QCOMPARE(m_store->outboxCount(), 1);
        QCOMPARE(count(u"timetrack_cells"_s), 20);
    }

    void theSizeCountsTheWalAndShrinksAfterClearing()
    {
        serveAccount(2000);
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 15, {}));
        const qint64 before = m_store->sizeOnDisk();
        QVERIFY(QFileInfo::exists(m_path + u"-wal"_s));
        QCOMPARE(before,
                 QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal"_s).size()
                     + QFileInfo(m_path + u"-shm"_s).size());
        QVERIFY(before > 500 * 1000);
        QVERIFY(m_store->clearServerData({m_user}));
        const qint64 after = m_store->sizeOnDisk();
        QVERIFY2(after < before / 4, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
        QCOMPARE(Store::sizeOnDisk(m_path), after);
        QCOMPARE(Store::sizeOnDisk(m_dir.filePath(u"none.sqlite"_s)), 0);
    }

    void unsentChangesOfACacheThatIsNotOpen()
    {
        QCOMPARE(Store::unsentChangesIn(m_dir.filePath(u"none.sqlite"_s)), std::optional<int>(0));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 15, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 101, 15, {}));
        QCOMPARE(Store::unsentChangesIn(m_path), std::optional<int>(2));
        m_store.reset();
        QCOMPARE(Store::unsentChangesIn(m_path), std::optional<int>(2));
        const QString garbage = m_dir.filePath(u"garbage.sqlite"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QCOMPARE(Store::unsentChangesIn(garbage), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStoreClear)
#include "tst_store_clear.moc"
