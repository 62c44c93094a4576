#pragma once

#include <QObject>

namespace actidesk {

class MainWindow;

// For the start-up benchmark (tests/bench): measures from process start to the first paint of
// the timesheet with data, plus resident memory at that moment, prints one line to stdout and
// quits — or, asked to, then opens the Tasks page (the task browser, built when first shown),
// paints it and prints a second line with the time that took and the memory then. Linux reads /proc
// for the process's real start and its memory; elsewhere the clock starts at main() and memory is
// reported as 0.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    // Call first thing in main(): the fallback clock when /proc is not available.
    static void markProcessStart();
    void reportOnFirstPaint(MainWindow &window, bool thenTasksPage = false);

    static qint64 millisecondsSinceStart();
    static qint64 residentKilobytes(const char *field = "VmRSS:");

private:
    static void reportTasksPage(MainWindow &window);
};

} // namespace actidesk
