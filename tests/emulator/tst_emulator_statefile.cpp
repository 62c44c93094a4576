// The emulator's state file as a server keeps it: saves debounced (and flushed at shutdown),
// private (0600), claimed by one emulator at a time, and checked usable at start-up.
#include "datasetjson.h"
#include "emulatorfixture.h"
#include "stateclaim.h"
#include "testdataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    return (p & kGroupOrOther) == 0 && (p & QFileDevice::ReadOwner)
        && (p & QFileDevice::WriteOwner);
}

QJsonObject statusBody(const QString &name)
{
    return QJsonObject{{u"name"_s, name}, {u"type"_s, u"open"_s}};
}

// An actitime-emulator child process on a small dataset; terminated when this goes away.
class EmulatorProcess
{
public:
    explicit EmulatorProcess(const QStringList &extraArguments)
    {
        m_process.setProgram(QStringLiteral(ACTITIME_EMULATOR_PATH));
        m_process.setArguments(QStringList{u"--port"_s, u"0"_s, u"--users"_s, u"4"_s,
                                           u"--customers"_s, u"1"_s, u"--projects"_s, u"1"_s,
                                           u"--tasks"_s, u"2"_s, u"--weeks"_s, u"1"_s}
                               + extraArguments);
        m_process.start();
    }
    ~EmulatorProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }

    // The port it prints once listening; 0 when it exited or said nothing in time.
    quint16 waitListening()
    {
        static const QRegularExpression listening(uR"(listening on http://[^:]+:(\d+)/)"_s);
        const bool settled = QTest::qWaitFor(
            [this]() {
                m_output += m_process.readAllStandardOutput();
                return m_output.contains('\n') || m_process.state() == QProcess::NotRunning;
            },
            15000);
        if (!settled)
            return 0;
        const QRegularExpressionMatch m = listening.match(QString::fromLatin1(m_output));
        return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
    }
    // Waits for the exit; the exit code, or -1 when it did not exit normally in time.
    int waitExit()
    {
        if (!m_process.waitForFinished(15000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestEmulatorStateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAreDebounced()
    {
        QTemporaryDir dir;
        emu::EmulatorOptions options;
        options.stateFile = dir.filePath(u"state.json"_s);
        options.saveDelayMs = 300;
        EmulatorFixture fixture(testdata::contractDataset(), options);
        auto admin = fixture.client(u"admin"_s, u"manager"_s);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(admin->post(u"/workflowStatuses"_s, statusBody(u"Status %1"_s.arg(i))).status,
                     200);
        // Ten changes, far fewer saves: the first change armed one save for the whole window.
        QTRY_VERIFY(QFile::exists(options.stateFile) && !fixture.emulator().stateSaver().pending());
        QVERIFY2(fixture.emulator().stateSaver().saves() <= 3,
                 qPrintable(QString::number(fixture.emulator().stateSaver().saves())));
        emu::Dataset saved;
        QString error;
        QVERIFY2(emu::datasetjson::loadFile(options.stateFile, &saved, &error), qPrintable(error));
        QCOMPARE(saved.workflowStatuses.size(), fixture.data().workflowStatuses.size());
    }

    void pendingChangesAreSavedWhenTheEmulatorStops()
    {
        QTemporaryDir dir;
        emu::EmulatorOptions options;
        options.stateFile = dir.filePath(u"state.json"_s);
        options.saveDelayMs = 60'000; // never within this test
        size_t statuses = 0;
        {
            EmulatorFixture fixture(testdata::contractDataset(), options);
            QCOMPARE(fixture.client(u"admin"_s, u"manager"_s)
                         ->post(u"/workflowStatuses"_s, statusBody(u"Late"_s))
                         .status,
                     200);
            statuses = fixture.data().workflowStatuses.size();
            QVERIFY(fixture.emulator().stateSaver().pending());
            QVERIFY(!QFile::exists(options.stateFile));
        }
        emu::Dataset saved;
        QString error;
        QVERIFY2(emu::datasetjson::loadFile(options.stateFile, &saved, &error), qPrintable(error));
        QCOMPARE(saved.workflowStatuses.size(), statuses);
    }

    void stateFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        QString error;
        QVERIFY2(emu::datasetjson::saveFile(testdata::contractDataset(), path, &error),
                 qPrintable(error));
        QVERIFY(ownerOnly(path));
        // An older, world-readable file is narrowed on the next save.
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!ownerOnly(path));
        QVERIFY2(emu::datasetjson::saveFile(testdata::contractDataset(), path, &error),
                 qPrintable(error));
        QVERIFY(ownerOnly(path));
    }

    void claimRefusesUnusablePathsAndASecondClaim()
    {
        QTemporaryDir dir;
        QString error;
        emu::StateClaim missing;
        QVERIFY(!missing.claim(dir.filePath(u"nowhere/state.json"_s), &error));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QFile blocker(dir.filePath(u"plainfile"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        emu::StateClaim underFile;
        QVERIFY(!underFile.claim(dir.filePath(u"plainfile/state.json"_s), &error));
        QVERIFY2(error.contains(u"is not a directory"_s), qPrintable(error));
        emu::StateClaim onDirectory;
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        QVERIFY(!onDirectory.claim(dir.filePath(u"sub"_s), &error));
        QVERIFY2(error.contains(u"is not a regular file"_s), qPrintable(error));

        const QString path = dir.filePath(u"state.json"_s);
        emu::StateClaim first;
        QVERIFY2(first.claim(path, &error), qPrintable(error));
        QVERIFY(first.claimed());
        QVERIFY(QFile::exists(path + u".lock"_s));
    }

    void emulatorExitsWhenTheStateFileIsUnusable_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing directory") << u"no/such/state.json"_s << u"does not exist"_s;
        QTest::newRow("directory is a file")
            << u"plainfile/state.json"_s << u"is not a directory"_s;
    }
    void emulatorExitsWhenTheStateFileIsUnusable()
    {
        QFETCH(QString, relative);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile plain(dir.filePath(u"plainfile"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        EmulatorProcess emulator({u"--state"_s, dir.filePath(relative)});
        QCOMPARE(emulator.waitExit(), 1);
        const QString errors = emulator.errors();
        QVERIFY2(errors.contains(u"cannot use the state file"_s) && errors.contains(message),
                 qPrintable(errors));
    }

    void secondEmulatorOnTheSameStateExits()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"state.json"_s);
        EmulatorProcess first({u"--state"_s, state});
        QVERIFY(first.waitListening() != 0);
        // Written (and private) right at start-up.
        QVERIFY(QFile::exists(state));
        QVERIFY(ownerOnly(state));

        EmulatorProcess second({u"--state"_s, state});
        QCOMPARE(second.waitExit(), 1);
        const QString errors = second.errors();
        QVERIFY2(errors.contains(u"in use by another emulator"_s)
                     && errors.contains(QString::number(first.process().processId())),
                 qPrintable(errors));

        // Once the first one is gone the state is free again.
        first.process().terminate();
        QCOMPARE(first.waitExit(), 0);
        EmulatorProcess third({u"--state"_s, state});
        QVERIFY(third.waitListening() != 0);
    }

    void sigtermSavesPendingChanges()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"state.json"_s);
        EmulatorProcess emulator({u"--state"_s, state, u"--save-delay-ms"_s, u"600000"_s});
        const quint16 port = emulator.waitListening();
        QVERIFY(port != 0);
        HttpTestClient admin(QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port)));
        admin.setCredentials(u"admin"_s, u"manager"_s);
        QCOMPARE(
            admin.post(u"/customers"_s, QJsonObject{{u"name"_s, u"Saved At Exit Inc"_s}}).status,
            200);
        // Not saved yet (the window is ten minutes) ...
        emu::Dataset saved;
        QString error;
        QVERIFY2(emu::datasetjson::loadFile(state, &saved, &error), qPrintable(error));
        const auto named = [](const emu::Dataset &d) {
            return std::any_of(d.customers.begin(), d.customers.end(), [](const auto &entry) {
                return entry.second.name == u"Saved At Exit Inc"_s;
            });
        };
        QVERIFY(!named(saved));
        // ... but saved when the server is stopped.
        emulator.process().terminate();
        QCOMPARE(emulator.waitExit(), 0);
        QVERIFY2(emu::datasetjson::loadFile(state, &saved, &error), qPrintable(error));
        QVERIFY(named(saved));
        QVERIFY(ownerOnly(state));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorStateFile)
#include "tst_emulator_statefile.moc"
