#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace actidesk {

class TaskTimer;

// The timer in the system tray (where the desktop has one): the icon's tooltip and the first
// line of its menu say what runs and for how long; the menu stops it, starts it on a recently
// tracked task, brings the window back or quits. The menu is built whether or not a tray
// exists, so the same actions serve the window's Timer menu and the tests.
class TimerTray : public QObject
{
    Q_OBJECT
public:
    explicit TimerTray(TaskTimer &timer, QObject *parent = nullptr);
    ~TimerTray() override;

    static bool isAvailable();
    void setVisible(bool visible);
    bool isVisible() const;

    QMenu *menu() const { return m_menu; }
    QAction *stopAction() const { return m_stop; }
    QString statusText() const;
    // Re-reads the timer and rebuilds the texts and the recent tasks.
    void refresh();

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();
    // A start or stop could not be saved (a sentence for the user).
    void failed(const QString &message);

private:
    void rebuildStartMenu();

    TaskTimer &m_timer;
    QMenu *m_menu;
    QAction *m_status;
    QAction *m_stop;
    QMenu *m_startMenu;
    QPointer<QSystemTrayIcon> m_icon;
    QTimer m_tick; // the tooltip's minutes move on while a timer runs
};

} // namespace actidesk
