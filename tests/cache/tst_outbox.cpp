// Store: edits and the outbox — the cell and its entry written together, merging, replay order,
// confirm / conflict / reject / resolve, and that an edit is on disk when the call returns.
#include "cachetestutil.h"
#include "store.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;
using cachetest::RawDb;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    cachetest::PinnedClock m_clock;
    std::unique_ptr<Store> m_store;
    const QDate m_monday = QDate(2024, 3, 4);
    const int m_user = 7;

    void reopen()
    {
        m_store.reset();
        m_store = Store::open(m_path, nullptr, m_clock.options());
        QVERIFY(m_store);
    }
    TimetrackCell cell(int taskId, const QDate &date = {})
    {
        const QDate day = date.isValid() ? date : m_monday;
        for (const TimetrackCell &c : m_store->timetrack(m_user, day, day)) {
            if (c.taskId == taskId)
                return c;
        }
        return {};
    }
    // Monday as the server has it: task 100 = 1:00 "planning", task 101 = 0:30.
    void serveMonday(int minutes100 = 60, const QString &comment100 = u"planning"_s)
    {
        QVERIFY(m_store->putServerTimetrack(
            m_user, m_monday, m_monday,
            {{m_user, m_monday, 100, minutes100, comment100}, {m_user, m_monday, 101, 30, {}}},
            m_clock.now));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = {};
        static int count = 0;
        m_path = m_dir.filePath(u"case-%1.sqlite"_s.arg(++count));
        reopen();
    }

    void cleanup() { m_store.reset(); }

    void editWritesCellAndEntry()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"planning, review"_s));
        const TimetrackCell c = cell(100);
        QCOMPARE(c.minutes, 90);
        QCOMPARE(c.comment, u"planning, review"_s);
        QCOMPARE(c.serverMinutes, 60);
        QCOMPARE(c.state, CellState::Pending);
        const QList<OutboxEntry> pending = m_store->pendingEdits();
        QCOMPARE(pending.size(), 1);
        const OutboxEntry &e = pending.first();
        QCOMPARE(c.outboxId, e.id);
        QCOMPARE(e.kind, OutboxKind::Timetrack);
        QCOMPARE(e.userId, m_user);
        QCOMPARE(e.date, m_monday);
        QCOMPARE(e.targetId, 100);
        QCOMPARE(e.payloadCell(), (CellValue{90, u"planning, review"_s}));
        QCOMPARE(e.baseCell(), (CellValue{60, u"planning"_s}));
        QCOMPARE(e.created, m_clock.now);
        QCOMPARE(e.revision, 1);
        QCOMPARE(cell(101).state, CellState::Synced);
    }

    void editOfAnUnseenCellIsBasedOnNothing()
    {
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 200, 15, {}));
        const TimetrackCell c = cell(200);
        QCOMPARE(c.minutes, 15);
        QCOMPARE(c.serverMinutes, 0);
        QVERIFY(!c.fetchedAt.isValid());
        QCOMPARE(m_store->pendingEdits().value(0).baseCell(), CellValue{});
    }

    void editIsOnDiskWhenTheCallReturns()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 75, u"x"_s));
        // Another connection (as another process would) sees both while the store is open.
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(u"SELECT minutes FROM timetrack_cells WHERE task_id = 100"_s).toInt(),
                 75);
        QCOMPARE(raw.scalar(u"SELECT json_extract(payload, '$.minutes') FROM outbox"_s).toInt(),
                 75);
        QCOMPARE(raw.scalar(u"SELECT json_extract(base, '$.minutes') FROM outbox"_s).toInt(), 60);
    }

    void failedEditLeavesNothingHalfWritten()
    {
        serveMonday();
        {
            // The outbox insert fails after the cell was written: the cell must roll back too.
            RawDb raw(m_path);
            QVERIFY(raw.exec(u"CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
                             u"BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
        }
        StoreResult result = m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"mine"_s);
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(result.detail.contains(u"simulated failure"_s), qPrintable(result.detail));
        QCOMPARE(cell(100).minutes, 60);
        QCOMPARE(m_store->outboxCount(), 0);

        {
            // An edit merging into an existing entry, failing on the entry's update.
            RawDb raw(m_path);
            QVERIFY(raw.exec(u"DROP TRIGGER fail_outbox"_s));
        }
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"mine"_s));
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec(u"CREATE TRIGGER fail_merge BEFORE UPDATE ON outbox "
                             u"BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
        }
        QVERIFY(!m_store->editTimetrackCell(m_user, m_monday, 100, 120, u"later"_s));
        reopen(); // what is on disk
        QCOMPARE(cell(100).minutes, 90);
        QCOMPARE(cell(100).comment, u"mine"_s);
        QCOMPARE(m_store->pendingEdits().value(0).payloadCell(), (CellValue{90, u"mine"_s}));
        QCOMPARE(m_store->pendingEdits().value(0).revision, 1);
    }

    void stepsSurviveReopening()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        reopen();
        QCOMPARE(cell(100).state, CellState::Pending);
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QCOMPARE(sent.payloadCell().minutes, 90);
        QVERIFY(m_store->confirmEdit(sent));
        reopen();
        QCOMPARE(m_store->outboxCount(), 0);
        QCOMPARE(cell(100).state, CellState::Synced);
        QCOMPARE(cell(100).serverMinutes, 90);
    }

    void repeatedEditsMergeAndKeepTheFirstBase()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"a"_s));
        m_clock.now = m_clock.now.addSecs(60);
        serveMonday(120, u"theirs"_s); // the server moved meanwhile: the pending cell keeps 90
        QCOMPARE(cell(100).minutes, 90);
        QCOMPARE(cell(100).serverMinutes, 120);
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 100, u"b"_s));
        const QList<OutboxEntry> entries = m_store->outboxEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().payloadCell(), (CellValue{100, u"b"_s}));
        QCOMPARE(entries.first().baseCell(), (CellValue{60, u"planning"_s})); // the first base
        QCOMPARE(entries.first().revision, 2);
        QCOMPARE(entries.first().created, m_clock.now.addSecs(-60));
    }

    void pendingEditsInOrder()
    {
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 10, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 101, 20, {}));
        QVERIFY(m_store->editLeaveCell(m_user, m_monday, 3, 240));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateTask, 100, {{u"name"_s, u"New"_s}},
                                       {{u"name"_s, u"Old"_s}}));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday.addDays(1), 100, 30, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 15, {})); // merges into the 1st
        const QList<OutboxEntry> pending = m_store->pendingEdits();
        QCOMPARE(pending.size(), 5);
        QList<qint64> ids;
        for (const OutboxEntry &e : pending)
            ids.append(e.id);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(pending.at(0).payloadCell().minutes, 15);
        QCOMPARE(pending.at(1).targetId, 101);
        QCOMPARE(pending.at(2).kind, OutboxKind::Leave);
        QCOMPARE(pending.at(2).payload, (QJsonObject{{u"minutes"_s, 240}}));
        QCOMPARE(pending.at(3).kind, OutboxKind::UpdateTask);
        QCOMPARE(pending.at(4).date, m_monday.addDays(1));
        QCOMPARE(m_store->outboxCount(), 5);
        QCOMPARE(m_store->outboxCount(OutboxState::Pending), 5);
    }

    void confirmSyncsTheCellWithTheServerValue()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u" trimmed "_s));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        m_clock.now = m_clock.now.addSecs(5);
        QVERIFY(m_store->confirmEdit(sent, CellValue{90, u"trimmed"_s})); // as the server stored it
        const TimetrackCell c = cell(100);
        QCOMPARE(c.state, CellState::Synced);
        QCOMPARE(c.comment, u"trimmed"_s);
        QCOMPARE(c.serverComment, u"trimmed"_s);
        QCOMPARE(c.fetchedAt, m_clock.now);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void confirmOfAnOlderRevisionKeepsTheNewerEdit()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        const OutboxEntry sent = m_store->pendingEdits().value(0); // in flight…
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 95, {})); // …the user types on
        QVERIFY(m_store->confirmEdit(sent));
        const TimetrackCell c = cell(100);
        QCOMPARE(c.minutes, 95);
        QCOMPARE(c.serverMinutes, 90);
        QCOMPARE(c.state, CellState::Pending);
        const OutboxEntry next = m_store->pendingEdits().value(0);
        QCOMPARE(next.id, sent.id);
        QCOMPARE(next.payloadCell().minutes, 95);
        QCOMPARE(next.baseCell().minutes, 90); // rebased on what we wrote: no false conflict
        QVERIFY(m_store->confirmEdit(next));
        QCOMPARE(cell(100).state, CellState::Synced);
        QCOMPARE(cell(100).minutes, 95);
    }

    void lateConfirmAfterTakingTheirs()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markConflict(sent, CellValue{70, u"other"_s}));
        QVERIFY(m_store->resolveTakeTheirs(sent.id));
        QCOMPARE(cell(100).minutes, 70);
        // The request had reached the server after all: the cell shows what the server has.
        QVERIFY(m_store->confirmEdit(sent));
        QCOMPARE(cell(100).minutes, 90);
        QCOMPARE(cell(100).state, CellState::Synced);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void conflictThenKeepMine()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"mine"_s));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markConflict(sent, CellValue{120, u"theirs"_s}));
        TimetrackCell c = cell(100);
        QCOMPARE(c.state, CellState::Conflict);
        QCOMPARE(c.minutes, 90); // never silently overwritten
        QCOMPARE(c.serverMinutes, 120);
        QCOMPARE(c.serverComment, u"theirs"_s);
        QVERIFY(m_store->pendingEdits().isEmpty()); // not replayed while it waits for the user
        QCOMPARE(m_store->outboxCount(OutboxState::Conflict), 1);
        QCOMPARE(m_store->outboxEntry(sent.id)->serverCell(), (CellValue{120, u"theirs"_s}));
        // Another edit while in conflict changes the value but does not settle the conflict.
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 100, u"mine"_s));
        QCOMPARE(cell(100).state, CellState::Conflict);

        QVERIFY(m_store->resolveKeepMine(sent.id));
        c = cell(100);
        QCOMPARE(c.state, CellState::Pending);
        QCOMPARE(c.minutes, 100);
        const OutboxEntry again = m_store->pendingEdits().value(0);
        QCOMPARE(again.baseCell(), (CellValue{120, u"theirs"_s})); // based on what the user saw
        QCOMPARE(again.payloadCell(), (CellValue{100, u"mine"_s}));
        QVERIFY(again.server.isEmpty());
    }

    void conflictThenTakeTheirs()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"mine"_s));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markConflict(sent, CellValue{120, u"theirs"_s}));
        QVERIFY(m_store->resolveTakeTheirs(sent.id));
        const TimetrackCell c = cell(100);
        QCOMPARE(c.state, CellState::Synced);
        QCOMPARE(c.minutes, 120);
        QCOMPARE(c.comment, u"theirs"_s);
        QCOMPARE(m_store->outboxCount(), 0);
        QCOMPARE(m_store->resolveTakeTheirs(sent.id).code, StoreResult::Code::NotFound);
        QCOMPARE(m_store->resolveKeepMine(sent.id).code, StoreResult::Code::NotFound);
        QCOMPARE(m_store->markConflict(sent, CellValue{1, {}}).code, StoreResult::Code::NotFound);
    }

    void rejectedKeepsTheUsersValueUntilCorrected()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markRejected(sent, u"The task is completed."_s));
        TimetrackCell c = cell(100);
        QCOMPARE(c.state, CellState::Rejected);
        QCOMPARE(c.message, u"The task is completed."_s);
        QCOMPARE(c.minutes, 90);
        QVERIFY(m_store->pendingEdits().isEmpty());
        QCOMPARE(m_store->outboxCount(OutboxState::Rejected), 1);
        QCOMPARE(m_store->outboxEntry(sent.id)->attempts, 1);

        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 80, {})); // the user corrects
        c = cell(100);
        QCOMPARE(c.state, CellState::Pending);
        QVERIFY(c.message.isEmpty());
        // A refusal of the older value is stale: the corrected value is still to be sent.
        QVERIFY(m_store->markRejected(sent, u"late"_s));
        QCOMPARE(cell(100).state, CellState::Pending);
        QCOMPARE(m_store->markRejected({}, u"x"_s).code, StoreResult::Code::NotFound);
    }

    void rejectedThenKeepMineRetries()
    {
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markRejected(sent, u"Locked"_s));
        QVERIFY(m_store->resolveKeepMine(sent.id));
        QCOMPARE(cell(100).state, CellState::Pending);
        QCOMPARE(m_store->pendingEdits().size(), 1);
    }

    void takingTheirsOfAnUnseenCellRemovesIt()
    {
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 200, 30, u"new"_s));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markRejected(sent, u"No such task"_s));
        QVERIFY(m_store->resolveTakeTheirs(sent.id));
        QVERIFY(m_store->timetrack(m_user, m_monday, m_monday).isEmpty());
    }

    // Several refusals settled together: all in one transaction, or none when one write fails
    // (a half-settled object would show some of its changes given up and others still refused).
    void settlingSeveralIsAllOrNothing()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 101, 45, {}));
        const QList<OutboxEntry> sent = m_store->pendingEdits();
        QCOMPARE(sent.size(), 2);
        for (const OutboxEntry &entry : sent)
            QVERIFY(m_store->markRejected(entry, u"Locked"_s));
        const QList<qint64> ids{sent[0].id, sent[1].id};

        m_store->failNthWrite(2); // the second entry's write fails: the first is rolled back
        QVERIFY(!m_store->resolveTakeTheirs(ids));
        QCOMPARE(m_store->outboxCount(OutboxState::Rejected), 2);
        QCOMPARE(cell(100).minutes, 90);
        QCOMPARE(cell(100).state, CellState::Rejected);

        m_store->failNthWrite(2);
        QVERIFY(!m_store->resolveKeepMine(ids));
        QCOMPARE(m_store->outboxCount(OutboxState::Rejected), 2);
        QVERIFY(m_store->pendingEdits().isEmpty());

        QVERIFY(m_store->resolveKeepMine(ids));
        QCOMPARE(m_store->pendingEdits().size(), 2);
        for (const OutboxEntry &entry : m_store->pendingEdits())
            QVERIFY(m_store->markRejected(entry, u"Locked"_s));
        QVERIFY(m_store->resolveTakeTheirs(ids));
        QCOMPARE(m_store->outboxCount(), 0);
        QCOMPARE(cell(100).minutes, 60);
        QCOMPARE(cell(100).state, CellState::Synced);
        QCOMPARE(cell(101).minutes, 30);
        // One id gone: NotFound, and the rest untouched.
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 15, {}));
        const qint64 fresh = m_store->pendingEdits().value(0).id;
        QCOMPARE(m_store->resolveTakeTheirs(QList<qint64>{fresh, ids[0]}).code,
                 StoreResult::Code::NotFound);
        QCOMPARE(cell(100).minutes, 15);
        QCOMPARE(m_store->outboxCount(), 1);
    }

    void failedAttemptsAreCounted()
    {
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, {}));
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->recordAttempt(sent, u"Connection refused"_s));
        QVERIFY(m_store->recordAttempt(sent, u"Timed out"_s));
        const OutboxEntry after = m_store->pendingEdits().value(0);
        QCOMPARE(after.attempts, 2);
        QCOMPARE(after.message, u"Timed out"_s);
        QCOMPARE(cell(100).state, CellState::Pending);
        QCOMPARE(cell(100).message, u"Timed out"_s);
    }

    void serverRefreshKeepsPendingEdits()
    {
        serveMonday();
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 90, u"mine"_s));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 300, 15, {})); // not on the server
        m_clock.now = m_clock.now.addSecs(300);
        // The server now has only task 100 (changed by someone else); 101 is gone.
        QVERIFY(m_store->putServerTimetrack(
            m_user, m_monday, m_monday, {{m_user, m_monday, 100, 75, u"theirs"_s}}, m_clock.now));
        const QList<TimetrackCell> cells = m_store->timetrack(m_user, m_monday, m_monday);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0).taskId, 100);
        QCOMPARE(cells.at(0).minutes, 90);
        QCOMPARE(cells.at(0).comment, u"mine"_s);
        QCOMPARE(cells.at(0).serverMinutes, 75);
        QCOMPARE(cells.at(0).serverComment, u"theirs"_s);
        QCOMPARE(cells.at(0).fetchedAt, m_clock.now);
        QCOMPARE(cells.at(0).state, CellState::Pending);
        QCOMPARE(cells.at(1).taskId, 300);
        QCOMPARE(cells.at(1).minutes, 15);
        QCOMPARE(cells.at(1).serverMinutes, 0);
        QCOMPARE(m_store->outboxCount(), 2);
    }

    void leaveEditFlow()
    {
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday, {{m_user, m_monday, 3, 240}},
                                        m_clock.now));
        QVERIFY(m_store->editLeaveCell(m_user, m_monday, 3, 480));
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday, {}, m_clock.now));
        LeaveCell c = m_store->leave(m_user, m_monday, m_monday).value(0);
        QCOMPARE(c.minutes, 480);
        QCOMPARE(c.serverMinutes, 0);
        QCOMPARE(c.state, CellState::Pending);
        const OutboxEntry sent = m_store->pendingEdits().value(0);
        QCOMPARE(sent.base, (QJsonObject{{u"minutes"_s, 240}}));
        QVERIFY(m_store->confirmEdit(sent));
        c = m_store->leave(m_user, m_monday, m_monday).value(0);
        QCOMPARE(c.state, CellState::Synced);
        QCOMPARE(c.serverMinutes, 480);
        // Clearing the leave: once confirmed, the empty cell is gone.
        QVERIFY(m_store->editLeaveCell(m_user, m_monday, 3, 0));
        QVERIFY(m_store->confirmEdit(m_store->pendingEdits().value(0)));
        QVERIFY(m_store->leave(m_user, m_monday, m_monday).isEmpty());
    }

    void invalidEditsWriteNothing_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("minutes");
        QTest::newRow("negative") << QDate(2024, 3, 4) << -1;
        QTest::newRow("over 24 h") << QDate(2024, 3, 4) << 24 * 60 + 1;
        QTest::newRow("no date") << QDate() << 60;
    }

    void invalidEditsWriteNothing()
    {
        QFETCH(QDate, date);
        QFETCH(int, minutes);
        QCOMPARE(m_store->editTimetrackCell(m_user, date, 100, minutes, {}).code,
                 StoreResult::Code::Invalid);
        QCOMPARE(m_store->editLeaveCell(m_user, date, 3, minutes).code, StoreResult::Code::Invalid);
        QCOMPARE(m_store->lastError().code, StoreResult::Code::Invalid);
        QCOMPARE(m_store->outboxCount(), 0);
        QVERIFY(m_store->lastError().ok()); // reset by the next call
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday, 100, 24 * 60, {}));
    }

    void entityChangesMergeOnlyIntoTheLatestUpdate()
    {
        const QJsonObject base{{u"name"_s, u"Old"_s}, {u"description"_s, u"d0"_s}};
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateTask, 5, {{u"name"_s, u"A"_s}}, base));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateTask, 5, {{u"description"_s, u"d1"_s}},
                                       {{u"description"_s, u"ignored"_s}}));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateProject, 5, {{u"name"_s, u"P"_s}}));
        QList<OutboxEntry> entries = m_store->outboxEntries();
        QCOMPARE(entries.size(), 2); // a project is another entity, even with the same id
        QCOMPARE(entries.at(0).payload,
                 (QJsonObject{{u"name"_s, u"A"_s}, {u"description"_s, u"d1"_s}}));
        QCOMPARE(entries.at(0).base, base);
        QCOMPARE(entries.at(0).revision, 2);

        QVERIFY(m_store->enqueueChange(OutboxKind::DeleteTask, 5, {}));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateTask, 5, {{u"name"_s, u"B"_s}}));
        QVERIFY(m_store->enqueueChange(OutboxKind::CreateTask, -1, {{u"name"_s, u"New"_s}}));
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateTask, -1, {{u"name"_s, u"Newer"_s}}));
        entries = m_store->outboxEntries();
        QCOMPARE(entries.size(), 6); // nothing merges across a delete or into a create
        QCOMPARE(entries.at(2).kind, OutboxKind::DeleteTask);
        QCOMPARE(entries.at(3).payload, (QJsonObject{{u"name"_s, u"B"_s}}));
        QCOMPARE(entries.at(4).kind, OutboxKind::CreateTask);
        QCOMPARE(entries.at(4).targetId, -1);
        QCOMPARE(m_store->enqueueChange(OutboxKind::Timetrack, 1, {}).code,
                 StoreResult::Code::Invalid);
    }

    void entityChangeReplay()
    {
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateCustomer, 9, {{u"name"_s, u"Mine"_s}},
                                       {{u"name"_s, u"Base"_s}}));
        OutboxEntry sent = m_store->pendingEdits().value(0);
        QVERIFY(m_store->markConflict(sent, QJsonObject{{u"name"_s, u"Theirs"_s}}));
        QCOMPARE(m_store->outboxEntry(sent.id)->state, OutboxState::Conflict);
        QVERIFY(m_store->resolveKeepMine(sent.id));
        sent = m_store->pendingEdits().value(0);
        QCOMPARE(sent.base, (QJsonObject{{u"name"_s, u"Theirs"_s}}));
        // A newer update merged in while this one was in flight stays queued.
        QVERIFY(m_store->enqueueChange(OutboxKind::UpdateCustomer, 9, {{u"archived"_s, true}}));
        QVERIFY(m_store->confirmEdit(sent));
        QCOMPARE(m_store->outboxCount(), 1);
        QVERIFY(m_store->confirmEdit(m_store->pendingEdits().value(0)));
        QCOMPARE(m_store->outboxCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
