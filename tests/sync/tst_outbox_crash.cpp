// Exactly once across crashes: a child process replays the outbox and is killed with SIGKILL at
// random moments, many times. After it finally finishes, every edit is on the emulator with
// exactly the value the user typed, nothing became a conflict, and the cache equals the server.
#include "emulatorfixture.h"
#include "store.h"
#include "testdataset.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {
struct Edit
{
    QDate date;
    int taskId;
    int minutes;
    QString comment;
};
} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomPointsManyTimes()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        EmulatorFixture fixture(testdata::contractDataset(), options, true);
        QMap<QString, int> patchesPerCell; // successful PATCHes that reached the server
        fixture.emulator().setObserver([&](const emu::HttpRequest &r, const emu::HttpResponse &a) {
            if (r.method == "PATCH" && a.status == 200)
                ++patchesPerCell[r.path];
        });
        const emu::Dataset &server = fixture.data();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cache.sqlite"_s);

        // The employee's tasks 1..3 over two weeks (none of those days approved or locked).
        QList<Edit> edits;
        const QDate from = testdata::kWeekStart;
        const QDate to = from.addDays(13);
        for (int d = 0; d < 14; ++d) {
            for (int task = 1; task <= 3; ++task) {
                const int k = int(edits.size());
                edits.append({from.addDays(d), task, 15 * (k % 20 + 1), u"edit %1"_s.arg(k)});
            }
        }
        {
            OpenReport report;
            std::unique_ptr<Store> store = Store::open(path, &report);
            QVERIFY(store);
            // The cache knows the server's values the edits are based on.
            QList<TimetrackRecord> known;
            for (auto it = server.timetrack.lower_bound(emu::dayKey(from, 0));
                 it != server.timetrack.end() && it->first.first <= to.toJulianDay(); ++it) {
                if (it->first.second != 3)
                    continue;
                for (const auto &[taskId, record] : it->second)
                    known.append({3, QDate::fromJulianDay(it->first.first), taskId, record.time,
                                  record.comment});
            }
            QVERIFY(store->putServerTimetrack(3, from, to, known, QDateTime::currentDateTimeUtc()));
            for (const Edit &e : edits)
                QVERIFY(store->editTimetrackCell(3, e.date, e.taskId, e.minutes, e.comment));
            QCOMPARE(store->outboxCount(OutboxState::Pending), int(edits.size()));
        }

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed: %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        int rounds = 0;
        bool finished = false;
        while (!finished && rounds < 300) {
            ++rounds;
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(OUTBOX_CRASH_CHILD),
                        {path, fixture.apiBase().toString(), u"employee"_s, u"employee"_s});
            QVERIFY(child.waitForStarted(10'000));
            // The window grows with the rounds so that a slow build (sanitizers) still gets past
            // the child's start-up and makes progress.
            const int killAfter = int(random.bounded(20, 400 + rounds * 20));
            if (!QTest::qWaitFor([&child]() { return child.state() == QProcess::NotRunning; },
                                 killAfter)) {
                child.kill(); // SIGKILL: no destructors, no flushing
                QVERIFY(child.waitForFinished(10'000));
                ++kills;
                continue;
            }
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            finished = true;
        }
        qInfo("rounds: %d, killed: %d", rounds, kills);
        QVERIFY2(finished, "the child never finished the replay");
        QVERIFY2(kills >= 3, "too few kills to say anything; the replay was too quick");

        // Every edit is on the server exactly as typed.
        for (const Edit &e : edits) {
            const auto day = server.timetrack.find(emu::dayKey(e.date, 3));
            QVERIFY(day != server.timetrack.end());
            const auto record = day->second.find(e.taskId);
            QVERIFY(record != day->second.end());
            QCOMPARE(record->second.time, e.minutes);
            QCOMPARE(record->second.comment, e.comment);
        }
        // Each edit was applied at least once and never undone: no cell saw more successful
        // PATCHes than replays were started, and the final run sent none.
        for (const Edit &e : edits) {
            const QString cell =
                u"/api/v1/timetrack/3/%1/%2"_s.arg(e.date.toString(Qt::ISODate)).arg(e.taskId);
            QVERIFY2(patchesPerCell.value(cell) >= 1, qPrintable(cell));
            QVERIFY2(patchesPerCell.value(cell) <= rounds, qPrintable(cell));
        }

        // Nothing is left, nothing became a conflict, and the cache equals the server.
        OpenReport report;
        std::unique_ptr<Store> store = Store::open(path, &report);
        QVERIFY(store);
        QCOMPARE(store->outboxCount(), 0);
        const QList<TimetrackCell> cells = store->timetrack(3, from, to);
        for (const Edit &e : edits) {
            const auto cell =
                std::find_if(cells.begin(), cells.end(), [&e](const TimetrackCell &c) {
                    return c.date == e.date && c.taskId == e.taskId;
                });
            QVERIFY(cell != cells.end());
            QCOMPARE(cell->state, CellState::Synced);
            QCOMPARE(cell->minutes, e.minutes);
            QCOMPARE(cell->serverMinutes, e.minutes);
            QCOMPARE(cell->comment, e.comment);
        }

        // A further run finds nothing to do and sends nothing.
        patchesPerCell.clear();
        QProcess last;
        last.start(QStringLiteral(OUTBOX_CRASH_CHILD),
                   {path, fixture.apiBase().toString(), u"employee"_s, u"employee"_s});
        QVERIFY(
            QTest::qWaitFor([&last]() { return last.state() == QProcess::NotRunning; }, 10'000));
        QCOMPARE(last.exitCode(), 0);
        QVERIFY(patchesPerCell.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
