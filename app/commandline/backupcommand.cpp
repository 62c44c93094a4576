// actidesk-cli backup FILE [--from D] [--to D] [--no-comments]: everything the account can read
// in one JSON file (format: docs/backup-format.md), resumable.
#include "accountsession.h"
#include "accountworkspace.h"
#include "actitimeclient.h"
#include "backup.h"
#include "clicontext.h"
#include "clock.h"
#include "commands.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {
// lupdate files the texts under the namespace (actidesk::cli): the same context here.
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("actidesk::cli", text, nullptr, n);
}
} // namespace

int runBackup(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes everything this account can read to FILE (JSON, format in "
           "docs/backup-format.md): settings, users, departments, time-zone groups, leave types, "
           "types of work, workflow statuses, customers, projects, tasks and their comments, "
           "rates and work assignments where shown, and the time-track, leave and schedules of "
           "a range (default: the last 365 days). Interrupted, it continues where it stopped "
           "when run again with the same FILE and range. actitime-emulator --load-backup FILE "
           "serves it."));
    context.addCommonOptions(parser);
    const QCommandLineOption fromOption(u"from"_s, tr("First day of time-track and leave."),
                                        u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Last day (default: today)."), u"DATE"_s);
    const QCommandLineOption noComments(u"no-comments"_s,
                                        tr("Leave out comments (one request per 100 customers, "
                                           "projects or tasks)."));
    parser.addOptions({fromOption, toOption, noComments});
    parser.addPositionalArgument(u"file"_s, tr("The backup file."), u"FILE"_s);
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, tr("backup needs FILE."));
    const QDate to = context.parseDate(parser.value(toOption));
    const QDate from =
        parser.isSet(fromOption) ? context.parseDate(parser.value(fromOption)) : to.addDays(-364);
    if (!from.isValid() || !to.isValid())
        return Usage;
    if (to < from)
        return context.fail(Usage, tr("--to is before --from."));
    if (const int opened = context.open(CliContext::Need::Server); opened != Ok)
        return opened;

    Backup::Options options;
    options.path = parser.positionalArguments().first();
    options.account = context.workspace().account().key();
    options.login = context.workspace().account().login;
    options.from = from;
    options.to = to;
    options.withComments = !parser.isSet(noComments);
    Backup backup(*context.workspace().session().client(), Clock::system(), options);
    bool finished = false;
    QObject::connect(&backup, &Backup::finished, &backup, [&finished]() { finished = true; });
    backup.start();
    context.waitUntil([&finished]() { return finished; }, 24LL * 3600 * 1000);
    if (backup.wasResumed())
        context.note(tr("Continued the interrupted backup."));
    if (!backup.isOk()) {
        switch (backup.failure()) {
        case Backup::Failure::Auth:
            return context.fail(Auth, backup.errorMessage());
        case Backup::Failure::Refused:
            return context.fail(Refused, backup.errorMessage());
        case Backup::Failure::File:
            return context.fail(Local, backup.errorMessage());
        default:
            return context.fail(Network,
                                backup.errorMessage() + u' '
                                    + tr("Run the same command again to continue."));
        }
    }
    context.note(backup.requestCount() == 1
                     ? tr("%n request; written to %1.", backup.requestCount()).arg(options.path)
                     : tr("%n requests; written to %1.", backup.requestCount()).arg(options.path));
    return Ok;
}

} // namespace actidesk::cli
