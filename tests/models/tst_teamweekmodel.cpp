// TeamWeekModel over a Store: team members × days from the cached time-track, totals, approval
// and "not fetched" tooltips, the week honouring the server's first day of week.
#include "store.h"
#include "teamweekmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestTeamWeekModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const QDate m_monday = QDate(2024, 3, 4);

    static User user(int id, const QString &name)
    {
        User u;
        u.id = id;
        u.username = name.toLower();
        u.fullName = name;
        return u;
    }
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
            days.append(d);
        }
        QVERIFY(m_store->putServerTimetrackDays(userId, m_monday, m_monday.addDays(6), days,
                                                QDateTime::currentDateTimeUtc()));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::open(m_dir.filePath(u"team.sqlite"_s), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putUsers(
            {user(5, u"Zoe Young"_s), user(6, u"Adam Baker"_s), user(7, u"Nina Cole"_s)}));
        Task task;
        task.id = 100;
        task.name = u"Design"_s;
        task.projectName = u"Web"_s;
        QVERIFY(m_store->putTasks({task}));
        fetchWeek(5, {{5, m_monday, 100, 60, {}}, {5, m_monday.addDays(1), 100, 90, {}}}, true);
        fetchWeek(6, {{6, m_monday, 100, 480, {}}});
        // 7 is a member whose week was never fetched.
        QVERIFY(m_store->setMeta(u"team.userIds"_s, u"5,6,7"_s));
    }
    void cleanup() { m_store.reset(); }

    void showsMembersDaysAndTotals()
    {
        TeamWeekModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no week yet
        model.setWeek(m_monday.addDays(3));
        QCOMPARE(model.weekStart(), m_monday);
        QCOMPARE(model.rowCount(), 4); // three members sorted by name, then Total
        QCOMPARE(model.index(0, 0).data().toString(), u"Adam Baker"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"Nina Cole"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"Zoe Young"_s);
        QCOMPARE(model.index(3, 0).data().toString(), u"Total"_s);
        QCOMPARE(model.index(2, TeamWeekModel::FirstDayColumn).data().toString(), u"1:00"_s);
        QCOMPARE(
            model.index(2, TeamWeekModel::TotalColumn).data(TeamWeekModel::MinutesRole).toInt(),
            150);
        QCOMPARE(
            model.index(3, TeamWeekModel::FirstDayColumn).data(TeamWeekModel::MinutesRole).toInt(),
            540);
        QCOMPARE(model.index(3, TeamWeekModel::TotalColumn).data().toString(), u"10:30"_s);
        QCOMPARE(model.index(2, TeamWeekModel::FirstDayColumn)
                     .data(TeamWeekModel::ApprovedRole)
                     .toBool(),
                 true);
        QVERIFY(model.index(2, TeamWeekModel::FirstDayColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Web › Design: 1:00"_s));
        QVERIFY(model.index(2, TeamWeekModel::FirstDayColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Approved"_s));
        QCOMPARE(model.index(1, TeamWeekModel::FirstDayColumn).data(Qt::ToolTipRole).toString(),
                 u"Not fetched yet"_s);
        QCOMPARE(model.index(1, TeamWeekModel::TotalColumn).data().toString(), QString());
    }

    void reloadIsNarrowAndCellsAreReadOnly()
    {
        TeamWeekModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(m_monday);
        const QModelIndex monday = model.index(0, TeamWeekModel::FirstDayColumn); // Adam, 8:00
        QCOMPARE(monday.data().toString(), u"8:00"_s);
        QVERIFY(!(monday.flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(monday, 60));
        QVERIFY(!monday.data(TeamWeekModel::ReadOnlyReasonRole).toString().isEmpty());
        QCOMPARE(monday.data(TeamWeekModel::UserIdRole).toInt(), 6);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_store->setMeta(u"team.userIds"_s, u"5,6"_s)); // Nina leaves the team
        fetchWeek(6, {{6, m_monday, 100, 120, {}}});
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1); // Nina Cole
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TeamWeekModel::FirstDayColumn).data().toString(), u"2:00"_s);
        // Adam's Monday, his week, Monday's total and the team's week: nothing else changed.
        QList<std::pair<int, int>> cells;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            QCOMPARE(from, to);
            cells.append({from.row(), from.column()});
        }
        QCOMPARE(cells,
                 (QList<std::pair<int, int>>{{0, TeamWeekModel::FirstDayColumn},
                                             {0, TeamWeekModel::TotalColumn},
                                             {2, TeamWeekModel::FirstDayColumn},
                                             {2, TeamWeekModel::TotalColumn}}));
    }

    void honoursFirstDayOfWeekAndReloads()
    {
        ServerInfo info;
        info.firstDayOfWeek = Qt::Sunday;
        QVERIFY(m_store->putServerInfo(info));
        TeamWeekModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(m_monday.addDays(2));
        QCOMPARE(model.weekStart(), m_monday.addDays(-1));
        QCOMPARE(model.headerData(TeamWeekModel::FirstDayColumn, Qt::Horizontal).toString().left(3),
                 u"Sun"_s);
        // Monday is the second column now.
        QCOMPARE(model.index(0, TeamWeekModel::FirstDayColumn + 1)
                     .data(TeamWeekModel::MinutesRole)
                     .toInt(),
                 480);

        fetchWeek(6, {{6, m_monday, 100, 120, {}}});
        model.reload();
        QCOMPARE(model.index(0, TeamWeekModel::FirstDayColumn + 1)
                     .data(TeamWeekModel::MinutesRole)
                     .toInt(),
                 120);
    }
};

QTEST_GUILESS_MAIN(TestTeamWeekModel)
#include "tst_teamweekmodel.moc"
