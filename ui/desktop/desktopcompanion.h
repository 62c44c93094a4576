#pragma once

#include "desktopsettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace actidesk {

class DesktopNotifier;
class IdleMonitor;
class TaskTimer;
class TimerTray;
class WorkReminder;

// The signed-in account's life beyond the window: the tray timer, what to do with idle time
// while a timer runs, and the daily reminder as a desktop notification. Owns the desktop
// services (idle monitor, notifier, tray) and applies the preferences to them.
class DesktopCompanion : public QObject
{
    Q_OBJECT
public:
    // `window`: parent of the idle-time question. The timer and the reminder belong to the
    // account (built over its cache by the caller) and must outlive this object.
    DesktopCompanion(TaskTimer &timer, WorkReminder &reminder, IdleMonitor *idleMonitor,
                     QWidget *window, QObject *parent = nullptr);
    ~DesktopCompanion() override;

    void apply(const DesktopSettings &settings);
    TimerTray *tray() const { return m_tray.get(); }
    IdleMonitor *idleMonitor() const { return m_idle; }
    DesktopNotifier *notifier() const { return m_notifier.get(); }
    // Asked when the user comes back after idling with a timer running (a test answers it).
    void handleIdle(const QDateTime &since, const QDateTime &until);

Q_SIGNALS:
    void showWindowRequested();
    void openTimesheetRequested();
    void quitRequested();
    void failed(const QString &message);
    // No notification service took the reminder: the window shows it itself, without blocking.
    void reminderNotDelivered(const QString &title, const QString &text);

private:
    void updateIdleWatch();

    TaskTimer &m_timer;
    WorkReminder &m_reminder;
    IdleMonitor *m_idle;
    QPointer<QWidget> m_window;
    std::unique_ptr<TimerTray> m_tray;
    std::unique_ptr<DesktopNotifier> m_notifier;
    DesktopSettings m_settings;
    bool m_asking = false;
};

} // namespace actidesk
