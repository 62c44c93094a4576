// TimesheetModel over a real Store in a temporary folder: rows, totals, read-only reasons, edits
// into the outbox with narrow dataChanged, and reload after a refresh.
#include "localedates.h"
#include "store.h"
#include "timedisplay.h"
#include "timesheetmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Model = TimesheetModel;

class TestTimesheetModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Model> m_model;
    QAbstractItemModelTester *m_tester = nullptr;
    const int m_user = 7;
    const QDate m_monday = QDate(2024, 3, 4);
    // Row order (customer, project, task): Backend 101, Design 100, Archive 102, then Total.
    enum { Backend, Design, Archive, Total };

    static Task task(int id, const QString &customer, const QString &project, const QString &name,
                     TaskStatus status = TaskStatus::Open)
    {
        Task t;
        t.id = id;
        t.customerId = customer == u"Acme"_s ? 1 : 2;
        t.customerName = customer;
        t.projectId = project == u"Web"_s ? 10 : project == u"Support"_s ? 11 : 12;
        t.projectName = project;
        t.name = name;
        t.status = status;
        return t;
    }
    QList<TimetrackRecord> week(int designMonday = 60)
    {
        return {{m_user, m_monday, 100, designMonday, u"planning"_s},
                {m_user, m_monday, 101, 30, {}},
                {m_user, m_monday.addDays(1), 101, 120, {}},
                {m_user, m_monday.addDays(2), 102, 45, {}}};
    }
    void serve(const QList<TimetrackRecord> &records)
    {
        QVERIFY(m_store->putServerTimetrack(m_user, m_monday, m_monday.addDays(6), records,
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
    QString text(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
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
        return {at(row, day), m_model->index(row, Model::TotalColumn), at(m_model->totalRow(), day),
                m_model->index(m_model->totalRow(), Model::TotalColumn)};
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(m_dir.isValid());
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"case-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        setUser(true);
        Customer acme, beta;
        acme.id = 1;
        acme.name = u"Acme"_s;
        beta.id = 2;
        beta.name = u"Beta"_s;
        QVERIFY(m_store->putCustomers({acme, beta}));
        Project web;
        web.id = 10;
        web.customerId = 1;
        web.name = u"Web"_s;
        QVERIFY(m_store->putProjects({web}));
        QVERIFY(
            m_store->putTasks({task(100, u"Acme"_s, u"Web"_s, u"Design"_s),
                               task(101, u"Acme"_s, u"Web"_s, u"Backend"_s),
                               task(102, u"Beta"_s, u"Ops"_s, u"Archive"_s, TaskStatus::Completed),
                               task(103, u"Acme"_s, u"Support"_s, u"Zeta"_s)}));
        serve(week());
        QVERIFY(m_store->putSchedule(m_user, Schedule{m_monday, {480, 480, 480, 480, 480, 0, 0}}));

        m_model = std::make_unique<Model>(*m_store, m_user);
        m_tester = new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setWeek(m_monday.addDays(2));
    }
    void cleanup()
    {
        delete m_tester;
        m_tester = nullptr;
        m_model.reset();
        m_store.reset();
    }

    void settlesConflictsAndRefusals()
    {
        // Design, Monday: the server had 1:00; the user typed 2:00; the server now says 1:30.
        QVERIFY(m_model->setData(at(Design, 0), 120));
        const OutboxEntry sent = m_store->pendingEdits().first();
        QVERIFY(m_store->markConflict(sent, CellValue{90, u"planning"_s}));
        m_model->reload();
        QCOMPARE(CellState(at(Design, 0).data(Model::CellStateRole).toInt()), CellState::Conflict);
        QVERIFY(at(Design, 0).data(Qt::ToolTipRole).toString().contains(u"1:30"_s));
        QCOMPARE(m_model->serverMinutes(Design, 0), 90);
        QVERIFY(!m_model->resolve(Backend, 0, Model::Resolution::KeepMine)); // nothing to settle
        QVERIFY(!m_model->lastError().isEmpty());

        QVERIFY(m_model->resolve(Design, 0, Model::Resolution::KeepMine));
        QCOMPARE(CellState(at(Design, 0).data(Model::CellStateRole).toInt()), CellState::Pending);
        QCOMPARE(at(Design, 0).data(Model::MinutesRole).toInt(), 120);
        QCOMPARE(m_store->outboxCount(OutboxState::Pending), 1);

        // Refused by the server: discarding shows the server's value and empties the outbox.
        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"Locked"_s));
        m_model->reload();
        QCOMPARE(CellState(at(Design, 0).data(Model::CellStateRole).toInt()), CellState::Rejected);
        QVERIFY(m_model->resolve(Design, 0, Model::Resolution::TakeTheirs));
        QCOMPARE(at(Design, 0).data(Model::MinutesRole).toInt(), 90);
        QCOMPARE(CellState(at(Design, 0).data(Model::CellStateRole).toInt()), CellState::Synced);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void rowsColumnsAndHeaders()
    {
        QCOMPARE(m_model->weekStart(), m_monday);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->taskId(Backend), 101);
        QCOMPARE(m_model->taskId(Design), 100);
        QCOMPARE(m_model->taskId(Archive), 102);
        QVERIFY(m_model->isTotalRow(Total));
        QCOMPARE(text(Design, Model::TaskColumn), u"Design"_s);
        QCOMPARE(m_model->index(Design, 0).data(Qt::ToolTipRole).toString(),
                 u"Acme / Web / Design"_s);
        QCOMPARE(text(Total, Model::TaskColumn), u"Total"_s);

        QCOMPARE(m_model->headerData(Model::TaskColumn, Qt::Horizontal).toString(), u"Task"_s);
        QCOMPARE(m_model->headerData(Model::TotalColumn, Qt::Horizontal).toString(), u"Total"_s);
        const QString monday =
            m_model->headerData(Model::FirstDayColumn, Qt::Horizontal).toString();
        QVERIFY2(monday.startsWith(QLocale().dayName(1, QLocale::ShortFormat)), qPrintable(monday));
        // One short header for every day grid: the weekday over the locale's day and month.
        QCOMPARE(monday,
                 QString(QLocale().dayName(1, QLocale::ShortFormat) + u'\n'
                         + localedates::dayMonth(m_monday)));
        QCOMPARE(
            m_model->headerData(Model::LastDayColumn, Qt::Horizontal, Model::DateRole).toDate(),
            m_monday.addDays(6));

        QCOMPARE(at(Design, 0).data().toString(), u"1:00"_s);
        QCOMPARE(at(Design, 0).data(Model::CommentRole).toString(), u"planning"_s);
        QCOMPARE(at(Design, 0).data(Qt::ToolTipRole).toString(), u"planning"_s);
        QCOMPARE(at(Design, 0).data(Qt::EditRole).toInt(), 60);
        QCOMPARE(at(Backend, 2).data().toString(), QString()); // 0 is empty in task rows
        QCOMPARE(at(Backend, 2).data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(text(Backend, Model::TotalColumn), u"2:30"_s);
        QCOMPARE(at(Total, 0).data().toString(), u"1:30"_s);
        QCOMPARE(at(Total, 6).data().toString(), u"0:00"_s);
        QCOMPARE(text(Total, Model::TotalColumn), u"4:15"_s);
        QVERIFY(at(Design, 0).flags() & Qt::ItemIsEditable);
        QVERIFY(!(at(Total, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(!(m_model->index(Design, Model::TotalColumn).flags() & Qt::ItemIsEditable));
    }

    void weekStartsOnServerFirstDay()
    {
        ServerInfo info;
        info.firstDayOfWeek = Qt::Sunday;
        QVERIFY(m_store->putServerInfo(info));
        m_model->setWeek(m_monday.addDays(2));
        QCOMPARE(m_model->weekStart(), QDate(2024, 3, 3));
        QCOMPARE(m_model->dateOf(Model::FirstDayColumn).dayOfWeek(), int(Qt::Sunday));
        QCOMPARE(
            m_model->headerData(Model::FirstDayColumn, Qt::Horizontal, Model::DateRole).toDate(),
            QDate(2024, 3, 3));
        QCOMPARE(at(Design, 1).data(Model::MinutesRole).toInt(), 60); // Monday is the 2nd column
        m_model->setWeek(QDate(2024, 3, 3)); // a Sunday starts its own week
        QCOMPARE(m_model->weekStart(), QDate(2024, 3, 3));
    }

    void setDataEditsCellAndTotalsNarrowly()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY2(m_model->setData(at(Design, 1), u"1:30"_s), qPrintable(m_model->lastError()));
        QCOMPARE(changedCells(changed), cellAndTotals(Design, 1));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(at(Design, 1).data().toString(), u"1:30"_s);
        QCOMPARE(text(Design, Model::TotalColumn), u"2:30"_s);
        QCOMPARE(at(Total, 1).data().toString(), u"3:30"_s);
        QCOMPARE(text(Total, Model::TotalColumn), u"5:45"_s);

        QCOMPARE(m_store->outboxCount(), 1);
        const QList<TimetrackCell> cells =
            m_store->timetrack(m_user, m_monday.addDays(1), m_monday.addDays(1));
        const auto design = std::find_if(cells.cbegin(), cells.cend(),
                                         [](const TimetrackCell &c) { return c.taskId == 100; });
        QVERIFY(design != cells.cend());
        QCOMPARE(design->minutes, 90);
        QCOMPARE(design->state, CellState::Pending);
        QCOMPARE(at(Design, 1).data(Model::CellStateRole).toInt(), int(CellState::Pending));

        // Int minutes work too; the comment is kept.
        changed.clear();
        QVERIFY(m_model->setData(at(Design, 0), 15));
        QCOMPARE(changedCells(changed), cellAndTotals(Design, 0));
        QCOMPARE(at(Design, 0).data(Model::CommentRole).toString(), u"planning"_s);
        QCOMPARE(m_store->outboxCount(), 2);

        // The same value again writes nothing.
        changed.clear();
        QVERIFY(m_model->setData(at(Design, 0), u"0:15"_s));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_store->outboxCount(), 2);
    }

    void setCommentChangesOnlyTheCell()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setComment(Backend, 0, u"standup"_s));
        QCOMPARE(changedCells(changed), QList<QModelIndex>{at(Backend, 0)});
        QCOMPARE(at(Backend, 0).data(Model::CommentRole).toString(), u"standup"_s);
        QCOMPARE(at(Backend, 0).data(Model::MinutesRole).toInt(), 30);
        const QList<OutboxEntry> entries = m_store->pendingEdits();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().payloadCell(), (CellValue{30, u"standup"_s}));
        QVERIFY(!m_model->setComment(Total, 0, u"x"_s));
    }

    void invalidTextIsRefused_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("garbage") << QVariant(u"soon"_s);
        QTest::newRow("negative") << QVariant(u"-1:00"_s);
        QTest::newRow("over a day") << QVariant(u"25"_s);
        QTest::newRow("negative int") << QVariant(-5);
        QTest::newRow("int over a day") << QVariant(24 * 60 + 1);
    }
    void invalidTextIsRefused()
    {
        QFETCH(QVariant, value);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!m_model->setData(at(Design, 1), value));
        QVERIFY(!m_model->lastError().isEmpty());
        QVERIFY2(m_model->lastError().contains(u"24:00"_s)
                     || m_model->lastError().contains(u"1:30"_s),
                 qPrintable(m_model->lastError()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_store->outboxCount(), 0);
        QCOMPARE(at(Design, 1).data(Model::MinutesRole).toInt(), 0);
    }

    void completedTaskIsReadOnly()
    {
        const QModelIndex cell = at(Archive, 2);
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"completed"_s));
        QVERIFY(!m_model->setData(cell, 60));
        QVERIFY(m_model->lastError().contains(u"completed"_s));
        QCOMPARE(m_store->outboxCount(), 0);
        QCOMPARE(cell.data(Model::MinutesRole).toInt(), 45);
    }

    void approvedDayIsReadOnly()
    {
        TimetrackDay monday{m_user, m_monday, true, {}};
        for (const TimetrackRecord &record : week()) {
            if (record.date == m_monday)
                monday.records.append(record);
        }
        QVERIFY(m_store->putServerTimetrackDays(m_user, m_monday, m_monday, {monday},
                                                QDateTime::currentDateTimeUtc()));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->reload();
        QVERIFY(changed.count() > 0); // the flags and tooltips of Monday changed
        QVERIFY(!(at(Design, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(at(Design, 0).data(Qt::ToolTipRole).toString().contains(u"approved"_s));
        QVERIFY(at(Design, 0).data(Qt::ToolTipRole).toString().contains(u"planning"_s));
        QVERIFY(at(Design, 1).flags() & Qt::ItemIsEditable); // Tuesday is not approved
        QVERIFY(!m_model->setData(at(Backend, 0), u"2"_s));
        QVERIFY(m_model->lastError().contains(u"approved"_s));
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void userNotAllowedIsReadOnly()
    {
        setUser(false);
        m_model->reload();
        for (int day = 0; day < 7; ++day) {
            QVERIFY(!(at(Backend, day).flags() & Qt::ItemIsEditable));
            QVERIFY(at(Backend, day)
                        .data(Model::ReadOnlyReasonRole)
                        .toString()
                        .contains(u"not allowed"_s));
        }
        QVERIFY(!m_model->setData(at(Backend, 3), u"1"_s));
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void overtimeIsWorkedMinusScheduled()
    {
        QCOMPARE(at(Total, 0).data(Model::ScheduledRole).toInt(), 480);
        QCOMPARE(at(Total, 0).data(Model::OvertimeRole).toInt(), 90 - 480);
        QCOMPARE(at(Total, 5).data(Model::OvertimeRole).toInt(), 0);
        const QModelIndex week = m_model->index(Total, Model::TotalColumn);
        QCOMPARE(week.data(Model::ScheduledRole).toInt(), 5 * 480);
        QCOMPARE(week.data(Model::OvertimeRole).toInt(), 255 - 5 * 480);
        QVERIFY(!at(Design, 0).data(Model::OvertimeRole).isValid()); // total row only

        QVERIFY(m_model->setData(at(Backend, 5), u"2h"_s)); // Saturday, nothing scheduled
        QCOMPARE(at(Total, 5).data(Model::OvertimeRole).toInt(), 120);

        m_model->setWeek(m_monday.addDays(7)); // schedule not cached: unknown, not zero
        QVERIFY(!at(m_model->totalRow(), 0).data(Model::ScheduledRole).isValid());
        QVERIFY(!at(m_model->totalRow(), 0).data(Model::OvertimeRole).isValid());
    }

    void reloadSignalsOnlyChangedCells()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->reload();
        QCOMPARE(changed.count(), 0); // nothing changed, nothing signalled

        serve(week(90));
        m_model->reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changedCells(changed), cellAndTotals(Design, 0));
        QCOMPARE(at(Design, 0).data().toString(), u"1:30"_s);
        QCOMPARE(text(Total, Model::TotalColumn), u"4:45"_s);

        // A task appearing is a row inserted where it sorts, not a reset.
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QList<TimetrackRecord> more = week(90);
        more.append({m_user, m_monday.addDays(4), 103, 60, {}});
        serve(more);
        m_model->reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->taskId(0), 103); // Acme / Support before Acme / Web
    }

    void reloadRemovesAndInsertsRowsWithoutAReset()
    {
        // The server drops Backend's time and Zeta gains some: one row out, one in, no reset.
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        serve({{m_user, m_monday, 100, 60, u"planning"_s},
               {m_user, m_monday.addDays(2), 102, 45, {}},
               {m_user, m_monday.addDays(3), 103, 30, {}}});
        m_model->reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), int(Backend));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // Acme / Support before Acme / Web
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(text(0, Model::TaskColumn), u"Zeta"_s);
        QCOMPARE(at(0, 3).data().toString(), u"0:30"_s);
        QCOMPARE(text(1, Model::TaskColumn), u"Design"_s);
        QCOMPARE(text(m_model->totalRow(), Model::TotalColumn), u"2:15"_s);
    }

    void headerMarksToday()
    {
        m_model->setToday(m_monday.addDays(2));
        const auto isToday = [this](int column) {
            return m_model->headerData(column, Qt::Horizontal, Model::IsTodayRole);
        };
        QCOMPARE(isToday(Model::FirstDayColumn + 2).toBool(), true);
        QCOMPARE(isToday(Model::FirstDayColumn + 1).toBool(), false);
        QVERIFY(!isToday(Model::TaskColumn).isValid());
        QVERIFY(!isToday(Model::TotalColumn).isValid());
        QCOMPARE(
            m_model->headerData(Model::FirstDayColumn, Qt::Horizontal, Model::DateRole).toDate(),
            m_monday);
        QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
        m_model->setToday(m_monday.addDays(3));
        QCOMPARE(header.count(), 1);
        QCOMPARE(isToday(Model::FirstDayColumn + 2).toBool(), false);
        QCOMPARE(isToday(Model::FirstDayColumn + 3).toBool(), true);
    }

    void addTaskAddsARow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY2(m_model->addTask(103), qPrintable(m_model->lastError()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // Acme / Support / Zeta sorts first
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->taskId(0), 103);
        QCOMPARE(text(0, Model::TotalColumn), QString());
        QVERIFY(at(0, 3).flags() & Qt::ItemIsEditable);

        QVERIFY(!m_model->addTask(103)); // already shown
        QVERIFY(!m_model->addTask(999)); // not cached
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(inserted.count(), 1);

        // The added row survives a reload and takes time like any other.
        m_model->reload();
        QCOMPARE(m_model->taskId(0), 103);
        QVERIFY(m_model->setData(at(0, 3), u"45m"_s));
        QCOMPARE(text(Total + 1, Model::TotalColumn), u"5:00"_s);
        m_model->setWeek(m_monday.addDays(7)); // another week: not there
        QCOMPARE(m_model->rowCount(), 1);
    }

    // Preferences → time display: every duration of the grid (cells, totals, tooltips) follows
    // it at once, decimals in the locale's words; typing takes both forms whatever it is.
    void timeDisplayFollowsThePreference()
    {
        const QLocale before;
        const auto restore = qScopeGuard([before] {
            QLocale::setDefault(before);
            TimeDisplaySetting::instance().setValue(TimeDisplay::AsServer);
        });
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        serve(week());
        Model model(*m_store, m_user);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(m_monday);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(Design, Model::FirstDayColumn), u"1:00"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TimeDisplaySetting::instance().setValue(TimeDisplay::DecimalHours);
        QVERIFY(changed.count() > 0);
        QCOMPARE(cell(Design, Model::FirstDayColumn), u"1,00"_s);
        QCOMPARE(cell(Backend, Model::TotalColumn), u"2,50"_s);
        QCOMPARE(cell(Total, Model::TotalColumn), u"4,25"_s);
        QVERIFY2(
            model.index(Total, Model::TotalColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"40,00"_s),
            qPrintable(model.index(Total, Model::TotalColumn).data(Qt::ToolTipRole).toString()));
        QVERIFY(model.setData(model.index(Design, Model::FirstDayColumn + 1), u"1:30"_s));
        QCOMPARE(cell(Design, Model::FirstDayColumn + 1), u"1,50"_s);
        QVERIFY(model.setData(model.index(Design, Model::FirstDayColumn + 1), u"2,25"_s));
        QCOMPARE(cell(Design, Model::FirstDayColumn + 1), u"2,25"_s);

        TimeDisplaySetting::instance().setValue(TimeDisplay::HoursMinutes);
        QCOMPARE(cell(Design, Model::FirstDayColumn + 1), u"2:15"_s);
        QCOMPARE(cell(Total, Model::TotalColumn), u"6:30"_s);
        QVERIFY(model.setData(model.index(Design, Model::FirstDayColumn + 1), u"0,5"_s));
        QCOMPARE(cell(Design, Model::FirstDayColumn + 1), u"0:30"_s);

        // "As the server shows it": a server on decimal hours with its own separator.
        ServerInfo decimal;
        decimal.timeAsDecimalHours = true;
        decimal.decimalSeparator = u"."_s;
        QVERIFY(m_store->putServerInfo(decimal));
        TimeDisplaySetting::instance().setValue(TimeDisplay::AsServer);
        QTRY_COMPARE(cell(Design, Model::FirstDayColumn + 1), u"0.50"_s);
    }

    // What a screen reader says for a cell: the task, the day, the time and the cell's state.
    void accessibleTextReadsTaskDayTimeAndState()
    {
        serve(week());
        m_model->reload();
        const QString monday = localedates::longDayMonth(m_monday);
        QCOMPARE(at(Design, 0).data(Qt::AccessibleTextRole).toString(),
                 u"Design, %1, 1:00, with a comment"_s.arg(monday));
        QCOMPARE(at(Design, 2).data(Qt::AccessibleTextRole).toString(),
                 u"Design, %1, no time"_s.arg(localedates::longDayMonth(m_monday.addDays(2))));
        QVERIFY(m_model->setData(at(Backend, 0), u"1:30"_s));
        QCOMPARE(at(Backend, 0).data(Qt::AccessibleTextRole).toString(),
                 u"Backend, %1, 1:30, waiting to be sent"_s.arg(monday));
        QCOMPARE(at(Backend, 0).data(Qt::AccessibleDescriptionRole).toString(),
                 at(Backend, 0).data(Qt::ToolTipRole).toString());
        QCOMPARE(m_model->index(Total, Model::TotalColumn).data(Qt::AccessibleTextRole).toString(),
                 u"Total, 5:15"_s);
        QCOMPARE(m_model->headerData(Model::FirstDayColumn, Qt::Horizontal, Qt::AccessibleTextRole)
                     .toString(),
                 monday);

        TimetrackDay approved{m_user, m_monday.addDays(1), true, {}};
        QVERIFY(m_store->putServerTimetrackDays(m_user, m_monday.addDays(1), m_monday.addDays(1),
                                                {approved}, QDateTime::currentDateTimeUtc()));
        m_model->reload();
        QVERIFY2(at(Backend, 1).data(Qt::AccessibleTextRole).toString().endsWith(u", locked"_s),
                 qPrintable(at(Backend, 1).data(Qt::AccessibleTextRole).toString()));
    }
};

QTEST_GUILESS_MAIN(TestTimesheetModel)
#include "tst_timesheetmodel.moc"
