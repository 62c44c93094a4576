// The task browser at scale (100,000 tasks, 2,000 projects, 200 customers cached):
//  - the Tasks page created as the app creates it (nothing read: the tree is lazy) — time and
//    resident memory;
//  - opening it (the first show reads the tree) — target ≤ 300 ms;
//  - type-to-filter, one keystroke at a time — target ≤ 16 ms median per keystroke;
//  - resident memory after opening — the app's target is ≤ 150 MB in all.
//   bench_taskbrowser [tasks]   (default 100000; offscreen platform)
#include "benchscope.h"
#include "scopeeditor.h"
#include "scopefiltermodel.h"
#include "scopetreemodel.h"
#include "store.h"
#include "taskbrowserpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr bench::ScopeShape kShape{200, 10};

double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int taskCount = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    double baseline = 0;
    {
        auto store = Store::open(dir.filePath(u"bench.sqlite"_s), nullptr);
        if (!store || !bench::fillScope(*store, kShape, taskCount)) {
            std::fprintf(stderr, "could not fill the cache\n");
            return 1;
        }
    }
    baseline = residentMb();

    auto store = Store::open(dir.filePath(u"bench.sqlite"_s), nullptr);
    QElapsedTimer timer;
    timer.start();
    ScopeTreeModel model(*store);
    ScopeEditor editor(*store, model);
    TaskBrowserPage page(&model, &editor);
    page.resize(1200, 800);
    const double created = bench::ms(timer);
    const double createdMb = residentMb();

    timer.restart();
    page.show();
    QCoreApplication::processEvents();
    const double opened = bench::ms(timer);
    const double openedMb = residentMb();

    // Type "onboarding 4242" one key at a time, then delete it again ("Review user onboarding
    // (#4242)": the first keys match most of the 100,000 names).
    const QString typed = u"onboarding 4242"_s;
    QList<double> keystrokes;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        timer.restart();
        page.searchField()->setText(typed.left(n));
        QCoreApplication::processEvents();
        keystrokes.append(bench::ms(timer));
    }
    const int matches = page.filter()->rowCount();
    for (qsizetype n = typed.size() - 1; n >= 0; --n) {
        timer.restart();
        page.searchField()->setText(typed.left(n));
        QCoreApplication::processEvents();
        keystrokes.append(bench::ms(timer));
    }
    std::printf("bench_taskbrowser: %d tasks, %d projects, %d customers cached\n", taskCount,
                kShape.projects(), kShape.customers);
    std::printf("  resident before the page:            %7.1f MB\n", baseline);
    std::printf("  page created (lazy, nothing read):   %7.1f ms, %7.1f MB resident\n", created,
                createdMb);
    std::printf("  browser opened (tree read, shown):   %7.1f ms (target <= 300 ms)\n", opened);
    std::printf("  resident after opening:              %7.1f MB (app target <= 150 MB)\n",
                openedMb);
    std::printf("  filter per keystroke: median %.1f ms, max %.1f ms over %lld keys "
                "(target <= 16 ms median); %d customers matched \"%s\"\n",
                bench::median(keystrokes), *std::max_element(keystrokes.begin(), keystrokes.end()),
                static_cast<long long>(keystrokes.size()), matches, qPrintable(typed));
    return 0;
}
