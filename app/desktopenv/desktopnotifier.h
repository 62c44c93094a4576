#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QDBusServiceWatcher;

namespace actidesk {

// Desktop notifications through org.freedesktop.Notifications on the session bus (every Linux
// desktop, and notification daemons such as dunst or mako). A notification may carry one
// action ("Open Timesheet"); clicking it (or the notification body, the "default" action)
// emits activated(). Nothing here waits for the bus or the service: calls are asynchronous,
// and their outcome arrives from the event loop.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QString appName, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Whether a notification service is on the bus, as last heard (watched; false until the
    // bus answered the first question).
    bool isAvailable() const { return m_available; }
    // Shows (or replaces the previous one of the same `tag`) without waiting for the service:
    // false when it cannot be sent at all (no session bus). When the service does not show it
    // (none is running, it refuses, it does not answer within a few seconds), notShown() says
    // so later. A show() of a tag whose previous one is still on its way waits for its id, so
    // that it replaces it; of several such, only the last is sent.
    bool show(const QString &tag, const QString &summary, const QString &body,
              const QString &actionLabel = {});

Q_SIGNALS:
    void activated(const QString &tag);
    void availabilityChanged(bool available);
    void notShown(const QString &tag, const QString &summary, const QString &body);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    struct Notification
    {
        QString summary;
        QString body;
        QString actionLabel;
    };
    void send(const QString &tag, const Notification &notification);
    void setAvailable(bool available);

    QString m_appName;
    QHash<QString, uint> m_idByTag;
    QHash<QString, Notification> m_waiting; // shown while the tag's previous one was on its way
    QSet<QString> m_sending; // tags whose Notify has not been answered yet
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_available = false;
    bool m_availabilityHeard = false; // a registration change came before the first answer
};

} // namespace actidesk
