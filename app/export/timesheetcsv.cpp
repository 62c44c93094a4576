#include "timesheetcsv.h"

#include "csvwriter.h"
#include "scope.h"

using namespace Qt::StringLiterals;

namespace actidesk {

QStringList TimesheetCsv::header()
{
    // Column names are data for scripts: fixed English, not translated.
    return {u"account"_s, u"period"_s, u"date"_s,    u"user"_s,  u"customer"_s,
            u"project"_s, u"task"_s,   u"minutes"_s, u"hours"_s, u"comment"_s};
}

QString TimesheetCsv::hours(int minutes, QChar decimalSeparator)
{
    const int sign = minutes < 0 ? -1 : 1;
    const int absolute = minutes * sign;
    // Rounded half up to hundredths, in integers (no binary floating point on the way).
    const int hundredths = (absolute * 100 + 30) / 60;
    QString text = QString::number(hundredths / 100) + decimalSeparator
        + QString::number(hundredths % 100).rightJustified(2, u'0');
    return sign < 0 ? u'-' + text : text;
}

QString TimesheetCsv::period(const ExportScope &scope)
{
    return scope.from.toString(Qt::ISODate) + u".."_s + scope.to.toString(Qt::ISODate);
}

QByteArray TimesheetCsv::write(const QList<TimesheetRow> &rows, const ExportScope &scope,
                               const CsvOptions &options)
{
    CsvWriter csv(options.delimiter);
    csv.addRecord(header());
    const QString periodText = period(scope);
    for (const TimesheetRow &row : rows) {
        csv.addRecord({scope.account, periodText, row.date.toString(Qt::ISODate), row.userName,
                       row.customerName, row.projectName, row.taskName,
                       QString::number(row.minutes), hours(row.minutes, options.decimalSeparator),
                       row.comment});
    }
    return csv.data();
}

QStringList TaskListCsv::header()
{
    return {u"account"_s,
            u"id"_s,
            u"customer"_s,
            u"project"_s,
            u"task"_s,
            u"status"_s,
            u"workflow status"_s,
            u"type of work"_s,
            u"deadline"_s,
            u"estimate minutes"_s,
            u"estimate hours"_s,
            u"description"_s};
}

QByteArray TaskListCsv::write(const QList<Task> &tasks, const QString &account,
                              const CsvOptions &options)
{
    CsvWriter csv(options.delimiter);
    csv.addRecord(header());
    for (const Task &task : tasks) {
        const QString estimate =
            task.estimatedMinutes ? QString::number(*task.estimatedMinutes) : QString();
        const QString estimateHours = task.estimatedMinutes
            ? TimesheetCsv::hours(*task.estimatedMinutes, options.decimalSeparator)
            : QString();
        csv.addRecord({account, QString::number(task.id), task.customerName, task.projectName,
                       task.name, task.isCompleted() ? u"completed"_s : u"open"_s,
                       task.workflowStatusName, task.typeOfWorkName,
                       task.deadline.toString(Qt::ISODate), estimate, estimateHours,
                       task.description});
    }
    return csv.data();
}

} // namespace actidesk
