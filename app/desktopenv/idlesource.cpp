#include "idlesource.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QtGlobal>

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

// A session-bus method that answers the idle time; `scale` turns its unit into milliseconds.
class DBusIdleSource final : public IdleSource
{
public:
    DBusIdleSource(QString service, QString path, QString interface, QString method, qint64 scale)
        : m_service(std::move(service)), m_path(std::move(path)), m_interface(std::move(interface)),
          m_method(std::move(method)), m_scale(scale)
    {
    }
    QString name() const override { return m_service; }
    void query(std::function<void(std::optional<qint64>)> done) override
    {
        const QDBusMessage call =
            QDBusMessage::createMethodCall(m_service, m_path, m_interface, m_method);
        auto *watcher =
            new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, kTimeoutMs));
        const qint64 scale = m_scale;
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                         [watcher, done = std::move(done), scale] {
                             watcher->deleteLater();
                             const QDBusMessage reply = watcher->reply();
                             if (reply.type() != QDBusMessage::ReplyMessage
                                 || reply.arguments().isEmpty()) {
                                 done(std::nullopt);
                                 return;
                             }
                             bool ok = false;
                             const qint64 value = reply.arguments().first().toLongLong(&ok);
                             done(ok && value >= 0 ? std::optional(value * scale) : std::nullopt);
                         });
    }
    // A blocking probe, used once at start-up to pick the sources that work here.
    bool answers() const
    {
        if (!QDBusConnection::sessionBus().isConnected())
            return false;
        const QDBusMessage call =
            QDBusMessage::createMethodCall(m_service, m_path, m_interface, m_method);
        const QDBusMessage reply =
            QDBusConnection::sessionBus().call(call, QDBus::Block, kTimeoutMs);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
    }

private:
    static constexpr int kTimeoutMs = 250;
    QString m_service, m_path, m_interface, m_method;
    qint64 m_scale;
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

std::vector<std::unique_ptr<IdleSource>> IdleSources::detect()
{
    std::vector<std::unique_ptr<IdleSource>> found;
    // Mutter answers milliseconds; org.freedesktop.ScreenSaver's GetSessionIdleTime seconds.
    auto mutter = std::make_unique<DBusIdleSource>(
        u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
        u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s, 1);
    if (mutter->answers())
        found.push_back(std::move(mutter));
    auto screenSaver = std::make_unique<DBusIdleSource>(
        u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
        u"org.freedesktop.ScreenSaver"_s, u"GetSessionIdleTime"_s, 1000);
    if (screenSaver->answers())
        found.push_back(std::move(screenSaver));
    if (qEnvironmentVariable("XDG_SESSION_TYPE") != u"wayland"_s) {
        if (auto x = x11())
            found.push_back(std::move(x));
    }
    return found;
}

} // namespace actidesk
