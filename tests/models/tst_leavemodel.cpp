// LeaveModel over a real Store in a temporary folder: week and month periods, totals, read-only
// reasons, edits into the outbox with narrow dataChanged, reload; and the leave summaries.
#include "leavemodel.h"
#include "leavesummary.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Model = LeaveModel;

class TestLeaveModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Model> m_model;
    QAbstractItemModelTester *m_tester = nullptr;
    const int m_user = 7;
    const QDate m_monday = QDate(2024, 3, 4);
    enum Type { Vacation = 1, Sick = 2, Old = 3, Unpaid = 4 };
    // Row order (by name): Old leave, Sick leave, Vacation, then Total.
    enum { OldRow, SickRow, VacationRow, TotalRow };

    static LeaveType type(int id, const QString &name, LeaveBalance balance, bool archived = false)
    {
        LeaveType t;
        t.id = id;
        t.name = name;
        t.balance = balance;
        t.archived = archived;
        return t;
    }
    QList<LeaveRecord> week(int vacationMonday = 480)
    {
        return {{m_user, m_monday, Vacation, vacationMonday},
                {m_user, m_monday.addDays(1), Vacation, 240},
                {m_user, m_monday.addDays(2), Sick, 480},
                {m_user, m_monday.addDays(3), Old, 60}};
    }
    void serve(const QList<LeaveRecord> &records)
    {
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday.addDays(6), records,
                                        QDateTime::currentDateTimeUtc()));
    }
    void setUser(bool canSubmit)
    {
        User user;
        user.id = m_user;
        user.username = u"ann"_s;
        user.canSubmitTimetrack = canSubmit;
        QVERIFY(m_store->putUsers({user}));
    }
    QModelIndex at(int row, int day) const
    {
        return m_model->index(row, Model::FirstDayColumn + day);
    }
    QString total(int row) const
    {
        return m_model->index(row, m_model->totalColumn()).data().toString();
    }
    static QList<QModelIndex> changedCells(const QSignalSpy &spy)
    {
        QList<QModelIndex> cells;
        for (const QList<QVariant> &args : spy) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            for (int row = from.row(); row <= to.row(); ++row) {
                for (int column = from.column(); column <= to.column(); ++column)
                    cells.append(from.model()->index(row, column));
            }
        }
        return cells;
    }
    QList<QModelIndex> cellAndTotals(int row, int day) const
    {
        return {at(row, day), m_model->index(row, m_model->totalColumn()),
                at(m_model->totalRow(), day),
                m_model->index(m_model->totalRow(), m_model->totalColumn())};
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(m_dir.isValid());
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"leave-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        setUser(true);
        QVERIFY(m_store->putLeaveTypes({type(Vacation, u"Vacation"_s, LeaveBalance::Pto),
                                        type(Sick, u"Sick leave"_s, LeaveBalance::Sick),
                                        type(Old, u"Old leave"_s, LeaveBalance::None, true),
                                        type(Unpaid, u"Unpaid"_s, LeaveBalance::None)}));
        serve(week());
        QVERIFY(m_store->putSchedule(m_user, Schedule{m_monday, {480, 480, 480, 480, 480, 0, 0}}));

        m_model = std::make_unique<Model>(*m_store, m_user);
        m_tester = new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setPeriod(Model::Period::Week, m_monday.addDays(2));
    }
    void cleanup()
    {
        delete m_tester;
        m_tester = nullptr;
        m_model.reset();
        m_store.reset();
    }

    void weekRowsColumnsAndTotals()
    {
        QCOMPARE(m_model->period(), Model::Period::Week);
        QCOMPARE(m_model->periodStart(), m_monday);
        QCOMPARE(m_model->periodEnd(), m_monday.addDays(6));
        QCOMPARE(m_model->dayCount(), 7);
        QCOMPARE(m_model->columnCount(), 9);
        QCOMPARE(m_model->totalColumn(), 8);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->leaveTypeId(OldRow), int(Old));
        QCOMPARE(m_model->leaveTypeId(SickRow), int(Sick));
        QCOMPARE(m_model->leaveTypeId(VacationRow), int(Vacation));
        QCOMPARE(m_model->index(VacationRow, 0).data(Model::LeaveTypeIdRole).toInt(),
                 int(Vacation));
        QCOMPARE(m_model->index(VacationRow, 0).data(Model::BalanceRole).toInt(),
                 int(LeaveBalance::Pto));
        QVERIFY(m_model->index(SickRow, 0).data(Qt::ToolTipRole).toString().contains(u"sick"_s));
        QVERIFY(m_model->isTotalRow(TotalRow));
        QCOMPARE(m_model->index(TotalRow, 0).data().toString(), u"Total"_s);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Leave type"_s);
        QCOMPARE(m_model->headerData(8, Qt::Horizontal).toString(), u"Total"_s);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal, Model::DateRole).toDate(), m_monday);
        QVERIFY(m_model->headerData(1, Qt::Horizontal).toString().contains(u"4 Mar"_s));

        QCOMPARE(at(VacationRow, 0).data().toString(), u"8:00"_s);
        QCOMPARE(at(VacationRow, 0).data(Model::MinutesRole).toInt(), 480);
        QCOMPARE(at(VacationRow, 0).data(Model::DateRole).toDate(), m_monday);
        QCOMPARE(at(VacationRow, 2).data().toString(), QString());
        QCOMPARE(total(VacationRow), u"12:00"_s);
        QCOMPARE(total(SickRow), u"8:00"_s);
        QCOMPARE(at(TotalRow, 0).data().toString(), u"8:00"_s);
        QCOMPARE(at(TotalRow, 5).data().toString(), QString());
        QCOMPARE(total(TotalRow), u"21:00"_s);
        QCOMPARE(at(TotalRow, 0).data(Model::ScheduledRole).toInt(), 480);
        QCOMPARE(m_model->index(TotalRow, 8).data(Model::ScheduledRole).toInt(), 5 * 480);
        QVERIFY(!at(VacationRow, 0).data(Model::ScheduledRole).isValid());
        QVERIFY(at(VacationRow, 4).flags() & Qt::ItemIsEditable);
        QVERIFY(!(at(TotalRow, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(!(m_model->index(VacationRow, 8).flags() & Qt::ItemIsEditable));
    }

    void weekStartsOnServerFirstDay()
    {
        ServerInfo info;
        info.firstDayOfWeek = Qt::Sunday;
        QVERIFY(m_store->putServerInfo(info));
        m_model->setPeriod(Model::Period::Week, m_monday.addDays(2));
        QCOMPARE(m_model->periodStart(), QDate(2024, 3, 3));
        QCOMPARE(at(VacationRow, 1).data(Model::MinutesRole).toInt(), 480);
    }

    void monthMode()
    {
        m_model->setPeriod(Model::Period::Month, m_monday.addDays(10));
        QCOMPARE(m_model->period(), Model::Period::Month);
        QCOMPARE(m_model->periodStart(), QDate(2024, 3, 1));
        QCOMPARE(m_model->periodEnd(), QDate(2024, 3, 31));
        QCOMPARE(m_model->dayCount(), 31);
        QCOMPARE(m_model->columnCount(), 33);
        QCOMPARE(m_model->dateOf(Model::FirstDayColumn + 3), m_monday);
        QCOMPARE(m_model->headerData(Model::FirstDayColumn + 3, Qt::Horizontal).toString(),
                 QString(QLocale().dayName(1, QLocale::ShortFormat) + u"\n4"_s));
        QCOMPARE(at(VacationRow, 3).data().toString(), u"8:00"_s);
        QCOMPARE(total(TotalRow), u"21:00"_s);
        // The schedule is cached for one week only: the month's is unknown, not zero.
        QVERIFY(
            !m_model->index(TotalRow, m_model->totalColumn()).data(Model::ScheduledRole).isValid());
        QVERIFY(m_model->setData(at(VacationRow, 20), u"4"_s));
        QCOMPARE(total(VacationRow), u"16:00"_s);

        m_model->setPeriod(Model::Period::Month, QDate(2024, 2, 29));
        QCOMPARE(m_model->dayCount(), 29);
        QCOMPARE(m_model->rowCount(), 1); // only the Total row
        QCOMPARE(total(0), QString());
        m_model->setPeriod(Model::Period::Month, QDate(2023, 2, 1));
        QCOMPARE(m_model->dayCount(), 28);
        QCOMPARE(m_model->columnCount(), 30);
    }

    void editsGoToTheOutboxWithNarrowSignals()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY2(m_model->setData(at(VacationRow, 4), u"4"_s), qPrintable(m_model->lastError()));
        QCOMPARE(changedCells(changed), cellAndTotals(VacationRow, 4));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(at(VacationRow, 4).data().toString(), u"4:00"_s);
        QCOMPARE(at(VacationRow, 4).data(Model::CellStateRole).toInt(), int(CellState::Pending));
        QCOMPARE(total(VacationRow), u"16:00"_s);
        QCOMPARE(at(TotalRow, 4).data().toString(), u"4:00"_s);
        QCOMPARE(total(TotalRow), u"25:00"_s);
        const QList<OutboxEntry> entries = m_store->pendingEdits();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, OutboxKind::Leave);
        QCOMPARE(entries.first().date, m_monday.addDays(4));
        QCOMPARE(entries.first().targetId, int(Vacation));
        QCOMPARE(entries.first().payloadCell().minutes, 240);

        // Int minutes too; clearing with 0; the same value again writes nothing.
        changed.clear();
        QVERIFY(m_model->setData(at(VacationRow, 0), 0));
        QCOMPARE(changedCells(changed), cellAndTotals(VacationRow, 0));
        QCOMPARE(at(VacationRow, 0).data().toString(), QString());
        QCOMPARE(m_store->outboxCount(), 2);
        changed.clear();
        QVERIFY(m_model->setData(at(VacationRow, 4), u"4:00"_s));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_store->outboxCount(), 2);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("garbage") << QVariant(u"all day"_s);
        QTest::newRow("over a day") << QVariant(u"25"_s);
        QTest::newRow("negative int") << QVariant(-5);
    }
    void invalidValuesAreRefused()
    {
        QFETCH(QVariant, value);
        QVERIFY(!m_model->setData(at(VacationRow, 4), value));
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(m_store->outboxCount(), 0);
        QVERIFY(!m_model->setData(at(TotalRow, 4), 60));
        QVERIFY(!m_model->setData(m_model->index(VacationRow, 0), 60));
    }

    void archivedTypeIsReadOnly()
    {
        const QModelIndex cell = at(OldRow, 3);
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QVERIFY(cell.data(Model::ReadOnlyReasonRole).toString().contains(u"archived"_s));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"archived"_s));
        QVERIFY(!m_model->setData(cell, 0));
        QVERIFY(m_model->lastError().contains(u"archived"_s));
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void approvedDayIsReadOnly()
    {
        TimetrackDay monday{m_user, m_monday, true, {}};
        QVERIFY(m_store->putServerTimetrackDays(m_user, m_monday, m_monday, {monday},
                                                QDateTime::currentDateTimeUtc()));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->reload();
        // Monday's tooltip and reason changed in the leave-type rows; nothing else did.
        QCOMPARE(changedCells(changed), (QList<QModelIndex>{at(SickRow, 0), at(VacationRow, 0)}));
        QVERIFY(!(at(VacationRow, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(at(VacationRow, 0).data(Qt::ToolTipRole).toString().contains(u"approved"_s));
        QVERIFY(at(VacationRow, 1).flags() & Qt::ItemIsEditable);
        QVERIFY(!m_model->setData(at(SickRow, 0), u"2"_s));
        QVERIFY(m_model->lastError().contains(u"approved"_s));
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void userWithoutPermissionIsReadOnly()
    {
        setUser(false);
        m_model->reload();
        for (int day = 0; day < 7; ++day) {
            QVERIFY(!(at(VacationRow, day).flags() & Qt::ItemIsEditable));
            QVERIFY(at(VacationRow, day)
                        .data(Model::ReadOnlyReasonRole)
                        .toString()
                        .contains(u"not allowed"_s));
        }
        QVERIFY(!m_model->setData(at(VacationRow, 3), u"1"_s));
        QCOMPARE(m_store->outboxCount(), 0);

        ServerInfo info;
        info.leaveRegistration = false;
        setUser(true);
        QVERIFY(m_store->putServerInfo(info));
        m_model->reload();
        QVERIFY(at(SickRow, 3).data(Model::ReadOnlyReasonRole).toString().contains(u"off"_s));
    }

    void reloadSignalsOnlyChangedCells()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->reload();
        QCOMPARE(changed.count(), 0);

        serve(week(240));
        m_model->reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changedCells(changed), cellAndTotals(VacationRow, 0));
        QCOMPARE(total(TotalRow), u"17:00"_s);

        // A leave type appearing is a row inserted where it sorts, not a reset.
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QList<LeaveRecord> more = week(240);
        more.append({m_user, m_monday.addDays(4), Unpaid, 480});
        serve(more);
        m_model->reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->leaveTypeId(2), int(Unpaid)); // before Vacation
    }

    void addLeaveTypeAddsARow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY2(m_model->addLeaveType(Unpaid), qPrintable(m_model->lastError()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2); // before Vacation
        QCOMPARE(m_model->leaveTypeId(2), int(Unpaid));
        QCOMPARE(total(2), QString());
        QVERIFY(!m_model->addLeaveType(Unpaid)); // already shown
        QVERIFY(!m_model->addLeaveType(99)); // unknown
        QVERIFY(!m_model->addLeaveType(Old)); // shown, and archived anyway
        QCOMPARE(inserted.count(), 1);

        m_model->reload();
        QCOMPARE(m_model->leaveTypeId(2), int(Unpaid));
        QVERIFY(m_model->setData(at(2, 4), u"8"_s));
        QCOMPARE(total(TotalRow + 1), u"29:00"_s);
        m_model->setPeriod(Model::Period::Month, m_monday); // another period: kept by its leave
        QCOMPARE(m_model->rowCount(), 5);
        m_model->setPeriod(Model::Period::Week, m_monday.addDays(7));
        QCOMPARE(m_model->rowCount(), 1);
    }

    void summariesTellPeriodAndYear()
    {
        const QDate today = m_monday.addDays(4);
        QList<LeaveSummary> list =
            leaveSummaries(*m_store, m_user, m_monday, m_monday.addDays(6), today);
        // PTO first, then Sick, then the rest by name; Unpaid has no leave and no balance.
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).leaveTypeId, int(Vacation));
        QCOMPARE(list.at(0).balance, LeaveBalance::Pto);
        QCOMPARE(list.at(0).periodMinutes, 720);
        QCOMPARE(list.at(0).yearMinutes, 720);
        QVERIFY(!list.at(0).yearComplete); // Jan 1 .. Mar 3 never fetched
        QCOMPARE(list.at(1).leaveTypeId, int(Sick));
        QCOMPARE(list.at(2).leaveTypeId, int(Old));
        QVERIFY(list.at(2).archived);

        QVERIFY(m_store->putServerLeave(m_user, QDate(2024, 1, 1), m_monday.addDays(-1),
                                        {{m_user, QDate(2024, 2, 1), Vacation, 480}},
                                        QDateTime::currentDateTimeUtc()));
        list = leaveSummaries(*m_store, m_user, m_monday, m_monday.addDays(6), today);
        QCOMPARE(list.at(0).periodMinutes, 720);
        QCOMPARE(list.at(0).yearMinutes, 1200);
        QVERIFY(list.at(0).yearComplete);
        // Leave after today does not count as taken this year so far.
        QCOMPARE(leaveSummaries(*m_store, m_user, m_monday, m_monday, m_monday).at(0).yearMinutes,
                 960);
    }

    void refusedLeaveIsNotCounted()
    {
        // Vacation Monday: the server has 8:00; the user asked for 12:00 and was refused.
        const QModelIndex monday = at(VacationRow, 0);
        const QModelIndex week = m_model->index(TotalRow, m_model->totalColumn());
        QCOMPARE(week.data(Model::MinutesRole).toInt(), 1260);
        QVERIFY(m_model->setData(monday, u"12h"_s));
        QCOMPARE(week.data(Model::MinutesRole).toInt(), 1500);
        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"Locked"_s));
        m_model->reload();
        QCOMPARE(CellState(monday.data(Model::CellStateRole).toInt()), CellState::Rejected);
        QCOMPARE(monday.data(Model::MinutesRole).toInt(), 720); // shown, marked
        // The totals count what the server holds, not the refused wish.
        QCOMPARE(week.data(Model::MinutesRole).toInt(), 1260);
        QCOMPARE(
            m_model->index(VacationRow, m_model->totalColumn()).data(Model::MinutesRole).toInt(),
            720);
        QCOMPARE(at(TotalRow, 0).data(Model::MinutesRole).toInt(), 480);
        const QList<LeaveSummary> list =
            leaveSummaries(*m_store, m_user, m_monday, m_monday.addDays(6), m_monday.addDays(4));
        QCOMPARE(list.at(0).leaveTypeId, int(Vacation));
        QCOMPARE(list.at(0).periodMinutes, 720);
        QCOMPARE(list.at(0).yearMinutes, 720);
    }

    void leaveDaysFormat()
    {
        QCOMPARE(LeaveDays::format(0), u"0h"_s);
        QCOMPARE(LeaveDays::format(45), u"45m"_s);
        QCOMPARE(LeaveDays::format(480), u"1d"_s);
        QCOMPARE(LeaveDays::format(3 * 480 + 4 * 60), u"3d 4h"_s);
        QCOMPARE(LeaveDays::format(480 + 90), u"1d 1h 30m"_s);
    }

    void settlesConflictsAndRefusals()
    {
        // Vacation, Monday: the server had 8:00; the user typed 4:00; the server now has 6:00.
        QVERIFY(m_model->setData(at(VacationRow, 0), 240));
        QVERIFY(m_store->markConflict(m_store->pendingEdits().first(), CellValue{360, {}}));
        m_model->reload();
        QCOMPARE(CellState(at(VacationRow, 0).data(Model::CellStateRole).toInt()),
                 CellState::Conflict);
        QCOMPARE(m_model->serverMinutes(VacationRow, 0), 360);
        QVERIFY(!m_model->resolve(SickRow, 0, Model::Resolution::KeepMine));
        QVERIFY(m_model->resolve(VacationRow, 0, Model::Resolution::KeepMine));
        QCOMPARE(CellState(at(VacationRow, 0).data(Model::CellStateRole).toInt()),
                 CellState::Pending);
        QCOMPARE(at(VacationRow, 0).data(Model::MinutesRole).toInt(), 240);

        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"Approved"_s));
        m_model->reload();
        QVERIFY(m_model->resolve(VacationRow, 0, Model::Resolution::TakeTheirs));
        QCOMPARE(at(VacationRow, 0).data(Model::MinutesRole).toInt(), 360);
        QCOMPARE(CellState(at(VacationRow, 0).data(Model::CellStateRole).toInt()),
                 CellState::Synced);
        QCOMPARE(m_store->outboxCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeaveModel)
#include "tst_leavemodel.moc"
