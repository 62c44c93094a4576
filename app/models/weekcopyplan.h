#pragma once

#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>

namespace actidesk {

class DurationFormat;
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
    // Why a row or a day is skipped. A lock the server has not refused a write with yet is not
    // known here: the server refuses that copy (and the cell shows it as Rejected).
    enum class Reason {
        None,
        CompletedTask,
        UnknownTask, // not in the cache (yet)
        ApprovedDay,
        LockedDay, // the server refused a change on the day as locked (Store::markDayLocked)
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
    // One day of the target week after the copy. The existing time and leave are counted as
    // the timesheet counts them (values the server refused left out).
    struct DayTotal
    {
        QDate date;
        int existing = 0; // time already on the day
        int leave = 0;
        int copied = 0; // what the plan adds
        std::optional<int> scheduled; // unset when the schedule is not cached
        int total() const { return existing + copied; }
        // Minutes beyond the schedule once copied, leave counting toward it as in the
        // timesheet's overtime; 0 when the copy adds nothing that day or it stays within.
        int overBy() const
        {
            return copied > 0 && scheduled ? std::max(0, total() + leave - *scheduled) : 0;
        }
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

    // How well last week is known here. A copy is planned only from a week read from the server
    // (never "nothing to copy" about a week not read), and one read more than SourceMaxAgeMinutes
    // ago is read again first: it may have been changed on the web or another computer since,
    // while ten minutes cover going back and forth between the weeks without a request each time.
    static constexpr int SourceMaxAgeMinutes = 10;
    enum class SourceState {
        Fresh, // every day of last week read within SourceMaxAgeMinutes
        Stale, // every day read, some longer ago
        NotCached, // some day never read
    };
    static SourceState sourceState(Store &store, int userId, const QDate &targetWeekStart,
                                   const QDateTime &now);

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
    // The target week's days after the copy (filled also when there is nothing to copy).
    const std::array<DayTotal, 7> &dayTotals() const { return m_totals; }
    // The days the copy would take beyond their schedule, in date order.
    QList<DayTotal> daysOverSchedule() const;
    // A sentence naming those days with their totals; empty when there are none.
    QString overScheduleWarning(const DurationFormat &format, const QLocale &locale = {}) const;

private:
    QDate m_targetStart;
    bool m_withHours = false;
    QList<Row> m_rows;
    std::array<DayTotal, 7> m_totals;
};

} // namespace actidesk
