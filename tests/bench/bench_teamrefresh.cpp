// What the manager review costs at 1,000 users: an administrator's team-week refresh against the
// actitime-emulator run as its own process with 1,000 users — requests, wall time and the longest
// gap of the event loop (a 1 ms QTimer) while the answer is read and stored — then the time to
// build the review grid (TeamWeekModel) from the cache. Target: a gap ≤ 50 ms.
//   bench_teamrefresh [users]
#include "actitimeclient.h"
#include "store.h"
#include "teamweekmodel.h"
#include "teamweekrefresh.h"

#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

const QString kToday = u"2026-11-25"_s;
const QDate kWeek(2026, 11, 16); // a week of the generated history: every member has time

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    EmulatorProcess emulator({u"--today"_s, kToday, u"--users"_s, QString::number(users)});
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
    const QDate last = kWeek.addDays(6);
    for (const char *pass : {"first (empty cache)", "again (cached)"}) {
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
            refresh.refresh(kWeek, last);
            loop.exec();
            gapMs = gaps.longestMs();
        }
        QObject::disconnect(&refresh, nullptr, &loop, nullptr);
        if (!ok) {
            std::fprintf(stderr, "bench: the refresh failed: %s\n", qPrintable(failure));
            return 1;
        }
        std::printf("team week refresh, %s, %d users: %d requests, %.1f ms, longest event-loop gap "
                    "%.1f ms (target <= 50 ms)\n",
                    pass, users, queue.sentCount() - sentBefore, double(timer.nsecsElapsed()) / 1e6,
                    gapMs);
    }
    QElapsedTimer timer;
    timer.start();
    TeamWeekModel model(*store);
    model.setWeek(kWeek);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    // What the grid shows, so the figures above are known to be about a full week of time.
    qint64 minutes = 0;
    int membersWithTime = 0;
    for (int row = 0; row < model.bodyRowCount(); ++row) {
        const int total =
            model.index(row, model.totalColumn()).data(DayGridModel::MinutesRole).toInt();
        minutes += total;
        membersWithTime += total > 0 ? 1 : 0;
    }
    std::printf("review grid from the cache: %d rows in %.1f ms; %d members with time, %lld hours "
                "in all\n",
                model.rowCount(), buildMs, membersWithTime, minutes / 60);
    return 0;
}
