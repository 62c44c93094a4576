// The Directory page in the real MainWindow against the in-process emulator: Ctrl+5 opens it
// (after Tasks in the sidebar), the users and other reference lists show the server's data,
// typing on the table searches, and after a restart without a server the lists come from the
// cache.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "referencelistmodel.h"
#include "referencepage.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "signindialog.h"
#include "testdataset.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

// The row of the shown (filtered, sorted) table whose first cell contains `text`, or -1.
int rowWith(const QAbstractItemModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString().contains(text))
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel &model, const QString &rowText, int column)
{
    const int row = rowWith(model, rowText);
    return row < 0 ? QString() : model.index(row, column).data().toString();
}

} // namespace

class TestReferencePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

    Account account(const QString &login) const { return AppFixture::accountOn(*m_server, login); }

    // The users and a second and third list as the contract dataset has them.
    static void checkLists(ReferencePage *page)
    {
        page->showList(ReferenceListModel::Users);
        const QAbstractItemModel &shown = *page->view()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(shown, u"Oscar"_s) >= 0, 10000);
        QCOMPARE(cell(shown, u"Oscar"_s, 1), u"Sales"_s);
        QCOMPARE(cell(shown, u"Emma"_s, 1), u"Engineering"_s);
        QCOMPARE(cell(shown, u"Emma"_s, 2), u"London"_s);
        QCOMPARE(cell(shown, u"Ada"_s, 2), u"New York"_s); // the default group

        page->showList(ReferenceListModel::Departments);
        QCOMPARE(page->model()->rowCount(), 3);
        QVERIFY(rowWith(shown, u"Engineering"_s) >= 0);
        QVERIFY(rowWith(shown, u"Users without department"_s) >= 0);

        page->showList(ReferenceListModel::LeaveTypes);
        QCOMPARE(cell(shown, u"Vacation"_s, 1), u"Paid time off"_s);
        QCOMPARE(cell(shown, u"Sick Leave"_s, 1), u"Sick days"_s);

        // An employee may not read cost-of-work rates: the list says so instead of failing.
        page->showList(ReferenceListModel::Rates);
        QCOMPARE(shown.rowCount(), 0);
        QCOMPARE(page->summary()->text(), u"User rates are not available to your account."_s);
        page->showList(ReferenceListModel::Users);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_profile.isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    void directoryShowsTheServersListsAndTheCacheOffline()
    {
        {
            AppFixture app(m_profile.path());
            QVERIFY(app.signIn(account(u"employee"_s)));
            QVERIFY(app.view());

            // The sidebar lists the Directory right after Tasks; Ctrl+5 opens it.
            auto *sidebar = app.view()->findChild<QListWidget *>();
            QVERIFY(sidebar);
            QCOMPARE(sidebar->item(3)->text(), u"Directory"_s);
            app.window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
            QTest::keyClick(app.window.get(), Qt::Key_5, Qt::ControlModifier);
            QCOMPARE(app.view()->currentPage(), SessionView::Reference);
            QCOMPARE(sidebar->currentRow(), 3);

            ReferencePage *page = app.reference();
            checkLists(page);

            // Keyboard: typing on the table searches by words, Enter goes back to the table.
            QTableView *table = page->view();
            table->setFocus();
            QTest::keyClicks(table, u"sales os"_s);
            QCOMPARE(page->searchField()->text(), u"sales os"_s);
            QVERIFY(page->searchField()->hasFocus());
            QCOMPARE(table->model()->rowCount(), 1);
            QVERIFY(table->model()->index(0, 0).data().toString().contains(u"Oscar"_s));
            QTest::keyClick(page->searchField(), Qt::Key_Return);
            QVERIFY(table->hasFocus());
            QCOMPARE(table->currentIndex().row(), 0);
            // The list selector keeps the search: the settings show the server's week start.
            page->searchField()->clear();
            page->showList(ReferenceListModel::Settings);
            QCOMPARE(cell(*table->model(), u"First day of week"_s, 1),
                     QLocale().dayName(Qt::Monday));
        }

        // Quit, the server goes away, start again: the lists come from the cache.
        m_server.reset();
        AppFixture app(m_profile.path());
        app.controller.start();
        QVERIFY(app.view());
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        app.window->signInDialog()->hide();
        app.view()->showPage(SessionView::Reference);
        QCOMPARE(app.view()->currentPage(), SessionView::Reference);
        checkLists(app.reference());
    }

    void aManagerSeesTheTeamsRates()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(account(u"manager"_s)));
        ReferencePage *page = app.reference();
        app.view()->showPage(SessionView::Reference);
        page->showList(ReferenceListModel::Rates);
        const QAbstractItemModel &shown = *page->view()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(shown, u"Emma"_s) >= 0, 10000);
        QVERIFY(cell(shown, u"Emma"_s, 2).contains(QLocale().toString(50.0, 'f', 2)));
        QVERIFY(cell(shown, u"Emma"_s, 3).contains(QLocale().toString(75.0, 'f', 2)));
        QVERIFY(page->model()->unavailableReason().isEmpty());
    }
};

QTEST_MAIN(TestReferencePage)
#include "tst_referencepage.moc"
