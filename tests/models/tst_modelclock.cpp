// The models' "today" is the account's clock (the Store's), not the machine's: a timesheet and a
// leave page opened on a ManualClock show its week, and its "so far" follows the clock.
#include "leavemodel.h"
#include "manualclock.h"
#include "store.h"
#include "timesheetmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestModelClock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Wednesday 2024-03-06, 10:00 UTC: far from the machine's date, so a model that read the
    // system clock would show another week.
    ManualClock m_clock{QDateTime(QDate(2024, 3, 6), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch()};
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        StoreOptions options;
        options.clock = &m_clock;
        m_store = Store::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s),
            nullptr, options);
        QVERIFY(m_store);
        QCOMPARE(&m_store->clock(), &m_clock);
    }
    void cleanup() { m_store.reset(); }

    void timesheetOpensOnTheClocksWeek()
    {
        TimesheetModel model(*m_store, 7);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &model);
        QCOMPARE(model.today(), QDate(2024, 3, 6));
        QVERIFY(model.weekStart() <= model.today());
        QVERIFY(model.weekStart().daysTo(model.today()) < 7);
    }

    void leaveOpensOnTheClocksWeek()
    {
        LeaveModel model(*m_store, 7);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &model);
        QVERIFY(model.periodStart() <= QDate(2024, 3, 6));
        QVERIFY(model.periodEnd() >= QDate(2024, 3, 6));
        QVERIFY(model.periodEnd().daysTo(QDate(2024, 3, 6)) > -7);
    }
};

QTEST_GUILESS_MAIN(TestModelClock)
#include "tst_modelclock.moc"
