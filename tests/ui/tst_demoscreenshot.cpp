// `actidesk --demo --screenshot FILE` end to end, in a private profile: the process starts the
// bundled emulator, signs in as the demo employee (or manager), waits for the week from the
// server, writes the PNG and exits 0 (1 when the timesheet never loaded). The image must match
// the reference screenshots' size and hold a real window, not a blank one.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshot_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("reference");
        QTest::newRow("employee") << u"employee"_s << u"demo-timesheet-employee.png"_s;
        QTest::newRow("manager") << u"manager"_s << u"demo-timesheet-manager.png"_s;
    }

    void screenshot()
    {
        QFETCH(QString, who);
        QFETCH(QString, reference);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, profile.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, profile.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QString file = profile.filePath(u"shot.png"_s);

        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(ACTIDESK_EXECUTABLE),
                  {u"--demo"_s, u"--demo-user"_s, who, u"--demo-state"_s,
                   profile.filePath(u"state.json"_s), u"--screenshot"_s, file});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);

        const QImage shot(file);
        QVERIFY(!shot.isNull());
        const QImage expected(QStringLiteral(ACTIDESK_REFERENCE_DIR) + u'/' + reference);
        QVERIFY2(!expected.isNull(), "reference screenshot missing");
        QCOMPARE(shot.size(), expected.size());
        // A window with a table, text and colour marks has many colours; a blank or half-drawn
        // one has a handful.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3) {
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    }
};

QTEST_GUILESS_MAIN(TestDemoScreenshot)
#include "tst_demoscreenshot.moc"
