#pragma once

#include "timesheetrows.h"

#include <QByteArray>
#include <QCoreApplication>

namespace actidesk {

struct Task;

struct CsvOptions
{
    // Between fields. ';' suits spreadsheets of locales whose decimal separator is ','.
    QChar delimiter = u',';
    // Of the hours column ("2.50"); e.g. the locale's for a spreadsheet.
    QChar decimalSeparator = u'.';
};

// The timesheet of a period as CSV (RFC 4180, UTF-8, a header row): one record per time-track
// record with its account and period, date (ISO 8601), user, customer, project, task, minutes,
// hours (two decimals) and comment. An empty period is the header alone.
class TimesheetCsv
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::TimesheetCsv)
public:
    static QStringList header();
    static QByteArray write(const QList<TimesheetRow> &rows, const ExportScope &scope,
                            const CsvOptions &options = {});
    // "2.50" for 150 minutes with '.'.
    static QString hours(int minutes, QChar decimalSeparator);
    // "2026-11-23..2026-11-29"
    static QString period(const ExportScope &scope);
};

// The task list as CSV: id, customer, project, task, status, workflow status, type of work,
// deadline, estimate (minutes and hours), description.
class TaskListCsv
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::TaskListCsv)
public:
    static QStringList header();
    static QByteArray write(const QList<Task> &tasks, const QString &account,
                            const CsvOptions &options = {});
};

} // namespace actidesk
