#pragma once

#include "emuclock.h"
#include "emulator.h"
#include "httpfrontend.h"
#include "httptestclient.h"
#include "manualclock.h"

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
    emu::SystemClock m_systemClock;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<emu::HttpFrontend> m_frontend;
};
