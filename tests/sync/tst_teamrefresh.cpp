// The manager review's refresh under load: a generated team of 300 against the emulator with
// shrunk rate limits, many /timetrack and /leavetime pages (a small stopAfter) and the schedules
// in batches — no 429 once the client paces by those limits, the fewest requests for the pages,
// everything in the Store (members without time too); and cancel stops it, storing nothing.
#include "actitimeclient.h"
#include "emulatorfixture.h"
#include "seedgenerator.h"
#include "store.h"
#include "teamweekrefresh.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 25);
const QDate kMonthFrom(2026, 11, 1);
const QDate kMonthTo(2026, 11, 30);
constexpr int kUsers = 300;

emu::EmulatorOptions shrunkLimits()
{
    emu::EmulatorOptions options;
    // 8 a second and 20 in ten seconds: a month of 300 users takes several windows.
    options.rateLimits = {true, 8, 20, 1000, 10'000};
    return options;
}
} // namespace

class TestTeamRefresh : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    struct Rig
    {
        EmulatorFixture fixture;
        RequestQueue queue;
        ActiTimeClient client;
        QTemporaryDir dir;
        std::unique_ptr<Store> store;
        std::unique_ptr<TeamWeekRefresh> refresh;

        Rig(QNetworkAccessManager &network, emu::Dataset data)
            : fixture(std::move(data), shrunkLimits()),
              queue(&network, fixture.apiBase(), nullptr, fixture.clock()), client(queue)
        {
            queue.setCredentials(u"admin"_s, u"manager"_s);
            // The client knows the server's limits (as it learns them from the headers).
            queue.setRateLimits({8, 1000, 20, 10'000, 50});
            StoreOptions options;
            options.clock = &fixture.clock();
            store = Store::open(dir.filePath(u"cache.sqlite"_s), nullptr, options);
            refresh = std::make_unique<TeamWeekRefresh>(*store, client);
            refresh->setSelfId(1);
            refresh->setRecordsPerPage(50);
        }
        bool drive(const std::function<bool()> &done)
        {
            return fixture.clock().runUntil(
                done, [this]() { return queue.inFlight() > 0; }, 60'000);
        }
    };

    static emu::Dataset team()
    {
        emu::SeedOptions seed;
        seed.users = kUsers;
        seed.weeks = 6;
        seed.today = kToday;
        return emu::generateDataset(seed);
    }

private Q_SLOTS:
    void fetchesAMonthInsideShrunkLimits()
    {
        Rig rig(m_network, team());
        QSignalSpy refreshed(rig.refresh.get(), &TeamWeekRefresh::refreshed);
        QSignalSpy failed(rig.refresh.get(), &TeamWeekRefresh::failed);
        QSignalSpy progress(rig.refresh.get(), &TeamWeekRefresh::progressChanged);
        rig.refresh->refresh(kMonthFrom, kMonthTo);
        QVERIFY(rig.drive([&]() { return !refreshed.isEmpty() || !failed.isEmpty(); }));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(rig.queue.statusCounts().value(429), 0);
        // Progress ended at its total, which grew once the members were known.
        QVERIFY(progress.size() >= 5);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QCOMPARE(rig.refresh->done(), rig.refresh->total());
        // Every request of the refresh was one it needed: pages and batches, nothing repeated.
        QCOMPARE(rig.refresh->requestCount(), rig.queue.sentCount());
        // More than one long window's worth: the pacing was needed, and worked.
        // (A /timetrack page holds whole days, so a month is about a page a day.)
        QVERIFY2(rig.queue.sentCount() > 20, qPrintable(QString::number(rig.queue.sentCount())));

        // Everybody is a member (an administrator's review), with or without time.
        const QStringList members =
            rig.store->meta(metakeys::TeamMembers).value_or(QString()).split(u',');
        QCOMPARE(members.size(), kUsers);
        QList<int> ids;
        for (const QString &id : members)
            ids.append(id.toInt());
        const Store::TeamPeriod period = rig.store->teamPeriod(ids, kMonthFrom, kMonthTo);
        QVERIFY(!period.tracked.isEmpty());
        QCOMPARE(period.scheduled.size(), kUsers * 30);
        QCOMPARE(period.days.size() >= kUsers * 30, true); // every member's days fetched
        QVERIFY(rig.store->meta(Store::teamAsOfKey(kMonthFrom, kMonthTo)).has_value());

        // Again: the schedules are cached, so no batch goes out — the reload asks for exactly
        // what may have changed (the scope, the users, the time-track and leave pages) and for
        // nothing else (see TeamWeekRefresh: the API has no modified-since).
        const int sentBefore = rig.queue.sentCount();
        const int batch = std::max(1, rig.store->serverInfo().value_or(ServerInfo{}).maxBatchSize);
        const int scheduleBatches = (kUsers + batch - 1) / batch;
        refreshed.clear();
        rig.refresh->refresh(kMonthFrom, kMonthTo);
        QVERIFY(rig.drive([&]() { return !refreshed.isEmpty() || !failed.isEmpty(); }));
        QVERIFY(failed.isEmpty());
        QCOMPARE(rig.refresh->requestCount(), rig.queue.sentCount() - sentBefore);
        QCOMPARE(rig.queue.sentCount() - sentBefore, sentBefore - scheduleBatches);
        QCOMPARE(rig.queue.statusCounts().value(429), 0);
    }

    void cancelStopsAndStoresNothing()
    {
        Rig rig(m_network, team());
        QSignalSpy refreshed(rig.refresh.get(), &TeamWeekRefresh::refreshed);
        QSignalSpy cancelled(rig.refresh.get(), &TeamWeekRefresh::cancelled);
        rig.refresh->refresh(kMonthFrom, kMonthTo);
        QVERIFY(rig.drive([&]() { return rig.refresh->done() >= 2; }));
        QVERIFY(rig.refresh->isRunning());
        rig.refresh->cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!rig.refresh->isRunning());
        QVERIFY(rig.drive([&]() { return rig.queue.length() == 0; }));
        rig.fixture.clock().advanceMs(30'000);
        QCoreApplication::processEvents();
        QCOMPARE(refreshed.size(), 0);
        QVERIFY(!rig.store->meta(metakeys::TeamMembers).has_value());
        QVERIFY(!rig.store->meta(Store::teamAsOfKey(kMonthFrom, kMonthTo)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTeamRefresh)
#include "tst_teamrefresh.moc"
