#pragma once

#include "clock.h"
#include "dataset.h"
#include "faultinjector.h"
#include "httpmessage.h"
#include "loginguard.h"
#include "ratelimiter.h"
#include "router.h"

#include <QString>

#include <functional>
#include <memory>

namespace emu {

struct EmulatorOptions
{
    RateLimits rateLimits;
    LoginBanPolicy loginBan;
    bool controlEndpoints = false; // /_emulator/... for out-of-process tests
    QString stateFile; // when set, state is loaded from and saved to this file
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

    Dataset &data() { return m_data; }
    const Dataset &data() const { return m_data; }
    FaultInjector &faults() { return m_faults; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    LoginGuard &loginGuard() { return m_loginGuard; }
    const Clock &clock() const { return m_clock; }

    // Sees every request with its answer (tests count and order what reached the server).
    using Observer = std::function<void(const HttpRequest &, const HttpResponse &)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Persists the state now (also done after every change when a state file is set).
    bool saveState(QString *error = nullptr) const;

private:
    HttpResponse handleUnobserved(const HttpRequest &request);
    HttpResponse authorisedDispatch(const HttpRequest &request, const User &caller);
    HttpResponse route(const HttpRequest &request, const User &caller);
    HttpResponse batch(const HttpRequest &request, const User &caller);
    HttpResponse control(const HttpRequest &request);
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
};

} // namespace emu
