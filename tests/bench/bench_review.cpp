// What the manager review costs at 1,000 users × one month: an administrator's team refresh
// against the actitime-emulator run as its own process (requests against the API's minimum,
// wall time, the longest gap of the event loop — a 1 ms timer — while it is fetched and stored),
// a second refresh (schedules cached), then painting the review from the cache (ReviewModel,
// the filter proxy and a QTableView rendered offscreen). Targets: ≤ 1.1 × the minimum requests,
// paint from cache ≤ 150 ms, no event-loop gap over 50 ms.
//   bench_review [users]
#include "actitimeclient.h"
#include "reviewfiltermodel.h"
#include "reviewmodel.h"
#include "store.h"
#include "teamweekrefresh.h"

#include "emulatorprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

const QString kToday = u"2026-11-25"_s;
const QDate kFrom(2026, 10, 1); // a month of the generated history: every member has time
const QDate kTo(2026, 10, 31);

// Measures the longest time between two ticks of a 1 ms timer while it runs.
class GapMeter
{
public:
    GapMeter()
    {
        m_ticker.setInterval(1);
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this]() {
            m_longestNs = std::max(m_longestNs, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_ticker.start();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
};

int pages(qsizetype items, int perPage)
{
    return int(std::max<qsizetype>(1, (items + perPage - 1) / perPage));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    EmulatorProcess emulator(
        {u"--today"_s, kToday, u"--users"_s, QString::number(users), u"--weeks"_s, u"10"_s});
    if (emulator.apiUrl().isEmpty()) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    QNetworkAccessManager network;
    RequestQueue queue(&network, emulator.apiUrl());
    queue.setCredentials(u"admin"_s, u"manager"_s);
    ActiTimeClient client(queue);
    OpenReport report;
    std::unique_ptr<Store> store = Store::open(dir.filePath(u"cache.sqlite"_s), &report);
    if (!store) {
        std::fprintf(stderr, "bench: cannot open a cache\n");
        return 1;
    }
    TeamWeekRefresh refresh(*store, client);
    refresh.setSelfId(1);
    for (const char *pass : {"first (empty cache)", "again (schedules cached)"}) {
        const int sentBefore = queue.sentCount();
        QEventLoop loop;
        bool ok = false;
        QString failure;
        QObject::connect(&refresh, &TeamWeekRefresh::refreshed, &loop, [&]() {
            ok = true;
            loop.quit();
        });
        QObject::connect(&refresh, &TeamWeekRefresh::failed, &loop, [&](const QString &message) {
            failure = message;
            loop.quit();
        });
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        double gapMs = 0;
        {
            GapMeter gaps;
            refresh.refresh(kFrom, kTo);
            loop.exec();
            gapMs = gaps.longestMs();
        }
        QObject::disconnect(&refresh, nullptr, &loop, nullptr);
        if (!ok) {
            std::fprintf(stderr, "bench: the refresh failed: %s\n", qPrintable(failure));
            return 1;
        }
        std::printf("review refresh, %s, %d users x %lld days: %d requests, %.1f ms, longest "
                    "event-loop gap %.1f ms (target <= 50 ms), 429s: %d\n",
                    pass, users, qlonglong(kFrom.daysTo(kTo) + 1), queue.sentCount() - sentBefore,
                    double(timer.nsecsElapsed()) / 1e6, gapMs, queue.statusCounts().value(429));
    }

    // The API's minimum for the first pass: the scope and the users by pages of 1,000, one
    // /timetrack and one /leavetime answer (stopAfter only bounds their size), and the schedules
    // maxBatchSize to a batch.
    QList<int> ids;
    for (const QString &id :
         store->meta(metakeys::TeamMembers).value_or(QString()).split(u',', Qt::SkipEmptyParts))
        ids.append(id.toInt());
    const int batch = store->serverInfo().value_or(ServerInfo{}).maxBatchSize;
    // A full page of a list is followed by one more request that comes back short.
    const int listPages = int(ids.size()) / 1000 + 1;
    const int minimum = 2 * listPages + 2 + pages(ids.size(), batch);
    std::printf("API minimum for %lld members: %d requests (scope, users, time-track, leave, "
                "schedules in batches of %d)\n",
                qlonglong(ids.size()), minimum, batch);

    QElapsedTimer queries;
    queries.start();
    const Store::TeamPeriod period = store->teamPeriod(ids, kFrom, kTo);
    std::printf("the review's Store reads alone: %lld day rows, %lld schedule rows in %.1f ms\n",
                qlonglong(period.tracked.size() + period.days.size()),
                qlonglong(period.scheduled.size()), double(queries.nsecsElapsed()) / 1e6);

    // Painting from the cache: the model's set-based read, the proxy, the table's first paint.
    QElapsedTimer timer;
    timer.start();
    ReviewModel model(*store);
    model.setToday(QDate::fromString(kToday, Qt::ISODate));
    model.setPeriod(kFrom, kTo);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    ReviewFilterModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ReviewModel::NameColumn, Qt::AscendingOrder);
    view.resize(1280, 800);
    view.show();
    const QPixmap painted = view.grab();
    const double paintMs = double(timer.nsecsElapsed()) / 1e6;
    qint64 minutes = 0;
    int membersWithTime = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int tracked =
            model.index(row, ReviewModel::TrackedColumn).data(ReviewModel::MinutesRole).toInt();
        minutes += tracked;
        membersWithTime += tracked > 0 ? 1 : 0;
    }
    std::printf("review from the cache: %d rows x %d columns read in %.1f ms, painted in %.1f ms "
                "(target <= 150 ms, %dx%d); %d members with time, %lld hours in all\n",
                model.rowCount(), model.columnCount(), readMs, paintMs, painted.width(),
                painted.height(), membersWithTime, minutes / 60);

    // A reload after a refresh: narrow updates, timed the same way.
    timer.restart();
    model.reload();
    std::printf("review reload (nothing changed): %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
    return 0;
}
