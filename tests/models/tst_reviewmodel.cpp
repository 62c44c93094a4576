// ReviewModel and ReviewFilterModel over a Store: every member (with or without time), leave by
// type, schedule, the timesheet's difference rule, approved and missing days, week and month;
// narrow updates on a refresh (rows inserted / removed, one row's cells changed, never a reset);
// filters and sorting.
#include "reviewfiltermodel.h"
#include "reviewmodel.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestReviewModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const QDate m_monday = QDate(2024, 3, 4);
    const QDate m_sunday = QDate(2024, 3, 10);

    static User user(int id, const QString &name, int department = -1, int zone = -1)
    {
        User u;
        u.id = id;
        u.username = name.toLower();
        u.fullName = name;
        u.departmentId = department;
        u.timeZoneGroupId = zone;
        return u;
    }
    // The week of userId as a team refresh stores it: every day fetched.
    void fetchWeek(int userId, const QList<TimetrackRecord> &records, bool approveMonday = false)
    {
        QList<TimetrackDay> days;
        for (int day = 0; day < 7; ++day) {
            TimetrackDay d;
            d.userId = userId;
            d.date = m_monday.addDays(day);
            d.approved = approveMonday && day == 0;
            for (const TimetrackRecord &record : records) {
                if (record.date == d.date)
                    d.records.append(record);
            }
            if (!d.records.isEmpty())
                days.append(d);
        }
        QVERIFY(m_store->putServerTimetrackDays(userId, m_monday, m_sunday, days,
                                                QDateTime(m_monday, QTime(9, 0))));
    }
    void fetchLeave(int userId, const QList<LeaveRecord> &records)
    {
        QVERIFY(m_store->putServerLeave(userId, m_monday, m_sunday, records,
                                        QDateTime(m_monday, QTime(9, 0))));
    }
    // 8:00 on weekdays, nothing at the weekend.
    void schedule(int userId)
    {
        QVERIFY(m_store->putSchedule(userId, {m_monday, {480, 480, 480, 480, 480, 0, 0}}));
    }
    static int rowOf(const QAbstractItemModel &model, int userId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ReviewModel::UserIdRole).toInt() == userId)
                return row;
        }
        return -1;
    }
    static QVariant cell(const ReviewModel &model, int userId, int column, int role)
    {
        return model.index(model.rowOfUser(userId), column).data(role);
    }
    static QVariant day(const ReviewModel &model, int userId, int day, int role)
    {
        return cell(model, userId, ReviewModel::FirstDayColumn + day, role);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::open(m_dir.filePath(u"review.sqlite"_s), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putDepartments({{10, u"Design"_s, false}, {11, u"Sales"_s, false}}));
        QVERIFY(m_store->putTimeZoneGroups({{-1, u"Berlin"_s, u"Europe/Berlin"_s, true}}));
        QVERIFY(m_store->putLeaveTypes({{1, u"Vacation"_s, LeaveBalance::Pto, 1.0, false}}));
        QVERIFY(m_store->putUsers({user(5, u"Zoe Young"_s, 10), user(6, u"Adam Baker"_s, 11),
                                   user(7, u"Nina Cole"_s, 10)}));
        // Zoe: Monday 1:00 (approved), Tuesday 1:30, Saturday 2:00.
        fetchWeek(5,
                  {{5, m_monday, 100, 60, {}},
                   {5, m_monday.addDays(1), 100, 90, {}},
                   {5, m_monday.addDays(5), 100, 120, {}}},
                  true);
        // Adam: Monday 8:00, Tuesday a day of vacation.
        fetchWeek(6, {{6, m_monday, 100, 480, {}}});
        fetchLeave(6, {{6, m_monday.addDays(1), 1, 480}});
        // Nina: in the team, fetched, without any time.
        fetchWeek(7, {});
        for (const int id : {5, 6, 7})
            schedule(id);
        QVERIFY(m_store->setMeta(metakeys::TeamMembers, u"5,6,7"_s));
        QVERIFY(m_store->setMeta(Store::teamAsOfKey(m_monday, m_sunday),
                                 u"2024-03-06T12:00:00.000Z"_s));
    }
    void cleanup() { m_store.reset(); }

    void listsEveryMemberWithOrWithoutTime()
    {
        ReviewModel model(*m_store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        model.setToday(m_sunday);
        model.setPeriod(m_monday, m_sunday);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), ReviewModel::FirstDayColumn + 7);
        // By name; Nina has no time at all and is listed all the same.
        QCOMPARE(model.nameAt(0), u"Adam Baker"_s);
        QCOMPARE(model.nameAt(1), u"Nina Cole"_s);
        QCOMPARE(model.nameAt(2), u"Zoe Young"_s);
        QCOMPARE(cell(model, 7, ReviewModel::TrackedColumn, ReviewModel::MinutesRole).toInt(), 0);
        QCOMPARE(cell(model, 7, ReviewModel::DepartmentColumn, Qt::DisplayRole).toString(),
                 u"Design"_s);
        QCOMPARE(cell(model, 6, ReviewModel::TimeZoneGroupColumn, Qt::DisplayRole).toString(),
                 u"Berlin"_s);
        QCOMPARE(model.asOf(), QDateTime(QDate(2024, 3, 6), QTime(12, 0), Qt::UTC));
        QCOMPARE(
            model.headerData(ReviewModel::FirstDayColumn, Qt::Horizontal, ReviewModel::DateRole)
                .toDate(),
            m_monday);
    }

    void showsLeaveScheduleDifferenceApprovalAndMissingDays()
    {
        ReviewModel model(*m_store);
        model.setToday(m_sunday);
        model.setPeriod(m_monday, m_sunday);
        // Adam's Tuesday: a day of vacation, by type, counted toward the schedule.
        QCOMPARE(day(model, 6, 1, ReviewModel::LeaveMinutesRole).toInt(), 480);
        QCOMPARE(day(model, 6, 1, ReviewModel::LeaveTypesRole).toStringList(),
                 QStringList{u"Vacation 8:00"_s});
        QVERIFY(day(model, 6, 1, Qt::DisplayRole).toString().contains(u"8:00"_s));
        QVERIFY(day(model, 6, 1, Qt::ToolTipRole).toString().contains(u"Vacation 8:00"_s));
        QCOMPARE(day(model, 6, 1, ReviewModel::DifferenceRole).toInt(), 0);
        QCOMPARE(day(model, 6, 1, ReviewModel::ScheduledMinutesRole).toInt(), 480);
        QCOMPARE(day(model, 6, 1, ReviewModel::MissingRole).toBool(), false);
        QCOMPARE(cell(model, 6, ReviewModel::LeaveColumn, ReviewModel::LeaveMinutesRole).toInt(),
                 480);
        // Wednesday to Friday nothing: three days missing, 24 hours short.
        QCOMPARE(day(model, 6, 2, ReviewModel::MissingRole).toBool(), true);
        QCOMPARE(cell(model, 6, ReviewModel::MissingColumn, ReviewModel::MissingRole).toInt(), 3);
        QCOMPARE(cell(model, 6, ReviewModel::DifferenceColumn, ReviewModel::DifferenceRole).toInt(),
                 -3 * 480);
        QCOMPARE(cell(model, 6, ReviewModel::DifferenceColumn, Qt::DisplayRole).toString(),
                 u"-24:00"_s);
        QCOMPARE(cell(model, 6, ReviewModel::ScheduledColumn, Qt::DisplayRole).toString(),
                 u"40:00"_s);
        // Zoe: Saturday is a day off, every minute of it overtime; Monday is approved.
        QCOMPARE(day(model, 5, 5, ReviewModel::DifferenceRole).toInt(), 120);
        QCOMPARE(day(model, 5, 0, ReviewModel::DifferenceRole).toInt(), 60 - 480);
        QCOMPARE(day(model, 5, 0, ReviewModel::ApprovedRole).toBool(), true);
        QCOMPARE(day(model, 5, 1, ReviewModel::ApprovedRole).toBool(), false);
        QCOMPARE(cell(model, 5, ReviewModel::ApprovedColumn, Qt::DisplayRole).toString(), u"1/3"_s);
        QCOMPARE(cell(model, 5, ReviewModel::TrackedColumn, Qt::DisplayRole).toString(), u"4:30"_s);
        QCOMPARE(cell(model, 5, ReviewModel::DifferenceColumn, ReviewModel::DifferenceRole).toInt(),
                 270 - 5 * 480);
        QCOMPARE(cell(model, 5, ReviewModel::MissingColumn, ReviewModel::MissingRole).toInt(), 5);
        // Days to come have no difference and miss nothing yet.
        model.setToday(m_monday.addDays(2)); // Wednesday
        QCOMPARE(cell(model, 6, ReviewModel::MissingColumn, ReviewModel::MissingRole).toInt(), 1);
        QCOMPARE(cell(model, 6, ReviewModel::DifferenceColumn, ReviewModel::DifferenceRole).toInt(),
                 -480);
        QVERIFY(day(model, 6, 3, ReviewModel::DifferenceRole).isNull());
    }

    void monthPeriod()
    {
        ReviewModel model(*m_store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        model.setToday(QDate(2024, 3, 31));
        model.setPeriod(QDate(2024, 3, 1), QDate(2024, 3, 31));
        QCOMPARE(model.columnCount(), ReviewModel::FirstDayColumn + 31);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 5, ReviewModel::TrackedColumn, ReviewModel::MinutesRole).toInt(), 270);
        // 4 March is the fourth day of the month.
        QCOMPARE(day(model, 6, 3, ReviewModel::MinutesRole).toInt(), 480);
        // Days outside the fetched week are not known to miss anything.
        QCOMPARE(cell(model, 6, ReviewModel::MissingColumn, ReviewModel::MissingRole).toInt(), 3);
        QVERIFY(!model.asOf().isValid()); // the month itself was never fetched for the review
    }

    void refreshUpdatesNarrowlyWithoutReset()
    {
        ReviewModel model(*m_store);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        model.setToday(m_sunday);
        model.setPeriod(m_monday, m_sunday);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // A refresh changes Zoe's Monday only: the model re-reads by itself, one row changes.
        const int reloads = model.reloadCount();
        QVERIFY(m_store->writeTogether([&]() {
            QList<TimetrackDay> days{{5, m_monday, true, {{5, m_monday, 100, 120, {}}}}};
            StoreResult r = m_store->putServerTimetrackDays(5, m_monday, m_monday, days,
                                                            QDateTime(m_monday, QTime(10, 0)));
            if (r)
                r = m_store->setMeta(Store::teamAsOfKey(m_monday, m_sunday),
                                     u"2024-03-07T12:00:00.000Z"_s);
            return r;
        }));
        QTRY_COMPARE(model.reloadCount(), reloads + 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), model.rowOfUser(5));
        QCOMPARE(bottomRight.row(), model.rowOfUser(5));
        QCOMPARE(topLeft.column(), int(ReviewModel::TrackedColumn));
        QCOMPARE(bottomRight.column(), int(ReviewModel::FirstDayColumn)); // Monday
        QCOMPARE(day(model, 5, 0, ReviewModel::MinutesRole).toInt(), 120);

        // A new member arrives, another leaves: rows inserted and removed, no reset.
        QVERIFY(m_store->putUsers({user(8, u"Bea Adler"_s, 11)}));
        QVERIFY(m_store->setMeta(metakeys::TeamMembers, u"5,6,8"_s));
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_VERIFY(model.rowOfUser(8) >= 0);
        QCOMPARE(model.rowOfUser(7), -1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.nameAt(0), u"Adam Baker"_s);
        QCOMPARE(model.nameAt(1), u"Bea Adler"_s);
        QCOMPARE(reset.size(), 0);

        // Another user's days (not a member) cost no re-read.
        const int before = model.reloadCount();
        fetchWeek(99, {{99, m_monday, 100, 60, {}}});
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(model.reloadCount(), before);
    }

    void filtersAndSorts()
    {
        ReviewModel model(*m_store);
        model.setToday(m_monday.addDays(2)); // Wednesday
        model.setPeriod(m_monday, m_sunday);
        ReviewFilterModel proxy;
        proxy.setSourceModel(&model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        QCOMPARE(proxy.rowCount(), 3);

        // Only people with missing time: Zoe (Mon–Wed short) and Adam (Wednesday) — Nina too,
        // with nothing at all.
        proxy.setOnlyMissing(true);
        QCOMPARE(proxy.rowCount(), 3);
        fetchWeek(7,
                  {{7, m_monday, 100, 480, {}},
                   {7, m_monday.addDays(1), 100, 480, {}},
                   {7, m_monday.addDays(2), 100, 480, {}}});
        QTRY_COMPARE(proxy.rowCount(), 2);
        QCOMPARE(rowOf(proxy, 7), -1);
        proxy.setOnlyMissing(false);

        proxy.setDepartment(10);
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(rowOf(proxy, 6) < 0);
        proxy.setDepartment(std::nullopt);
        proxy.setSearch(u"  co "_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Nina Cole"_s);
        proxy.setSearch({});
        proxy.setTimeZoneGroup(-1);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTimeZoneGroup(4);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTimeZoneGroup(std::nullopt);

        // Most undertime first.
        proxy.sort(ReviewModel::DifferenceColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ReviewModel::UserIdRole).toInt(), 5); // 2:30 of 24:00
        QCOMPARE(proxy.index(2, 0).data(ReviewModel::UserIdRole).toInt(), 7); // on schedule
        proxy.sort(ReviewModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Zoe Young"_s);
    }

    void filtersByProjectOrCustomerOfThePeriod()
    {
        // Zoe and Adam track on task 100 (Acme › Hull), Nina on task 200 (Beta › Web) on
        // Wednesday only.
        Task hull;
        hull.id = 100;
        hull.name = u"Design"_s;
        hull.projectId = 1;
        hull.projectName = u"Hull"_s;
        hull.customerId = 1;
        hull.customerName = u"Acme"_s;
        Task web = hull;
        web.id = 200;
        web.projectId = 2;
        web.projectName = u"Web"_s;
        web.customerId = 2;
        web.customerName = u"Beta"_s;
        QVERIFY(m_store->putTasks({hull, web}));
        fetchWeek(7, {{7, m_monday.addDays(2), 200, 60, {}}});

        ReviewModel model(*m_store);
        model.setToday(m_sunday);
        model.setPeriod(m_monday, m_sunday);
        const ReviewModel::PeriodWork work = model.periodWork();
        QCOMPARE(work.projects.size(), 2);
        QCOMPARE(work.projects.at(0).name, u"Acme › Hull"_s);
        QCOMPARE(work.projects.at(0).userIds, (QSet<int>{5, 6}));
        QCOMPARE(work.projects.at(1).name, u"Beta › Web"_s);
        QCOMPARE(work.projects.at(1).userIds, QSet<int>{7});
        QCOMPARE(work.customers.size(), 2);
        QCOMPARE(work.customers.at(1).name, u"Beta"_s);
        QCOMPARE(work.customers.at(1).userIds, QSet<int>{7});

        ReviewFilterModel proxy;
        proxy.setSourceModel(&model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        proxy.setMembers(work.projects.at(0).userIds);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(rowOf(proxy, 7), -1);
        proxy.setMembers(work.customers.at(1).userIds);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ReviewModel::UserIdRole).toInt(), 7);
        proxy.setMembers(std::nullopt);
        QCOMPARE(proxy.rowCount(), 3);

        // The week before: nobody tracked anything.
        model.setPeriod(m_monday.addDays(-7), m_sunday.addDays(-7));
        QVERIFY(model.periodWork().projects.isEmpty());
    }

    void saysWhyAMembersTimeIsReadOnly()
    {
        User zoe = user(5, u"Zoe Young"_s, 10);
        zoe.canSubmitTimetrack = true;
        User adam = user(6, u"Adam Baker"_s, 11);
        User nina = user(7, u"Nina Cole"_s, 10);
        nina.active = false;
        QVERIFY(m_store->putUsers({zoe, adam, nina}));
        ReviewModel model(*m_store);
        model.setPeriod(m_monday, m_sunday);
        QCOMPARE(model.readOnlyReason(5), QString());
        QVERIFY(model.readOnlyReason(6).contains(u"Adam Baker"_s));
        QVERIFY(model.readOnlyReason(7).contains(u"disabled"_s));
        QCOMPARE(model.readOnlyReason(42), QString()); // not cached: the server decides
    }
};

QTEST_GUILESS_MAIN(TestReviewModel)
#include "tst_reviewmodel.moc"
