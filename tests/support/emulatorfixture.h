#pragma once

#include "emuclock.h"
#include "emulator.h"
#include "httpfrontend.h"
#include "httptestclient.h"
#include "manualclock.h"

#include <QByteArray>
#include <QList>

#include <memory>

// An emulator served over loopback HTTP inside the test process, on a manual clock so rate
// windows and bans are tested without sleeping. Give the same clock() to the client side
// (RequestQueue, SessionOptions::clock, …) and one advanceMs() moves both server and client time.
class EmulatorFixture
{
public:
    // realTime: the emulator reads the system clock (rate windows pass as time passes) instead
    // of the manual one.
    explicit EmulatorFixture(emu::Dataset data, emu::EmulatorOptions options = {},
                             bool realTime = false);
    ~EmulatorFixture();

    emu::Emulator &emulator() { return *m_emulator; }
    emu::Dataset &data() { return m_emulator->data(); }
    ManualClock &clock() { return m_clock; }
    QUrl apiBase() const; // http://127.0.0.1:<port>/api/v1
    quint16 port() const { return m_frontend->port(); }

    // A client signed in as login/password (default: the password equals the login).
    std::unique_ptr<HttpTestClient> client(const QString &login,
                                           const QString &password = {}) const;

    // From now on, every request but a GET that reaches the emulator, as "METHOD path"
    // ("POST /api/v1/tasks", a batch as "POST /api/v1/batch"; refused ones too), in order, in
    // writes(); each call empties the list. The recording is the emulator's observer and chains:
    // an observer set before it is still called, after the recording. An observer set after it
    // with emulator().setObserver() replaces it: writes() then stops the suite (qFatal) instead
    // of answering with a list that silently stopped growing. To see requests too, set yours
    // first, or call the one it replaces (emulator().observer()) from yours.
    void recordWrites();
    const QList<QByteArray> &writes() const;

private:
    // The emulator's view of m_clock.
    class ServerClock final : public emu::Clock
    {
    public:
        explicit ServerClock(const ManualClock &clock) : m_clock(clock) { }
        qint64 nowMs() const override { return m_clock.nowMs(); }

    private:
        const ManualClock &m_clock;
    };

    ManualClock m_clock;
    ServerClock m_serverClock{m_clock};
    QList<QByteArray> m_writes; // before the emulator: it outlives the recording
    // Held by the recording (and every copy of it): expired once the emulator dropped it.
    std::weak_ptr<void> m_recording;
    emu::SystemClock m_systemClock;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<emu::HttpFrontend> m_frontend;
};
