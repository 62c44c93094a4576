#include "timertray.h"

#include "duration.h"
#include "tasktimer.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace actidesk {

TimerTray::TimerTray(TaskTimer &timer, QObject *parent)
    : QObject(parent), m_timer(timer), m_menu(new QMenu), m_startMenu(new QMenu(m_menu))
{
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_stop = m_menu->addAction(tr("&Stop Timer"), this, [this] {
        QList<TimerShare> booked;
        if (const StoreResult result = m_timer.stop(&booked); !result.ok())
            Q_EMIT failed(result.message);
    });
    m_startMenu->setTitle(tr("Start Timer &On"));
    m_menu->addMenu(m_startMenu);
    m_menu->addSeparator();
    m_menu->addAction(tr("Show &ActiDesk"), this, &TimerTray::showWindowRequested);
    m_menu->addAction(tr("&Quit"), this, &TimerTray::quitRequested);
    connect(&m_timer, &TaskTimer::runningChanged, this, &TimerTray::refresh);
    connect(m_menu, &QMenu::aboutToShow, this, &TimerTray::refresh);
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &TimerTray::refresh);
    refresh();
}

TimerTray::~TimerTray()
{
    delete m_icon;
    delete m_menu;
}

bool TimerTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TimerTray::setVisible(bool visible)
{
    if (visible && !m_icon && isAvailable()) {
        m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
        refresh();
    }
    if (m_icon)
        m_icon->setVisible(visible);
}

bool TimerTray::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

QString TimerTray::statusText() const
{
    const std::optional<RunningTimer> running = m_timer.running();
    if (!running)
        return tr("No timer running");
    const int minutes = int(m_timer.elapsedSeconds() / 60);
    return tr("%1 — %2 running")
        .arg(m_timer.taskName(running->taskId), DurationFormat().format(minutes));
}

void TimerTray::refresh()
{
    const bool running = m_timer.isRunning();
    m_status->setText(statusText());
    m_stop->setEnabled(running);
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
    if (m_icon)
        m_icon->setToolTip(tr("ActiDesk: %1").arg(statusText()));
    rebuildStartMenu();
}

void TimerTray::rebuildStartMenu()
{
    m_startMenu->clear();
    const std::optional<RunningTimer> running = m_timer.running();
    const QList<Task> tasks = m_timer.recentTasks();
    for (const Task &task : tasks) {
        QAction *start = m_startMenu->addAction(u"%1 · %2"_s.arg(
            task.name, task.projectName.isEmpty() ? task.customerName : task.projectName));
        start->setToolTip(u"%1 / %2 / %3"_s.arg(task.customerName, task.projectName, task.name));
        start->setCheckable(true);
        start->setChecked(running && running->taskId == task.id);
        const int taskId = task.id;
        connect(start, &QAction::triggered, this, [this, taskId] {
            if (const StoreResult result = m_timer.start(taskId); !result.ok())
                Q_EMIT failed(result.message);
        });
    }
    if (tasks.isEmpty()) {
        QAction *none =
            m_startMenu->addAction(tr("No recent tasks — start one from the timesheet"));
        none->setEnabled(false);
    }
}

} // namespace actidesk
