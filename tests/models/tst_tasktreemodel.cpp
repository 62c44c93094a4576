// The task browser's models over a Store: ScopeTreeModel (natural order, read only once asked,
// the user's unsent changes shown over the server's rows, the server's refusal on the object),
// ScopeFilterModel (completed, archived, workflow status, type of work, search across levels)
// and ScopeEditor (allowedActions, temporary ids, an offline create → rename → delete that never
// reaches the server, what goes with a delete).
#include "scopeeditor.h"
#include "scopefiltermodel.h"
#include "scopetreemodel.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {
Task task(int id, int projectId, const QString &name, int status = 1, int type = 1,
          bool completed = false)
{
    Task t;
    t.id = id;
    t.projectId = projectId;
    t.projectName = projectId == 10 ? u"Website"_s : u"Backend"_s;
    t.customerId = projectId == 10 ? 1 : 2;
    t.customerName = projectId == 10 ? u"Zenith"_s : u"Acme"_s;
    t.name = name;
    t.workflowStatusId = status;
    t.typeOfWorkId = type;
    t.status = completed ? TaskStatus::Completed : TaskStatus::Open;
    t.allowed = {true, true};
    return t;
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result << model.index(row, 0, parent).data().toString();
    return result;
}
} // namespace

class TestTaskTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void seed(bool mayModify)
    {
        const AllowedActions allowed{mayModify, mayModify};
        const QDateTime created(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(m_store->putCustomers({Customer{1, u"Zenith"_s, {}, false, created, {}, allowed},
                                       Customer{2, u"Acme"_s, {}, true, created, {}, allowed}}));
        QVERIFY(m_store->putProjects(
            {Project{10, 1, u"Zenith"_s, u"Website"_s, {}, false, created, {}, allowed},
             Project{11, 2, u"Acme"_s, u"Backend"_s, {}, false, created, {}, allowed}}));
        QList<Task> tasks{task(100, 10, u"Task 10"_s), task(101, 10, u"Task 2"_s, 2, 2),
                          task(102, 10, u"task 1"_s, 3, 1, true), task(103, 11, u"API"_s)};
        for (Task &t : tasks)
            t.allowed = allowed;
        QVERIFY(m_store->putTasks(tasks));
        QVERIFY(m_store->putWorkflowStatuses(
            {WorkflowStatus{1, u"New"_s, WorkflowStatusType::Open, true, true},
             WorkflowStatus{2, u"In Progress"_s, WorkflowStatusType::Open, true, true},
             WorkflowStatus{3, u"Done"_s, WorkflowStatusType::Completed, true, true}}));
        QVERIFY(m_store->putTypesOfWork({TypeOfWork{1, u"engineering"_s, {}, false, true, true},
                                         TypeOfWork{2, u"design"_s, {}, false, true, false}}));
    }

    QModelIndex website(const ScopeTreeModel &model)
    {
        return model.indexOf(ScopeTreeModel::ProjectItem, 10);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s),
            nullptr);
        QVERIFY(m_store);
        seed(true);
    }
    void cleanup() { m_store.reset(); }

    void readsNothingUntilAskedThenFollowsTheStore()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_store->putTasks({task(104, 10, u"Later"_s)}));
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 0); // not shown yet: nothing read
        QVERIFY(!model.isLoaded());
        model.reload();
        QCOMPARE(model.taskCount(), 5);
        QVERIFY(m_store->putTasks({task(105, 10, u"Even later"_s)}));
        QTRY_COMPARE(model.taskCount(), 6);
    }

    void sortsInNaturalOrder()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(names(model), (QStringList{u"Acme"_s, u"Zenith"_s}));
        QCOMPARE(names(model, website(model)),
                 (QStringList{u"task 1"_s, u"Task 2"_s, u"Task 10"_s}));
    }

    void announcesChangedRowsInsteadOfAReset()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A refresh that changes a task's values but not the tree's shape: one row announced.
        Task estimated = task(100, 10, u"Task 10"_s);
        estimated.estimatedMinutes = 45;
        QVERIFY(m_store->putTasks({estimated}));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);
        const QModelIndex row = changed.first().at(0).value<QModelIndex>();
        QCOMPARE(row.data(ScopeTreeModel::IdRole).toInt(), 100);
        QCOMPARE(model.index(row.row(), ScopeTreeModel::EstimateColumn, row.parent()).data(),
                 QVariant(u"0:45"_s));
        // A refresh that changes nothing announces nothing.
        QVERIFY(m_store->putTasks({estimated}));
        QCoreApplication::processEvents(); // the Store's announcement is delivered queued
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        // A new task is one inserted row, not a reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_store->putTasks({task(104, 10, u"Task 11"_s)}));
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(model.taskCount(), 5);
        QCOMPARE(resets.count(), 0);
    }

    // Creates, renames, moves and deletes change the rows concerned: no reset, so a view keeps
    // its expanded branches and selection (persistent indexes stay on their objects).
    void addsAndRemovesRowsWithoutAReset()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        ScopeFilterModel filter;
        filter.setSourceModel(&model);
        filter.setShowCompleted(true);
        filter.setShowArchived(true);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScopeEditor editor(*m_store, model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex selected(model.indexOf(ScopeTreeModel::ProjectItem, 11));
        const QPersistentModelIndex expanded(website(model));

        const ScopeEditResult created = editor.createTask(10, u"Task 3"_s);
        QVERIFY(created.ok());
        QTRY_VERIFY(model.task(created.id));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), website(model));
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(names(model, website(model)),
                 (QStringList{u"task 1"_s, u"Task 2"_s, u"Task 3"_s, u"Task 10"_s}));

        // A rename that re-sorts the row: out at its old place, in at its new one.
        QVERIFY(editor.update(ScopeTreeModel::TaskItem, 101, {{u"name"_s, u"Task 20"_s}}).ok());
        QTRY_COMPARE(names(model, website(model)),
                     (QStringList{u"task 1"_s, u"Task 3"_s, u"Task 10"_s, u"Task 20"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 2);

        QVERIFY(editor.remove(ScopeTreeModel::TaskItem, 100).ok());
        QTRY_VERIFY(!model.task(100));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(names(model, website(model)),
                 (QStringList{u"task 1"_s, u"Task 3"_s, u"Task 20"_s}));

        const ScopeEditResult customer = editor.createCustomer(u"Orbit"_s);
        QVERIFY(customer.ok());
        QTRY_VERIFY(model.customer(customer.id));
        QCOMPARE(names(model), (QStringList{u"Acme"_s, u"Orbit"_s, u"Zenith"_s}));
        QVERIFY(editor.moveTask(103, 10).ok());
        QTRY_COMPARE(model.task(103)->projectId, 10);
        QCOMPARE(names(model, website(model)),
                 (QStringList{u"API"_s, u"task 1"_s, u"Task 3"_s, u"Task 20"_s}));
        QCOMPARE(model.rowCount(selected), 0);

        // A project goes with its tasks: one row.
        const int removedBefore = int(removed.count());
        QVERIFY(editor.remove(ScopeTreeModel::ProjectItem, 10).ok());
        QTRY_VERIFY(!model.project(10));
        QCOMPARE(removed.count(), removedBefore + 1);
        QVERIFY(!expanded.isValid());

        QCOMPARE(resets.count(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(ScopeTreeModel::IdRole).toInt(), 11);
        QCOMPARE(selected.data().toString(), u"Backend"_s);
        QCOMPARE(names(filter), (QStringList{u"Acme"_s, u"Orbit"_s, u"Zenith"_s}));
        QCOMPARE(
            filter.rowCount(filter.mapFromSource(model.indexOf(ScopeTreeModel::CustomerItem, 1))),
            0);
    }

    void filtersByStateWorkflowStatusAndTypeOfWork()
    {
        ScopeTreeModel model(*m_store);
        model.reload();
        ScopeFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Archived Acme and completed "task 1" hidden by default.
        QCOMPARE(names(filter), QStringList{u"Zenith"_s});
        const auto tasksShown = [&]() {
            return names(filter, filter.index(0, 0, filter.index(filter.rowCount() - 1, 0)));
        };
        QCOMPARE(tasksShown(), (QStringList{u"Task 2"_s, u"Task 10"_s}));
        filter.setShowCompleted(true);
        QCOMPARE(tasksShown(), (QStringList{u"task 1"_s, u"Task 2"_s, u"Task 10"_s}));
        filter.setShowArchived(true);
        QCOMPARE(names(filter), (QStringList{u"Acme"_s, u"Zenith"_s}));

        filter.setWorkflowStatus(2);
        QCOMPARE(names(filter), QStringList{u"Zenith"_s}); // parents only of matching tasks
        QCOMPARE(tasksShown(), QStringList{u"Task 2"_s});
        filter.setWorkflowStatus(0);
        filter.setTypeOfWork(1);
        QCOMPARE(names(filter), (QStringList{u"Acme"_s, u"Zenith"_s}));
        QCOMPARE(tasksShown(), (QStringList{u"task 1"_s, u"Task 10"_s}));
        filter.setTypeOfWork(0);

        // Words across levels: "zenith 10" finds the task by its customer and its own name.
        filter.setSearchText(u"zenith 10"_s);
        QCOMPARE(names(filter), QStringList{u"Zenith"_s});
        QCOMPARE(tasksShown(), QStringList{u"Task 10"_s});
        QCOMPARE(filter.searchWords(), (QStringList{u"zenith"_s, u"10"_s}));
    }

    void showsUnsentChangesAndTheServersRefusal()
    {
        ScopeTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        ScopeEditor editor(*m_store, model);
        const ScopeEditResult created = editor.createTask(10, u"  Task 3 "_s);
        QVERIFY2(created.ok(), qPrintable(created.error));
        QVERIFY(created.id < 0); // temporary until the server names it
        QTRY_VERIFY(model.task(created.id));
        QCOMPARE(names(model, website(model)),
                 (QStringList{u"task 1"_s, u"Task 2"_s, u"Task 3"_s, u"Task 10"_s}));
        const QModelIndex item = model.indexOf(ScopeTreeModel::TaskItem, created.id);
        QVERIFY(item.data(ScopeTreeModel::PendingRole).toBool());

        QVERIFY(editor.update(ScopeTreeModel::TaskItem, 100, {{u"name"_s, u"Task 11"_s}}).ok());
        QVERIFY(editor.setCompleted(101, true).ok());
        QTRY_COMPARE(model.task(100)->name, u"Task 11"_s);
        QTRY_VERIFY(model.task(101)->isCompleted());
        QVERIFY(model.isPending(ScopeTreeModel::TaskItem, 100));
        // The Store keeps the server's values until the server confirms.
        QCOMPARE(m_store->task(100)->name, u"Task 10"_s);

        // The server refuses the rename: the object says so.
        const QList<OutboxEntry> entries = m_store->pendingEdits();
        const auto rename = std::find_if(entries.begin(), entries.end(), [](const auto &e) {
            return e.kind == OutboxKind::UpdateTask && e.targetId == 100;
        });
        QVERIFY(rename != entries.end());
        QVERIFY(m_store->markRejected(*rename, u"Task name already used"_s));
        QTRY_COMPARE(model.problem(ScopeTreeModel::TaskItem, 100), u"Task name already used"_s);
        QCOMPARE(model.indexOf(ScopeTreeModel::TaskItem, 100).data(ScopeTreeModel::ProblemRole),
                 QVariant(u"Task name already used"_s));

        // A delete hides the project and its tasks at once.
        QCOMPARE(editor.deleteImpact(ScopeTreeModel::ProjectItem, 10).tasks, 4);
        QVERIFY(editor.remove(ScopeTreeModel::ProjectItem, 10).ok());
        QTRY_VERIFY(!model.project(10));
        QVERIFY(!model.task(101));
        QCOMPARE(model.taskCount(), 1);
    }

    void offlineCreateRenameDeleteLeavesNothingToSend()
    {
        ScopeTreeModel model(*m_store);
        model.reload();
        ScopeEditor editor(*m_store, model);
        const ScopeEditResult customer = editor.createCustomer(u"Orbit"_s);
        QVERIFY(customer.ok());
        QTRY_VERIFY(model.customer(customer.id));
        const ScopeEditResult project = editor.createProject(customer.id, u"Launch"_s);
        QVERIFY(project.ok());
        QTRY_VERIFY(model.project(project.id));
        const ScopeEditResult created = editor.createTask(project.id, u"Countdown"_s);
        QVERIFY(created.ok());
        QVERIFY(created.id != project.id && project.id != customer.id); // never reused
        QTRY_VERIFY(model.task(created.id));
        QVERIFY(editor.update(ScopeTreeModel::TaskItem, created.id, {{u"name"_s, u"T-10"_s}}));
        QTRY_COMPARE(model.task(created.id)->name, u"T-10"_s);
        QCOMPARE(m_store->outboxCount(), 4);
        const ScopeEditor::Impact impact =
            editor.deleteImpact(ScopeTreeModel::CustomerItem, customer.id);
        QCOMPARE(impact.projects, 1);
        QCOMPARE(impact.tasks, 1);
        QVERIFY(editor.remove(ScopeTreeModel::CustomerItem, customer.id));
        QCOMPARE(m_store->outboxCount(), 0); // never sent: nothing to tell the server
        QTRY_VERIFY(!model.customer(customer.id));
        QVERIFY(!model.task(created.id));
        // The next temporary id is a new one.
        const ScopeEditResult again = editor.createCustomer(u"Orbit"_s);
        QVERIFY(again.ok());
        QVERIFY(again.id < created.id);
    }

    void refusesWhatTheAccountMayNotDoAndDuplicates()
    {
        QVERIFY(m_store->replaceCustomers({}));
        QVERIFY(m_store->replaceProjects({}));
        QVERIFY(m_store->replaceTasks({}));
        seed(false);
        ScopeTreeModel model(*m_store);
        model.reload();
        ScopeEditor editor(*m_store, model);
        using A = ScopeEditor::Action;
        QVERIFY(!editor.whyNot(A::Create, ScopeTreeModel::CustomerItem, 0).isEmpty());
        QVERIFY(!editor.whyNot(A::Create, ScopeTreeModel::ProjectItem, 10).isEmpty());
        QVERIFY(!editor.whyNot(A::Edit, ScopeTreeModel::TaskItem, 100).isEmpty());
        QVERIFY(!editor.whyNot(A::Delete, ScopeTreeModel::TaskItem, 100).isEmpty());
        QVERIFY(!editor.createTask(10, u"Mine"_s).ok());
        QVERIFY(!editor.remove(ScopeTreeModel::TaskItem, 100).ok());
        QCOMPARE(m_store->outboxCount(), 0);

        QVERIFY(m_store->replaceCustomers({}));
        QVERIFY(m_store->replaceProjects({}));
        QVERIFY(m_store->replaceTasks({}));
        seed(true);
        QTRY_VERIFY(model.task(100) && model.task(100)->allowed.canModify);
        QVERIFY(editor.whyNot(A::Create, ScopeTreeModel::ProjectItem, 10).isEmpty());
        // An archived customer takes no new projects; a duplicate name is refused.
        QVERIFY(!editor.whyNot(A::Create, ScopeTreeModel::CustomerItem, 2).isEmpty());
        QVERIFY(!editor.createTask(10, u"TASK 2"_s).ok());
        QVERIFY(!editor.createTask(10, u"  "_s).ok());
        QCOMPARE(m_store->outboxCount(), 0);
        // A task moves to another project it may be added to.
        QVERIFY(!editor.moveTask(103, 11).ok()); // where it is already
        QVERIFY(editor.moveTask(103, 10).ok());
        QTRY_COMPARE(model.task(103)->projectId, 10);
        QCOMPARE(model.task(103)->customerName, u"Zenith"_s);
    }
};

QTEST_GUILESS_MAIN(TestTaskTreeModel)
#include "tst_tasktreemodel.moc"
