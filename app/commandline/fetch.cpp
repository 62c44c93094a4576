#include "accountworkspace.h"
#include "clicontext.h"
#include "commands.h"
#include "store.h"

namespace actidesk::cli {

namespace {
constexpr qint64 kFetchTimeoutMs = 120'000;
constexpr int kChunkDays = 31;
} // namespace

bool fetchDays(CliContext &context, int userId, const QDate &from, const QDate &to)
{
    if (!context.isSignedIn())
        return false;
    AccountWorkspace &workspace = context.workspace();
    for (QDate start = from; start <= to; start = start.addDays(kChunkDays)) {
        const QDate end = std::min(to, start.addDays(kChunkDays - 1));
        bool done = false;
        QString failure;
        const auto ok = QObject::connect(&workspace, &AccountWorkspace::weekRefreshed, &workspace,
                                         [&](int user, const QDate &f, const QDate &t) {
                                             done =
                                                 done || (user == userId && f == start && t == end);
                                         });
        const auto failed =
            QObject::connect(&workspace, &AccountWorkspace::weekRefreshFailed, &workspace,
                             [&](int user, const QDate &f, const QDate &t, const QString &message) {
                                 if (user == userId && f == start && t == end) {
                                     done = true;
                                     failure = message;
                                 }
                             });
        workspace.refreshWeek(userId, start, end);
        const bool answered = context.waitUntil([&done]() { return done; }, kFetchTimeoutMs);
        QObject::disconnect(ok);
        QObject::disconnect(failed);
        if (!answered || !failure.isEmpty()) {
            context.note(failure.isEmpty() ? QCoreApplication::translate(
                             "actidesk::cli", "The server did not send the time-track in time.")
                                           : failure);
            return false;
        }
    }
    return true;
}

bool fetchTasks(CliContext &context)
{
    if (!context.isSignedIn())
        return false;
    AccountWorkspace &workspace = context.workspace();
    bool done = false;
    const auto connection = QObject::connect(&workspace, &AccountWorkspace::tasksRefreshed,
                                             &workspace, [&done]() { done = true; });
    const auto stopped =
        QObject::connect(&workspace, &AccountWorkspace::fetchingStopped, &workspace,
                         [&done, &workspace]() { done = done || !workspace.canFetch(); });
    workspace.refreshTasks();
    const bool answered = context.waitUntil([&done]() { return done; }, kFetchTimeoutMs);
    QObject::disconnect(connection);
    QObject::disconnect(stopped);
    return answered && context.store().lastReplaced(StoreEntity::Tasks).isValid();
}

} // namespace actidesk::cli
