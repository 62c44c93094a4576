// actidesk-cli sync: sends what waits in the outbox (time logged offline, the app's edits).
#include "clicontext.h"
#include "commands.h"
#include "store.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

int runSync(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "actidesk::cli",
        "Sends the changes waiting on this computer (the outbox shared with ActiDesk). Exit "
        "code 3 when the server cannot be reached, 4 when it refused or a change conflicts."));
    context.addCommonOptions(parser);
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    if (const int opened = context.open(CliContext::Need::Server); opened != Ok)
        return opened;
    Store &store = context.store();
    const int before = store.outboxCount(OutboxState::Pending);
    if (const int waited = waitForOutbox(context); waited != Ok)
        return waited;
    const int conflicts = store.outboxCount(OutboxState::Conflict);
    const int refusals = store.outboxCount(OutboxState::Rejected);
    context.out() << (before == 1 ? QCoreApplication::translate("actidesk::cli", "%n change sent.",
                                                                nullptr, before)
                                  : QCoreApplication::translate("actidesk::cli", "%n changes sent.",
                                                                nullptr, before))
                  << '\n';
    context.out().flush();
    if (conflicts + refusals > 0) {
        for (const OutboxEntry &entry : store.outboxEntries()) {
            if (entry.state == OutboxState::Pending)
                continue;
            context.note(QCoreApplication::translate("actidesk::cli", "%1 on %2 (task %3): %4")
                             .arg(entry.state == OutboxState::Conflict
                                      ? QCoreApplication::translate(
                                          "actidesk::cli", "Conflict with the server's value")
                                      : QCoreApplication::translate("actidesk::cli", "Refused"),
                                  entry.date.toString(Qt::ISODate), QString::number(entry.targetId),
                                  entry.message)
                             .trimmed());
        }
        return Refused;
    }
    return Ok;
}

} // namespace actidesk::cli
