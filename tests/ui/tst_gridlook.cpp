// How the timesheet grid looks and reads in the real main window against the in-process emulator:
// cell text reads (WCAG contrast 4.5:1, measured on the rendered grid) under a light and a dark
// palette for a normal, today's, locked, pending and conflicting cell; the day headers are not
// cut at 800 × 600; and Preferences → time display changes every duration of the grid at once.
#include "appfixture.h"
#include "desktopsettings.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sessionview.h"
#include "testdataset.h"
#include "timedisplay.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetpalette.h"
#include "timesheetview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace actidesk;
using namespace Qt::StringLiterals;
namespace palette = actidesk::timesheetpalette;

namespace {

constexpr int kEmployee = 3;
constexpr int kDesignHull = 1; // 4:00 Monday, 8:00 Tuesday
constexpr int kBuildEngine = 2; // 4:00 Monday; here also 1:30 today and 3:00 on Friday
const QDate kFriday = testdata::kWeekStart.addDays(4);

// Fusion's colours on a dark desktop (as Qt's own examples set them).
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(35, 35, 35));
    dark.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
    dark.setColor(QPalette::ToolTipBase, QColor(25, 25, 25));
    dark.setColor(QPalette::ToolTipText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(53, 53, 53));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(42, 130, 218));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, QColor(35, 35, 35));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(127, 127, 127));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(127, 127, 127));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(127, 127, 127));
    return dark;
}

// The contrast of a rendered cell's text: the background is the colour left of the
// right-aligned text, the text the pixel of the text band that stands out most from it.
qreal renderedContrast(const QImage &image, const QRect &cell, int textHeight, QColor *text,
                       QColor *background)
{
    *background = image.pixelColor(cell.left() + 4, cell.center().y());
    qreal best = 1;
    for (int y = cell.center().y() - textHeight / 2; y <= cell.center().y() + textHeight / 2; ++y) {
        for (int x = cell.left() + 4; x <= cell.right() - 4; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (const qreal c = palette::contrast(pixel, *background); c > best) {
                best = c;
                *text = pixel;
            }
        }
    }
    return best;
}

} // namespace

class TestGridLook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"ActiDeskTests"_s); // before the settings are read
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        // No "time is missing" reminder (a message box without a notification service).
        AppFixture::useTestSettings();
    }
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>(); // a profile (and cache) per case
        QVERIFY(m_profile->isValid());
        QSettings().remove(u"ui/timeDisplay"_s); // as the user's profile starts: as the server
        emu::Dataset data = testdata::contractDataset();
        data.timetrack[emu::dayKey(testdata::kToday, kEmployee)] = {{kBuildEngine, {90, {}}}};
        data.timetrack[emu::dayKey(kFriday, kEmployee)] = {{kBuildEngine, {180, {}}}};
        data.approvedDays.insert(emu::dayKey(kFriday, kEmployee));
        m_server = std::make_unique<EmulatorFixture>(data, emu::EmulatorOptions{}, true);
    }
    void cleanup()
    {
        m_server.reset();
        TimeDisplaySetting::instance().setValue(TimeDisplay::AsServer);
    }

    // The palette's text colours against every cell background, light and dark.
    void paletteTextColoursRead()
    {
        for (const QPalette &pal : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (const QColor &background : palette::cellBackgrounds(pal)) {
                for (const QColor &color :
                     {pal.color(QPalette::Text), palette::subdued(pal), palette::rejected(pal),
                      palette::overtime(pal), palette::pending(pal), palette::conflict(pal)}) {
                    QVERIFY2(palette::contrast(color, background) >= palette::kTextContrast,
                             qPrintable(u"%1 on %2: %3"_s.arg(color.name(), background.name())
                                            .arg(palette::contrast(color, background))));
                }
            }
        }
    }

    // The grid rendered under a light and a dark palette: each kind of cell reads.
    void renderedCellsReadInLightAndDark()
    {
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([original] { QApplication::setPalette(original); });
        AppFixture app(m_profile->path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.window->resize(1100, 700);
        TimesheetModel *model = app.model();
        TimesheetView *table = app.table();

        // A conflict: the server changes Monday's 4:00 of "Design hull" while the user types 3.
        auto client = m_server->client(u"employee"_s);
        const QString path = u"/timetrack/%1/%2/%3"_s.arg(kEmployee)
                                 .arg(testdata::kWeekStart.toString(Qt::ISODate))
                                 .arg(kDesignHull);
        QCOMPARE(client->patch(path, QJsonObject{{u"time"_s, 300}}).status, 200);
        QVERIFY(model->setData(app.cellOf(kDesignHull, testdata::kWeekStart), u"3"_s));
        QTRY_COMPARE_WITH_TIMEOUT(CellState(app.cellOf(kDesignHull, testdata::kWeekStart)
                                                .data(TimesheetModel::CellStateRole)
                                                .toInt()),
                                  CellState::Conflict, 10000);
        QTRY_VERIFY(!app.cellOf(kBuildEngine, kFriday)
                         .data(TimesheetModel::ReadOnlyReasonRole)
                         .toString()
                         .isEmpty());

        int round = 0;
        for (const auto &[name, pal] :
             {std::pair(u"light"_s, QApplication::style()->standardPalette()),
              std::pair(u"dark"_s, darkPalette())}) {
            QApplication::setPalette(pal);
            app.window->setPalette(pal);
            QCoreApplication::processEvents();
            // Not sent yet: typed just before the grab (the sync sends it on the next turn).
            QVERIFY(model->setData(app.cellOf(kBuildEngine, testdata::kWeekStart),
                                   ++round % 2 ? u"5"_s : u"6"_s));
            const QModelIndex pending = app.cellOf(kBuildEngine, testdata::kWeekStart);
            QCOMPARE(CellState(pending.data(TimesheetModel::CellStateRole).toInt()),
                     CellState::Pending);
            table->clearSelection();
            table->setCurrentIndex({});
            const QImage image = table->viewport()->grab().toImage();
            const QString file =
                QCoreApplication::applicationDirPath() + u"/tst_gridlook-%1.png"_s.arg(name);
            QVERIFY(app.window->grab().save(file));
            qInfo("saved %s", qPrintable(file));

            const QList<std::pair<QString, QModelIndex>> cells{
                {u"normal"_s, app.cellOf(kDesignHull, testdata::kWeekStart.addDays(1))},
                {u"today"_s, app.cellOf(kBuildEngine, testdata::kToday)},
                {u"locked"_s, app.cellOf(kBuildEngine, kFriday)},
                {u"pending"_s, pending},
                {u"conflict"_s, app.cellOf(kDesignHull, testdata::kWeekStart)},
            };
            for (const auto &[kind, index] : cells) {
                QVERIFY2(index.isValid(), qPrintable(kind));
                QVERIFY2(!index.data().toString().isEmpty(), qPrintable(kind));
                QColor text;
                QColor background;
                const qreal ratio =
                    renderedContrast(image, table->visualRect(index), table->fontMetrics().height(),
                                     &text, &background);
                qInfo("%s %s: %s on %s, %.2f", qPrintable(name), qPrintable(kind),
                      qPrintable(text.name()), qPrintable(background.name()), ratio);
                QVERIFY2(ratio >= palette::kTextContrast,
                         qPrintable(u"%1, %2 cell: %3 on %4 is %5:1"_s
                                        .arg(name, kind, text.name(), background.name())
                                        .arg(ratio)));
            }
        }
    }

    // At 800 × 600 every day header reads whole (today's is bold).
    void dayHeadersFitAt800x600()
    {
        AppFixture app(m_profile->path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        app.window->resize(800, 600);
        QTRY_COMPARE(app.window->size(), QSize(800, 600));
        QHeaderView *header = app.table()->horizontalHeader();
        QFont bold = header->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        for (int column = TimesheetModel::FirstDayColumn; column <= TimesheetModel::LastDayColumn;
             ++column) {
            const QString text = app.model()->headerData(column, Qt::Horizontal).toString();
            const QStringList lines = text.split(u'\n');
            QVERIFY(header->height() >= metrics.height() * int(lines.size()));
            for (const QString &line : lines) {
                // DayHeaderView keeps 10 px left and 8 px right of the label.
                QVERIFY2(metrics.horizontalAdvance(line) <= header->sectionSize(column) - 18,
                         qPrintable(u"\u201c%1\u201d needs %2 px, the column has %3"_s.arg(line)
                                        .arg(metrics.horizontalAdvance(line))
                                        .arg(header->sectionSize(column) - 18)));
            }
        }
    }

    // Edit → Preferences → "Show times as": decimal hours; the grid's cells and totals follow.
    void timeDisplayFromPreferences()
    {
        AppFixture app(m_profile->path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        const QModelIndex monday = app.cellOf(kDesignHull, testdata::kWeekStart);
        QCOMPARE(monday.data().toString(), u"4:00"_s);

        bool chosen = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&poll, &chosen] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            for (auto *combo : dialog->findChildren<QComboBox *>()) {
                if (combo->accessibleName() == u"Time display"_s) {
                    combo->setCurrentIndex(combo->findData(int(TimeDisplay::DecimalHours)));
                    chosen = true;
                }
            }
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        poll.start();
        QTest::keyClick(app.window->windowHandle(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(chosen);
        const QString decimal = QLocale().toString(4.0, 'f', 2);
        QTRY_COMPARE(app.cellOf(kDesignHull, testdata::kWeekStart).data().toString(), decimal);
        const int total = app.model()->totalRow();
        QCOMPARE(app.model()->index(total, TimesheetModel::FirstDayColumn).data().toString(),
                 QLocale().toString(8.0, 'f', 2));
        QCOMPARE(DesktopSettings::load().timeDisplay, TimeDisplay::DecimalHours);
    }
};

QTEST_MAIN(TestGridLook)
#include "tst_gridlook.moc"
