// File → Export… through the real main window with real key events against the in-process
// emulator: Ctrl+E opens the dialog; this week's timesheet is written as CSV and as iCalendar
// (chosen by keyboard) and both files re-read agree with the server's records; last month, never
// read, is fetched first; a fetch that takes long is cancelled with Escape and nothing is
// written; an employee is not offered the review, a manager exports it; a file that cannot be
// written says so in the dialog.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "testdataset.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int Employee = 3;
const QDate kOctober{2026, 10, 1};

// RFC 4180 records of a file (quoted fields with commas, quotes and line breaks).
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

// "date|task|minutes|comment" of each record, sorted, for comparing a file with the server.
using Figures = QStringList;

// The same figures from an iCalendar file: each VEVENT's DTSTART day, SUMMARY ("Task (1:30)"),
// X-ACTIDESK-MINUTES and DESCRIPTION (lines unfolded, text unescaped).
Figures icsFigures(const QString &path, int *events)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.replace(u"\r\n "_s, QString()).replace(u"\r\n"_s, u"\n"_s);
    const auto unescape = [](QString value) {
        return value.replace(u"\\n"_s, u"\n"_s)
            .replace(u"\\,"_s, u","_s)
            .replace(u"\\;"_s, u";"_s)
            .replace(u"\\\\"_s, u"\\"_s);
    };
    Figures figures;
    *events = 0;
    QString date, task, minutes, comment;
    for (const QString &line : text.split(u'\n')) {
        const QString value = line.section(u':', 1);
        if (line == u"BEGIN:VEVENT"_s) {
            date.clear(), task.clear(), minutes.clear(), comment.clear();
        } else if (line.startsWith(u"DTSTART"_s)) {
            date = QDate::fromString(value.left(8), u"yyyyMMdd"_s).toString(Qt::ISODate);
        } else if (line.startsWith(u"SUMMARY:"_s)) {
            task = unescape(value).section(u" ("_s, 0, -2);
        } else if (line.startsWith(u"X-ACTIDESK-MINUTES:"_s)) {
            minutes = value;
        } else if (line.startsWith(u"DESCRIPTION:"_s)) {
            comment = unescape(value);
        } else if (line == u"END:VEVENT"_s) {
            ++*events;
            figures << u"%1|%2|%3|%4"_s.arg(date, task, minutes, comment);
        }
    }
    figures.sort();
    return figures;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<AppFixture> m_app;

    void start(const QString &login = u"employee"_s)
    {
        emu::Dataset data = testdata::contractDataset();
        // Last month: a comment with the CSV's delimiter and a quote, and a second record.
        data.timetrack[emu::dayKey(kOctober.addDays(4), Employee)] = {
            {1, {90, u"hull, \"v2\" drawings"_s}}};
        data.timetrack[emu::dayKey(kOctober.addDays(19), Employee)] = {{3, {45, QString()}}};
        m_server = std::make_unique<EmulatorFixture>(data, emu::EmulatorOptions{}, true);
        m_app = std::make_unique<AppFixture>(m_profile->path());
        QVERIFY(m_app->signIn(AppFixture::accountOn(*m_server, login)));
    }

    ExportDialog *pressExport()
    {
        TimesheetView *view = m_app->page()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        ExportDialog *dialog = m_app->window->exportDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        // The offscreen platform leaves the main window active: activate the dialog as a
        // window manager does.
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
        for (int i = 0; i < 50 && QApplication::activeWindow() != dialog; ++i)
            QTest::qWait(100); // until the dialog is the active window
        return QApplication::activeWindow() == dialog ? dialog : nullptr;
    }

    // Tab from wherever the focus is until it reaches `target` (the keyboard's way round the
    // dialog); false when it never does.
    static bool tabTo(QWidget *target)
    {
        for (int i = 0; i < 20 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    // Tab to the file field, then the path typed over what is there.
    static void typePath(ExportDialog *dialog, const QString &path)
    {
        QVERIFY(tabTo(dialog->pathEdit()));
        QTest::keyClick(dialog->pathEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->pathEdit(), path);
    }

    // Tab to a combo box, then Down `steps` times.
    static void choose(QComboBox *box, int steps)
    {
        QVERIFY(tabTo(box));
        for (int i = 0; i < steps; ++i)
            QTest::keyClick(box, Qt::Key_Down);
    }

    // The server's records of a user from..to as "date|task|minutes|comment".
    Figures serverFigures(int userId, const QDate &from, const QDate &to)
    {
        Figures figures;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const auto found = m_server->data().timetrack.find(emu::dayKey(day, userId));
            if (found == m_server->data().timetrack.end())
                continue;
            for (const auto &[task, record] : found->second)
                if (record.time > 0)
                    figures << u"%1|%2|%3|%4"_s.arg(day.toString(Qt::ISODate))
                                   .arg(m_server->data().tasks.at(task).name)
                                   .arg(record.time)
                                   .arg(record.comment);
        }
        figures.sort();
        return figures;
    }

    // The same figures from an exported CSV (checking the hours column on the way).
    static Figures csvFigures(const QList<QStringList> &records, const QString &user = {})
    {
        Figures figures;
        for (const QStringList &record : records.mid(1)) {
            if (record.size() != 10 || (!user.isEmpty() && record.at(3) != user))
                return {u"malformed or foreign record: "_s + record.join(u'|')};
            const int minutes = record.at(7).toInt();
            if (record.at(8) != QString::number(minutes / 60.0, 'f', 2))
                return {u"hours do not match minutes: "_s + record.join(u'|')};
            figures << u"%1|%2|%3|%4"_s.arg(record.at(2), record.at(6), record.at(7), record.at(9));
        }
        figures.sort();
        return figures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The daily reminder (17:00 by default, on the system's clock) would put a modal box
        // over the window when the suite runs late in the day without a notification service.
        QSettings().setValue(u"reminders/enabled"_s, false);
    }
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }
    void cleanup()
    {
        m_app.reset();
        m_server.reset();
        m_profile.reset();
    }

    void thisWeekAsCsvAndICalendar();
    void uncachedMonthIsFetchedFirst();
    void escapeCancelsTheFetchAndWritesNothing();
    void reviewOnlyForAReviewer();
    void unwritableFileIsSaidInTheDialog();
};

void TestExportDialog::thisWeekAsCsvAndICalendar()
{
    start();
    ExportDialog *dialog = pressExport();
    QVERIFY(dialog);
    // This week by default, and a file name that says what, whose and which period.
    QCOMPARE(dialog->fromEdit()->date(), testdata::kWeekStart);
    QCOMPARE(dialog->toEdit()->date(), testdata::kWeekStart.addDays(6));
    const QString suggested = dialog->pathEdit()->text();
    QVERIFY2(suggested.contains(u"/timesheet-employee-on-127.0.0.1_"_s), qPrintable(suggested));
    QVERIFY2(suggested.endsWith(u"-2026-11-23..2026-11-29.csv"_s), qPrintable(suggested));

    const QString csvPath = m_profile->filePath(u"week.csv"_s);
    typePath(dialog, csvPath);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return); // the default button: Export
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QCOMPARE(dialog->statusText(), u"3 records written to %1."_s.arg(csvPath));
    QVERIFY(dialog->isVisible());
    const QList<QStringList> records = readCsv(csvPath);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.first().join(u','),
             u"account,period,date,user,customer,project,task,"
             u"minutes,hours,comment"_s);
    QVERIFY2(records.at(1).at(0).startsWith(u"employee on 127.0.0.1:"_s),
             qPrintable(records.at(1).at(0)));
    QCOMPARE(records.at(1).at(1), u"2026-11-23..2026-11-29"_s);
    const Figures server =
        serverFigures(Employee, testdata::kWeekStart, testdata::kWeekStart.addDays(6));
    QCOMPARE(server.size(), 3);
    QCOMPARE(csvFigures(records), server);

    // iCalendar (Tab to the format, Down), to another file.
    choose(dialog->formatBox(), 1);
    QCOMPARE(dialog->request().format, ExportRequest::Format::ICalendar);
    QVERIFY(!dialog->decimalBox()->isEnabled());
    const QString icsPath = m_profile->filePath(u"week.ics"_s);
    typePath(dialog, icsPath);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), u"3 records written to %1."_s.arg(icsPath),
                              10000);
    int events = 0;
    QCOMPARE(icsFigures(icsPath, &events), server);
    QCOMPARE(events, 3);
    QFile ics(icsPath);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    QVERIFY(ics.readAll().contains("X-ACTIDESK-PERIOD:2026-11-23..2026-11-29"));

    QTest::keyClick(dialog, Qt::Key_Escape); // nothing runs: Escape closes
    QTRY_VERIFY(!m_app->window->exportDialog());
}

void TestExportDialog::uncachedMonthIsFetchedFirst()
{
    start();
    ExportDialog *dialog = pressExport();
    QVERIFY(dialog);
    choose(dialog->periodBox(), 3); // this week, last week, this month, last
    QCOMPARE(dialog->periodBox()->currentData().toInt(), int(ExportDialog::Period::LastMonth));
    QCOMPARE(dialog->fromEdit()->date(), kOctober);
    QCOMPARE(dialog->toEdit()->date(), QDate(2026, 10, 31));
    const QString path = m_profile->filePath(u"october.csv"_s);
    typePath(dialog, path);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QVERIFY(dialog->isRunning()); // October was never read: fetched first
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QCOMPARE(dialog->statusText(), u"2 records written to %1."_s.arg(path));
    const Figures server = serverFigures(Employee, kOctober, QDate(2026, 10, 31));
    QCOMPARE(server.size(), 2);
    QCOMPARE(csvFigures(readCsv(path)), server);
}

void TestExportDialog::escapeCancelsTheFetchAndWritesNothing()
{
    start();
    // The server takes a minute for every time-track answer from now on.
    emu::FaultRule slow;
    slow.kind = emu::FaultRule::Kind::Delay;
    slow.delayMs = 60000;
    slow.count = -1;
    slow.pathContains = u"timetrack"_s;
    m_server->emulator().faults().add(slow);

    ExportDialog *dialog = pressExport();
    QVERIFY(dialog);
    choose(dialog->periodBox(), 3);
    const QString path = m_profile->filePath(u"october.csv"_s);
    typePath(dialog, path);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY(dialog->progressBar()->isVisible());
    QVERIFY(!dialog->pathEdit()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // Cancel
    QTRY_VERIFY(!dialog->isRunning());
    QCOMPARE(dialog->statusText(), u"Export cancelled: no file was written."_s);
    QVERIFY(dialog->isVisible()); // Escape cancelled the export, not the dialog
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog->pathEdit()->isEnabled());
    m_server->emulator().faults().clear();
}

void TestExportDialog::reviewOnlyForAReviewer()
{
    start();
    ExportDialog *dialog = pressExport();
    QVERIFY(dialog);
    QCOMPARE(dialog->whatBox()->count(), 2); // an employee: timesheet and task list
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_app->window->exportDialog());
    cleanup();
    init();

    start(u"manager"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace()->canReviewTeam(), 10000);
    dialog = pressExport();
    QVERIFY(dialog);
    QCOMPARE(dialog->whatBox()->count(), 3);
    choose(dialog->whatBox(), 1);
    QCOMPARE(dialog->request().what, ExportRequest::What::Review);
    QVERIFY2(dialog->pathEdit()->text().contains(u"/review-manager-on-"_s),
             qPrintable(dialog->pathEdit()->text()));
    const QString path = m_profile->filePath(u"review.csv"_s);
    typePath(dialog, path);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QVERIFY2(dialog->statusText().startsWith(u"3 records written"_s),
             qPrintable(dialog->statusText()));
    // The manager's team is Emma (and the manager, who has no time this week).
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(csvFigures(records),
             serverFigures(Employee, testdata::kWeekStart, testdata::kWeekStart.addDays(6)));
    for (const QStringList &record : records.mid(1))
        QCOMPARE(record.at(3), u"Emma J. Employee"_s);

    // The task list: CSV only, no period.
    choose(dialog->whatBox(), 1);
    QCOMPARE(dialog->request().what, ExportRequest::What::Tasks);
    QVERIFY(!dialog->formatBox()->isEnabled());
    QVERIFY(!dialog->periodBox()->isEnabled());
    const QString tasksPath = m_profile->filePath(u"tasks.csv"_s);
    typePath(dialog, tasksPath);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    const QList<QStringList> tasks = readCsv(tasksPath);
    QVERIFY(tasks.size() > 1);
    QCOMPARE(tasks.first().value(1), u"id"_s);
}

void TestExportDialog::unwritableFileIsSaidInTheDialog()
{
    start();
    ExportDialog *dialog = pressExport();
    QVERIFY(dialog);
    const QString path = m_profile->filePath(u"no such folder/week.csv"_s);
    typePath(dialog, path);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QVERIFY2(dialog->statusText().startsWith(u"%1 cannot be written: "_s.arg(path)),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
