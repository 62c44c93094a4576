// The real main window against the in-process emulator, as a screen-reader user meets it: every
// focusable control of every page has a name, a timesheet cell and its column header read the
// task, the day, the time and the state, and the grid has the keyboard right after the start.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "localedates.h"
#include "mainwindow.h"
#include "sessionview.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDesignHull = 1; // 4:00 on Monday of the pinned week, "hull sketches"

// How a control is named for a screen reader: its accessible name, its own text (buttons,
// group boxes) or a label whose buddy it is. Empty when it has none.
QString nameOf(QWidget *widget, const QList<QLabel *> &labels)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
        return button->text();
    if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
        return label->text(); // selectable text reads itself
    if (auto *box = qobject_cast<QGroupBox *>(widget); box && !box->title().isEmpty())
        return box->title();
    for (QLabel *label : labels) {
        if (label->buddy() == widget && !label->text().isEmpty())
            return label->text();
    }
    return {};
}

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        chain << (w->objectName().isEmpty()
                      ? QString::fromLatin1(w->metaObject()->className())
                      : QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName());
    }
    return chain.join(u" < "_s);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        // No "time is missing" reminder (a message box without a notification service).
        AppFixture::useTestSettings();
    }
    void init()
    {
        QVERIFY(m_profile.isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    // Walks every widget of every page: a control the keyboard can reach must say what it is.
    void everyControlHasAName()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        // Each page once, so what a page builds when first shown is there too.
        for (int page = 0; page < SessionView::PageCount; ++page) {
            if (app.view()->isPageAvailable(SessionView::Page(page)))
                app.view()->showPage(SessionView::Page(page));
            QCoreApplication::processEvents();
        }
        app.view()->showPage(SessionView::Timesheet);

        QWidget *window = app.window.get();
        const QList<QLabel *> labels = window->findChildren<QLabel *>();
        QStringList unnamed;
        int checked = 0;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (widget->window() != window || widget->focusPolicy() == Qt::NoFocus
                || qobject_cast<QMenu *>(widget))
                continue;
            // The editor inside a spin box or combo box is named by its owner.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            // A label that shows nothing yet (the message line) has nothing to read.
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().isEmpty())
                continue;
            ++checked;
            if (nameOf(widget, labels).isEmpty())
                unnamed << describe(widget);
        }
        QVERIFY(checked > 10);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"Focusable without a name:\n"_s + unnamed.join(u'\n')));
    }

    // What a screen reader reads for a cell of the grid and its column header.
    void gridCellReadsTaskDayTimeAndState()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        const QModelIndex monday = app.cellOf(kDesignHull, testdata::kWeekStart);
        QVERIFY(monday.isValid());
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(app.table());
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *cell = table->tableInterface()->cellAt(monday.row(), monday.column());
        QVERIFY(cell);
        const QString day = localedates::longDayMonth(testdata::kWeekStart);
        QCOMPARE(cell->text(QAccessible::Name),
                 u"Design hull, %1, 4:00, with a comment"_s.arg(day));
        QVERIFY2(cell->text(QAccessible::Description).contains(u"hull sketches"_s),
                 qPrintable(cell->text(QAccessible::Description)));
        QVERIFY(cell->tableCellInterface());
        const QList<QAccessibleInterface *> headers =
            cell->tableCellInterface()->columnHeaderCells();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first()->text(QAccessible::Name), day);

        // Today's column says so; the Total row's cell reads as a total.
        const QModelIndex today = app.cellOf(kDesignHull, testdata::kToday);
        QAccessibleInterface *todayCell =
            table->tableInterface()->cellAt(today.row(), today.column());
        QCOMPARE(
            todayCell->tableCellInterface()->columnHeaderCells().first()->text(QAccessible::Name),
            u"%1, today"_s.arg(localedates::longDayMonth(testdata::kToday)));
        TimesheetModel *model = app.model();
        QAccessibleInterface *total =
            table->tableInterface()->cellAt(model->totalRow(), TimesheetModel::TotalColumn);
        QCOMPARE(
            total->text(QAccessible::Name),
            u"Total, %1"_s.arg(
                model->index(model->totalRow(), TimesheetModel::TotalColumn).data().toString()));

        // A change not yet sent says so (read before the sync's next turn sends it).
        QVERIFY(model->setData(monday, u"2"_s));
        const QModelIndex edited = app.cellOf(kDesignHull, testdata::kWeekStart);
        QCOMPARE(CellState(edited.data(TimesheetModel::CellStateRole).toInt()), CellState::Pending);
        QCOMPARE(
            table->tableInterface()->cellAt(edited.row(), edited.column())->text(QAccessible::Name),
            u"Design hull, %1, 2:00, waiting to be sent, with a comment"_s.arg(day));
    }

    // Started and signed in, the arrows move in the grid at once: it has the keyboard.
    void gridHasTheKeyboardAfterStart()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        TimesheetView *table = app.table();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        const QModelIndex before = table->currentIndex();
        QVERIFY(before.isValid());
        QVERIFY(before.column() < TimesheetModel::LastDayColumn);
        // As the keyboard delivers it: to the window, which hands it to the focus widget.
        QTest::keyClick(app.window->windowHandle(), Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), before.column() + 1);
        QCOMPARE(table->currentIndex().row(), before.row());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
