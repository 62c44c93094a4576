#include "demoserver.h"

#include "clock.h"
#include "datasetjson.h"
#include "emulator.h"
#include "httpfrontend.h"
#include "seedgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

DemoServer::DemoServer(QObject *parent) : QObject(parent) { }

DemoServer::~DemoServer() = default;

QString DemoServer::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/demo/emulator-state.json"_s;
}

bool DemoServer::start(const QString &stateFile, QString *error)
{
    m_stateFile = stateFile;
    emu::Dataset data;
    bool loaded = false;
    if (!stateFile.isEmpty() && QFileInfo::exists(stateFile)) {
        QString loadError;
        loaded = emu::datasetjson::loadFile(stateFile, &data, &loadError);
        if (!loaded) {
            // A damaged demo state is not worth stopping for: keep it aside and start afresh.
            const QString aside = stateFile + u".broken"_s;
            QFile::remove(aside);
            QFile::rename(stateFile, aside);
            qWarning("demo: state file unreadable (%s); moved to %s", qPrintable(loadError),
                     qPrintable(aside));
        }
    }
    if (!loaded)
        data = emu::generateDataset(emu::SeedOptions{});
    if (!stateFile.isEmpty())
        QDir().mkpath(QFileInfo(stateFile).absolutePath());

    m_clock = std::make_unique<emu::SystemClock>();
    emu::EmulatorOptions options;
    options.stateFile = stateFile;
    m_emulator = std::make_unique<emu::Emulator>(std::move(data), *m_clock, options);
    m_frontend = std::make_unique<emu::HttpFrontend>(*m_emulator);
    if (m_frontend->start(QHostAddress::LocalHost, 0) == 0) {
        if (error)
            *error = tr("The demo server could not listen on the loopback interface.");
        return false;
    }
    if (!loaded && !stateFile.isEmpty())
        m_emulator->saveState();
    return true;
}

QUrl DemoServer::serverUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_frontend ? m_frontend->port() : 0));
}
