#pragma once

#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace actidesk {

class DurationFormat;

// One day of a leave range as it will be written (or why it will not be).
struct PlannedLeaveDay
{
    enum class Outcome {
        Add, // no leave of this type on the day yet
        Replace, // leave of this type exists with another value
        Skip, // nothing is written; `reason` says why
    };
    QDate date;
    int minutes = 0; // what will be written (Add / Replace), or would have been (Skip, else 0)
    int existingMinutes = 0; // leave of this type already on the day
    int trackedMinutes = 0; // time-track (hours on tasks) already on the day
    Outcome outcome = Outcome::Skip;
    QString reason; // Skip only
    bool writes() const { return outcome != Outcome::Skip; }
    friend bool operator==(const PlannedLeaveDay &, const PlannedLeaveDay &) = default;
};

// Expands leave over a date range into per-day records against the user's schedule. Pure logic:
// everything it needs is given (fromStore() reads it from the cache). A day is written only when
// its schedule is known and says it is a working day, and it is neither approved nor locked;
// a day whose schedule is not cached is skipped, never guessed.
class LeavePlan
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::LeavePlan)
public:
    static constexpr int MaxDays = 366;

    struct DayStatus
    {
        bool approved = false;
        bool locked = false;
    };
    struct Input
    {
        int leaveTypeId = 0;
        QDate from;
        QDate to;
        // Minutes to put on each working day; unset = the day's scheduled minutes.
        std::optional<int> minutesPerDay;
        // Scheduled minutes of the days known (may reach beyond from..to: the days around tell a
        // holiday from a regular day off). A day missing here is "not known".
        QHash<QDate, int> scheduled;
        QHash<QDate, DayStatus> status; // days missing here are neither approved nor locked
        QHash<QDate, int> existing; // minutes of this leave type already on a day
        QHash<QDate, int> tracked; // minutes of time-track already on a day
        void addSchedule(const Schedule &schedule);
    };
    struct ApplyResult
    {
        int written = 0;
        QDate failedOn; // invalid when every day was written
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    explicit LeavePlan(const Input &input);
    // Reads the schedule (the range and a week either side), approvals, days learned locked,
    // existing leave and tracked time of `userId` from the Store. A lock not learned yet is
    // refused by the server and the outbox shows its message.
    static LeavePlan fromStore(Store &store, int userId, int leaveTypeId, const QDate &from,
                               const QDate &to, std::optional<int> minutesPerDay);

    // Empty when the range could be planned; a sentence for the user otherwise (then days() is
    // empty).
    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }
    const Input &input() const { return m_input; }
    const QList<PlannedLeaveDay> &days() const { return m_days; }
    int writeCount() const;
    int writeMinutes() const;
    // True when some day was skipped because its schedule is not cached (fetch it, then re-plan).
    bool scheduleMissing() const { return m_scheduleMissing; }
    // The days that will get leave although time is already tracked on them, in date order.
    QList<PlannedLeaveDay> daysWithTrackedTime() const;
    // A sentence naming those days and their tracked time, e.g. "Time is already tracked on
    // Mon 23 Nov (8:00) and Tue 24 Nov (2:30) …"; empty when there are none.
    QString trackedTimeWarning(const DurationFormat &format, const QLocale &locale = {}) const;

    // Writes every Add / Replace day with Store::editLeaveCell, in date order, and stops at the
    // first failure (reported with its day); days written before it stay written.
    ApplyResult apply(Store &store, int userId) const;

private:
    void plan();
    QString offReason(const QDate &date) const;

    Input m_input;
    QString m_error;
    QList<PlannedLeaveDay> m_days;
    bool m_scheduleMissing = false;
};

} // namespace actidesk
