#pragma once

#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace actidesk {

class TimesheetModel;

// "Copy the previous week": which of last week's rows come over, and, when hours are copied, which
// days take their time and which are skipped and why. Planned from the Store alone so the user
// sees the outcome before anything is written; applied through the TimesheetModel so every write
// goes the usual way (cell + outbox entry, read-only rules, narrow signals).
class WeekCopyPlan
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::WeekCopyPlan)
public:
    enum class Outcome {
        Nothing, // no time that day last week (or hours are not copied)
        Copy,
        Skip,
    };
    // Why a row or a day is skipped. The cache holds no lock flag apart from approval, so a day
    // locked by other means is refused by the server (and shown as Rejected).
    enum class Reason {
        None,
        CompletedTask,
        UnknownTask, // not in the cache (yet)
        ApprovedDay,
        NonWorkingDay, // scheduled 0 minutes
        ScheduleUnknown, // the target week's schedule is not cached
        AlreadyHasTime, // never overwrite time the target cell already has
    };

    struct Day
    {
        QDate source;
        QDate target;
        int minutes = 0; // last week's
        Outcome outcome = Outcome::Nothing;
        Reason reason = Reason::None;
    };
    struct Row
    {
        int taskId = 0;
        QString customerName;
        QString projectName;
        QString taskName;
        Reason skip = Reason::None; // the whole row is left out
        std::array<Day, 7> days;
    };
    struct Result
    {
        int rowsAdded = 0;
        int cellsCopied = 0;
        int failures = 0;
        QString firstError;
    };

    static WeekCopyPlan plan(Store &store, int userId, const QDate &targetWeekStart,
                             bool withHours);
    static QString reasonText(Reason reason);

    // Shows the target week in `model` if needed, adds the rows it lacks, then writes the Copy
    // days. Stops at nothing: every failure is counted, the first one reported.
    Result apply(TimesheetModel &model) const;

    QDate sourceWeekStart() const { return m_targetStart.addDays(-7); }
    QDate targetWeekStart() const { return m_targetStart; }
    bool withHours() const { return m_withHours; }
    const QList<Row> &rows() const { return m_rows; }
    int rowsToAdd() const;
    int cellsToCopy() const;
    int cellsSkipped() const;

private:
    QDate m_targetStart;
    bool m_withHours = false;
    QList<Row> m_rows;
};

} // namespace actidesk
