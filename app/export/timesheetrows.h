#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace actidesk {

class Store;

// What an export covers: whose time, which days, and which account it was read with (the
// files name both, so a file found later says what it is).
struct ExportScope
{
    QString account; // e.g. "employee on actitime.example.com" (Account::label())
    QList<int> userIds; // one for a timesheet, several for a manager's review
    QDate from;
    QDate to;
};

// One time-track record (a user's time on a task on a day) with the names it is shown with.
struct TimesheetRow
{
    QDate date;
    int userId = 0;
    QString userName;
    int taskId = 0;
    QString taskName;
    QString projectName;
    QString customerName;
    int minutes = 0;
    QString comment;
    bool isPending = false; // an edit not yet confirmed by the server
    friend bool operator==(const TimesheetRow &, const TimesheetRow &) = default;
};

// Reads the export's records from the account's cache: every cell with time, in date, user,
// customer, project and task order. Cells the user edited show the edited value (marked
// pending). Names of tasks or users not in the cache read "Task 12" / "User 3".
class TimesheetRows
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::TimesheetRows)
public:
    static QList<TimesheetRow> read(Store &store, const ExportScope &scope);
    // Whether every day of the scope was fetched from the server at least once (else the
    // caller fetches the missing ones first).
    static bool isComplete(Store &store, const ExportScope &scope);
};

} // namespace actidesk
