// Natural order of names ("#201" before "#1041", "Task 2" before "Task 10") and the models that
// list tasks with it: the task picker (the timesheet's rows are in tst_timesheetfigures).
#include "naturalorder.h"
#include "store.h"
#include "taskpickermodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestNaturalOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void compares_data()
    {
        QTest::addColumn<QString>("less");
        QTest::addColumn<QString>("greater");
        QTest::newRow("ticket numbers") << u"#201"_s << u"#1041"_s;
        QTest::newRow("trailing number") << u"Task 2"_s << u"Task 10"_s;
        QTest::newRow("inner number") << u"Sprint 9 review"_s << u"Sprint 12 planning"_s;
        QTest::newRow("case does not lead") << u"alpha"_s << u"Beta"_s;
        QTest::newRow("text after equal numbers") << u"Task 2a"_s << u"Task 2b"_s;
    }
    void compares()
    {
        QFETCH(QString, less);
        QFETCH(QString, greater);
        QVERIFY(naturalCompare(less, greater) < 0);
        QVERIFY(naturalCompare(greater, less) > 0);
        QCOMPARE(naturalCompare(less, less), 0);
    }

    void taskPickerListsTasksNaturally()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::unique_ptr<Store> store = Store::open(dir.filePath(u"cache.sqlite"_s), nullptr);
        QVERIFY(store);
        QList<Task> tasks;
        int id = 100;
        for (const QString &name : {u"Task 10"_s, u"#1041"_s, u"Task 2"_s, u"#201"_s}) {
            Task t;
            t.id = ++id;
            t.customerId = 1;
            t.customerName = u"Acme"_s;
            t.projectId = 10;
            t.projectName = u"Web"_s;
            t.name = name;
            tasks.append(t);
        }
        QVERIFY(store->putTasks(tasks));
        TaskPickerModel model(*store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row).data(TaskPickerModel::TaskNameRole).toString();
        QCOMPARE(names, (QStringList{u"#201"_s, u"#1041"_s, u"Task 2"_s, u"Task 10"_s}));
    }
};

QTEST_GUILESS_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
