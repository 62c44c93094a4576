#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
} // namespace

DesktopNotifier::DesktopNotifier(QString appName, QObject *parent)
    : QObject(parent), m_appName(std::move(appName))
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                    SLOT(onClosed(uint, uint)));
    }
}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(kService).value();
}

bool DesktopNotifier::show(const QString &tag, const QString &summary, const QString &body,
                           const QString &actionLabel)
{
    if (!isAvailable())
        return false;
    QStringList actions;
    if (!actionLabel.isEmpty())
        actions << u"default"_s << actionLabel;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << m_appName << m_idByTag.value(tag, 0u) << u"io.github.actidesk.ActiDesk"_s << summary
         << body << actions << QVariantMap{{u"desktop-entry"_s, u"io.github.actidesk.ActiDesk"_s}}
         << int(-1);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 1000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    m_idByTag.insert(tag, reply.arguments().first().toUInt());
    return true;
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
