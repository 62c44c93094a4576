#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QObject;

namespace actidesk {

// Where the user's idle time (since the last key press or pointer motion) comes from. A query
// answers asynchronously (a D-Bus call must not block the window); nullopt: no answer.
class IdleSource
{
public:
    virtual ~IdleSource() = default;
    virtual QString name() const = 0;
    virtual void query(std::function<void(std::optional<qint64> idleMs)> done) = 0;
};

// The sources this desktop offers, best first: GNOME's Mutter IdleMonitor and the
// org.freedesktop.ScreenSaver interface (KDE, Xfce, …) on the session bus, which also work on
// Wayland, then the X server's MIT-SCREEN-SAVER extension (X11 only). Empty: none answers here.
class IdleSources
{
public:
    using Found = std::function<void(std::vector<std::unique_ptr<IdleSource>> sources)>;
    // Asks each candidate once, the D-Bus ones all at the same time and without blocking (a
    // service that has not answered within ¼ s does not count), and then calls `done` from the
    // event loop with those that answered, best first. Returns at once. `done` is not called
    // when `context` (required) is destroyed first.
    static void detect(QObject *context, Found done);
    // The X11 source alone for `display` (e.g. ":5"; empty: $DISPLAY); null when the display
    // cannot be opened or lacks the extension.
    static std::unique_ptr<IdleSource> x11(const QString &display = {});
};

} // namespace actidesk
