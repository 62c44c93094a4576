#pragma once

#include <QObject>

namespace actidesk {

class MainWindow;

// For the start-up benchmark (tests/bench): measures from process start to the first paint of
// the timesheet with data, plus resident memory at that moment, prints one line to stdout and
// quits. Linux reads /proc for the process's real start and its memory; elsewhere the clock
// starts at main() and memory is reported as 0.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    // Call first thing in main(): the fallback clock when /proc is not available.
    static void markProcessStart();
    void reportOnFirstPaint(MainWindow &window);

    static qint64 millisecondsSinceStart();
    static qint64 residentKilobytes(const char *field = "VmRSS:");
};

} // namespace actidesk
