// InstanceGuard in one process: the first guard of a lock file listens, a second one on the same
// file is turned away, asks the first to show itself and gets its answer; a lock whose process is
// gone is taken over; a lock that cannot be made is an error with a message, not a crash.
#include "instanceguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Outcome = InstanceGuard::Outcome;

class TestInstanceGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lockNames()
    {
        QCOMPARE(InstanceGuard::lockFileForFolder(u"/home/u/.local/share/ActiDesk"_s),
                 u"/home/u/.local/share/ActiDesk/actidesk.lock"_s);
        // Beside the demo state, under a name of its own (not the state file's own ".lock").
        QCOMPARE(InstanceGuard::lockFileForDemoState(u"/tmp/state.json"_s),
                 u"/tmp/state.json.instance.lock"_s);
    }

    void secondIsTurnedAwayAndAsksTheFirst()
    {
        const QString lock = m_dir.filePath(u"profile/actidesk.lock"_s);
        InstanceGuard first(lock);
        QString error;
        QCOMPARE(first.acquire(&error), Outcome::First);
        QVERIFY(QFile::exists(lock));
        QSignalSpy shown(&first, &InstanceGuard::showRequested);

        // The same file through another spelling is the same profile.
        InstanceGuard second(m_dir.filePath(u"profile/../profile/actidesk.lock"_s));
        QCOMPARE(second.acquire(&error), Outcome::AlreadyRunning);
        QCOMPARE(second.serverName(), first.serverName());
        QCOMPARE(second.runningPid(), QCoreApplication::applicationPid());
        // The first answers from this thread's event loop; the second waits on another thread.
        auto answered =
            std::async(std::launch::async, [&second]() { return second.askRunningToShow(10'000); });
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10'000);
        QTRY_VERIFY(answered.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QVERIFY(answered.get());

        // Another profile is not turned away.
        InstanceGuard other(m_dir.filePath(u"other/actidesk.lock"_s));
        QCOMPARE(other.acquire(&error), Outcome::First);
        QVERIFY(other.serverName() != first.serverName());
    }

    void nobodyAnsweringIsReported()
    {
        // A live holder that does not listen (here: a bare QLockFile of this process).
        const QString lock = m_dir.filePath(u"mute/actidesk.lock"_s);
        InstanceGuard holder(lock);
        QString error;
        QCOMPARE(holder.acquire(&error), Outcome::First);
        InstanceGuard second(lock);
        QCOMPARE(second.acquire(&error), Outcome::AlreadyRunning);
        QLocalServer::removeServer(second.serverName()); // the holder's socket is gone
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!second.askRunningToShow(500));
        QVERIFY(timer.elapsed() < 5000);
    }

    void lockOfAGoneProcessIsTakenOver()
    {
        // A pid that existed and ended, as after a crash: a killed child's.
        QProcess gone;
        gone.start(u"sleep"_s, {u"30"_s});
        QVERIFY(gone.waitForStarted(10'000));
        const qint64 pid = gone.processId();
        gone.kill();
        QVERIFY(gone.waitForFinished(10'000));
        const QString lock = m_dir.filePath(u"crashed/actidesk.lock"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"crashed"_s)));
        QFile file(lock);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(pid) + "\nactidesk\n\n");
        file.close();

        InstanceGuard guard(lock);
        QString error;
        QCOMPARE(guard.acquire(&error), Outcome::First);
    }

    void noLockIsAnError()
    {
        // A regular file where the folder should be: even root cannot create the lock.
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        InstanceGuard guard(m_dir.filePath(u"blocker/actidesk.lock"_s));
        QString error;
        QCOMPARE(guard.acquire(&error), Outcome::Failed);
        QVERIFY2(error.contains(u"blocker"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
