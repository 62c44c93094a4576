#include "statesaver.h"

namespace emu {

StateSaver::StateSaver(SaveFunction save, int delayMs) : m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(qMax(0, delayMs));
    QObject::connect(&m_timer, &QTimer::timeout, [this]() {
        QString error;
        if (!flush(&error))
            qWarning("emulator: could not save state: %s", qPrintable(error));
    });
}

StateSaver::~StateSaver() = default;

void StateSaver::changed()
{
    m_pending = true;
    // Not restarted by later changes: a steady stream of edits still saves every window.
    if (!m_timer.isActive())
        m_timer.start();
}

bool StateSaver::flush(QString *error)
{
    m_timer.stop();
    if (!m_pending)
        return true;
    ++m_saves;
    if (!m_save(error))
        return false; // still pending: the next change or flush tries again
    m_pending = false;
    return true;
}

} // namespace emu
