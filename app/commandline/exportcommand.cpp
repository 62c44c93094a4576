// actidesk-cli export timesheet|review|tasks …: CSV or iCalendar files from the cache, with
// what is not cached fetched first.
#include "accountsession.h"
#include "accountworkspace.h"
#include "actitimeclient.h"
#include "clicontext.h"
#include "clock.h"
#include "commands.h"
#include "store.h"
#include "timesheetcsv.h"
#include "timesheetical.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <tuple>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {

// lupdate files the texts under the namespace (actidesk::cli): the same context here.
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("actidesk::cli", text, nullptr, n);
}

// --from/--to, --week D, --month YYYY-MM; the current week by default.
bool period(CliContext &context, const QCommandLineParser &parser, QDate *from, QDate *to)
{
    if (parser.isSet(u"month"_s)) {
        const QDate first = QDate::fromString(parser.value(u"month"_s) + u"-01"_s, Qt::ISODate);
        if (!first.isValid()) {
            context.note(tr("--month wants YYYY-MM."));
            return false;
        }
        *from = first;
        *to = first.addMonths(1).addDays(-1);
        return true;
    }
    if (parser.isSet(u"from"_s) || parser.isSet(u"to"_s)) {
        *from = context.parseDate(parser.value(u"from"_s));
        *to = parser.isSet(u"to"_s) ? context.parseDate(parser.value(u"to"_s)) : *from;
        if (!from->isValid() || !to->isValid())
            return false;
        if (*to < *from) {
            context.note(tr("--to is before --from."));
            return false;
        }
        return true;
    }
    const QDate day = context.parseDate(parser.value(u"week"_s));
    if (!day.isValid())
        return false;
    std::tie(*from, *to) = context.weekOf(day);
    return true;
}

// Managers and administrators may read others' rates, employees may not: the question the
// session asks after signing in (its answer is cached), asked now when the cache has none yet.
bool canReview(CliContext &context)
{
    AccountWorkspace &workspace = context.workspace();
    if (workspace.canReviewTeam() || !context.isSignedIn())
        return workspace.canReviewTeam();
    std::unique_ptr<ValueCall<QList<UserRates>>> call(
        workspace.session().client()->userRates({context.userId()}));
    context.waitUntil([&call]() { return call->isFinished(); }, 60'000);
    return call->isOk();
}

int writeOut(CliContext &context, const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return context.fail(Local, tr("Cannot write to standard output."));
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return context.fail(Local, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Ok;
}

} // namespace

int runExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a file from the account's data:\n"
           "  timesheet   your time-track records of a period (CSV or iCalendar)\n"
           "  review      the time of everyone you review (managers), same formats\n"
           "  tasks       the task list (CSV)\n"
           "Days of the period not cached yet are fetched first. The file names the account "
           "and the period."));
    context.addCommonOptions(parser);
    const QList<QCommandLineOption> options{
        {u"from"_s, tr("First day (YYYY-MM-DD, today, yesterday)."), u"DATE"_s},
        {u"to"_s, tr("Last day (default: --from)."), u"DATE"_s},
        {u"week"_s, tr("The week of DATE (the default: this week)."), u"DATE"_s},
        {u"month"_s, tr("A calendar month."), u"YYYY-MM"_s},
        {{u"f"_s, u"format"_s}, tr("csv (default) or ics."), u"FORMAT"_s, u"csv"_s},
        {{u"o"_s, u"output"_s}, tr("The file (default: standard output)."), u"FILE"_s},
        {u"decimal-separator"_s, tr("Of the hours column (default '.')."), u"CHAR"_s},
        {u"locale-decimal"_s,
         tr("Use this computer's locale's decimal separator for hours; "
            "with ',' the fields are separated by ';'.")},
        {u"delimiter"_s, tr("Between CSV fields (default ',')."), u"CHAR"_s},
        {u"per-task-day"_s, tr("ics: one event per task and day instead of per record.")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(u"what"_s, tr("timesheet, review or tasks"), u"WHAT"_s);
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1
        || !QStringList{u"timesheet"_s, u"review"_s, u"tasks"_s}.contains(what))
        return context.fail(Usage, tr("export needs what: timesheet, review or tasks."));
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"ics"_s)
        return context.fail(Usage, tr("--format is csv or ics."));
    if (what == u"tasks"_s && format != u"csv"_s)
        return context.fail(Usage, tr("The task list is written as CSV."));
    CsvOptions csv;
    if (parser.isSet(u"locale-decimal"_s)) {
        csv.decimalSeparator = QLocale().decimalPoint().at(0);
        if (csv.decimalSeparator == u',')
            csv.delimiter = u';';
    }
    for (const auto &[name, target] : {std::pair{u"decimal-separator"_s, &csv.decimalSeparator},
                                       std::pair{u"delimiter"_s, &csv.delimiter}}) {
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        if (value.size() != 1 || value == u"\""_s || value == u"\n"_s)
            return context.fail(Usage, tr("--%1 wants one character.").arg(name));
        *target = value.at(0);
    }
    if (csv.delimiter == csv.decimalSeparator)
        return context.fail(Usage, tr("The delimiter and the decimal separator must differ."));
    QDate from, to;
    if (what != u"tasks"_s && !period(context, parser, &from, &to))
        return Usage;

    if (const int opened = context.open(CliContext::Need::ServerIfPossible); opened != Ok)
        return opened;
    Store &store = context.store();
    const Account &account = context.workspace().account();
    QByteArray data;
    int count = 0;
    if (what == u"tasks"_s) {
        if (context.isSignedIn() && !fetchTasks(context))
            context.note(tr("The task list could not be fetched; the file has the cached one."));
        const QList<Task> tasks = store.tasks();
        count = int(tasks.size());
        data = TaskListCsv::write(tasks, account.label(), csv);
    } else {
        ExportScope scope;
        scope.account = account.label();
        scope.from = from;
        scope.to = to;
        if (what == u"timesheet"_s) {
            const int userId = context.userId();
            if (userId == 0)
                return context.fail(Auth,
                                    tr("This account never signed in on this computer: "
                                       "sign in once (keychain or --password-stdin)."));
            scope.userIds = {userId};
            if (!TimesheetRows::isComplete(store, scope))
                fetchDays(context, userId, from, to);
        } else {
            if (!canReview(context))
                return context.fail(Refused, tr("This account reviews nobody's time."));
            fetchTeam(context, from, to);
            const QString members = store.meta(metakeys::TeamMembers).value_or(QString());
            for (const QString &id : members.split(u',', Qt::SkipEmptyParts))
                scope.userIds.append(id.toInt());
        }
        if (!TimesheetRows::isComplete(store, scope))
            context.note(tr("Some days of %1 were never fetched from the server: the file "
                            "has what this computer holds.")
                             .arg(TimesheetCsv::period(scope)));
        const QList<TimesheetRow> rows = TimesheetRows::read(store, scope);
        count = int(rows.size());
        if (format == u"csv"_s) {
            data = TimesheetCsv::write(rows, scope, csv);
        } else {
            IcalOptions ics;
            ics.grouping = parser.isSet(u"per-task-day"_s) ? IcalOptions::Grouping::PerTaskAndDay
                                                           : IcalOptions::Grouping::PerRecord;
            ics.uidDomain = account.serverName();
            ics.stamp = Clock::system().now();
            data = TimesheetIcal::write(rows, scope, ics);
        }
    }
    if (const int written = writeOut(context, parser.value(u"output"_s), data); written != Ok)
        return written;
    if (parser.isSet(u"output"_s) && parser.value(u"output"_s) != u"-"_s)
        context.note(count == 1
                         ? tr("%n record written to %1.", count).arg(parser.value(u"output"_s))
                         : tr("%n records written to %1.", count).arg(parser.value(u"output"_s)));
    return Ok;
}

} // namespace actidesk::cli
