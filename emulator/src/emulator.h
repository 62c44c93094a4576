#pragma once

#include "dataset.h"
#include "emuclock.h"
#include "faultinjector.h"
#include "httpmessage.h"
#include "loginguard.h"
#include "ratelimiter.h"
#include "router.h"
#include "statesaver.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace emu {

struct EmulatorOptions
{
    RateLimits rateLimits;
    LoginBanPolicy loginBan;
    bool controlEndpoints = false; // /_emulator/... for out-of-process tests
    QString stateFile; // when set, state is loaded from and saved to this file
    int saveDelayMs = 1000; // changes are saved at most this often (and when destroyed)
};

// The actiTIME-compatible API, transport-free: answers an HttpRequest with an HttpResponse.
// Order of checks, as on the server: fault switches, IP ban (403), Basic auth (400/401), rate
// limit (429), route (404/405), content type (415), handler.
class Emulator
{
public:
    Emulator(Dataset data, const Clock &clock, EmulatorOptions options = {});
    ~Emulator();

    HttpResponse handle(const HttpRequest &request);
    // For a request whose body has not been read yet (head only): the answer that refuses it
    // (403 ban, 400/401 credentials), or nothing when handle() may see it with its body.
    std::optional<HttpResponse> refuseBeforeBody(const HttpRequest &head);

    Dataset &data() { return m_data; }
    const Dataset &data() const { return m_data; }
    FaultInjector &faults() { return m_faults; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    LoginGuard &loginGuard() { return m_loginGuard; }
    const Clock &clock() const { return m_clock; }

    // Sees every request with its answer (tests count and order what reached the server).
    using Observer = std::function<void(const HttpRequest &, const HttpResponse &)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // The one set now (empty: none), for a test that adds its own and keeps calling it.
    const Observer &observer() const { return m_observer; }

    // Persists the state now. With a state file, changes are also saved saveDelayMs after the
    // first unsaved one, and when the Emulator is destroyed.
    bool saveState(QString *error = nullptr) const;
    // Saves pending changes now; true when none were pending or the save worked.
    bool flushState(QString *error = nullptr) { return m_saver.flush(error); }
    const StateSaver &stateSaver() const { return m_saver; }

private:
    HttpResponse handleUnobserved(const HttpRequest &request);
    HttpResponse authorisedDispatch(const HttpRequest &request, const User &caller);
    HttpResponse route(const HttpRequest &request, const User &caller);
    HttpResponse batch(const HttpRequest &request, const User &caller);
    HttpResponse control(const HttpRequest &request);
    std::optional<HttpResponse> bannedAnswer(const HttpRequest &request) const;
    const User *authenticate(const HttpRequest &request, HttpResponse *failure);
    static QString webBaseUrl(const HttpRequest &request);

    Dataset m_data;
    const Clock &m_clock;
    EmulatorOptions m_options;
    Router m_router;
    RateLimiter m_rateLimiter;
    LoginGuard m_loginGuard;
    FaultInjector m_faults;
    Observer m_observer;
    StateSaver m_saver;
};

} // namespace emu
