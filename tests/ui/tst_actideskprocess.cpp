// The `actidesk` executable as a process: --help and --version without any display; one running
// instance per profile (a second start with the same demo state exits with code 3 and a line on
// stderr, and the first is asked to come to the front); a lock left by a killed instance is taken
// over; core dumps off when asked for (always in release builds).
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kExitAlreadyRunning = 3;

// A running or finished actidesk whose stderr is collected as it arrives.
struct Actidesk
{
    QProcess process;
    QByteArray err;

    QByteArray stderrSoFar()
    {
        err += process.readAllStandardError();
        return err;
    }
};

// "Max core file size  <soft>  <hard>  bytes" of a running process.
QStringList coreLimits(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QString values = QString::fromLatin1(line.mid(26)).simplified();
            return values.split(u' ').mid(0, 2);
        }
    }
    return {};
}

// QLockFile writes the holder's pid on the first line.
bool lockHeldBy(const QString &lockFile, qint64 pid)
{
    QFile file(lockFile);
    return file.open(QIODevice::ReadOnly) && file.readLine().trimmed() == QByteArray::number(pid);
}

bool fileExistsUnder(const QString &folder, const QString &name)
{
    QDirIterator it(folder, {name}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

} // namespace

class TestActideskProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment profileEnvironment(const QString &profile) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(profile + u"/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(profile + u"/config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"ACTIDESK_DISABLE_CORE_DUMPS"_s);
        return env;
    }
    QString stateFile() const { return m_dir.filePath(u"state.json"_s); }

    void startDemo(Actidesk &app, const QProcessEnvironment &env) const
    {
        app.process.setProcessEnvironment(env);
        app.process.start(QStringLiteral(ACTIDESK_EXECUTABLE),
                          {u"--demo"_s, u"--demo-state"_s, stateFile()});
        QVERIFY(app.process.waitForStarted(10'000));
    }

    // Another start on the same demo state: must exit at once with code 3 and say why, and the
    // running instance `first` must log that it was asked to come to the front.
    void secondStartIsTurnedAway(Actidesk &first, const QString &profile)
    {
        Actidesk second;
        startDemo(second, profileEnvironment(profile));
        QVERIFY(second.process.waitForFinished(30'000));
        const QByteArray err = second.stderrSoFar();
        QCOMPARE(second.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.process.exitCode() == kExitAlreadyRunning, err.constData());
        const QByteArray expected = "ActiDesk already runs for this profile (process "
            + QByteArray::number(first.process.processId()) + ')';
        QVERIFY2(err.contains(expected), err.constData());
        QTRY_VERIFY2_WITH_TIMEOUT(
            first.stderrSoFar().contains("another start asked for this window"),
            first.err.constData(), 20'000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(name);
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ACTIDESK_EXECUTABLE), {u"--version"_s});
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        QVERIFY2(app.readAllStandardOutput().contains("ActiDesk 0.1.0"),
                 app.readAllStandardError().constData());

        app.start(QStringLiteral(ACTIDESK_EXECUTABLE), {u"--help"_s});
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray help = app.readAllStandardOutput();
        QVERIFY2(help.contains("--demo-state"), help.constData());
        QVERIFY2(help.contains("3 already running"), help.constData());
    }

    void oneInstancePerDemoState()
    {
        // Children inherit our limits: a raised soft limit shows whether the app lowered it.
        rlimit own{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &own), 0);
        own.rlim_cur = own.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_CORE, &own), 0);

        Actidesk first;
        QProcessEnvironment env = profileEnvironment(u"a"_s);
        env.insert(u"ACTIDESK_DISABLE_CORE_DUMPS"_s, u"1"_s);
        startDemo(first, env);
        // Up once its demo cache exists (the window is built right after).
        QTRY_VERIFY2_WITH_TIMEOUT(
            fileExistsUnder(m_dir.filePath(u"a/data"_s), u"cache-employee.sqlite"_s),
            first.stderrSoFar().constData(), 30'000);

        const QString lock = stateFile() + u".instance.lock"_s;
        QVERIFY(lockHeldBy(lock, first.process.processId()));
        // The same demo state from another data folder is still the same profile.
        secondStartIsTurnedAway(first, u"b"_s);
        QCOMPARE(first.process.state(), QProcess::Running);
        QCOMPARE(coreLimits(first.process.processId()), (QStringList{u"0"_s, u"0"_s}));

        // A crash leaves the lock file behind; the next start takes it over.
        first.process.kill(); // SIGKILL
        QVERIFY(first.process.waitForFinished(10'000));
        QVERIFY(QFile::exists(lock));

        Actidesk again;
        startDemo(again, profileEnvironment(u"a"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(lockHeldBy(lock, again.process.processId()),
                                  again.stderrSoFar().constData(), 30'000);
        secondStartIsTurnedAway(again, u"a"_s);
        QCOMPARE(again.process.state(), QProcess::Running);
        const QStringList limits = coreLimits(again.process.processId());
#if defined(QT_NO_DEBUG)
        // A release build (this suite is built like the app) never writes core dumps.
        QCOMPARE(limits, (QStringList{u"0"_s, u"0"_s}));
#else
        // A Debug build leaves them alone unless asked.
        QCOMPARE(limits.size(), 2);
        if (own.rlim_max != 0)
            QVERIFY2(limits.at(1) != u"0"_s, qPrintable(limits.join(u' ')));
#endif

        again.process.kill();
        QVERIFY(again.process.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(TestActideskProcess)
#include "tst_actideskprocess.moc"
