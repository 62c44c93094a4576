// actidesk-cli log 2:30 --task "words" [--date D] [--comment TEXT] [--set]: time on a task,
// through the outbox shared with ActiDesk, so it is sent now or later, exactly once.
#include "accountworkspace.h"
#include "clicontext.h"
#include "commands.h"
#include "duration.h"
#include "store.h"
#include "syncengine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {

// lupdate files the texts under the namespace (actidesk::cli): the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("actidesk::cli", text);
}

QString taskPath(const Task &task)
{
    return task.customerName + u" / "_s + task.projectName + u" / "_s + task.name;
}

// The one open task whose name holds every word (an exact name wins over longer ones).
std::optional<Task> findTask(CliContext &context, const QString &words, int taskId)
{
    Store &store = context.store();
    TaskQuery query;
    if (taskId > 0) {
        query.ids = {taskId};
    } else {
        query.words = words;
        query.status = TaskStatus::Open;
    }
    QList<Task> matches = store.tasks(query);
    if (matches.size() > 1) {
        QList<Task> exact;
        for (const Task &task : std::as_const(matches))
            if (task.name.compare(words.simplified(), Qt::CaseInsensitive) == 0)
                exact.append(task);
        if (exact.size() == 1)
            matches = exact;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        context.note(taskId > 0 ? tr("No task %1 in the cache.").arg(taskId)
                                : tr("No open task's name holds \"%1\".").arg(words));
        return std::nullopt;
    }
    context.note(tr("\"%1\" matches several tasks; add words, or use --task-id:").arg(words));
    for (qsizetype i = 0; i < matches.size() && i < 15; ++i)
        context.err() << "  " << matches.at(i).id << "  " << taskPath(matches.at(i)) << '\n';
    if (matches.size() > 15)
        context.err() << "  …\n";
    context.err().flush();
    return std::nullopt;
}

std::optional<TimetrackCell> cellOf(Store &store, int userId, const QDate &date, int taskId)
{
    for (const TimetrackCell &cell : store.timetrack(userId, date, date))
        if (cell.taskId == taskId)
            return cell;
    return std::nullopt;
}

} // namespace

int runLog(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Logs time on a task: adds DURATION to the day's time on it (or, with --set, "
           "replaces it). DURATION is 2:30, 2.5, 2h 30m or 150m (a bare number is hours). The "
           "change goes through the outbox ActiDesk uses: it is sent now when the server "
           "answers, else by the next 'actidesk-cli sync' or by ActiDesk - exactly once."));
    context.addCommonOptions(parser);
    const QCommandLineOption task(
        {u"t"_s, u"task"_s}, tr("Words of the task's name (every one must appear)."), u"WORDS"_s);
    const QCommandLineOption taskId(u"task-id"_s, tr("The task's id instead of words."), u"ID"_s);
    const QCommandLineOption dateOption({u"d"_s, u"date"_s}, tr("The day (default: today)."),
                                        u"DATE"_s);
    const QCommandLineOption comment(
        {u"c"_s, u"comment"_s}, tr("The day's comment on the task (default: kept)."), u"TEXT"_s);
    const QCommandLineOption set(u"set"_s, tr("Replace the day's time instead of adding to it."));
    parser.addOptions({task, taskId, dateOption, comment, set});
    parser.addPositionalArgument(u"duration"_s, tr("The time, e.g. 2:30."), u"DURATION"_s);
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage,
                            tr("log needs one DURATION, e.g. 'log 2:30 --task \"design\"'."));
    if (!parser.isSet(task) && !parser.isSet(taskId))
        return context.fail(Usage,
                            tr("Say which task: --task \"words of its name\" or --task-id."));
    const QDate date = context.parseDate(parser.value(dateOption));
    if (!date.isValid())
        return Usage;
    if (const int opened = context.open(CliContext::Need::ServerIfPossible); opened != Ok)
        return opened;
    const int userId = context.userId();
    if (userId == 0)
        return context.fail(Auth,
                            tr("This account never signed in on this computer: sign in "
                               "once (keychain or --password-stdin)."));
    Store &store = context.store();
    const DurationFormat format(store.serverInfo().value_or(ServerInfo()));
    const DurationFormat::Parsed duration = format.parse(parser.positionalArguments().first());
    if (!duration.ok())
        return context.fail(Usage, duration.error);

    if (!store.lastReplaced(StoreEntity::Tasks).isValid())
        fetchTasks(context);
    const std::optional<Task> found =
        findTask(context, parser.value(task), parser.value(taskId).toInt());
    if (!found)
        return Usage;
    // The day's current value first, so "adds" adds to what the server holds now.
    fetchDays(context, userId, date, date);
    const std::optional<TimetrackCell> before = cellOf(store, userId, date, found->id);
    const int minutes =
        parser.isSet(set) ? *duration.minutes : (before ? before->minutes : 0) + *duration.minutes;
    if (minutes > DurationFormat::MaxMinutes)
        return context.fail(
            Usage, tr("That makes %1 on one day, more than 24:00.").arg(format.format(minutes)));
    const QString text =
        parser.isSet(comment) ? parser.value(comment) : (before ? before->comment : QString());
    if (const StoreResult result = store.editTimetrackCell(userId, date, found->id, minutes, text);
        !result.ok())
        return context.fail(Local, result.message);

    context.out() << date.toString(Qt::ISODate) << "  " << format.format(minutes) << "  "
                  << taskPath(*found) << '\n';
    context.out().flush();
    if (!context.isSignedIn()) {
        context.note(tr("Saved on this computer; it is sent by 'actidesk-cli sync' or by "
                        "ActiDesk once the server can be reached."));
        return Ok;
    }
    const int waited = waitForOutbox(context);
    if (waited == Network) {
        context.note(tr("Saved on this computer; it is sent later."));
        return Ok;
    }
    if (waited != Ok)
        return waited;
    const std::optional<TimetrackCell> after = cellOf(store, userId, date, found->id);
    if (after && after->state == CellState::Conflict)
        return context.fail(Refused,
                            tr("The server's value changed meanwhile (now %1): open "
                               "ActiDesk to keep yours or take the server's.")
                                .arg(format.format(after->serverMinutes)));
    if (after && after->state == CellState::Rejected)
        return context.fail(Refused, tr("The server refused it: %1").arg(after->message));
    return Ok;
}

} // namespace actidesk::cli
