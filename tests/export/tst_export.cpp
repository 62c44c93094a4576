// The export files: CSV (RFC 4180) and iCalendar written from the cache and read back - the CSV
// with a parser of its own here, the iCalendar with libical - with odd characters and empty
// periods; the records read from a Store.
#include "store.h"
#include "timesheetcsv.h"
#include "timesheetical.h"
#include "timesheetrows.h"

#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

// RFC 4180, strictly: records end with CRLF, quoted fields may hold anything, "" is a quote.
// Fails the test on anything else.
QList<QStringList> parseCsv(const QByteArray &data, QChar delimiter = u',')
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (!fieldStarted && c == u'"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    qWarning("unterminated quoted field");
                    return {};
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            fieldStarted = true;
            continue;
        }
        if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                qWarning("bare CR");
                return {};
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            qWarning("bare LF or quote outside a quoted field");
            return {};
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        qWarning("last record without CRLF");
        return {};
    }
    return records;
}

const QString kOdd = u"Say \"hi\", then\nleave; café 日本 🚀"_s;

QList<TimesheetRow> sampleRows()
{
    TimesheetRow a;
    a.date = QDate(2026, 11, 23);
    a.userId = 3;
    a.userName = u"Emma Wilson"_s;
    a.taskId = 1;
    a.taskName = u"Design, \"hull\""_s;
    a.projectName = u"Spaceship building"_s;
    a.customerName = u"Big Bang Company"_s;
    a.minutes = 150;
    a.comment = kOdd;
    TimesheetRow b = a;
    b.taskId = 2;
    b.taskName = u"Build engine"_s;
    b.minutes = 20;
    b.comment = u" leading and trailing "_s;
    TimesheetRow c = a;
    c.date = QDate(2026, 11, 24);
    c.minutes = 480;
    c.comment.clear();
    return {a, b, c};
}

ExportScope sampleScope()
{
    return {u"employee on 127.0.0.1:8080"_s, {3}, QDate(2026, 11, 23), QDate(2026, 11, 29)};
}

struct ParsedEvent
{
    QString uid, summary, description, taskId, minutes;
    QString start;
    int durationSeconds = 0;
};

struct ParsedCalendar
{
    QString name, account, period;
    QList<ParsedEvent> events;
};

QString xValue(icalcomponent *component, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    }
    return {};
}

ParsedCalendar parseIcs(const QByteArray &data)
{
    ParsedCalendar calendar;
    icalcomponent *root = icalparser_parse_string(data.constData());
    if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        qWarning("not a VCALENDAR");
        return calendar;
    }
    calendar.name = xValue(root, "X-WR-CALNAME");
    calendar.account = xValue(root, "X-ACTIDESK-ACCOUNT");
    calendar.period = xValue(root, "X-ACTIDESK-PERIOD");
    for (icalcomponent *e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        ParsedEvent event;
        event.uid = QString::fromUtf8(icalcomponent_get_uid(e));
        event.summary = QString::fromUtf8(icalcomponent_get_summary(e));
        const char *description = icalcomponent_get_description(e);
        event.description = description ? QString::fromUtf8(description) : QString();
        event.taskId = xValue(e, "X-ACTIDESK-TASK-ID");
        event.minutes = xValue(e, "X-ACTIDESK-MINUTES");
        event.start = QString::fromUtf8(icaltime_as_ical_string(icalcomponent_get_dtstart(e)));
        icalproperty *duration = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY);
        event.durationSeconds =
            duration ? icaldurationtype_as_int(icalproperty_get_duration(duration)) : -1;
        calendar.events.append(event);
    }
    icalcomponent_free(root);
    return calendar;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hoursAreRoundedInIntegers_data();
    void hoursAreRoundedInIntegers();
    void csvRoundTripsOddCharacters();
    void csvWithLocaleSeparators();
    void csvOfAnEmptyPeriodIsTheHeader();
    void taskListCsv();
    void icsRoundTripsOddCharacters();
    void icsPerTaskAndDaySumsUsers();
    void icsOfAnEmptyPeriodNamesItsPeriod();
    void rowsAreReadFromTheStore();
};

void TestExport::hoursAreRoundedInIntegers_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("hours");
    QTest::newRow("0") << 0 << u"0.00"_s;
    QTest::newRow("1") << 1 << u"0.02"_s;
    QTest::newRow("20") << 20 << u"0.33"_s;
    QTest::newRow("59") << 59 << u"0.98"_s;
    QTest::newRow("150") << 150 << u"2.50"_s;
    QTest::newRow("1440") << 1440 << u"24.00"_s;
    QTest::newRow("-90") << -90 << u"-1.50"_s;
}

void TestExport::hoursAreRoundedInIntegers()
{
    QFETCH(int, minutes);
    QFETCH(QString, hours);
    QCOMPARE(TimesheetCsv::hours(minutes, u'.'), hours);
}

void TestExport::csvRoundTripsOddCharacters()
{
    const QList<TimesheetRow> rows = sampleRows();
    const QByteArray data = TimesheetCsv::write(rows, sampleScope());
    QVERIFY(!data.startsWith("\xEF\xBB\xBF")); // UTF-8 without a byte order mark
    const QList<QStringList> records = parseCsv(data);
    QCOMPARE(records.size(), 1 + rows.size());
    QCOMPARE(records.first(), TimesheetCsv::header());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &r = records.at(i + 1);
        QCOMPARE(r.size(), TimesheetCsv::header().size());
        QCOMPARE(r.at(0), u"employee on 127.0.0.1:8080"_s);
        QCOMPARE(r.at(1), u"2026-11-23..2026-11-29"_s);
        QCOMPARE(r.at(2), rows.at(i).date.toString(Qt::ISODate));
        QCOMPARE(r.at(3), rows.at(i).userName);
        QCOMPARE(r.at(4), rows.at(i).customerName);
        QCOMPARE(r.at(5), rows.at(i).projectName);
        QCOMPARE(r.at(6), rows.at(i).taskName);
        QCOMPARE(r.at(7).toInt(), rows.at(i).minutes);
        QCOMPARE(r.at(8), TimesheetCsv::hours(rows.at(i).minutes, u'.'));
        QCOMPARE(r.at(9), rows.at(i).comment);
    }
}

void TestExport::csvWithLocaleSeparators()
{
    CsvOptions options;
    options.delimiter = u';';
    options.decimalSeparator = u',';
    const QByteArray data = TimesheetCsv::write(sampleRows(), sampleScope(), options);
    const QList<QStringList> records = parseCsv(data, u';');
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(1).at(8), u"2,50"_s);
    QCOMPARE(records.at(1).at(6), u"Design, \"hull\""_s);
    QCOMPARE(records.at(2).at(9), u" leading and trailing "_s);
}

void TestExport::csvOfAnEmptyPeriodIsTheHeader()
{
    const QByteArray data = TimesheetCsv::write({}, sampleScope());
    QCOMPARE(parseCsv(data), QList<QStringList>{TimesheetCsv::header()});
}

void TestExport::taskListCsv()
{
    Task task;
    task.id = 7;
    task.name = kOdd;
    task.projectName = u"P, one"_s;
    task.customerName = u"Ünïcødé"_s;
    task.status = TaskStatus::Completed;
    task.workflowStatusName = u"Done"_s;
    task.typeOfWorkName = u"engineering"_s;
    task.deadline = QDate(2026, 12, 31);
    task.estimatedMinutes = 90;
    task.description = u"line 1\r\nline 2"_s;
    Task open;
    open.id = 8;
    open.name = u"Plain"_s;
    const QList<QStringList> records =
        parseCsv(TaskListCsv::write({task, open}, u"admin on host"_s));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), TaskListCsv::header());
    QCOMPARE(records.at(1),
             (QStringList{u"admin on host"_s, u"7"_s, u"Ünïcødé"_s, u"P, one"_s, kOdd,
                          u"completed"_s, u"Done"_s, u"engineering"_s, u"2026-12-31"_s, u"90"_s,
                          u"1.50"_s, u"line 1\r\nline 2"_s}));
    QCOMPARE(records.at(2).at(5), u"open"_s);
    QCOMPARE(records.at(2).at(8), QString()); // no deadline
    QCOMPARE(records.at(2).at(9), QString()); // no estimate
}

void TestExport::icsRoundTripsOddCharacters()
{
    const QList<TimesheetRow> rows = sampleRows();
    IcalOptions options;
    options.uidDomain = u"127.0.0.1"_s;
    options.stamp = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    const QByteArray data = TimesheetIcal::write(rows, sampleScope(), options);
    const ParsedCalendar calendar = parseIcs(data);
    QVERIFY(calendar.name.contains(u"2026-11-23..2026-11-29"_s));
    QVERIFY(calendar.name.contains(u"employee on 127.0.0.1:8080"_s));
    QCOMPARE(calendar.account, u"employee on 127.0.0.1:8080"_s);
    QCOMPARE(calendar.period, u"2026-11-23..2026-11-29"_s);
    QCOMPARE(calendar.events.size(), rows.size());
    const ParsedEvent &first = calendar.events.at(0);
    QCOMPARE(first.description, kOdd);
    QCOMPARE(first.summary, u"Design, \"hull\" (2:30)"_s);
    QCOMPARE(first.taskId, u"1"_s);
    QCOMPARE(first.minutes, u"150"_s);
    QCOMPARE(first.durationSeconds, 150 * 60);
    QCOMPARE(first.start, u"20261123T090000"_s); // floating local time
    QCOMPARE(first.uid, u"actidesk-3-20261123-1@127.0.0.1"_s);
    // The day's second record follows the first.
    QCOMPARE(calendar.events.at(1).start, u"20261123T113000"_s);
    // Written as it is; libical's parser trims the spaces around a value when reading it.
    QVERIFY(data.contains("DESCRIPTION: leading and trailing \r\n"));
    QCOMPARE(calendar.events.at(1).description, u"leading and trailing"_s);
    QCOMPARE(calendar.events.at(2).start, u"20261124T090000"_s);
    QCOMPARE(calendar.events.at(2).description, QString()); // no comment: no DESCRIPTION
}

void TestExport::icsPerTaskAndDaySumsUsers()
{
    QList<TimesheetRow> rows = sampleRows();
    TimesheetRow other = rows.at(0);
    other.userId = 4;
    other.userName = u"Olga"_s;
    other.minutes = 30;
    other.comment = u"review"_s;
    rows.insert(1, other);
    IcalOptions options;
    options.grouping = IcalOptions::Grouping::PerTaskAndDay;
    ExportScope scope = sampleScope();
    scope.userIds = {3, 4};
    const ParsedCalendar calendar = parseIcs(TimesheetIcal::write(rows, scope, options));
    QCOMPARE(calendar.events.size(), 3); // (23rd, task 1), (23rd, task 2), (24th, task 1)
    QCOMPARE(calendar.events.at(0).minutes, u"180"_s);
    QCOMPARE(calendar.events.at(0).description, u"Emma Wilson: "_s + kOdd + u"\nOlga: review"_s);
}

void TestExport::icsOfAnEmptyPeriodNamesItsPeriod()
{
    const QByteArray data = TimesheetIcal::write({}, sampleScope());
    const ParsedCalendar calendar = parseIcs(data);
    QCOMPARE(calendar.events.size(), 0);
    QCOMPARE(calendar.period, u"2026-11-23..2026-11-29"_s);
    QVERIFY(data.contains("BEGIN:VCALENDAR"));
    QVERIFY(data.contains("VERSION:2.0"));
}

void TestExport::rowsAreReadFromTheStore()
{
    QTemporaryDir dir;
    OpenReport report;
    std::unique_ptr<Store> store = Store::open(dir.filePath(u"cache.sqlite"_s), &report);
    QVERIFY(store);
    Task design;
    design.id = 1;
    design.name = u"Design hull"_s;
    design.projectName = u"Spaceship building"_s;
    design.customerName = u"Big Bang Company"_s;
    Task engine = design;
    engine.id = 2;
    engine.name = u"Build engine"_s;
    QVERIFY(store->putTasks({design, engine}).ok());
    User emma;
    emma.id = 3;
    emma.fullName = u"Emma Wilson"_s;
    QVERIFY(store->putUsers({emma}).ok());
    const QDate monday(2026, 11, 23);
    const QDateTime fetched(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    QVERIFY(store
                ->putServerTimetrack(3, monday, monday.addDays(6),
                                     {{3, monday, 1, 120, kOdd},
                                      {3, monday.addDays(1), 2, 60, {}},
                                      {3, monday, 2, 30, {}}},
                                     fetched)
                .ok());
    QVERIFY(store->editTimetrackCell(3, monday.addDays(2), 1, 45, u"offline"_s).ok());

    ExportScope scope{u"employee on host"_s, {3}, monday, monday.addDays(6)};
    QVERIFY(TimesheetRows::isComplete(*store, scope));
    QVERIFY(!TimesheetRows::isComplete(*store, {u"x"_s, {3}, monday, monday.addDays(7)}));
    const QList<TimesheetRow> rows = TimesheetRows::read(*store, scope);
    QCOMPARE(rows.size(), 4);
    // Date order, then customer / project / task by name: "Build engine" before "Design hull".
    QCOMPARE(rows.at(0).taskName, u"Build engine"_s);
    QCOMPARE(rows.at(0).minutes, 30);
    QCOMPARE(rows.at(1).taskName, u"Design hull"_s);
    QCOMPARE(rows.at(1).comment, kOdd);
    QCOMPARE(rows.at(1).userName, u"Emma Wilson"_s);
    QCOMPARE(rows.at(2).date, monday.addDays(1));
    QCOMPARE(rows.at(3).date, monday.addDays(2));
    QVERIFY(rows.at(3).isPending);
    QVERIFY(!rows.at(1).isPending);
    // A period with nothing in it.
    QVERIFY(TimesheetRows::read(*store, {u"x"_s, {3}, monday.addDays(7), monday.addDays(13)})
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
