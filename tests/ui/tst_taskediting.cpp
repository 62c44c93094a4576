// Editing the scope of work on the Tasks page of the real MainWindow against the in-process
// emulator: what an employee, a manager and an administrator may or may not do (from each
// object's allowedActions; a refused action is disabled and says why), the keys (Ins, F2,
// Ctrl+K, Del) reaching the server through the outbox, an offline create → rename → delete that
// never reaches the server, and a create whose answer was lost adopted instead of repeated.
#include "accountworkspace.h"
#include "appfixture.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "scopeitemdialog.h"
#include "scopepropertiespanel.h"
#include "sessionview.h"
#include "store.h"
#include "taskbrowserpage.h"
#include "testdataset.h"
#include "visiblechild.h"
#include "workspacestatus.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

TaskBrowserPage *tasksPage(const AppFixture &app)
{
    return app.view()->tasks();
}

using Kind = ScopeTreeModel::Kind;

} // namespace

class TestTaskEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server; // its writes(): "POST /api/v1/tasks", …

    // A profile (settings, caches) of this test function and data row alone.
    QString profile() const
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag());
        QDir(m_profile.path()).mkpath(name);
        return m_profile.filePath(name);
    }

    void signIn(AppFixture &app, const QString &login)
    {
        // The contract dataset's administrator signs in with the password "manager".
        const QString password = login == u"admin"_s ? u"manager"_s : login;
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, login), password));
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        app.view()->showPage(SessionView::Tasks);
        // Every task of the account has arrived (the sign-in fetches them all).
        QTRY_VERIFY_WITH_TIMEOUT(
            tasksPage(app)->model()->task(1) && tasksPage(app)->model()->project(1), 10000);
    }
    const emu::Task *serverTask(const QString &name) const
    {
        for (const auto &[id, task] : m_server->data().tasks) {
            if (task.name == name)
                return &task;
        }
        return nullptr;
    }
    int serverTaskCount(const QString &name) const
    {
        int n = 0;
        for (const auto &[id, task] : m_server->data().tasks)
            n += task.name == name ? 1 : 0;
        return n;
    }
    // The keys go to the tree of the active window (after a dialog closed, too).
    static void focusTree(AppFixture &app)
    {
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        tasksPage(app)->view()->setFocus();
        QTRY_VERIFY(tasksPage(app)->view()->hasFocus());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The desktop reminder (17:00 by default, on the system's clock) would open a modal
        // "Timer" box when no notification service answers: not this suite's subject.
        AppFixture::useTestSettings();
    }
    void init()
    {
        QVERIFY(m_profile.isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
        m_server->recordWrites();
    }
    void cleanup() { m_server.reset(); }

    void whatEachRoleMayDo_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("mayChange");
        QTest::newRow("employee") << u"employee"_s << false;
        QTest::newRow("manager") << u"manager"_s << true;
        QTest::newRow("admin") << u"admin"_s << true;
    }
    void whatEachRoleMayDo()
    {
        QFETCH(QString, login);
        QFETCH(bool, mayChange);
        AppFixture app(profile());
        signIn(app, login);
        TaskBrowserPage *page = tasksPage(app);
        QTreeView *tree = page->view();
        // Nothing selected: one button adds a customer (Ins), not two saying the same.
        const auto shownButtons = [page]() {
            QStringList texts;
            for (QAction *action : page->findChild<QToolBar *>()->actions()) {
                if (action->isVisible())
                    texts.append(action->text());
            }
            return texts;
        };
        QVERIFY(!tree->currentIndex().isValid());
        QCOMPARE(shownButtons().count(u"New Customer\u2026"_s), 1);
        QCOMPARE(page->newAction()->text(), u"New Customer\u2026"_s);
        QVERIFY(page->selectObject(Kind::TaskItem, 1));
        QCOMPARE(page->newAction()->text(), u"New Task\u2026"_s);
        QVERIFY(shownButtons().contains(u"New Customer\u2026"_s));
        tree->setFocus();
        for (QAction *action : {page->renameAction(), page->editAction(), page->completeAction(),
                                page->moveAction(), page->deleteAction(), page->newAction()}) {
            QCOMPARE(action->isEnabled(), mayChange);
            if (!mayChange) // disabled, saying why
                QVERIFY2(action->toolTip().contains(u"may not"_s), qPrintable(action->toolTip()));
        }
        QCOMPARE(page->newCustomerAction()->isEnabled(), mayChange);
        QVERIFY(page->trackAction()->isEnabled()); // everyone tracks time
        QVERIFY(page->contextMenu()->toolTipsVisible());

        if (!mayChange) {
            // The keys do nothing, and the editor refuses what the UI does not offer.
            QTest::keyClick(tree, Qt::Key_Delete);
            QTest::keyClick(tree, Qt::Key_F2);
            QVERIFY(!visibleChild<QMessageBox>(page) && !page->openDialog());
            const ScopeEditResult refused =
                page->editor()->update(Kind::TaskItem, 1, {{u"name"_s, u"Mine"_s}});
            QVERIFY(!refused.ok());
            QVERIFY(!page->editor()->createCustomer(u"Mine"_s).ok());
            QCOMPARE(app.store()->outboxCount(), 0);
            return;
        }

        // F2 renames: the server has the new name; nobody asked for a sync.
        QVERIFY(page->selectObject(Kind::TaskItem, 2));
        focusTree(app);
        QTest::keyClick(tree, Qt::Key_F2);
        QTRY_VERIFY(page->openDialog());
        ScopeItemDialog *dialog = page->openDialog();
        QCOMPARE(dialog->nameField()->text(), u"Build engine"_s);
        dialog->nameField()->selectAll();
        QTest::keyClicks(dialog->nameField(), u"Build engine 2"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(serverTask(u"Build engine 2"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 10000);
        QTRY_COMPARE(page->model()->task(2)->name, u"Build engine 2"_s);
        QVERIFY(page->currentObject() == std::pair(Kind::TaskItem, 2));

        // Ctrl+K completes.
        focusTree(app);
        QVERIFY(page->completeAction()->isEnabled());
        QTest::keyClick(tree, Qt::Key_K, Qt::ControlModifier);
        const auto serverStatus = [this]() {
            return m_server->data()
                .workflowStatuses.at(m_server->data().tasks.at(2).workflowStatusId)
                .type;
        };
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(), u"completed"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->task(2)->isCompleted(), 10000);

        // A task moves to another customer's project.
        QVERIFY(page->editor()->moveTask(4, 1).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->data().tasks.at(4).projectId, 1, 10000);

        // Del asks first, saying what goes with the project; Delete deletes it on the server.
        QVERIFY(page->selectObject(Kind::ProjectItem, 2));
        focusTree(app);
        QTest::keyClick(tree, Qt::Key_Delete);
        QTRY_VERIFY(visibleChild<QMessageBox>(page));
        QMessageBox *box = visibleChild<QMessageBox>(page);
        QVERIFY2(box->text().contains(u"Website"_s) && box->text().contains(u"1 task"_s),
                 qPrintable(box->text()));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->data().projects.count(2), 10000);
        QVERIFY(!serverTask(u"Landing page"_s));
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 10000);
        QTRY_VERIFY(!page->model()->project(2));
        QVERIFY(!page->model()->task(3));
    }

    // The user's path: select a project, Ins, type a name, Enter: the task is on the server.
    void insertTypeNameEnterCreatesATask()
    {
        AppFixture app(profile());
        signIn(app, u"manager"_s);
        TaskBrowserPage *page = tasksPage(app);
        QVERIFY(page->selectObject(Kind::ProjectItem, 2));
        focusTree(app);
        QTest::keyClick(page->view(), Qt::Key_Insert);
        QTRY_VERIFY(page->openDialog());
        ScopeItemDialog *dialog = page->openDialog();
        QCOMPARE(dialog->windowTitle(), u"New Task"_s);
        QVERIFY(dialog->nameField()->hasFocus() || dialog->nameField()->text().isEmpty());
        QTest::keyClicks(dialog->nameField(), u"Press kit"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        // Shown at once (waiting), selected, then on the server and under its server id.
        QTRY_VERIFY(page->currentObject().second != 0
                    && page->model()->task(page->currentObject().second)
                    && page->model()->task(page->currentObject().second)->name == u"Press kit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(serverTask(u"Press kit"_s), 10000);
        QCOMPARE(serverTask(u"Press kit"_s)->projectId, 2);
        const int serverId = serverTask(u"Press kit"_s)->id;
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->task(serverId), 10000);
        QTRY_VERIFY(page->currentObject() == std::pair(Kind::TaskItem, serverId));
        QCOMPARE(app.store()->outboxCount(), 0);
        QCOMPARE(m_server->writes().count("POST /api/v1/tasks"), 1);
    }

    // Created, renamed and deleted offline, before it was ever sent: the server never hears of
    // it.
    void offlineCreateRenameDeleteNeverReachesTheServer()
    {
        AppFixture app(profile());
        signIn(app, u"manager"_s);
        AccountWorkspace *workspace = app.workspace();
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::DropBeforeHandling, -1, 0, QString(), QByteArray()});
        workspace->refreshTasks();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->status().connection,
                                  WorkspaceStatus::Connection::Offline, 10000);

        TaskBrowserPage *page = tasksPage(app);
        ScopeEditor *editor = page->editor();
        const ScopeEditResult created = editor->createTask(1, u"Scratch"_s);
        QVERIFY(created.ok());
        QVERIFY(created.id < 0);
        QTRY_VERIFY(page->model()->task(created.id)); // shown at once, waiting
        QVERIFY(page->model()->isPending(Kind::TaskItem, created.id));
        QVERIFY(editor->update(Kind::TaskItem, created.id, {{u"name"_s, u"Scratch 2"_s}}).ok());
        QTRY_COMPARE(page->model()->task(created.id)->name, u"Scratch 2"_s);
        QCOMPARE(app.store()->outboxCount(), 2);
        QVERIFY(editor->remove(Kind::TaskItem, created.id).ok());
        QCOMPARE(app.store()->outboxCount(), 0);
        QTRY_VERIFY(!page->model()->task(created.id));

        // Back online: a later edit goes out; by the time it is on the server, nothing else went.
        m_server->emulator().faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->status().connection,
                                  WorkspaceStatus::Connection::Online, 10000);
        QVERIFY(editor->update(Kind::TaskItem, 1, {{u"description"_s, u"Titanium"_s}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->data().tasks.at(1).description, u"Titanium"_s, 10000);
        QCOMPARE(serverTaskCount(u"Scratch"_s) + serverTaskCount(u"Scratch 2"_s), 0);
        for (const QByteArray &write : m_server->writes())
            QVERIFY2(!write.startsWith("POST /api/v1/tasks")
                         && !write.startsWith("DELETE /api/v1/tasks"),
                     write.constData());
    }

    // The server created the task but its answer was lost: the resend finds it by name and
    // adopts it instead of creating a second one.
    void aLostCreateAnswerIsAdopted()
    {
        AppFixture app(profile());
        signIn(app, u"manager"_s);
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::DropAfterHandling, 1, 0, u"/tasks"_s, QByteArray("POST")});
        TaskBrowserPage *page = tasksPage(app);
        const ScopeEditResult created = page->editor()->createTask(1, u"Heat shield"_s);
        QVERIFY(created.ok());
        QTRY_VERIFY_WITH_TIMEOUT(serverTask(u"Heat shield"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 30000);
        QCOMPARE(serverTaskCount(u"Heat shield"_s), 1);
        const int serverId = serverTask(u"Heat shield"_s)->id;
        QTRY_VERIFY(page->model()->task(serverId));
        QVERIFY(!page->model()->task(created.id));
        // Never a second task: a resend (by the network stack or the replay) finds the first.
        QCOMPARE(serverTaskCount(u"Heat shield"_s), 1);
    }

    // The server refuses a rename (a task of that name appeared there meanwhile): the object
    // shows the refusal and offers both ways out. "Take the server's" gives the change up; "keep
    // mine" sends it again (accepted once the other task is gone).
    void aRefusedEditOffersKeepMineOrTakeTheServers()
    {
        AppFixture app(profile());
        signIn(app, u"manager"_s);
        TaskBrowserPage *page = tasksPage(app);
        emu::Task other = m_server->data().tasks.at(1);
        other.id = 900;
        other.name = u"Fuel tank"_s;
        m_server->data().tasks[other.id] = other; // on the server only: the cache does not know
        QVERIFY(page->selectObject(Kind::TaskItem, 2));
        const auto refusedRename = [&]() {
            QVERIFY(page->editor()->update(Kind::TaskItem, 2, {{u"name"_s, u"Fuel tank"_s}}).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!page->model()->problem(Kind::TaskItem, 2).isEmpty(), 10000);
            QTRY_VERIFY(page->properties()->problemLabel()->isVisible());
            QVERIFY(page->properties()->settleButtons()->isVisible());
            QVERIFY(page->retryAction()->isVisible() && page->discardAction()->isVisible());
            QCOMPARE(page->model()->task(2)->name, u"Fuel tank"_s); // the user's value, refused
        };
        refusedRename();
        page->discardAction()->trigger();
        QTRY_COMPARE(page->model()->task(2)->name, u"Build engine"_s);
        QVERIFY(page->model()->problem(Kind::TaskItem, 2).isEmpty());
        QTRY_VERIFY(!page->properties()->settleButtons()->isVisible());
        QCOMPARE(app.store()->outboxCount(), 0);
        QCOMPARE(m_server->data().tasks.at(2).name, u"Build engine"_s);

        refusedRename();
        m_server->data().tasks.erase(other.id);
        page->retryAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->data().tasks.at(2).name, u"Fuel tank"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 10000);
        QTRY_VERIFY(page->model()->problem(Kind::TaskItem, 2).isEmpty());
        QTRY_VERIFY(!page->properties()->problemLabel()->isVisible());
    }

    // The properties panel: the object's comments fetched when it is selected (and kept for
    // offline), "No comments.", why they could not be fetched; the time tracked against the
    // estimate, summed from the cache.
    void thePanelShowsCommentsAndTimeTrackedAgainstTheEstimate()
    {
        AppFixture app(profile());
        signIn(app, u"employee"_s);
        TaskBrowserPage *page = tasksPage(app);
        ScopePropertiesPanel *panel = page->properties();
        QVERIFY(page->selectObject(Kind::TaskItem, 1));
        QTRY_VERIFY_WITH_TIMEOUT(panel->commentsLabel()->text().contains(u"Use the new alloy"_s),
                                 10000);
        QVERIFY(panel->commentsLabel()->isVisible());
        // The employee's week holds 4:00 + 8:00 on "Design hull", estimated at 100 hours.
        QVERIFY(panel->field(u"Tracked"_s));
        const QString tracked = panel->field(u"Tracked"_s)->text();
        QVERIFY2(tracked.contains(u"12:00"_s) && tracked.contains(u"100:00"_s)
                     && tracked.contains(u"12%"_s),
                 qPrintable(tracked));
        QVERIFY(page->selectObject(Kind::TaskItem, 2));
        QTRY_COMPARE_WITH_TIMEOUT(panel->commentsLabel()->text(), u"No comments."_s, 10000);

        // Offline: a customer never fetched says why; the task's comments stay readable.
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::DropBeforeHandling, -1, 0, u"/comments"_s, QByteArray()});
        QVERIFY(page->selectObject(Kind::CustomerItem, 1));
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->commentsLabel()->text().startsWith(u"The comments could not be fetched"_s),
            10000);
        QVERIFY(page->selectObject(Kind::TaskItem, 1));
        QTRY_VERIFY_WITH_TIMEOUT(panel->commentsLabel()->text().contains(u"Use the new alloy"_s),
                                 10000);
        m_server->emulator().faults().clear();
    }

    // The panel's values stay inside it at 1280 × 800 and at 800 × 600, the window at that size
    // when the page is first shown: none cut off at its right edge (a narrow panel puts a value
    // under its name instead), and at 1280 the panel gets more than its minimum.
    void thePanelsValuesFitItsWidth_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("800x600") << QSize(800, 600);
    }
    void thePanelsValuesFitItsWidth()
    {
        QFETCH(QSize, size);
        AppFixture::Options options;
        options.show = false;
        AppFixture app(profile(), options);
        app.window->resize(size);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        signIn(app, u"employee"_s);
        TaskBrowserPage *page = tasksPage(app);
        ScopePropertiesPanel *panel = page->properties();
        QVERIFY(page->selectObject(Kind::TaskItem, 1));
        QCoreApplication::processEvents();
        auto *area = qobject_cast<QScrollArea *>(panel->parentWidget()->parentWidget());
        QVERIFY(area);
        // At 1280 the splitter gives the panel room for its rows on one line each (it gave it
        // its minimum, 28 characters, which wrapped every value).
        if (size.width() >= 1280)
            QVERIFY2(area->width() >= area->fontMetrics().averageCharWidth() * 40,
                     qPrintable(QString::number(area->width())));
        const int visibleWidth = area->viewport()->width();
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            const int right = label->mapTo(area->viewport(), QPoint(label->width(), 0)).x();
            QVERIFY2(right <= visibleWidth,
                     qPrintable(u"'%1' ends at %2, the panel at %3"_s.arg(
                         label->text(), QString::number(right), QString::number(visibleWidth))));
        }
    }
};

QTEST_MAIN(TestTaskEditing)
#include "tst_taskediting.moc"
