#include "demoserver.h"

#include "datasetjson.h"
#include "emuclock.h"
#include "emulator.h"
#include "httpfrontend.h"
#include "seedgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

struct DemoServer::Server
{
    std::unique_ptr<emu::SystemClock> clock;
    std::unique_ptr<emu::Emulator> emulator;
    std::unique_ptr<emu::HttpFrontend> frontend;
};

DemoServer::DemoServer(QObject *parent) : QObject(parent) { }

DemoServer::~DemoServer()
{
    if (!m_thread)
        return;
    // The server's objects were made on its thread and must be destroyed there.
    QMetaObject::invokeMethod(
        m_context, [this]() { m_server.reset(); }, Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString DemoServer::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/demo/emulator-state.json"_s;
}

bool DemoServer::start(const QString &stateFile, QString *error)
{
    if (m_thread) {
        if (error)
            *error = tr("The demo server is already running.");
        return false;
    }
    m_stateFile = stateFile;
    m_thread = new QThread;
    m_thread->setObjectName(u"demo-server"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    bool started = false;
    QString failure;
    QMetaObject::invokeMethod(
        m_context, [this, &started, &failure]() { started = startOnServerThread(&failure); },
        Qt::BlockingQueuedConnection);
    if (!started && error)
        *error = failure;
    return started;
}

bool DemoServer::startOnServerThread(QString *error)
{
    emu::Dataset data;
    bool loaded = false;
    if (!m_stateFile.isEmpty() && QFileInfo::exists(m_stateFile)) {
        QString loadError;
        loaded = emu::datasetjson::loadFile(m_stateFile, &data, &loadError);
        if (!loaded) {
            // A damaged demo state is not worth stopping for: keep it aside and start afresh.
            const QString aside = m_stateFile + u".broken"_s;
            QFile::remove(aside);
            QFile::rename(m_stateFile, aside);
            qWarning("demo: state file unreadable (%s); moved to %s", qPrintable(loadError),
                     qPrintable(aside));
        }
    }
    if (!loaded)
        data = emu::generateDataset(emu::SeedOptions{});
    if (!m_stateFile.isEmpty())
        QDir().mkpath(QFileInfo(m_stateFile).absolutePath());

    m_server = std::make_unique<Server>();
    m_server->clock = std::make_unique<emu::SystemClock>();
    emu::EmulatorOptions options;
    options.stateFile = m_stateFile;
    m_server->emulator =
        std::make_unique<emu::Emulator>(std::move(data), *m_server->clock, options);
    m_server->frontend = std::make_unique<emu::HttpFrontend>(*m_server->emulator);
    m_port = m_server->frontend->start(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        m_server.reset();
        if (error)
            *error = tr("The demo server could not listen on the loopback interface.");
        return false;
    }
    if (!loaded && !m_stateFile.isEmpty())
        m_server->emulator->saveState();
    return true;
}

QUrl DemoServer::serverUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}
