// Store at a team's scale: several users' server days written and read set-based
// (putServerTimetrackOfUsers, timetrackOfUsers, daysOfUsers), and writes on the Store's worker
// thread (writeInBackground): committed in one transaction, announced on the Store's thread.
#include "cachetestutil.h"
#include "store.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

// A week of `users` users from user 1 on: each has two tasks on Monday and one on Wednesday
// (minutes vary with the user), Monday approved, Wednesday not.
QList<TimetrackDay> teamWeek(const QDate &monday, int users, int minutesBase = 0)
{
    QList<TimetrackDay> days;
    const QDate wed = monday.addDays(2);
    for (int user = 1; user <= users; ++user) {
        days.append({user,
                     monday,
                     true,
                     {{user, monday, 100, 60 + user + minutesBase, u"m%1"_s.arg(user)},
                      {user, monday, 101, 30, {}}}});
        days.append({user, wed, false, {{user, wed, 100, 45 + minutesBase, {}}}});
    }
    return days;
}

QList<int> userIds(int users)
{
    QList<int> ids;
    for (int user = 1; user <= users; ++user)
        ids.append(user);
    return ids;
}

} // namespace

class TestStoreTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cachetest::PinnedClock m_clock;
    std::unique_ptr<Store> m_store;
    const QDate m_monday = QDate(2024, 3, 4);
    const QDate m_sunday = QDate(2024, 3, 10);

    std::unique_ptr<Store> openAnother()
    {
        static int count = 0;
        return Store::open(m_dir.filePath(u"other-%1.sqlite"_s.arg(++count)), nullptr,
                           m_clock.options());
    }

    // Runs a background job and waits for its `done`; returns its result.
    StoreResult inBackground(const std::function<StoreResult(Store &)> &writes)
    {
        std::optional<StoreResult> outcome;
        m_store->writeInBackground(writes, this,
                                   [&outcome](const StoreResult &result) { outcome = result; });
        if (!QTest::qWaitFor([&outcome]() { return outcome.has_value(); }, 10'000))
            return {StoreResult::Code::Failed, u"timed out"_s, {}};
        return *outcome;
    }

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

    // --- set-based writes and reads

    void aTeamWriteEqualsOneWritePerUser()
    {
        const QList<TimetrackDay> days = teamWeek(m_monday, 5);
        QVERIFY(
            m_store->putServerTimetrackOfUsers(userIds(5), m_monday, m_sunday, days, m_clock.now));
        auto perUser = openAnother();
        QVERIFY(perUser);
        for (int user = 1; user <= 5; ++user) {
            QList<TimetrackDay> own;
            for (const TimetrackDay &day : days) {
                if (day.userId == user)
                    own.append(day);
            }
            QVERIFY(perUser->putServerTimetrackDays(user, m_monday, m_sunday, own, m_clock.now));
        }
        for (int user = 1; user <= 5; ++user) {
            QCOMPARE(m_store->timetrack(user, m_monday, m_sunday),
                     perUser->timetrack(user, m_monday, m_sunday));
            QCOMPARE(m_store->days(user, m_monday, m_sunday),
                     perUser->days(user, m_monday, m_sunday));
        }
        QCOMPARE(m_store->timetrack(3, m_monday, m_sunday).size(), 3);
        QCOMPARE(m_store->days(3, m_monday, m_sunday).size(), 7); // every day fetched
        QCOMPARE(m_store->days(3, m_monday, m_monday).value(0).approved, std::optional(true));
    }

    void readsOfUsersAreInUserOrderAndMatchTheSingleReads()
    {
        QVERIFY(m_store->putServerTimetrackOfUsers(userIds(4), m_monday, m_sunday,
                                                   teamWeek(m_monday, 4), m_clock.now));
        QVERIFY(m_store->markDayLocked(9, m_monday, u"Locked by the manager"_s, false));
        const QList<int> asked{4, 2, 9};
        QList<TimetrackCell> cells;
        QList<DayInfo> days;
        for (const int user : {2, 4, 9}) {
            cells.append(m_store->timetrack(user, m_monday, m_sunday));
            days.append(m_store->days(user, m_monday, m_sunday));
        }
        QCOMPARE(m_store->timetrackOfUsers(asked, m_monday, m_sunday), cells);
        QCOMPARE(m_store->daysOfUsers(asked, m_monday, m_sunday), days);
        QCOMPARE(days.last().userId, 9); // a day learned locked, never fetched
        QCOMPARE(days.last().lockedReason, u"Locked by the manager"_s);
        QCOMPARE(m_store->timetrackOfUsers({}, m_monday, m_sunday).size(), 0);
    }

    void aTeamWriteReplacesEveryListedUsersRange()
    {
        QVERIFY(m_store->putServerTimetrackOfUsers(userIds(3), m_monday, m_sunday,
                                                   teamWeek(m_monday, 3), m_clock.now));
        // User 2 now has nothing on the server; user 3 is not part of this write.
        m_clock.now = m_clock.now.addSecs(60);
        QList<TimetrackDay> days = teamWeek(m_monday, 1, 5);
        QVERIFY(m_store->putServerTimetrackOfUsers({1, 2}, m_monday, m_sunday, days, m_clock.now));
        QCOMPARE(m_store->timetrack(1, m_monday, m_monday).value(0).minutes, 66);
        QCOMPARE(m_store->timetrack(2, m_monday, m_sunday).size(), 0);
        QCOMPARE(m_store->days(2, m_monday, m_monday).value(0).timetrackFetchedAt, m_clock.now);
        QCOMPARE(m_store->timetrack(3, m_monday, m_sunday).size(), 3);
        QCOMPARE(m_store->days(3, m_monday, m_monday).value(0).timetrackFetchedAt,
                 m_clock.now.addSecs(-60));
    }

    void aTeamWriteKeepsWhatTheUserTyped()
    {
        QVERIFY(m_store->putServerTimetrackOfUsers(userIds(2), m_monday, m_sunday,
                                                   teamWeek(m_monday, 2), m_clock.now));
        QVERIFY(m_store->editTimetrackCell(2, m_monday, 100, 120, u"mine"_s));
        QVERIFY(m_store->putServerTimetrackOfUsers(userIds(2), m_monday, m_sunday,
                                                   teamWeek(m_monday, 2, 10), m_clock.now));
        const TimetrackCell cell = m_store->timetrack(2, m_monday, m_monday).value(0);
        QCOMPARE(cell.minutes, 120);
        QCOMPARE(cell.comment, u"mine"_s);
        QCOMPARE(cell.serverMinutes, 72);
        QCOMPARE(cell.state, CellState::Pending);
        QCOMPARE(m_store->outboxCount(OutboxState::Pending), 1);
    }

    void aDayOfAnotherUserWritesNothing()
    {
        QVERIFY(m_store->putServerTimetrackOfUsers(userIds(2), m_monday, m_sunday,
                                                   teamWeek(m_monday, 2), m_clock.now));
        const QList<TimetrackCell> before =
            m_store->timetrackOfUsers(userIds(3), m_monday, m_sunday);
        QCOMPARE(m_store
                     ->putServerTimetrackOfUsers({1}, m_monday, m_sunday, teamWeek(m_monday, 2, 7),
                                                 m_clock.now)
                     .code,
                 StoreResult::Code::Invalid);
        QList<TimetrackDay> outside = teamWeek(m_monday, 1);
        outside.first().records.first().date = m_monday.addDays(-1);
        QCOMPARE(
            m_store->putServerTimetrackOfUsers({1}, m_monday, m_sunday, outside, m_clock.now).code,
            StoreResult::Code::Invalid);
        QCOMPARE(m_store->timetrackOfUsers(userIds(3), m_monday, m_sunday), before);
    }

    void aTeamWriteIsAnnouncedOncePerUser()
    {
        QSignalSpy changed(&m_store->changes(), &StoreChanges::changed);
        QVERIFY(m_store->putServerTimetrackOfUsers({3, 1, 3}, m_monday, m_sunday,
                                                   teamWeek(m_monday, 1), m_clock.now));
        QCOMPARE(changed.count(), 1);
        const auto change = changed.first().first().value<StoreChange>();
        QCOMPARE(change.days.size(), 2);
        QVERIFY(change.touchesDays(3, m_monday, m_monday));
        QVERIFY(change.touchesDays(1, m_sunday, m_sunday));
        QVERIFY(!change.touchesDays(2, m_monday, m_sunday));
    }

    // --- writes on the worker thread

    void aBackgroundWriteCommitsAndIsAnnouncedHere()
    {
        const QList<TimetrackDay> days = teamWeek(m_monday, 3);
        const QDateTime submitted = m_clock.now;
        Qt::HANDLE writer = nullptr;
        QList<Qt::HANDLE> announcedOn;
        QList<StoreChange> announced;
        connect(&m_store->changes(), &StoreChanges::changed, this, [&](const StoreChange &c) {
            announcedOn.append(QThread::currentThreadId());
            announced.append(c);
        });
        std::optional<StoreResult> outcome;
        m_store->writeInBackground(
            [&writer, days, this](Store &store) {
                writer = QThread::currentThreadId();
                StoreResult result = store.putUsers({User{7,
                                                          u"u7"_s,
                                                          {},
                                                          u"Uma"_s,
                                                          {},
                                                          u"Seven"_s,
                                                          u"Uma Seven"_s,
                                                          true,
                                                          -1,
                                                          -1,
                                                          {},
                                                          {},
                                                          false}});
                if (result)
                    result = store.putServerTimetrackOfUsers(userIds(3), m_monday, m_sunday, days,
                                                             store.clock().now());
                return result;
            },
            this,
            [&](const StoreResult &result) {
                QCOMPARE(announced.size(), 1); // announced before done
                outcome = result;
            });
        m_clock.now = m_clock.now.addSecs(3600); // the job's stamps are those of the call
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(*outcome);
        QVERIFY(writer != nullptr);
        QVERIFY(writer != QThread::currentThreadId());
        QCOMPARE(announcedOn, QList<Qt::HANDLE>{QThread::currentThreadId()});
        QVERIFY(announced.first().touches(StoreEntity::Users));
        QVERIFY(announced.first().touchesDays(2, m_monday, m_sunday));
        QCOMPARE(m_store->users({7}).value(0).fullName, u"Uma Seven"_s);
        QCOMPARE(m_store->timetrack(2, m_monday, m_monday).size(), 2);
        QCOMPARE(m_store->lastFetched(StoreEntity::Users), submitted);
        QCOMPARE(m_store->days(1, m_monday, m_monday).value(0).timetrackFetchedAt, submitted);
    }

    void aFailedBackgroundWriteLeavesNothing()
    {
        QSignalSpy changed(&m_store->changes(), &StoreChanges::changed);
        m_store->simulateDiskFull(true);
        const StoreResult full = inBackground([this](Store &store) {
            return store.putServerTimetrackOfUsers(userIds(2), m_monday, m_sunday,
                                                   teamWeek(m_monday, 2), store.clock().now());
        });
        QCOMPARE(full.code, StoreResult::Code::DiskFull);
        m_store->simulateDiskFull(false);
        // A failure half-way rolls back the writes before it.
        const StoreResult invalid = inBackground([this](Store &store) {
            StoreResult result = store.putServerTimetrackOfUsers(
                userIds(2), m_monday, m_sunday, teamWeek(m_monday, 2), store.clock().now());
            if (result)
                result = store.putServerTimetrackOfUsers({1}, m_monday, m_monday.addDays(-1), {},
                                                         store.clock().now());
            return result;
        });
        QCOMPARE(invalid.code, StoreResult::Code::Invalid);
        m_store->failNthWrite(1);
        QCOMPARE(inBackground([](Store &) { return StoreResult{}; }).code,
                 StoreResult::Code::DiskFull);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_store->timetrackOfUsers(userIds(2), m_monday, m_sunday).size(), 0);
        QCOMPARE(m_store->daysOfUsers(userIds(2), m_monday, m_sunday).size(), 0);
        QVERIFY(inBackground([](Store &) { return StoreResult{}; })); // the seam is spent
    }

    void backgroundJobsRunInOrder()
    {
        QList<int> order;
        for (int job = 1; job <= 3; ++job) {
            m_store->writeInBackground(
                [job](Store &store) { return store.setMeta(u"job"_s, QString::number(job)); }, this,
                [&order, job](const StoreResult &result) {
                    if (result)
                        order.append(job);
                });
        }
        QTRY_COMPARE(order, (QList<int>{1, 2, 3}));
        QCOMPARE(m_store->meta(u"job"_s), std::optional(u"3"_s));
    }

    void noAnswerAfterTheContextIsGone()
    {
        auto *context = new QObject(this);
        bool called = false;
        m_store->writeInBackground([](Store &store) { return store.setMeta(u"gone"_s, u"yes"_s); },
                                   context, [&called](const StoreResult &) { called = true; });
        delete context;
        // A later job's answer shows the first one's would have come by now.
        QVERIFY(inBackground([](Store &) { return StoreResult{}; }));
        QVERIFY(!called);
        QCOMPARE(m_store->meta(u"gone"_s), std::optional(u"yes"_s)); // still committed
    }

    void destroyingTheStoreDropsWhatIsLeft()
    {
        bool called = false;
        for (int job = 0; job < 20; ++job) {
            m_store->writeInBackground(
                [this](Store &store) {
                    return store.putServerTimetrackOfUsers(userIds(50), m_monday, m_sunday,
                                                           teamWeek(m_monday, 50),
                                                           store.clock().now());
                },
                this, [&called](const StoreResult &) { called = true; });
        }
        m_store.reset(); // waits for the running job only; nothing is called back
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestStoreTeam)
#include "tst_store_team.moc"
