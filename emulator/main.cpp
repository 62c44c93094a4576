// actitime-emulator: serves the actiTIME REST API v1 from a seeded in-memory dataset.
#include "backupload.h"
#include "datasetjson.h"
#include "emulator.h"
#include "httpfrontend.h"
#include "seedgenerator.h"
#include "stateclaim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
int intOption(const QCommandLineParser &parser, const QString &name, int fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    bool parsed = false;
    const int value = parser.value(name).toInt(&parsed);
    if (!parsed || value < 0) {
        QTextStream(stderr) << "actitime-emulator: --" << name << " needs a non-negative number\n";
        *ok = false;
    }
    return value;
}

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // Async-signal-safe: the event loop reads the pipe and quits.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM / SIGINT end the event loop normally, so the Emulator's destructor writes the changes
// still waiting for the debounced save.
bool quitOnTerminationSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0
        && ::sigaction(SIGINT, &action, nullptr) == 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"actitime-emulator"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"An actiTIME-compatible REST API server for demos and tests."_s);
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {u"port"_s, u"TCP port; 0 picks a free one (default 8080)."_s, u"N"_s, u"8080"_s},
        {u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDRESS"_s, u"127.0.0.1"_s},
        {u"seed"_s, u"Seed of the generated data."_s, u"N"_s},
        {u"users"_s, u"Number of users."_s, u"N"_s},
        {u"customers"_s, u"Number of customers."_s, u"N"_s},
        {u"projects"_s, u"Number of projects."_s, u"N"_s},
        {u"tasks"_s, u"Number of tasks."_s, u"N"_s},
        {u"weeks"_s, u"Weeks of time-track history."_s, u"N"_s},
        {u"today"_s, u"Anchor date of the history (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"state"_s,
         u"Load state from FILE if it exists; save changes to it (locked: one emulator per file)."_s,
         u"FILE"_s},
        {u"save-delay-ms"_s, u"Save changes to the state file at most this often (default 1000)."_s,
         u"N"_s},
        {u"max-body-bytes"_s, u"Largest request body accepted (default 8388608); more: 413."_s,
         u"N"_s},
        {u"max-header-bytes"_s, u"Largest request head accepted (default 65536); more: 431."_s,
         u"N"_s},
        {u"idle-timeout-ms"_s, u"Close connections idle this long (default 30000)."_s, u"N"_s},
        {u"rate-per-second"_s, u"Requests per second per account (default 100)."_s, u"N"_s},
        {u"rate-per-minute"_s, u"Requests per minute per account (default 1000)."_s, u"N"_s},
        {u"no-rate-limit"_s, u"Do not limit request rates."_s},
        {u"no-login-ban"_s, u"Do not ban addresses after failed logins."_s},
        {u"control"_s, u"Enable the /_emulator/ control endpoints (fault switches)."_s},
        {u"load-backup"_s,
         u"Serve the data of an ActiDesk backup FILE (actidesk-cli backup); every user's "
         "password is their username. With --state, the state file starts from it."_s,
         u"FILE"_s},
    };
    parser.addOptions(options);
    parser.process(app);

    bool ok = true;
    emu::SeedOptions seed;
    if (parser.isSet(u"seed"_s))
        seed.seed = parser.value(u"seed"_s).toULongLong(&ok);
    seed.users = intOption(parser, u"users"_s, seed.users, &ok);
    seed.customers = intOption(parser, u"customers"_s, seed.customers, &ok);
    seed.projects = intOption(parser, u"projects"_s, seed.projects, &ok);
    seed.tasks = intOption(parser, u"tasks"_s, seed.tasks, &ok);
    seed.weeks = intOption(parser, u"weeks"_s, seed.weeks, &ok);
    if (parser.isSet(u"today"_s)) {
        seed.today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
        if (!seed.today.isValid()) {
            QTextStream(stderr) << "actitime-emulator: --today needs a date as YYYY-MM-DD\n";
            ok = false;
        }
    }
    emu::EmulatorOptions emulatorOptions;
    emulatorOptions.rateLimits.enabled = !parser.isSet(u"no-rate-limit"_s);
    emulatorOptions.rateLimits.perSecond =
        intOption(parser, u"rate-per-second"_s, emulatorOptions.rateLimits.perSecond, &ok);
    emulatorOptions.rateLimits.perMinute =
        intOption(parser, u"rate-per-minute"_s, emulatorOptions.rateLimits.perMinute, &ok);
    emulatorOptions.loginBan.enabled = !parser.isSet(u"no-login-ban"_s);
    emulatorOptions.controlEndpoints = parser.isSet(u"control"_s);
    emulatorOptions.stateFile = parser.value(u"state"_s);
    emulatorOptions.saveDelayMs =
        intOption(parser, u"save-delay-ms"_s, emulatorOptions.saveDelayMs, &ok);
    emu::RequestLimits limits;
    limits.maxBodyBytes = intOption(parser, u"max-body-bytes"_s, int(limits.maxBodyBytes), &ok);
    limits.maxHeaderBytes =
        intOption(parser, u"max-header-bytes"_s, int(limits.maxHeaderBytes), &ok);
    limits.idleTimeoutMs = intOption(parser, u"idle-timeout-ms"_s, limits.idleTimeoutMs, &ok);
    const int port = intOption(parser, u"port"_s, 8080, &ok);
    const QHostAddress address(parser.value(u"bind"_s));
    if (address.isNull()) {
        QTextStream(stderr) << "actitime-emulator: --bind needs an IP address\n";
        ok = false;
    }
    if (!ok || port > 65535)
        return 2;

    // Exit code 1: cannot start (state file unusable or in use, cannot listen).
    emu::StateClaim claim;
    if (!emulatorOptions.stateFile.isEmpty()) {
        QString error;
        if (!claim.claim(emulatorOptions.stateFile, &error)) {
            QTextStream(stderr) << "actitime-emulator: cannot use the state file: " << error
                                << '\n';
            return 1;
        }
    }

    emu::Dataset data;
    if (parser.isSet(u"load-backup"_s)) {
        QString error;
        if (!emu::backupload::loadFile(parser.value(u"load-backup"_s), &data, &error)) {
            QTextStream(stderr) << "actitime-emulator: cannot load the backup "
                                << parser.value(u"load-backup"_s) << ": " << error << '\n';
            return 1;
        }
    } else if (!emulatorOptions.stateFile.isEmpty()
               && QFileInfo::exists(emulatorOptions.stateFile)) {
        QString error;
        if (!emu::datasetjson::loadFile(emulatorOptions.stateFile, &data, &error)) {
            QTextStream(stderr) << "actitime-emulator: cannot load " << emulatorOptions.stateFile
                                << ": " << error << '\n';
            return 1;
        }
    } else {
        data = emu::generateDataset(seed);
    }

    emu::SystemClock clock;
    emu::Emulator emulator(std::move(data), clock, emulatorOptions);
    // Written once now: proves the file is writable before anybody edits (and makes it 0600).
    if (!emulatorOptions.stateFile.isEmpty()) {
        QString error;
        if (!emulator.saveState(&error)) {
            QTextStream(stderr) << "actitime-emulator: cannot use the state file: " << error
                                << '\n';
            return 1;
        }
    }
    emu::HttpFrontend frontend(emulator);
    frontend.setLimits(limits);
    const quint16 listening = frontend.start(address, quint16(port));
    if (listening == 0) {
        QTextStream(stderr) << "actitime-emulator: cannot listen on " << address.toString() << ':'
                            << port << '\n';
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    std::printf("actitime-emulator listening on http://%s:%u/api/v1\n", qPrintable(host),
                listening);
    std::fflush(stdout);
    if (!quitOnTerminationSignals(&app))
        QTextStream(stderr) << "actitime-emulator: cannot handle SIGTERM; unsaved changes of the "
                               "last save window are lost when killed\n";
    return app.exec();
}
