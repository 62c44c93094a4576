// Store on a bad disk: edits commit with synchronous=FULL, a full disk refuses writes without
// losing anything (as root too: no file modes involved), a damaged file's unsent edits are
// rescued into the new cache, old moved-aside files are removed, and the files are private.
#include "cachetestutil.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace actidesk;
using namespace Qt::StringLiterals;
using cachetest::RawDb;

namespace {

Task sampleTask(int id)
{
    Task t;
    t.id = id;
    t.projectId = id % 40;
    t.projectName = u"Project %1"_s.arg(t.projectId);
    t.customerId = id % 7;
    t.customerName = u"Customer %1"_s.arg(t.customerId);
    t.name = u"Task %1 with a name long enough to fill pages"_s.arg(id);
    t.description = u"About task %1"_s.arg(id);
    t.url = u"https://example.com/tasks/%1"_s.arg(id);
    return t;
}

QList<Task> manyTasks(int count)
{
    QList<Task> tasks;
    for (int i = 1; i <= count; ++i)
        tasks.append(sampleTask(i));
    return tasks;
}

// The mode bits of a file or folder (0 when it does not exist).
int modeOf(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : 0;
}

// The Store's own connection to `path` (PRAGMA max_page_count holds per connection).
QSqlDatabase storeConnection(const QString &path)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (name.startsWith(u"actidesk-store-"_s) && db.databaseName() == path)
            return db;
    }
    return {};
}

// Overwrites page `page` (1-based) of the file with garbage.
bool smashPage(const QString &path, int page, int pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < qint64(page) * pageSize)
        return false;
    file.seek(qint64(page - 1) * pageSize);
    return file.write(QByteArray(pageSize, '\x5a')) == pageSize;
}

} // namespace

class TestStoreDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    cachetest::PinnedClock m_clock;
    const QDate m_monday = QDate(2024, 3, 4);

    std::unique_ptr<Store> openStore(OpenReport *report = nullptr)
    {
        return Store::open(m_path, report, m_clock.options());
    }

    // Four unsent edits of every sort (a time-track cell with a server value, one without, a
    // leave cell, a task create) and a temporary-id mapping; returns the outbox as written.
    QList<OutboxEntry> writeUnsentEdits(Store &store)
    {
        const QList<TimetrackRecord> server = {{3, m_monday, 1, 120, u"from the server"_s}};
        [&] {
            QVERIFY(
                store.putServerTimetrack(3, m_monday, m_monday.addDays(6), server, m_clock.now));
            QVERIFY(store.editTimetrackCell(3, m_monday, 1, 150, u"mine"_s));
            QVERIFY(store.editTimetrackCell(3, m_monday.addDays(1), 2, 60, u"new"_s));
            QVERIFY(store.editLeaveCell(3, m_monday.addDays(2), 1, 480));
            QVERIFY(store.enqueueChange(OutboxKind::CreateTask, -1,
                                        {{u"name"_s, u"Offline task"_s}, {u"projectId"_s, 2}}));
            QVERIFY(store.setMeta(u"id/project/-4"_s, u"17"_s));
        }();
        return store.outboxEntries();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(u"case-%1/account.sqlite"_s.arg(QRandomGenerator::global()->generate()));
    }

    // --- durability

    void editsCommitWithSynchronousFull()
    {
        QList<int> modes;
        StoreOptions options = m_clock.options();
        options.onWriteTransaction = [&modes](int synchronous) { modes.append(synchronous); };
        auto store = Store::open(m_path, nullptr, options);
        QVERIFY(store);
        const auto modeOfWrite = [&](const StoreResult &result) {
            return result.ok() && !modes.isEmpty() ? modes.takeLast() : -1;
        };
        constexpr int Normal = 1;
        constexpr int Full = 2;
        QCOMPARE(modeOfWrite(store->putTasks(manyTasks(3))), Normal);
        QCOMPARE(modeOfWrite(store->putServerTimetrack(3, m_monday, m_monday, {}, m_clock.now)),
                 Normal);
        QCOMPARE(modeOfWrite(store->editTimetrackCell(3, m_monday, 1, 60, u"x"_s)), Full);
        QCOMPARE(modeOfWrite(store->editLeaveCell(3, m_monday, 1, 60)), Full);
        QCOMPARE(modeOfWrite(store->enqueueChange(OutboxKind::DeleteTask, 2, {})), Full);
        const QList<OutboxEntry> entries = store->pendingEdits();
        QCOMPARE(entries.size(), 3);
        // The replay's records of what the server said: no fsync (a lost one is settled again).
        QCOMPARE(modeOfWrite(store->recordAttempt(entries.at(0), u"offline"_s)), Normal);
        QCOMPARE(modeOfWrite(store->markRejected(entries.at(1), u"no"_s)), Normal);
        QCOMPARE(modeOfWrite(store->markConflict(entries.at(0), CellValue{30, u"theirs"_s})),
                 Normal);
        QCOMPARE(modeOfWrite(store->confirmEdit(entries.at(2))), Normal);
        QCOMPARE(modeOfWrite(store->recordReplay(
                     entries.mid(0, 2), [&] { return store->confirmEdit(entries.at(0)); })),
                 Normal);
        // Switched back after each edit: refreshes stay fast.
        QCOMPARE(modeOfWrite(store->setMeta(u"k"_s, u"v"_s)), Normal);
        QVERIFY(modes.isEmpty());
    }

    // A confirmation that rebases an edit the user made while the value was on the way changes
    // what the user typed (its base): FULL, alone or in a batch.
    void aConfirmationThatRebasesANewerEditCommitsWithSynchronousFull()
    {
        QList<int> modes;
        StoreOptions options = m_clock.options();
        options.onWriteTransaction = [&modes](int synchronous) { modes.append(synchronous); };
        auto store = Store::open(m_path, nullptr, options);
        QVERIFY(store);
        const auto modeOfWrite = [&](const StoreResult &result) {
            return result.ok() && !modes.isEmpty() ? modes.takeLast() : -1;
        };
        constexpr int Normal = 1;
        constexpr int Full = 2;
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 60, u"sent"_s));
        QVERIFY(store->editTimetrackCell(3, m_monday, 2, 90, u"sent too"_s));
        const QList<OutboxEntry> sent = store->pendingEdits();
        QCOMPARE(sent.size(), 2);
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 75, u"typed again"_s));
        modes.clear();
        QCOMPARE(modeOfWrite(
                     store->recordReplay(sent,
                                         [&] {
                                             if (StoreResult r = store->confirmEdit(sent.at(1)); !r)
                                                 return r;
                                             return store->confirmEdit(sent.at(0));
                                         })),
                 Full);
        // The newer edit stays pending, rebased on the confirmed value.
        const QList<OutboxEntry> left = store->pendingEdits();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().payloadCell().minutes, 75);
        QCOMPARE(left.first().baseCell().minutes, 60);
        // Alone: the same. A confirmation of the entry as it is now is a plain record again.
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 80, u"and again"_s));
        modes.clear();
        QCOMPARE(modeOfWrite(store->confirmEdit(left.first())), Full);
        const OutboxEntry latest = store->pendingEdits().value(0);
        QCOMPARE(latest.payloadCell().minutes, 80);
        QCOMPARE(modeOfWrite(store->confirmEdit(latest)), Normal);
        QCOMPARE(store->outboxCount(), 0);
    }

    // --- a full disk (SQLITE_FULL), as root too

    void fullDiskRefusesAWriteAndKeepsEverything()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 90, u"typed"_s));
        // The file may not grow by a page: SQLite fails exactly as on a full disk.
        QSqlDatabase db = storeConnection(m_path);
        QVERIFY(db.isValid());
        QSqlQuery(db).exec(u"PRAGMA max_page_count = 1"_s); // clamped to the current size

        const StoreResult result = store->putTasks(manyTasks(2000));
        QCOMPARE(result.code, StoreResult::Code::DiskFull);
        QVERIFY2(result.message.contains(u"disk is full"_s), qPrintable(result.message));
        QCOMPARE(store->lastError().code, StoreResult::Code::DiskFull);
        QCOMPARE(store->tasks().size(), 0); // nothing half-written
        QCOMPARE(store->outboxCount(), 1); // nothing typed lost
        QCOMPARE(store->timetrack(3, m_monday, m_monday).value(0).minutes, 90);

        QSqlQuery(db).exec(u"PRAGMA max_page_count = 1073741823"_s); // space is back
        QVERIFY(store->putTasks(manyTasks(2000)));
        QCOMPARE(store->tasks().size(), 2000);
    }

    void simulatedFullDiskFailsEveryWriteUntilLifted()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 90, u"typed"_s));
        const OutboxEntry entry = store->pendingEdits().value(0);
        store->simulateDiskFull(true);
        const StoreResult confirm = store->confirmEdit(entry);
        QCOMPARE(confirm.code, StoreResult::Code::DiskFull);
        QVERIFY2(confirm.message.contains(u"disk is full"_s), qPrintable(confirm.message));
        QCOMPARE(store->editTimetrackCell(3, m_monday, 1, 95, u"more"_s).code,
                 StoreResult::Code::DiskFull);
        QCOMPARE(store->setMeta(u"k"_s, u"v"_s).code, StoreResult::Code::DiskFull);
        QCOMPARE(store->pendingEdits(), QList<OutboxEntry>{entry}); // reads go on
        QCOMPARE(store->timetrack(3, m_monday, m_monday).value(0).minutes, 90);
        store->simulateDiskFull(false);
        QVERIFY(store->confirmEdit(entry));
        QCOMPARE(store->outboxCount(), 0);
    }

    // --- a damaged file: unsent edits rescued

    void damagedPagesElsewhereKeepTheOutbox()
    {
        QList<OutboxEntry> before;
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->putTasks(manyTasks(3000))); // a tasks table of many pages
            before = writeUnsentEdits(*store);
            QCOMPARE(before.size(), 4);
        }
        int tasksRoot = 0;
        int pageSize = 0;
        {
            RawDb raw(m_path);
            tasksRoot =
                raw.scalar(u"SELECT rootpage FROM sqlite_master WHERE name = 'tasks'"_s).toInt();
            pageSize = raw.scalar(u"PRAGMA page_size"_s).toInt();
            const int outboxRoot =
                raw.scalar(u"SELECT rootpage FROM sqlite_master WHERE name = 'outbox'"_s).toInt();
            QVERIFY(tasksRoot > 1 && tasksRoot != outboxRoot);
        }
        QVERIFY(smashPage(m_path, tasksRoot, pageSize));

        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QVERIFY2(report.reason.startsWith(u"quick_check"_s), qPrintable(report.reason));
        QCOMPARE(report.rescued, 4);
        QVERIFY(!report.rescueIncomplete);
        QVERIFY2(report.message.contains(u"4 changes not yet sent were kept"_s),
                 qPrintable(report.message));
        QVERIFY(!report.message.contains(u"could not be kept"_s));

        QCOMPARE(store->outboxEntries(), before); // ids, payloads, bases, states, revisions
        QCOMPARE(store->tasks().size(), 0); // the rest comes from the server again
        const QList<TimetrackCell> cells = store->timetrack(3, m_monday, m_monday.addDays(6));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0).minutes, 150);
        QCOMPARE(cells.at(0).comment, u"mine"_s);
        QCOMPARE(cells.at(0).serverMinutes, 120); // the base: a conflict is still recognised
        QCOMPARE(cells.at(0).serverComment, u"from the server"_s);
        QCOMPARE(cells.at(0).state, CellState::Pending);
        QCOMPARE(cells.at(1).minutes, 60);
        QCOMPARE(cells.at(1).state, CellState::Pending);
        const QList<LeaveCell> leave = store->leave(3, m_monday, m_monday.addDays(6));
        QCOMPARE(leave.size(), 1);
        QCOMPARE(leave.at(0).minutes, 480);
        QCOMPARE(leave.at(0).state, CellState::Pending);
        QCOMPARE(store->meta(u"id/project/-4"_s), std::optional<QString>(u"17"_s));

        // New edits keep their own ids after the rescued ones (replay order holds).
        QVERIFY(store->editTimetrackCell(3, m_monday.addDays(4), 1, 30, {}));
        QVERIFY(store->outboxEntries().constLast().id > before.constLast().id);
    }

    void editsStillInTheWalAreRescued()
    {
        // A crash left the edits in the -wal (never checkpointed), and the file got damaged.
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->putTasks(manyTasks(3000)));
        } // closed: checkpointed, the -wal is gone
        const QString copy = QFileInfo(m_path).absolutePath() + u"/crashed.sqlite"_s;
        QList<OutboxEntry> before;
        {
            auto store = openStore();
            QVERIFY(store);
            before = writeUnsentEdits(*store);
            QVERIFY(QFileInfo(m_path + u"-wal"_s).size() > 0);
            QVERIFY(QFile::copy(m_path, copy)); // what a crash leaves: the file and its -wal
            QVERIFY(QFile::copy(m_path + u"-wal"_s, copy + u"-wal"_s));
        }
        int tasksRoot = 0;
        int pageSize = 0;
        {
            RawDb raw(m_path);
            tasksRoot =
                raw.scalar(u"SELECT rootpage FROM sqlite_master WHERE name = 'tasks'"_s).toInt();
            pageSize = raw.scalar(u"PRAGMA page_size"_s).toInt();
        }
        QVERIFY(smashPage(copy, tasksRoot, pageSize));

        OpenReport report;
        auto store = Store::open(copy, &report, m_clock.options());
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(report.rescued, 4);
        QCOMPARE(store->outboxEntries(), before);
        QVERIFY(QFile::exists(report.movedTo + u"-wal"_s)); // kept with it, as it was
    }

    void damagedOutboxIsReported()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->putTasks(manyTasks(300)));
            QCOMPARE(writeUnsentEdits(*store).size(), 4);
        }
        int outboxRoot = 0;
        int pageSize = 0;
        {
            RawDb raw(m_path);
            outboxRoot =
                raw.scalar(u"SELECT rootpage FROM sqlite_master WHERE name = 'outbox'"_s).toInt();
            pageSize = raw.scalar(u"PRAGMA page_size"_s).toInt();
        }
        QVERIFY(smashPage(m_path, outboxRoot, pageSize));

        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(report.rescued, 0);
        QVERIFY(report.rescueIncomplete);
        QVERIFY2(report.message.contains(u"could not be kept"_s), qPrintable(report.message));
        QCOMPARE(store->outboxCount(), 0);
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 30, {})); // a usable new cache
    }

    void garbageFileRescuesNothing()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile out(m_path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(8192, '\x17'));
        out.close();
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(report.rescued, 0);
        QVERIFY2(report.message.contains(u"could not be kept"_s), qPrintable(report.message));
    }

    // --- old moved-aside files

    void movedAsideFilesOlderThanAMonthAreRemoved()
    {
        const QString folder = QFileInfo(m_path).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        const auto make = [](const QString &path, const QDateTime &modified) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1 || !file.flush())
                return false; // flushed: a write at close() would set the time again
            return file.setFileTime(modified, QFileDevice::FileModificationTime);
        };
        const QString old = m_path + u".corrupt-20240101T093000Z"_s;
        const QString oldNewer = m_path + u".newer-20240202T093000Z"_s;
        const QString recent = m_path + u".corrupt-20240205T093000Z"_s;
        // Moved aside yesterday, last written two months ago: the name's stamp counts.
        const QString movedYesterday = m_path + u".corrupt-20240303T093000Z"_s;
        const QString unstamped = m_path + u".foreign-copy"_s; // no stamp: its mtime counts
        const QString unrelated = folder + u"/notes.txt"_s;
        const QDateTime longAgo = m_clock.now.addDays(-60);
        QVERIFY(make(old, longAgo));
        QVERIFY(make(old + u"-wal"_s, longAgo));
        QVERIFY(make(old + u"-shm"_s, m_clock.now)); // created by a later read: still old
        QVERIFY(make(oldNewer, m_clock.now));
        QVERIFY(make(recent, longAgo));
        QVERIFY(make(movedYesterday, longAgo));
        QVERIFY(make(unstamped, m_clock.now.addDays(-31)));
        QVERIFY(make(unrelated, m_clock.now.addDays(-400)));

        auto store = openStore();
        QVERIFY(store);
        QVERIFY(!QFile::exists(old));
        QVERIFY(!QFile::exists(old + u"-wal"_s));
        QVERIFY(!QFile::exists(old + u"-shm"_s));
        QVERIFY(!QFile::exists(oldNewer)); // 31 days
        QVERIFY(!QFile::exists(unstamped));
        QVERIFY(QFile::exists(recent)); // 28 days
        QVERIFY(QFile::exists(movedYesterday));
        QVERIFY(QFile::exists(unrelated)); // not ours
    }

    // --- private files

    void folderAndFilesArePrivate()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->editTimetrackCell(3, m_monday, 1, 30, {}));
        QCOMPARE(modeOf(QFileInfo(m_path).absolutePath()), 0700);
        QCOMPARE(modeOf(m_path), 0600);
        QVERIFY(QFile::exists(m_path + u"-wal"_s));
        QCOMPARE(modeOf(m_path + u"-wal"_s), 0600);
        QCOMPARE(modeOf(m_path + u"-shm"_s), 0600);
    }

    void anExistingOpenFileIsMadePrivate()
    {
        openStore().reset();
        const QString folder = QFileInfo(m_path).absolutePath();
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(m_path), 0600);
    }
};

QTEST_GUILESS_MAIN(TestStoreDisk)
#include "tst_store_disk.moc"
