// Child of tst_outbox_crash: opens the Store, replays its outbox against the server and exits 0
// when nothing is pending. The parent kills it (SIGKILL) at random moments.
//   outbox_crash_child STORE_PATH API_URL LOGIN PASSWORD
#include "actitimeclient.h"
#include "requestqueue.h"
#include "store.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace actidesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: outbox_crash_child STORE API_URL LOGIN PASSWORD\n");
        return 2;
    }
    OpenReport report;
    std::unique_ptr<Store> store = Store::open(args.at(1), &report);
    if (!store) {
        std::fprintf(stderr, "child: cannot open the store: %s\n", qPrintable(report.reason));
        return 2;
    }
    QNetworkAccessManager network;
    RequestQueue queue(&network, QUrl(args.at(2)));
    queue.setCredentials(args.at(3), args.at(4));
    ActiTimeClient client(queue);
    SyncEngine engine(*store, client);
    QObject::connect(&engine, &SyncEngine::syncFinished, &app, [&]() { app.exit(0); });
    QObject::connect(&engine, &SyncEngine::stateChanged, &app, [&](SyncEngine::State state) {
        if (state == SyncEngine::State::Offline || state == SyncEngine::State::Error)
            app.exit(3);
    });
    // From the event loop: with nothing pending, sync() finishes at once, and exit() before
    // exec() would be lost.
    QTimer::singleShot(0, &engine, &SyncEngine::sync);
    return app.exec();
}
