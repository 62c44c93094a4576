// Editing the workflow statuses on the Directory page of the real MainWindow against the
// in-process emulator: Ins / F2 / Del reaching the server through the outbox, an offline
// create → rename → delete that never reaches it, a create whose answer was lost adopted by
// name instead of repeated, a refused rename and a refused create shown on the status, and an
// employee who may not.
#include "accountworkspace.h"
#include "appfixture.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "referencepage.h"
#include "sessionview.h"
#include "store.h"
#include "testdataset.h"
#include "visiblechild.h"
#include "workflowstatusdialog.h"
#include "workflowstatuseditor.h"
#include "workspacestatus.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestWorkflowStatuses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server; // its writes(): "POST /api/v1/workflowStatuses", …

    QString profile() const
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        QDir(m_profile.path()).mkpath(name);
        return m_profile.filePath(name);
    }

    ReferencePage *signIn(AppFixture &app, const QString &login)
    {
        const QString password = login == u"admin"_s ? u"manager"_s : login;
        if (!app.signIn(AppFixture::accountOn(*m_server, login), password))
            return nullptr;
        app.window->activateWindow();
        if (!QTest::qWaitForWindowActive(app.window.get()))
            return nullptr;
        app.view()->showPage(SessionView::Reference);
        ReferencePage *page = app.view()->reference();
        page->showList(ReferenceListModel::WorkflowStatuses);
        // The reference lists arrive with the sign-in.
        if (!QTest::qWaitFor([page] { return page->model()->rowCount() == 3; }, 10000))
            return nullptr;
        return page;
    }
    int serverCount(const QString &name) const
    {
        int n = 0;
        for (const auto &[id, status] : m_server->data().workflowStatuses)
            n += status.name == name ? 1 : 0;
        return n;
    }
    const emu::WorkflowStatus *serverStatus(const QString &name) const
    {
        for (const auto &[id, status] : m_server->data().workflowStatuses) {
            if (status.name == name)
                return &status;
        }
        return nullptr;
    }
    // The row of the status named `name` in the page's list (as shown, sorted), or -1.
    static int rowOf(ReferencePage *page, const QString &name)
    {
        for (int row = 0; row < page->filter()->rowCount(); ++row) {
            if (page->filter()->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    }
    static QString cell(ReferencePage *page, const QString &name, int column)
    {
        const int row = rowOf(page, name);
        return row < 0 ? QString() : page->filter()->index(row, column).data().toString();
    }
    static void focusTable(AppFixture &app, ReferencePage *page)
    {
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        page->view()->setFocus();
        QTRY_VERIFY(page->view()->hasFocus());
    }
    static void select(ReferencePage *page, const QString &name)
    {
        QTRY_VERIFY(rowOf(page, name) >= 0);
        page->view()->setCurrentIndex(page->filter()->index(rowOf(page, name), 0));
    }
private Q_SLOTS:
    void initTestCase() { AppFixture::useTestSettings(); }
    void init()
    {
        QVERIFY(m_profile.isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
        m_server->recordWrites();
    }
    void cleanup() { m_server.reset(); }

    // The user's path by keys: Ins, a name, Enter; F2, a new name and type, Enter; Del, Delete.
    void keysCreateRenameAndDeleteOnTheServer()
    {
        AppFixture app(profile());
        ReferencePage *page = signIn(app, u"admin"_s);
        QVERIFY(page);
        QVERIFY(page->newButton()->isVisible() && page->newButton()->isEnabled());

        focusTable(app, page);
        QTest::keyClick(page->view(), Qt::Key_Insert);
        QTRY_VERIFY(visibleChild<WorkflowStatusDialog>(page));
        WorkflowStatusDialog *dialog = visibleChild<WorkflowStatusDialog>(page);
        QCOMPARE(dialog->windowTitle(), u"New Workflow Status"_s);
        QTest::keyClicks(dialog->nameField(), u"Review"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        // Shown at once, then on the server (nobody asked for a sync), then under its server id.
        QTRY_VERIFY(rowOf(page, u"Review"_s) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(serverStatus(u"Review"_s), 10000);
        QCOMPARE(serverStatus(u"Review"_s)->type, u"open"_s);
        const int serverId = serverStatus(u"Review"_s)->id;
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 10000);
        QTRY_COMPARE(page->filter()
                         ->index(rowOf(page, u"Review"_s), 0)
                         .data(ReferenceListModel::IdRole)
                         .toInt(),
                     serverId);
        QCOMPARE(cell(page, u"Review"_s, 2), QString()); // nothing waiting

        // F2: renamed and made a completed status.
        select(page, u"Review"_s);
        focusTable(app, page);
        QTest::keyClick(page->view(), Qt::Key_F2);
        QTRY_VERIFY(visibleChild<WorkflowStatusDialog>(page));
        dialog = visibleChild<WorkflowStatusDialog>(page);
        QCOMPARE(dialog->nameField()->text(), u"Review"_s);
        dialog->nameField()->selectAll();
        QTest::keyClicks(dialog->nameField(), u"Reviewed"_s);
        dialog->typeField()->setFocus();
        QTest::keyClick(dialog->typeField(), Qt::Key_Down);
        QCOMPARE(dialog->type(), WorkflowStatusType::Completed);
        QTest::keyClick(dialog->typeField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->data().workflowStatuses.at(serverId).name,
                                  u"Reviewed"_s, 10000);
        QCOMPARE(m_server->data().workflowStatuses.at(serverId).type, u"completed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 10000);
        QTRY_COMPARE(cell(page, u"Reviewed"_s, 1), u"Completed"_s);

        // Del asks first; Delete deletes it on the server.
        select(page, u"Reviewed"_s);
        focusTable(app, page);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QTRY_VERIFY(visibleChild<QMessageBox>(page));
        QMessageBox *box = visibleChild<QMessageBox>(page);
        QVERIFY2(box->text().contains(u"Reviewed"_s), qPrintable(box->text()));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->data().workflowStatuses.count(serverId), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 10000);
        QTRY_COMPARE(rowOf(page, u"Reviewed"_s), -1);
        QCOMPARE(page->model()->rowCount(), 3);
    }

    // Created, renamed and deleted offline before it was ever sent: the server never hears of it.
    void offlineCreateRenameDeleteNeverReachesTheServer()
    {
        AppFixture app(profile());
        ReferencePage *page = signIn(app, u"admin"_s);
        QVERIFY(page);
        AccountWorkspace *workspace = app.workspace();
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::DropBeforeHandling, -1, 0, QString(), QByteArray()});
        workspace->refreshTasks();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->status().connection,
                                  WorkspaceStatus::Connection::Offline, 10000);

        WorkflowStatusEditor *editor = page->statusEditor();
        const ScopeEditResult created = editor->create(u"Scratch"_s, WorkflowStatusType::Open);
        QVERIFY2(created.ok(), qPrintable(created.error));
        QVERIFY(created.id < 0);
        QTRY_COMPARE(cell(page, u"Scratch"_s, 2), u"Waiting to be sent"_s); // shown at once
        QVERIFY(editor->update(created.id, u"Scratch 2"_s, WorkflowStatusType::Completed).ok());
        QTRY_COMPARE(cell(page, u"Scratch 2"_s, 1), u"Completed"_s);
        QCOMPARE(app.store()->outboxCount(), 2);
        QVERIFY(editor->remove(created.id).ok());
        QCOMPARE(app.store()->outboxCount(), 0);
        QTRY_COMPARE(rowOf(page, u"Scratch 2"_s), -1);

        // Back online: a later rename goes out; by then nothing else went.
        m_server->emulator().faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->status().connection,
                                  WorkspaceStatus::Connection::Online, 10000);
        QVERIFY(editor->update(2, u"Doing"_s, WorkflowStatusType::Open).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->data().workflowStatuses.at(2).name, u"Doing"_s, 10000);
        QCOMPARE(serverCount(u"Scratch"_s) + serverCount(u"Scratch 2"_s), 0);
        for (const QByteArray &write : m_server->writes())
            QVERIFY2(!write.startsWith("POST /api/v1/workflowStatuses")
                         && !write.startsWith("DELETE /api/v1/workflowStatuses"),
                     write.constData());
    }

    // The server created the status but its answer was lost: the resend finds it by name and
    // adopts it instead of creating a second one.
    void aLostCreateAnswerIsAdoptedByName()
    {
        AppFixture app(profile());
        ReferencePage *page = signIn(app, u"admin"_s);
        QVERIFY(page);
        m_server->emulator().faults().add({emu::FaultRule::Kind::DropAfterHandling, 1, 0,
                                           u"/workflowStatuses"_s, QByteArray("POST")});
        const ScopeEditResult created =
            page->statusEditor()->create(u"Blocked"_s, WorkflowStatusType::Open);
        QVERIFY(created.ok());
        QTRY_VERIFY_WITH_TIMEOUT(serverStatus(u"Blocked"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(), 0, 30000);
        QCOMPARE(serverCount(u"Blocked"_s), 1);
        const int serverId = serverStatus(u"Blocked"_s)->id;
        QTRY_COMPARE(page->filter()
                         ->index(rowOf(page, u"Blocked"_s), 0)
                         .data(ReferenceListModel::IdRole)
                         .toInt(),
                     serverId);
        QCOMPARE(page->model()->rowCount(), 4);
        // A resend of the POST by the network stack may reach the server; it is refused (the
        // name exists) and the replay adopts the first: never a second status.
        QVERIFY(m_server->writes().count("POST /api/v1/workflowStatuses") <= 2);
        QCOMPARE(serverCount(u"Blocked"_s), 1);
    }

    // The server refuses a rename (a status of that name appeared there meanwhile): the status
    // says so, with the server's words; giving the change up shows the server's name again.
    void aRefusedRenameIsShownOnTheStatus()
    {
        AppFixture app(profile());
        ReferencePage *page = signIn(app, u"admin"_s);
        QVERIFY(page);
        m_server->data().workflowStatuses[900] = {900, u"Waiting"_s, u"open"_s}; // server only
        QVERIFY(page->statusEditor()->update(2, u"Waiting"_s, WorkflowStatusType::Open).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, u"Waiting"_s, 2), u"Refused"_s, 10000);
        const QModelIndex refused = page->filter()->index(rowOf(page, u"Waiting"_s), 0);
        QVERIFY2(refused.data(ReferenceListModel::ProblemRole).toString().contains(u"exists"_s),
                 qPrintable(refused.data(ReferenceListModel::ProblemRole).toString()));
        QVERIFY(refused.data(Qt::ToolTipRole).toString().contains(u"refused"_s));
        QCOMPARE(m_server->data().workflowStatuses.at(2).name, u"In Progress"_s);

        // Given up with the mouse: the button shows for the refused status only.
        select(page, u"New"_s);
        QTRY_VERIFY(!page->discardButton()->isVisible());
        select(page, u"Waiting"_s);
        QTRY_VERIFY(page->discardButton()->isVisible());
        QTest::mouseClick(page->discardButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(page, u"In Progress"_s, 2), QString());
        QTRY_VERIFY(!page->discardButton()->isVisible());
        QCOMPARE(app.store()->outboxCount(), 0);
    }

    // The account lost the right to manage statuses after the cache was filled (the cached
    // statuses still say it may): a create by keys goes out, the server refuses it as it would
    // an employee's, and the new status shows the refusal; Del gives it up without asking the
    // server.
    void aCreateTheServerRefusesIsShownOnTheStatus()
    {
        AppFixture app(profile());
        ReferencePage *page = signIn(app, u"admin"_s);
        QVERIFY(page);
        m_server->data().users.at(1).role = emu::Role::Employee;
        focusTable(app, page);
        QTest::keyClick(page->view(), Qt::Key_Insert);
        QTRY_VERIFY(visibleChild<WorkflowStatusDialog>(page));
        WorkflowStatusDialog *dialog = visibleChild<WorkflowStatusDialog>(page);
        QTest::keyClicks(dialog->nameField(), u"Mine"_s);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, u"Mine"_s, 2), u"Refused"_s, 10000);
        const QModelIndex refused = page->filter()->index(rowOf(page, u"Mine"_s), 0);
        QVERIFY(!refused.data(ReferenceListModel::ProblemRole).toString().isEmpty());
        QVERIFY2(refused.data(Qt::ToolTipRole).toString().contains(u"refused"_s),
                 qPrintable(refused.data(Qt::ToolTipRole).toString()));
        QCOMPARE(serverCount(u"Mine"_s), 0);
        QCOMPARE(app.store()->outboxCount(), 1);

        select(page, u"Mine"_s);
        focusTable(app, page);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QTRY_VERIFY(visibleChild<QMessageBox>(page));
        visibleChild<QMessageBox>(page)->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(rowOf(page, u"Mine"_s), -1);
        QCOMPARE(app.store()->outboxCount(), 0);
        for (const QByteArray &write : m_server->writes())
            QVERIFY2(!write.startsWith("DELETE /api/v1/workflowStatuses"), write.constData());
    }

    // An employee may change no status (each says so): New is disabled saying why, Ins opens
    // nothing, and the editor refuses too; nothing is queued.
    void anEmployeeMayNotCreate()
    {
        AppFixture app(profile());
        ReferencePage *page = signIn(app, u"employee"_s);
        QVERIFY(page);
        QVERIFY(!page->newButton()->isEnabled());
        QVERIFY2(page->newButton()->toolTip().contains(u"may not"_s),
                 qPrintable(page->newButton()->toolTip()));
        select(page, u"New"_s);
        QVERIFY(!page->renameButton()->isEnabled() && !page->deleteButton()->isEnabled());
        focusTable(app, page);
        QTest::keyClick(page->view(), Qt::Key_Insert);
        QTest::keyClick(page->view(), Qt::Key_F2);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QVERIFY(!visibleChild<WorkflowStatusDialog>(page) && !visibleChild<QMessageBox>(page));
        QVERIFY(page->editMessage()->text().contains(u"may not"_s));
        QVERIFY(!page->statusEditor()->create(u"Mine"_s, WorkflowStatusType::Open).ok());
        QCOMPARE(app.store()->outboxCount(), 0);
    }
};

QTEST_MAIN(TestWorkflowStatuses)
#include "tst_workflowstatuses.moc"
