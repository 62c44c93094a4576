// actidesk-cli export timesheet|review|tasks …: CSV or iCalendar files from the cache, with
// what is not cached fetched first — the app's ExportJob on the CLI's workspace.
#include "accountsession.h"
#include "accountworkspace.h"
#include "actitimeclient.h"
#include "clicontext.h"
#include "commands.h"
#include "exportjob.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>

#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {

// How long the export waits for the server without a sign of progress before it writes what the
// cache holds.
constexpr qint64 kAnswerTimeoutMs = 120'000;

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
// session asks after signing in (its answer is cached, and ExportJob reads it). When the cache
// has no answer yet, it is asked now, and a yes waits for the session's own.
bool canReview(CliContext &context)
{
    AccountWorkspace &workspace = context.workspace();
    if (workspace.canReviewTeam() || !context.isSignedIn())
        return workspace.canReviewTeam();
    std::unique_ptr<ValueCall<QList<UserRates>>> call(
        workspace.session().client()->userRates({context.userId()}));
    context.waitUntil(
        [&call, &workspace]() {
            return call->isFinished() && (!call->isOk() || workspace.canReviewTeam());
        },
        60'000);
    return call->isOk() && workspace.canReviewTeam();
}

int exitCodeOf(ExportJob::Failure failure)
{
    switch (failure) {
    case ExportJob::Failure::BadPeriod:
        return Usage;
    case ExportJob::Failure::NeverSignedIn:
        return Auth;
    case ExportJob::Failure::NotReviewer:
        return Refused;
    case ExportJob::Failure::NoCache:
    case ExportJob::Failure::Unwritable:
        break;
    }
    return Local;
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
    ExportRequest request;
    request.what = what == u"timesheet"_s ? ExportRequest::What::Timesheet
        : what == u"review"_s             ? ExportRequest::What::Review
                                          : ExportRequest::What::Tasks;
    request.format =
        format == u"ics"_s ? ExportRequest::Format::ICalendar : ExportRequest::Format::Csv;
    request.from = from;
    request.to = to;
    request.csv = csv;
    request.grouping = parser.isSet(u"per-task-day"_s) ? IcalOptions::Grouping::PerTaskAndDay
                                                       : IcalOptions::Grouping::PerRecord;
    request.refreshCached = true;
    const QString output = parser.value(u"output"_s);
    const bool toFile = !output.isEmpty() && output != u"-"_s;
    if (toFile)
        request.path = output;
    if (request.what == ExportRequest::What::Review && !canReview(context))
        return context.fail(Refused, tr("This account reviews nobody's time."));

    // The app's export: what the cache lacks is fetched through the workspace, then the file is
    // written whole (or not at all).
    ExportJob job(context.workspace(), request);
    QFile standardOutput;
    if (!toFile) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return context.fail(Local, tr("Cannot write to standard output."));
        job.setOutput(&standardOutput, tr("Standard output"));
    }
    std::optional<int> exitCode;
    int progressed = 0;
    QObject::connect(&job, &ExportJob::progress, &job, [&progressed]() { ++progressed; });
    QObject::connect(
        &job, &ExportJob::finished, &job,
        [&exitCode, &context, toFile, output](int records, const QString &note) {
            if (!note.isEmpty())
                context.note(note);
            if (toFile)
                context.note(records == 1 ? tr("%n record written to %1.", records).arg(output)
                                          : tr("%n records written to %1.", records).arg(output));
            exitCode = Ok;
        });
    QObject::connect(&job, &ExportJob::failed, &job,
                     [&exitCode, &context](ExportJob::Failure failure, const QString &message) {
                         exitCode =
                             context.fail(exitCodeOf(failure),
                                          failure == ExportJob::Failure::NeverSignedIn
                                              ? tr("This account never signed in on this computer: "
                                                   "sign in once (keychain or --password-stdin).")
                                              : message);
                     });
    job.start();
    while (!exitCode) {
        const int seen = progressed;
        if (!context.waitUntil([&exitCode, &progressed,
                                seen]() { return exitCode.has_value() || progressed != seen; },
                               kAnswerTimeoutMs)) {
            context.note(tr("The server did not answer in time."));
            job.writeWhatIsCached(); // finished() or failed() at once
        }
    }
    return *exitCode;
}

} // namespace actidesk::cli
