#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QPointer>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
// How long a notification service may take to answer: nothing waits for it, but a service
// that has not answered by then is taken as not showing it.
constexpr int kNotifyTimeoutMs = 5000;
} // namespace

DesktopNotifier::DesktopNotifier(QString appName, QObject *parent)
    : QObject(parent), m_appName(std::move(appName))
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint, uint)));
    // Availability is watched, and asked once of the bus: never a blocking call.
    m_watcher = new QDBusServiceWatcher(kService, bus,
                                        QDBusServiceWatcher::WatchForRegistration
                                            | QDBusServiceWatcher::WatchForUnregistration,
                                        this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        m_availabilityHeard = true;
        setAvailable(true);
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_availabilityHeard = true;
        setAvailable(false);
    });
    QDBusMessage hasOwner =
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    hasOwner << kService;
    auto *asked = new QDBusPendingCallWatcher(bus.asyncCall(hasOwner), this);
    connect(asked, &QDBusPendingCallWatcher::finished, this, [this, asked] {
        asked->deleteLater();
        const QDBusMessage reply = asked->reply();
        // A change the watcher saw meanwhile is newer than this answer.
        if (!m_availabilityHeard && reply.type() == QDBusMessage::ReplyMessage
            && !reply.arguments().isEmpty())
            setAvailable(reply.arguments().first().toBool());
    });
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

bool DesktopNotifier::show(const QString &tag, const QString &summary, const QString &body,
                           const QString &actionLabel)
{
    if (!QDBusConnection::sessionBus().isConnected())
        return false;
    const Notification notification{summary, body, actionLabel};
    if (m_sending.contains(tag)) {
        m_waiting.insert(tag, notification); // sent with the id of the one on its way
        return true;
    }
    // Sent even when no service is registered now: the bus may start one (D-Bus activation);
    // when it cannot, the error comes back as notShown().
    send(tag, notification);
    return true;
}

void DesktopNotifier::send(const QString &tag, const Notification &notification)
{
    QStringList actions;
    if (!notification.actionLabel.isEmpty())
        actions << u"default"_s << notification.actionLabel;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << m_appName << m_idByTag.value(tag, 0u) << u"io.github.actidesk.ActiDesk"_s
         << notification.summary << notification.body << actions
         << QVariantMap{{u"desktop-entry"_s, u"io.github.actidesk.ActiDesk"_s}} << int(-1);
    m_sending.insert(tag);
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call, kNotifyTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, tag, notification] {
        watcher->deleteLater();
        m_sending.remove(tag);
        const QDBusMessage reply = watcher->reply();
        const QPointer<DesktopNotifier> self(this);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            m_idByTag.insert(tag, reply.arguments().first().toUInt());
        else
            Q_EMIT notShown(tag, notification.summary, notification.body);
        if (!self) // a receiver of notShown() destroyed this notifier
            return;
        if (const auto waiting = m_waiting.constFind(tag); waiting != m_waiting.constEnd()) {
            const Notification next = *waiting;
            m_waiting.erase(waiting);
            send(tag, next);
        }
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    Q_UNUSED(actionKey) // the one action and a click on the body mean the same: open it
    const QString tag = m_idByTag.key(id);
    if (!tag.isEmpty())
        Q_EMIT activated(tag);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const QString tag = m_idByTag.key(id);
    if (!tag.isEmpty())
        m_idByTag.remove(tag);
}

} // namespace actidesk
