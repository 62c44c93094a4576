#include "desktopcompanion.h"

#include "desktopnotifier.h"
#include "duration.h"
#include "idlemonitor.h"
#include "idletimedialog.h"
#include "tasktimer.h"
#include "timertray.h"
#include "workreminder.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const QString kReminderTag = u"reminder"_s;
} // namespace

DesktopCompanion::DesktopCompanion(TaskTimer &timer, WorkReminder &reminder,
                                   IdleMonitor *idleMonitor, QWidget *window, QObject *parent)
    : QObject(parent), m_timer(timer), m_reminder(reminder), m_idle(idleMonitor), m_window(window),
      m_tray(std::make_unique<TimerTray>(timer)),
      m_notifier(std::make_unique<DesktopNotifier>(QApplication::applicationName()))
{
    connect(m_tray.get(), &TimerTray::showWindowRequested, this,
            &DesktopCompanion::showWindowRequested);
    connect(m_tray.get(), &TimerTray::quitRequested, this, &DesktopCompanion::quitRequested);
    connect(m_tray.get(), &TimerTray::failed, this, &DesktopCompanion::failed);
    connect(&m_timer, &TaskTimer::runningChanged, this, &DesktopCompanion::updateIdleWatch);
    if (m_idle) {
        connect(m_idle, &IdleMonitor::cameBack, this, &DesktopCompanion::handleIdle);
    }
    connect(&m_reminder, &WorkReminder::remind, this, [this](const Shortfall &missing) {
        const DurationFormat format;
        const QString body = missing.scheduledMinutes < 0 ? tr("Nothing is tracked for today yet.")
            : missing.from == missing.to                  ? tr("Today: %1 tracked of %2 scheduled.")
                                               .arg(format.format(missing.trackedMinutes),
                                                    format.format(missing.scheduledMinutes))
                                         : tr("This week so far: %1 tracked of %2 scheduled.")
                                               .arg(format.format(missing.trackedMinutes),
                                                    format.format(missing.scheduledMinutes));
        const QString title = tr("Your timesheet is missing time");
        if (!m_notifier->show(kReminderTag, title, body, tr("Open Timesheet")))
            Q_EMIT reminderNotDelivered(title, body);
    });
    // The notification service answers later (nothing waits for it); when it did not show the
    // reminder, the window says it instead.
    connect(m_notifier.get(), &DesktopNotifier::notShown, this,
            [this](const QString &tag, const QString &title, const QString &body) {
                if (tag == kReminderTag)
                    Q_EMIT reminderNotDelivered(title, body);
            });
    connect(m_notifier.get(), &DesktopNotifier::activated, this, [this](const QString &tag) {
        if (tag == kReminderTag)
            Q_EMIT openTimesheetRequested();
    });
}

DesktopCompanion::~DesktopCompanion() = default;

void DesktopCompanion::apply(const DesktopSettings &settings)
{
    m_settings = settings;
    TimeDisplaySetting::instance().setValue(settings.timeDisplay);
    m_timer.setRounding(settings.rounding);
    m_reminder.setSettings(settings.reminders);
    if (settings.reminders.enabled && !m_reminder.isActive())
        m_reminder.start();
    m_tray->setVisible(settings.trayIcon);
    if (m_idle && settings.idleMinutes > 0)
        m_idle->setThresholdMinutes(settings.idleMinutes);
    updateIdleWatch();
}

void DesktopCompanion::updateIdleWatch()
{
    if (!m_idle)
        return;
    const bool watch = m_settings.idleMinutes > 0 && m_timer.isRunning();
    if (watch && !m_idle->isRunning())
        m_idle->start();
    else if (!watch && m_idle->isRunning())
        m_idle->stop();
}

void DesktopCompanion::handleIdle(const QDateTime &since, const QDateTime &until)
{
    const std::optional<RunningTimer> running = m_timer.running();
    if (!running || m_asking || until <= since)
        return;
    const QDateTime from = qMax(since, running->startedAt);
    QList<Task> others = m_timer.recentTasks();
    others.removeIf([&](const Task &task) { return task.id == running->taskId; });
    m_asking = true;
    IdleTimeDialog dialog(m_timer.taskName(running->taskId), from, until, others, m_window);
    const bool answered = dialog.exec() == QDialog::Accepted;
    m_asking = false;
    if (!answered)
        return; // closed: the time stays where it is, as with Keep
    StoreResult result;
    switch (dialog.choice()) {
    case IdleTimeDialog::Choice::Keep:
        return;
    case IdleTimeDialog::Choice::Discard:
        result = m_timer.dropGap(from, until);
        break;
    case IdleTimeDialog::Choice::BookElsewhere:
        result = m_timer.moveGap(from, until, dialog.otherTaskId());
        break;
    }
    if (!result.ok())
        Q_EMIT failed(result.message);
}

} // namespace actidesk
