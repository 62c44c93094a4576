#include "startupreport.h"

#include "mainwindow.h"
#include "scopefiltermodel.h"
#include "sessionview.h"
#include "taskbrowserpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace actidesk {

namespace {
QElapsedTimer &mainClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Age of this process from the kernel's record of its start, in ms; -1 when unknown.
qint64 processAgeFromProc()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const int startTimeField = 22 - 3; // field 22, counted from field 3
    if (fields.size() <= startTimeField)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const double startedAt = fields.at(startTimeField).toDouble() / ticks;
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((now - startedAt) * 1000.0);
#else
    return -1;
#endif
}
} // namespace

void StartupReport::markProcessStart()
{
    mainClock().start();
}

qint64 StartupReport::millisecondsSinceStart()
{
    const qint64 fromProc = processAgeFromProc();
    const qint64 fromMain = mainClock().isValid() ? mainClock().elapsed() : 0;
    return std::max(fromProc, fromMain); // /proc ticks are coarse (10 ms); never under main()'s
}

qint64 StartupReport::residentKilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0, so atEnd() is true at once: read the whole file instead.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void StartupReport::reportOnFirstPaint(MainWindow &window, bool thenTasksPage)
{
    connect(
        &window, &MainWindow::timesheetFirstPainted, this,
        [&window, thenTasksPage]() {
            const qint64 ms = millisecondsSinceStart();
            const qint64 fromMain = mainClock().isValid() ? mainClock().elapsed() : -1;
            QTextStream(stdout) << "startup first-paint-ms=" << ms << " from-main-ms=" << fromMain
                                << " rss-kb=" << residentKilobytes("VmRSS:")
                                << " peak-rss-kb=" << residentKilobytes("VmHWM:") << Qt::endl;
            if (thenTasksPage) // after this paint has finished
                QTimer::singleShot(0, &window, [&window]() { reportTasksPage(window); });
            else
                QTimer::singleShot(0, qApp, []() { QApplication::exit(0); });
        },
        Qt::SingleShotConnection);
}

void StartupReport::reportTasksPage(MainWindow &window)
{
    QElapsedTimer clock;
    clock.start();
    SessionView *view = window.sessionView();
    if (view)
        view->showPage(SessionView::Tasks);
    TaskBrowserPage *page = view ? view->tasks() : nullptr;
    // The page reads the cache when first shown; wait for its customers, then paint it now.
    while (page && page->filter()->rowCount() == 0 && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (page)
        page->view()->viewport()->repaint();
    QTextStream(stdout) << "tasks-page open-ms=" << clock.elapsed()
                        << " customers=" << (page ? page->filter()->rowCount() : 0)
                        << " rss-kb=" << residentKilobytes("VmRSS:")
                        << " peak-rss-kb=" << residentKilobytes("VmHWM:") << Qt::endl;
    QTimer::singleShot(0, qApp, []() { QApplication::exit(0); });
}

} // namespace actidesk
