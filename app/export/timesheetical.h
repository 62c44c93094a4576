#pragma once

#include "timesheetrows.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

namespace actidesk {

struct IcalOptions
{
    enum class Grouping {
        PerRecord, // one event per time-track record (user, day, task)
        PerTaskAndDay, // one per task and day: the records of several users (a review) summed
    };
    Grouping grouping = Grouping::PerRecord;
    // Records have a duration but no time of day: a day's events follow each other from here,
    // in floating (local) time, so a calendar shows the day's work as a block.
    QTime dayStart{9, 0};
    // The right-hand side of each event's UID (stable across exports, so a calendar that
    // imports the file again updates the events instead of doubling them): e.g. the server.
    QString uidDomain = QStringLiteral("actidesk.invalid");
    QDateTime stamp; // DTSTAMP (UTC); the export's time
};

// The timesheet of a period as iCalendar (RFC 5545), written with libical: a VCALENDAR named
// after the account and the period (X-WR-CALNAME, and the same in X-ACTIDESK-ACCOUNT and
// X-ACTIDESK-PERIOD), one VEVENT per record (or per task and day) with the task and its time as
// SUMMARY, the comment as DESCRIPTION, DTSTART and DURATION, and X-ACTIDESK-PROJECT
// ("customer / project"), X-ACTIDESK-TASK-ID and X-ACTIDESK-MINUTES for scripts.
class TimesheetIcal
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::TimesheetIcal)
public:
    static QByteArray write(const QList<TimesheetRow> &rows, const ExportScope &scope,
                            const IcalOptions &options = {});
};

} // namespace actidesk
