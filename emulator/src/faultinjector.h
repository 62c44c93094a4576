#pragma once

#include "httpmessage.h"

#include <QList>
#include <QString>

namespace emu {

// Test switches that make the emulator misbehave the way real networks and servers do.
struct FaultRule
{
    enum class Kind {
        Delay, // answer normally, but only after delayMs
        DropBeforeHandling, // close the connection; the request has no effect
        DropAfterHandling, // apply the request, then close the connection without an answer
        ServerError, // answer 500 without handling the request
        MalformedJson, // apply the request, answer 200 with a truncated JSON body
    };
    Kind kind = Kind::ServerError;
    int count = 1; // how many matching requests it affects; -1 = until cleared
    int delayMs = 0; // for Delay
    QString pathContains; // empty = every path
    QByteArray method; // empty = every method

    static bool kindFromString(const QString &text, Kind *kind);
};

class FaultInjector
{
public:
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Takes (and counts down) the first rule matching the request, if any.
    std::optional<FaultRule> take(const HttpRequest &request);

private:
    QList<FaultRule> m_rules;
};

} // namespace emu
