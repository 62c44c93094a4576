#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace actidesk {

// Desktop notifications through org.freedesktop.Notifications on the session bus (every Linux
// desktop, and notification daemons such as dunst or mako). A notification may carry one
// action ("Open Timesheet"); clicking it (or the notification body, the "default" action)
// emits activated(). Without a notification service, show() says so by returning false.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QString appName, QObject *parent = nullptr);

    bool isAvailable() const;
    // Shows (or replaces the previous one of the same `tag`); false when it could not be sent.
    bool show(const QString &tag, const QString &summary, const QString &body,
              const QString &actionLabel = {});

Q_SIGNALS:
    void activated(const QString &tag);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    QString m_appName;
    QHash<QString, uint> m_idByTag;
};

} // namespace actidesk
