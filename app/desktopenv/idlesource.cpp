#include "idlesource.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QtGlobal>

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

constexpr int kTimeoutMs = 250; // a D-Bus source slower than this does not count

// A session-bus method that answers the idle time; `scale` turns its unit into milliseconds.
struct DBusMethod
{
    QString service, path, interface, method;
    qint64 scale;
};

// The D-Bus candidates, best first. Mutter answers milliseconds; org.freedesktop.ScreenSaver's
// GetSessionIdleTime seconds.
const QList<DBusMethod> &dbusCandidates()
{
    static const QList<DBusMethod> candidates = {
        {u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
         u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s, 1},
        {u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
         u"org.freedesktop.ScreenSaver"_s, u"GetSessionIdleTime"_s, 1000},
    };
    return candidates;
}

// Sends the call without waiting for it; `watcher` says when the answer (or an error) is in.
QDBusPendingCallWatcher *ask(const DBusMethod &m, QObject *parent)
{
    const QDBusMessage call =
        QDBusMessage::createMethodCall(m.service, m.path, m.interface, m.method);
    return new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, kTimeoutMs),
                                       parent);
}

std::optional<qint64> idleFrom(const QDBusMessage &reply, qint64 scale)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = reply.arguments().first().toLongLong(&ok);
    return ok && value >= 0 ? std::optional(value * scale) : std::nullopt;
}

class DBusIdleSource final : public IdleSource
{
public:
    explicit DBusIdleSource(DBusMethod method) : m_method(std::move(method)) { }
    QString name() const override { return m_method.service; }
    void query(std::function<void(std::optional<qint64>)> done) override
    {
        auto *watcher = ask(m_method, nullptr);
        const qint64 scale = m_method.scale;
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                         [watcher, done = std::move(done), scale] {
                             watcher->deleteLater();
                             done(idleFrom(watcher->reply(), scale));
                         });
    }

private:
    DBusMethod m_method;
};

// The X server's own count (MIT-SCREEN-SAVER): a round trip on a connection of our own, so it
// works whatever Qt platform the window uses (and without a window).
class X11IdleSource final : public IdleSource
{
public:
    explicit X11IdleSource(Display *display) : m_display(display), m_info(XScreenSaverAllocInfo())
    {
    }
    ~X11IdleSource() override
    {
        XFree(m_info);
        XCloseDisplay(m_display);
    }
    QString name() const override { return u"X11 MIT-SCREEN-SAVER"_s; }
    void query(std::function<void(std::optional<qint64>)> done) override
    {
        if (!m_info || !XScreenSaverQueryInfo(m_display, DefaultRootWindow(m_display), m_info)) {
            done(std::nullopt);
            return;
        }
        done(qint64(m_info->idle));
    }

private:
    Display *m_display;
    XScreenSaverInfo *m_info;
};

} // namespace

std::unique_ptr<IdleSource> IdleSources::x11(const QString &display)
{
    const QByteArray name = display.isEmpty() ? qgetenv("DISPLAY") : display.toLocal8Bit();
    if (name.isEmpty())
        return nullptr;
    Display *connection = XOpenDisplay(name.constData());
    if (!connection)
        return nullptr;
    int eventBase = 0;
    int errorBase = 0;
    if (!XScreenSaverQueryExtension(connection, &eventBase, &errorBase)) {
        XCloseDisplay(connection);
        return nullptr;
    }
    return std::make_unique<X11IdleSource>(connection);
}

void IdleSources::detect(QObject *context, Found done)
{
    Q_ASSERT(context);
    struct Detection
    {
        std::vector<std::unique_ptr<IdleSource>> answered; // per D-Bus candidate; null: no answer
        std::unique_ptr<IdleSource> x11;
        qsizetype waiting = 0;
        Found done;
    };
    auto detection = std::make_shared<Detection>();
    detection->answered.resize(dbusCandidates().size());
    detection->done = std::move(done);
    const auto finish = [detection] {
        std::vector<std::unique_ptr<IdleSource>> found;
        for (std::unique_ptr<IdleSource> &source : detection->answered) {
            if (source)
                found.push_back(std::move(source));
        }
        if (detection->x11)
            found.push_back(std::move(detection->x11));
        detection->done(std::move(found));
    };
    // Every D-Bus candidate is asked at once: the slowest one (up to kTimeoutMs) decides when
    // the answer is complete, and the event loop runs meanwhile. The watchers belong to
    // `context`: destroyed with it, they call nothing.
    if (QDBusConnection::sessionBus().isConnected()) {
        for (qsizetype i = 0; i < dbusCandidates().size(); ++i) {
            const DBusMethod &method = dbusCandidates().at(i);
            auto *watcher = ask(method, context);
            ++detection->waiting;
            QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                             [watcher, detection, finish, method, i] {
                                 watcher->deleteLater();
                                 if (idleFrom(watcher->reply(), method.scale))
                                     detection->answered[size_t(i)] =
                                         std::make_unique<DBusIdleSource>(method);
                                 if (--detection->waiting == 0)
                                     finish();
                             });
        }
    }
    // A round trip on a local X connection of our own, while the D-Bus answers travel.
    if (qEnvironmentVariable("XDG_SESSION_TYPE") != u"wayland"_s)
        detection->x11 = x11();
    if (detection->waiting == 0) // no session bus: still from the event loop, as promised
        QMetaObject::invokeMethod(context, finish, Qt::QueuedConnection);
}

} // namespace actidesk
