#include "emulatorfixture.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

EmulatorFixture::EmulatorFixture(emu::Dataset data, emu::EmulatorOptions options, bool realTime)
    // Noon, Wednesday 2026-11-25 UTC: the test dataset's "today".
    : m_clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch())
{
    m_emulator = std::make_unique<emu::Emulator>(
        std::move(data), realTime ? static_cast<const emu::Clock &>(m_systemClock) : m_serverClock,
        options);
    m_frontend = std::make_unique<emu::HttpFrontend>(*m_emulator);
    if (m_frontend->start(QHostAddress::LocalHost, 0) == 0)
        qFatal("EmulatorFixture: cannot listen on loopback");
}

EmulatorFixture::~EmulatorFixture() = default;

QUrl EmulatorFixture::apiBase() const
{
    return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(m_frontend->port()));
}

void EmulatorFixture::recordWrites()
{
    m_writes.clear();
    if (!m_recording.expired())
        return; // recording already (and chained to what was there before)
    auto recording = std::make_shared<bool>(true);
    m_recording = recording;
    m_emulator->setObserver(
        [this, recording, previous = m_emulator->observer()](const emu::HttpRequest &request,
                                                             const emu::HttpResponse &response) {
            if (request.method != "GET")
                m_writes.append(request.method + ' ' + request.path.toUtf8());
            if (previous)
                previous(request, response);
        });
}

const QList<QByteArray> &EmulatorFixture::writes() const
{
    if (m_recording.expired())
        qFatal("EmulatorFixture::writes(): not recording: recordWrites() was not called, or "
               "emulator().setObserver() replaced the recording since");
    return m_writes;
}

std::unique_ptr<HttpTestClient> EmulatorFixture::client(const QString &login,
                                                        const QString &password) const
{
    auto c = std::make_unique<HttpTestClient>(apiBase());
    c->setCredentials(login, password.isEmpty() ? login : password);
    return c;
}
