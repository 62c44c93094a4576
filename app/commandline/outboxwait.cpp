#include "accountworkspace.h"
#include "clicontext.h"
#include "commands.h"
#include "store.h"
#include "syncengine.h"

namespace actidesk::cli {

int waitForOutbox(CliContext &context)
{
    Store &store = context.store();
    SyncEngine &sync = context.sync();
    auto blocked = [&sync]() {
        const SyncEngine::State state = sync.state();
        return state == SyncEngine::State::Offline || state == SyncEngine::State::Error
            || state == SyncEngine::State::StoreFailed || sync.isStopped();
    };
    context.workspace().syncNow();
    const bool settled = context.waitUntil(
        [&]() { return store.outboxCount(OutboxState::Pending) == 0 || blocked(); }, 300'000);
    const int pending = store.outboxCount(OutboxState::Pending);
    if (pending == 0)
        return Ok;
    const QString waiting = pending == 1
        ? QCoreApplication::translate("actidesk::cli", "%n change waits on this computer.", nullptr,
                                      pending)
        : QCoreApplication::translate("actidesk::cli", "%n changes wait on this computer.", nullptr,
                                      pending);
    switch (sync.state()) {
    case SyncEngine::State::Error:
        return context.fail(Auth, sync.lastError() + u' ' + waiting);
    case SyncEngine::State::StoreFailed:
        return context.fail(Local, sync.lastError() + u' ' + waiting);
    default:
        break;
    }
    const QString reason = settled && !sync.lastError().isEmpty()
        ? sync.lastError()
        : QCoreApplication::translate("actidesk::cli", "The server cannot be reached.");
    return context.fail(
        Network,
        reason + u' ' + waiting + u' '
            + QCoreApplication::translate("actidesk::cli",
                                          "They are sent by 'actidesk-cli sync' or by ActiDesk."));
}

} // namespace actidesk::cli
