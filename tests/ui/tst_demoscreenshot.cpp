// `actidesk --demo --screenshot FILE` end to end, in a private profile: the process starts the
// bundled emulator, signs in as the demo employee (or manager), waits for the week from the
// server, writes the PNG and exits 0 (1 when the timesheet never loaded). The image must match
// the reference screenshots' size and hold a real window, not a blank one; and what the window
// showed (FILE.json) must be true: all seven days inside the table, and the week's total equal
// to the time the demo server holds for that user and week (its --demo-state file).
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// "38:15" or "38.25" (the server's time format) in minutes; -1 when it is neither.
int minutesOf(const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    const QStringList parts = text.trimmed().split(u':');
    bool ok = false;
    if (parts.size() == 2) {
        bool minutesOk = false;
        const int hours = parts.at(0).toInt(&ok);
        const int minutes = parts.at(1).toInt(&minutesOk);
        return ok && minutesOk ? hours * 60 + minutes : -1;
    }
    const double hours = QString(text).replace(u',', u'.').toDouble(&ok);
    return ok ? qRound(hours * 60) : -1;
}

// The minutes of time-track the server holds for `login` in the week from `start`.
int serverWeekMinutes(const QJsonObject &state, const QString &login, const QDate &start)
{
    int userId = 0;
    for (const QJsonValue &user : state.value(u"users"_s).toArray()) {
        if (user[u"username"_s].toString() == login)
            userId = user[u"id"_s].toInt();
    }
    if (userId == 0)
        return -1;
    int minutes = 0;
    for (const QJsonValue &day : state.value(u"timetrack"_s).toArray()) {
        const QDate date = QDate::fromString(day[u"date"_s].toString(), Qt::ISODate);
        if (day[u"userId"_s].toInt() != userId || date < start || date > start.addDays(6))
            continue;
        for (const QJsonValue &record : day[u"records"_s].toArray())
            minutes += record[u"time"_s].toInt();
    }
    return minutes;
}

// The app's environment: the demo's settings and data in `profile`, no display needed.
QProcessEnvironment demoEnvironment(const QTemporaryDir &profile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, profile.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, profile.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

} // namespace

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
        const QProcessEnvironment env = demoEnvironment(profile);
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

        // What the window showed, against the server's data.
        const QJsonObject shown = readJson(file + u".json"_s);
        QVERIFY2(!shown.isEmpty(), "the screenshot's description (FILE.json) is missing");
        const QDate start = QDate::fromString(shown[u"weekStart"_s].toString(), Qt::ISODate);
        QVERIFY(start.isValid());
        QStringList days;
        for (int day = 0; day < 7; ++day)
            days.append(start.addDays(day).toString(Qt::ISODate));
        QStringList visible;
        for (const QJsonValue &day : shown[u"visibleDays"_s].toArray())
            visible.append(day.toString());
        QCOMPARE(visible, days);
        const QJsonObject state = readJson(profile.filePath(u"state.json"_s));
        QVERIFY2(!state.isEmpty(), "the demo server's state file is missing");
        const int serverMinutes = serverWeekMinutes(state, who, start);
        QVERIFY2(serverMinutes > 0, "the demo week has no time: the check would prove nothing");
        const QString total = shown[u"weekTotal"_s].toString();
        QVERIFY2(minutesOf(total) == serverMinutes,
                 qPrintable(u"the window showed %1 for the week, the server holds %2 minutes"_s.arg(
                     total, QString::number(serverMinutes))));
        QVERIFY2(shown[u"summary"_s].toString().contains(total),
                 qPrintable(shown[u"summary"_s].toString()));
    }

    // The window comes back at the size it had when the app ended (the first run's size is set
    // on the command line; the second run has none).
    void theWindowKeepsItsSizeBetweenRuns()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QProcessEnvironment env = demoEnvironment(profile);
        const auto run = [&env, &profile](const QStringList &extra, const QString &file) {
            QProcess app;
            app.setProcessEnvironment(env);
            app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            app.start(QStringLiteral(ACTIDESK_EXECUTABLE),
                      QStringList{u"--demo"_s, u"--demo-state"_s, profile.filePath(u"state.json"_s),
                                  u"--screenshot"_s, file}
                          + extra);
            return app.waitForFinished(60000) && app.exitStatus() == QProcess::NormalExit
                && app.exitCode() == 0;
        };
        const QString first = profile.filePath(u"first.png"_s);
        QVERIFY(run({u"-qwindowgeometry"_s, u"1000x700+0+0"_s}, first));
        QCOMPARE(QImage(first).size(), QSize(1000, 700));
        const QString second = profile.filePath(u"second.png"_s);
        QVERIFY(run({}, second));
        QCOMPARE(QImage(second).size(), QSize(1000, 700));
    }
};

QTEST_GUILESS_MAIN(TestDemoScreenshot)
#include "tst_demoscreenshot.moc"
