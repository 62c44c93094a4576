#pragma once

#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace actidesk {

// Leave taken per leave type, from the cache. actiTIME's API gives a leave type's balance
// category (PTO / Sick / None) but no balance amounts, so this is what can be shown honestly:
// the category and the leave taken in a period and in the calendar year so far.
struct LeaveSummary
{
    int leaveTypeId = 0;
    QString name;
    LeaveBalance balance = LeaveBalance::None;
    bool archived = false;
    int periodMinutes = 0; // in the period asked for
    int yearMinutes = 0; // Jan 1 .. today, of the days cached
    // True when every day Jan 1 .. today was fetched: yearMinutes is then the whole year so far;
    // otherwise it is a lower bound.
    bool yearComplete = false;
    friend bool operator==(const LeaveSummary &, const LeaveSummary &) = default;
};

// Summaries of the leave types with leave in the period or the year so far, plus every
// non-archived type with a PTO or Sick balance; PTO first, then Sick, then the rest, by name.
QList<LeaveSummary> leaveSummaries(Store &store, int userId, const QDate &from, const QDate &to,
                                   const QDate &today);

// "3d 4h 30m": whole days of a fixed 8 hours, then hours and minutes; 0 is "0h". A fixed day
// rather than the user's scheduled day length: the schedule is rarely cached for a whole year and
// may differ from day to day, and a fixed unit reads the same everywhere. Callers show the exact
// H:MM beside it and say what a day means.
class LeaveDays
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::LeaveDays)
public:
    static constexpr int MinutesPerDay = 8 * 60;
    static QString format(int minutes);
};

} // namespace actidesk
