#pragma once

#include <QString>

namespace actidesk {

class Clock;

// How an account's session is set up (AccountWorkspace, SessionController): where its cache
// lives, whom it trusts, and its clock.
struct SessionOptions
{
    QString storePath; // empty: Store::defaultPath(account.key())
    QString caFile; // extra certificate authority trusted for this server (PEM or DER)
    bool allowPlainHttp = false; // the user confirmed plain http:// for this (remote) server
    int probeIntervalMs = 15000; // how often an offline session looks for the server
    // The account's time: queue waits, Store stamps, the sync engine's probes, the models'
    // "today" (through the Store). Null: Clock::system(). Must outlive the session.
    const Clock *clock = nullptr;
    // signIn() opens the cache only once the server answered as actiTIME with the user: a new
    // address that is mistyped or not actiTIME leaves no empty cache file behind.
    bool cacheAfterSignIn = false;
};

} // namespace actidesk
