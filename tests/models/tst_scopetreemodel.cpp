// ScopeTreeModel and ScopeFilterModel over a Store: the customer → project → task tree, tasks
// whose project is not cached, search by words across levels, hiding completed tasks.
#include "scopefiltermodel.h"
#include "scopetreemodel.h"
#include "store.h"
#include "timedisplay.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestScopeTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static Task task(int id, int projectId, const QString &project, int customerId,
                     const QString &customer, const QString &name, bool completed = false)
    {
        Task t;
        t.id = id;
        t.projectId = projectId;
        t.projectName = project;
        t.customerId = customerId;
        t.customerName = customer;
        t.name = name;
        t.status = completed ? TaskStatus::Completed : TaskStatus::Open;
        return t;
    }
    static QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row)
            result << model.index(row, 0, parent).data().toString();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::open(m_dir.filePath(u"scope.sqlite"_s), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putCustomers({Customer{1, u"Zenith"_s, {}, false, {}, {}, {}},
                                       Customer{2, u"Acme"_s, {}, true, {}, {}, {}}}));
        QVERIFY(
            m_store->putProjects({Project{10, 1, u"Zenith"_s, u"Website"_s, {}, false, {}, {}, {}},
                                  Project{11, 2, u"Acme"_s, u"Backend"_s, {}, false, {}, {}, {}}}));
        Task estimated = task(100, 10, u"Website"_s, 1, u"Zenith"_s, u"Design review"_s);
        estimated.estimatedMinutes = 90;
        QVERIFY(m_store->putTasks({estimated,
                                   task(101, 10, u"Website"_s, 1, u"Zenith"_s, u"Copy writing"_s),
                                   task(102, 11, u"Backend"_s, 2, u"Acme"_s, u"API design"_s, true),
                                   // project 12 and customer 3 are not cached
                                   task(103, 12, u"Mobile"_s, 3, u"Orbit"_s, u"Login screen"_s)}));
    }
    void cleanup() { m_store.reset(); }

    void buildsTheTreeSortedByName()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(names(model), (QStringList{u"Acme"_s, u"Orbit"_s, u"Zenith"_s}));
        const QModelIndex zenith = model.index(2, 0);
        QCOMPARE(names(model, zenith), QStringList{u"Website"_s});
        const QModelIndex website = model.index(0, 0, zenith);
        QCOMPARE(names(model, website), (QStringList{u"Copy writing"_s, u"Design review"_s}));
        QCOMPARE(model.index(1, ScopeTreeModel::EstimateColumn, website).data().toString(),
                 u"1:30"_s);
        QCOMPARE(model.index(0, ScopeTreeModel::StatusColumn).data().toString(), u"Archived"_s);
        QCOMPARE(model.taskCount(), 4);
        // A task whose project and customer are not cached still shows, under its own names.
        const QModelIndex orbit = model.index(1, 0);
        QCOMPARE(names(model, model.index(0, 0, orbit)), QStringList{u"Login screen"_s});
        QCOMPARE(model.index(0, 0, model.index(0, 0, orbit)).data(ScopeTreeModel::IdRole).toInt(),
                 103);
    }

    void estimatesFollowTheTimeDisplayAtOnce()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QModelIndex website = model.index(0, 0, model.index(2, 0));
        const QModelIndex estimate = model.index(1, ScopeTreeModel::EstimateColumn, website);
        QCOMPARE(estimate.data().toString(), u"1:30"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TimeDisplaySetting::instance().setValue(TimeDisplay::DecimalHours);
        const auto restore =
            qScopeGuard([] { TimeDisplaySetting::instance().setValue(TimeDisplay::AsServer); });
        QCOMPARE(estimate.data().toString(), QLocale().toString(1.5, 'f', 2));
        // The view is told about the estimates of the shown tasks, not by a reset.
        const bool told =
            std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
                const auto from = args.at(0).value<QModelIndex>();
                const auto to = args.at(1).value<QModelIndex>();
                return from.parent() == website && from.row() <= 1 && to.row() >= 1
                    && from.column() <= ScopeTreeModel::EstimateColumn
                    && to.column() >= ScopeTreeModel::EstimateColumn;
            });
        QVERIFY(told);
    }

    void filtersByAllWordsAcrossLevels()
    {
        ScopeTreeModel model(*m_store);
        model.reload();
        ScopeFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Archived customers are hidden by default.
        QCOMPARE(names(filter), (QStringList{u"Orbit"_s, u"Zenith"_s}));
        filter.setShowArchived(true);
        // Completed tasks are hidden by default.
        QCOMPARE(names(filter, filter.index(0, 0, filter.index(0, 0))), QStringList{});
        filter.setShowCompleted(true);
        QCOMPARE(names(filter, filter.index(0, 0, filter.index(0, 0))),
                 QStringList{u"API design"_s});

        filter.setSearchText(u"  zenith   REVIEW "_s);
        QCOMPARE(names(filter), QStringList{u"Zenith"_s});
        const QModelIndex website = filter.index(0, 0, filter.index(0, 0));
        QCOMPARE(names(filter, website), QStringList{u"Design review"_s});

        // A matching project keeps all of its tasks.
        filter.setSearchText(u"website"_s);
        QCOMPARE(names(filter, filter.index(0, 0, filter.index(0, 0))),
                 (QStringList{u"Copy writing"_s, u"Design review"_s}));

        filter.setSearchText(u"design"_s);
        QCOMPARE(names(filter), (QStringList{u"Acme"_s, u"Zenith"_s}));
        filter.setShowCompleted(false);
        QCOMPARE(names(filter), QStringList{u"Zenith"_s});

        filter.setSearchText(u"nothing-like-this"_s);
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScopeTreeModel)
#include "tst_scopetreemodel.moc"
