#include "timesheetical.h"

#include "duration.h"
#include "timesheetcsv.h"

#include <QHash>
#include <QMap>

#include <libical/ical.h>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

struct Event
{
    QDate date;
    int userId = 0; // the stack of events the day is laid out in (0: everybody's)
    int taskId = 0;
    QString uid;
    QString summary;
    QString categories; // "customer / project"
    QString description;
    int minutes = 0;
};

icalproperty *xProperty(const char *name, const QString &value)
{
    icalproperty *property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    return property;
}

icaltimetype floatingTime(const QDate &date, const QTime &time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = 0;
    t.is_date = 0;
    t.zone = nullptr; // floating: the calendar's local time
    return icaltime_normalize(t);
}

QList<Event> eventsOf(const QList<TimesheetRow> &rows, const IcalOptions &options)
{
    QList<Event> events;
    if (options.grouping == IcalOptions::Grouping::PerRecord) {
        for (const TimesheetRow &row : rows) {
            Event event;
            event.date = row.date;
            event.userId = row.userId;
            event.taskId = row.taskId;
            event.uid = u"actidesk-%1-%2-%3@%4"_s.arg(
                QString::number(row.userId), row.date.toString(u"yyyyMMdd"_s),
                QString::number(row.taskId), options.uidDomain);
            event.summary = row.taskName;
            event.categories = row.customerName + u" / "_s + row.projectName;
            event.description = row.comment;
            event.minutes = row.minutes;
            events.append(event);
        }
        return events;
    }
    // Per task and day: rows are in date order, so a map per day keeps them together.
    QMap<std::pair<qint64, int>, qsizetype> index;
    for (const TimesheetRow &row : rows) {
        const std::pair key{row.date.toJulianDay(), row.taskId};
        auto found = index.find(key);
        if (found == index.end()) {
            Event event;
            event.date = row.date;
            event.taskId = row.taskId;
            event.uid = u"actidesk-task-%1-%2@%3"_s.arg(
                row.date.toString(u"yyyyMMdd"_s), QString::number(row.taskId), options.uidDomain);
            event.summary = row.taskName;
            event.categories = row.customerName + u" / "_s + row.projectName;
            found = index.insert(key, events.size());
            events.append(event);
        }
        Event &event = events[*found];
        event.minutes += row.minutes;
        if (!row.comment.isEmpty()) {
            if (!event.description.isEmpty())
                event.description += u'\n';
            event.description += row.userName + u": "_s + row.comment;
        }
    }
    return events;
}

} // namespace

QByteArray TimesheetIcal::write(const QList<TimesheetRow> &rows, const ExportScope &scope,
                                const IcalOptions &options)
{
    const QString period = TimesheetCsv::period(scope);
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//ActiDesk//Timesheet//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(
        calendar, xProperty("X-WR-CALNAME", tr("Timesheet %1 (%2)").arg(period, scope.account)));
    icalcomponent_add_property(calendar, xProperty("X-ACTIDESK-ACCOUNT", scope.account));
    icalcomponent_add_property(calendar, xProperty("X-ACTIDESK-PERIOD", period));

    const icaltimetype stamp = icaltime_from_timet_with_zone(
        options.stamp.isValid() ? options.stamp.toSecsSinceEpoch() : 0, 0,
        icaltimezone_get_utc_timezone());
    const DurationFormat format;
    QHash<std::pair<qint64, int>, int> dayOffsetMinutes; // (day, stack) → minutes laid out
    for (const Event &event : eventsOf(rows, options)) {
        int &offset = dayOffsetMinutes[{event.date.toJulianDay(), event.userId}];
        const QTime start = options.dayStart.addSecs(qint64(offset) * 60);
        // A day's stack that would pass midnight starts again at the day's start.
        const QTime begin = start < options.dayStart ? options.dayStart : start;
        offset += event.minutes;

        icalcomponent *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.toUtf8().constData()));
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_dtstart(floatingTime(event.date, begin)));
        icalcomponent_add_property(
            vevent, icalproperty_new_duration(icaldurationtype_from_int(event.minutes * 60)));
        const QString summary = event.summary + u" ("_s + format.format(event.minutes) + u')';
        icalcomponent_add_property(vevent, icalproperty_new_summary(summary.toUtf8().constData()));
        icalcomponent_add_property(vevent, xProperty("X-ACTIDESK-PROJECT", event.categories));
        if (!event.description.isEmpty())
            icalcomponent_add_property(
                vevent, icalproperty_new_description(event.description.toUtf8().constData()));
        icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_property(vevent,
                                   xProperty("X-ACTIDESK-TASK-ID", QString::number(event.taskId)));
        icalcomponent_add_property(vevent,
                                   xProperty("X-ACTIDESK-MINUTES", QString::number(event.minutes)));
        icalcomponent_add_component(calendar, vevent);
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray result(text);
    std::free(text);
    icalcomponent_free(calendar);
    return result;
}

} // namespace actidesk
