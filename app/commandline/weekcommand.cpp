// actidesk-cli week [--date D] [--json]: the week's timesheet from the cache, fetched first.
#include "accountworkspace.h"
#include "clicontext.h"
#include "commands.h"
#include "duration.h"
#include "naturalorder.h"
#include "store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {

// lupdate files the texts under the namespace (actidesk::cli): the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("actidesk::cli", text);
}

struct WeekRow
{
    int id = 0; // task or leave type
    QString label; // "customer / project / task" or the leave type
    QList<int> minutes = QList<int>(7, 0);
    QList<QString> comments = QList<QString>(7);
    QList<bool> pending = QList<bool>(7, false);
    int total() const { return std::accumulate(minutes.cbegin(), minutes.cend(), 0); }
};

} // namespace

int runWeek(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints one week of your timesheet (the server's first day of week): the cache, "
           "fetched from the server first when it can be reached. * marks a value not yet "
           "sent."));
    context.addCommonOptions(parser);
    const QCommandLineOption dateOption(u"date"_s, tr("A day of the week (default: today)."),
                                        u"DATE"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the week as JSON."));
    parser.addOptions({dateOption, json});
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    const QDate date = context.parseDate(parser.value(dateOption));
    if (!date.isValid())
        return Usage;
    if (const int opened = context.open(CliContext::Need::ServerIfPossible); opened != Ok)
        return opened;
    const int userId = context.userId();
    if (userId == 0)
        return context.fail(Auth,
                            tr("This account never signed in on this computer: nothing "
                               "is cached. Sign in (keychain or --password-stdin)."));
    const auto [from, to] = context.weekOf(date);
    const bool fetched = fetchDays(context, userId, from, to);
    Store &store = context.store();

    QMap<int, WeekRow> tasks;
    QList<int> taskIds;
    for (const TimetrackCell &cell : store.timetrack(userId, from, to)) {
        if (cell.minutes == 0 && cell.state == CellState::Synced)
            continue;
        WeekRow &row = tasks[cell.taskId];
        row.id = cell.taskId;
        const int day = int(from.daysTo(cell.date));
        row.minutes[day] = cell.minutes;
        row.comments[day] = cell.comment;
        row.pending[day] = cell.state != CellState::Synced;
        taskIds.append(cell.taskId);
    }
    TaskQuery query;
    query.ids = taskIds;
    QList<Task> known = taskIds.isEmpty() ? QList<Task>() : store.tasks(query);
    for (WeekRow &row : tasks) {
        const auto task = std::find_if(known.cbegin(), known.cend(),
                                       [&row](const Task &t) { return t.id == row.id; });
        row.label = task == known.cend()
            ? tr("Task %1").arg(row.id)
            : task->customerName + u" / "_s + task->projectName + u" / "_s + task->name;
    }
    QList<WeekRow> rows = tasks.values();
    std::sort(rows.begin(), rows.end(), [](const WeekRow &a, const WeekRow &b) {
        return naturalCompare(a.label, b.label) < 0;
    });
    QMap<int, WeekRow> leave;
    QMap<int, QString> leaveNames;
    for (const LeaveType &type : store.leaveTypes())
        leaveNames.insert(type.id, type.name);
    for (const LeaveCell &cell : store.leave(userId, from, to)) {
        if (cell.minutes == 0)
            continue;
        WeekRow &row = leave[cell.leaveTypeId];
        row.id = cell.leaveTypeId;
        row.label = leaveNames.value(cell.leaveTypeId, tr("Leave %1").arg(cell.leaveTypeId));
        row.minutes[int(from.daysTo(cell.date))] = cell.minutes;
        row.pending[int(from.daysTo(cell.date))] = cell.state != CellState::Synced;
    }
    const std::optional<Schedule> schedule = store.schedule(userId, from, to);
    QList<int> dayTotals(7, 0);
    for (const WeekRow &row : std::as_const(rows))
        for (int d = 0; d < 7; ++d)
            dayTotals[d] += row.minutes[d];
    const int weekTotal = std::accumulate(dayTotals.cbegin(), dayTotals.cend(), 0);
    const std::optional<User> user = context.workspace().currentUser();

    if (parser.isSet(json)) {
        auto ints = [](const QList<int> &values) {
            QJsonArray array;
            for (const int v : values)
                array.append(v);
            return array;
        };
        QJsonArray days;
        for (int d = 0; d < 7; ++d)
            days.append(from.addDays(d).toString(Qt::ISODate));
        QJsonArray taskRows;
        for (const WeekRow &row : std::as_const(rows)) {
            QJsonArray comments, pending;
            for (int d = 0; d < 7; ++d) {
                comments.append(row.comments[d]);
                pending.append(row.pending[d]);
            }
            taskRows.append(QJsonObject{{u"taskId"_s, row.id},
                                        {u"task"_s, row.label},
                                        {u"minutes"_s, ints(row.minutes)},
                                        {u"comments"_s, comments},
                                        {u"pending"_s, pending},
                                        {u"total"_s, row.total()}});
        }
        QJsonArray leaveRows;
        for (const WeekRow &row : std::as_const(leave))
            leaveRows.append(QJsonObject{{u"leaveTypeId"_s, row.id},
                                         {u"leaveType"_s, row.label},
                                         {u"minutes"_s, ints(row.minutes)},
                                         {u"total"_s, row.total()}});
        QJsonObject object{{u"account"_s, context.workspace().account().key()},
                           {u"userId"_s, userId},
                           {u"user"_s, user ? user->displayName() : QString()},
                           {u"from"_s, from.toString(Qt::ISODate)},
                           {u"to"_s, to.toString(Qt::ISODate)},
                           {u"days"_s, days},
                           {u"tasks"_s, taskRows},
                           {u"leave"_s, leaveRows},
                           {u"dayTotals"_s, ints(dayTotals)},
                           {u"total"_s, weekTotal},
                           {u"fromServer"_s, fetched}};
        if (schedule)
            object.insert(u"schedule"_s, ints(schedule->minutes));
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Ok;
    }

    const DurationFormat format(store.serverInfo().value_or(ServerInfo()));
    const QLocale locale;
    int labelWidth = 20;
    for (const WeekRow &row : std::as_const(rows))
        labelWidth = std::max(labelWidth, int(row.label.size()));
    for (const WeekRow &row : std::as_const(leave))
        labelWidth = std::max(labelWidth, int(row.label.size()));
    labelWidth = std::min(labelWidth, 60);
    QTextStream &out = context.out();
    out << (user ? user->displayName() : context.workspace().account().login) << ", "
        << from.toString(Qt::ISODate) << " - " << to.toString(Qt::ISODate);
    if (!fetched)
        out << "  " << tr("(from the cache)");
    out << '\n';
    auto cell = [&format](int minutes, bool pending) {
        const QString text = minutes ? format.format(minutes) : u"-"_s;
        return QString(text + (pending ? u"*"_s : u" "_s)).rightJustified(8);
    };
    out << QString().leftJustified(labelWidth);
    for (int d = 0; d < 7; ++d)
        out << QString(locale.dayName(from.addDays(d).dayOfWeek(), QLocale::ShortFormat) + u' '
                       + QString::number(from.addDays(d).day()) + u' ')
                   .rightJustified(8);
    out << tr("Total").rightJustified(8) << '\n';
    auto printRow = [&](const WeekRow &row) {
        out << row.label.left(labelWidth).leftJustified(labelWidth);
        for (int d = 0; d < 7; ++d)
            out << cell(row.minutes[d], row.pending[d]);
        out << cell(row.total(), false) << '\n';
    };
    for (const WeekRow &row : std::as_const(rows))
        printRow(row);
    for (const WeekRow &row : std::as_const(leave))
        printRow(row);
    WeekRow total;
    total.label = tr("Total");
    total.minutes = dayTotals;
    printRow(total);
    if (schedule) {
        WeekRow scheduled;
        scheduled.label = tr("Schedule");
        for (int d = 0; d < 7; ++d)
            scheduled.minutes[d] = schedule->minutesOn(from.addDays(d));
        printRow(scheduled);
    }
    return Ok;
}

} // namespace actidesk::cli
