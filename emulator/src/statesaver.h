#pragma once

#include <QString>
#include <QTimer>

#include <functional>

namespace emu {

// Debounces state saves: the first change arms a timer and one save after `delayMs` covers every
// change made meanwhile, so a busy server rewrites its (growing) state file at most once per
// window instead of once per request. flush() saves what is pending at once (shutdown). A crash
// loses at most the changes of the last window. Lives in the thread that calls changed().
class StateSaver
{
public:
    using SaveFunction = std::function<bool(QString *error)>;
    StateSaver(SaveFunction save, int delayMs);
    ~StateSaver();

    void changed();
    // Saves now when something is pending; true when nothing was pending or the save worked.
    bool flush(QString *error = nullptr);
    bool pending() const { return m_pending; }
    int saves() const { return m_saves; }

private:
    SaveFunction m_save;
    QTimer m_timer;
    bool m_pending = false;
    int m_saves = 0;
};

} // namespace emu
