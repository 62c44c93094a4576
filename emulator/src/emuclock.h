#pragma once

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

namespace emu {

// Time seam: rate-limit windows, login bans and "today" read the clock through this interface so
// tests can move time forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // The server's own day, in local time.
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).date(); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : m_now(startMs) { }
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void setMs(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace emu
