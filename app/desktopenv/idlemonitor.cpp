#include "idlemonitor.h"

#include "idlesource.h"

#include <QPointer>

namespace actidesk {

IdleMonitor::IdleMonitor(std::unique_ptr<IdleSource> source, const Clock &clock, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_clock(clock),
      m_timer(clock, this, [this] { poll(); })
{
}

IdleMonitor::~IdleMonitor() = default;

QString IdleMonitor::sourceName() const
{
    return m_source ? m_source->name() : QString();
}

void IdleMonitor::detectSource()
{
    if (m_detecting)
        return;
    m_detecting = true;
    IdleSources::detect(this, [this](std::vector<std::unique_ptr<IdleSource>> sources) {
        m_detecting = false;
        m_source = sources.empty() ? nullptr : std::move(sources.front());
        if (m_running) {
            if (m_source)
                m_timer.start(m_pollMs);
            else
                stop();
        }
        Q_EMIT sourceChanged();
    });
}

void IdleMonitor::start()
{
    if ((!m_source && !m_detecting) || m_running)
        return;
    m_running = true;
    m_idleSince = {};
    if (m_source)
        m_timer.start(m_pollMs);
}

void IdleMonitor::stop()
{
    m_running = false;
    m_idleSince = {};
    m_timer.stop();
}

void IdleMonitor::poll()
{
    if (!m_running || m_querying)
        return;
    m_querying = true;
    QPointer<IdleMonitor> self(this);
    m_source->query([self](std::optional<qint64> idleMs) {
        if (self)
            self->onAnswer(idleMs);
    });
}

void IdleMonitor::onAnswer(std::optional<qint64> idleMs)
{
    m_querying = false;
    if (!m_running)
        return;
    const QDateTime now = m_clock.now();
    if (idleMs) {
        if (!m_idleSince.isValid() && *idleMs >= m_thresholdMs) {
            m_idleSince = now.addMSecs(-*idleMs);
            Q_EMIT becameIdle(m_idleSince);
        } else if (m_idleSince.isValid() && *idleMs < m_thresholdMs) {
            const QDateTime since = m_idleSince;
            m_idleSince = {};
            Q_EMIT cameBack(since, now.addMSecs(-*idleMs));
        }
    }
    if (m_running)
        m_timer.start(m_pollMs);
}

} // namespace actidesk
