// What a backup of a large account costs: an administrator's backup (app/export Backup, as
// actidesk-cli backup runs it) of the generated 1,000-user, 100,000-task dataset against the
// actitime-emulator run as its own process. Prints the requests against the API's minimum (the
// sub-requests the lists, schedules and work assignments need, packed maxBatchSize to a batch),
// the wall time, the file's size and the peak resident memory of this process and of the
// emulator. docs/backup-format.md quotes these figures.
//   bench_backup [users] [tasks] [--comments]
#include "actitimeclient.h"
#include "backup.h"
#include "clock.h"
#include "requestqueue.h"

#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

const QString kToday = u"2026-11-25"_s;
const QDate kFrom(2026, 10, 1); // a month of the generated history
const QDate kTo(2026, 10, 31);

// VmHWM of a process (its peak resident set) in MiB; 0 when it cannot be read.
double peakMiBOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double ownPeakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

int pagesOf(qsizetype items, int pageSize)
{
    // The list ends with a short page: a full last page costs one more (empty) page.
    return int(items / pageSize) + 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool withComments = arguments.removeAll(u"--comments"_s) > 0;
    const int users = arguments.size() > 0 ? arguments.at(0).toInt() : 1000;
    const int tasks = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;

    QElapsedTimer generation;
    generation.start();
    EmulatorProcess emulator({u"--today"_s, kToday, u"--users"_s, QString::number(users),
                              u"--tasks"_s, QString::number(tasks), u"--weeks"_s, u"10"_s});
    if (emulator.apiUrl().isEmpty()) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return 1;
    }
    std::printf("emulator: %d users, %d tasks, generated in %.1f s\n", users, tasks,
                double(generation.elapsed()) / 1000.0);

    QTemporaryDir dir;
    QNetworkAccessManager network;
    RequestQueue queue(&network, emulator.apiUrl());
    queue.setCredentials(u"admin"_s, u"manager"_s);
    ActiTimeClient client(queue);
    Backup::Options options;
    options.path = dir.filePath(u"backup.json"_s);
    options.account = emulator.apiUrl().toString() + u"|admin"_s;
    options.login = u"admin"_s;
    options.from = kFrom;
    options.to = kTo;
    options.withComments = withComments;
    options.saveIntervalMs = 3000;

    Backup backup(client, Clock::system(), options);
    QEventLoop loop;
    QObject::connect(&backup, &Backup::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(3'600'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    backup.start();
    loop.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!backup.isOk()) {
        std::fprintf(stderr, "bench: the backup failed: %s\n", qPrintable(backup.errorMessage()));
        return 1;
    }

    QFile file(options.path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench: no backup file\n");
        return 1;
    }
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject limits = doc[u"info"_s][u"limits"_s].toObject();
    const int batch = std::max(1, limits[u"maxBatchSize"_s].toInt(10));
    const int pageSize = std::max(1, limits[u"maxQueryLimit"_s].toInt(1000));

    // The API's minimum: /info and /users/me, every page of each list, a schedule and the work
    // assignments per user, one /timetrack and one /leavetime answer (stopAfter bounds their
    // size), and with comments one read per customer, project and task.
    int minimum = 2 + 2;
    for (const char *list : {"users", "departments", "timeZoneGroups", "leaveTypes", "typesOfWork",
                             "workflowStatuses", "customers", "projects", "tasks", "userRates"})
        if (doc.contains(QLatin1StringView(list)))
            minimum += pagesOf(doc[QLatin1StringView(list)].toArray().size(), pageSize);
    minimum += int(doc[u"schedules"_s].toObject().size());
    minimum += int(doc[u"workAssignments"_s].toObject().size());
    if (withComments)
        minimum += int(doc[u"customers"_s].toArray().size() + doc[u"projects"_s].toArray().size()
                       + doc[u"tasks"_s].toArray().size());
    const int minimumRequests = (minimum + batch - 1) / batch;

    std::printf("backup %s comments, %s..%s: %d requests for %d sub-requests; the API's "
                "minimum %d sub-requests = %d requests of %d (%.2fx); 429s: %d\n",
                withComments ? "with" : "without", qPrintable(kFrom.toString(Qt::ISODate)),
                qPrintable(kTo.toString(Qt::ISODate)), backup.requestCount(),
                backup.operationCount(), minimum, minimumRequests, batch,
                double(backup.requestCount()) / std::max(1, minimumRequests),
                queue.statusCounts().value(429));
    std::printf("wall time %.1f s; file %.1f MB (%lld users, %lld tasks, %lld time-track days); "
                "peak memory: this process %.0f MiB, the emulator %.0f MiB\n",
                seconds, double(QFileInfo(options.path).size()) / 1e6,
                qlonglong(doc[u"users"_s].toArray().size()),
                qlonglong(doc[u"tasks"_s].toArray().size()),
                qlonglong(doc[u"timetrack"_s].toArray().size()), ownPeakMiB(),
                peakMiBOf(emulator.processId()));
    return 0;
}
