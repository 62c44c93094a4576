#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

PreferencesDialog::PreferencesDialog(const DesktopSettings &settings, const QString &idleSource,
                                     QWidget *parent)
    : QDialog(parent), m_initialLanguage(settings.language)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *timerBox = new QGroupBox(tr("Timer"), this);
    auto *timerForm = new QFormLayout(timerBox);
    m_roundingStep = new QComboBox(timerBox);
    for (const int step : {1, 5, 6, 10, 15, 30}) {
        m_roundingStep->addItem(step == 1 ? tr("Exact minutes") : tr("%n minutes", nullptr, step),
                                step);
    }
    m_roundingStep->setCurrentIndex(
        qMax(0, m_roundingStep->findData(settings.rounding.stepMinutes)));
    m_roundingStep->setAccessibleName(tr("Round the timer's time to"));
    timerForm->addRow(tr("&Round to:"), m_roundingStep);
    m_roundingMode = new QComboBox(timerBox);
    m_roundingMode->addItem(tr("Nearest"), int(TimerRounding::Mode::Nearest));
    m_roundingMode->addItem(tr("Up"), int(TimerRounding::Mode::Up));
    m_roundingMode->addItem(tr("Down"), int(TimerRounding::Mode::Down));
    m_roundingMode->setCurrentIndex(m_roundingMode->findData(int(settings.rounding.mode)));
    m_roundingMode->setAccessibleName(tr("Rounding direction"));
    timerForm->addRow(tr("Rounding &direction:"), m_roundingMode);
    m_watchIdle = new QCheckBox(tr("As&k what to do with idle time"), timerBox);
    m_watchIdle->setChecked(settings.idleMinutes > 0);
    m_idleMinutes = new QSpinBox(timerBox);
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setValue(settings.idleMinutes > 0 ? settings.idleMinutes : 10);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setAccessibleName(tr("Idle after minutes"));
    timerForm->addRow(m_watchIdle);
    timerForm->addRow(tr("Idle &after:"), m_idleMinutes);
    m_idleSource = new QLabel(timerBox);
    m_idleSource->setWordWrap(true);
    if (idleSource.isEmpty()) {
        m_idleSource->setText(tr("This desktop offers no way to tell idle time (no idle monitor "
                                 "on D-Bus and no X11 screen-saver extension), so the timer "
                                 "cannot ask."));
        m_watchIdle->setEnabled(false);
        m_idleMinutes->setEnabled(false);
    } else {
        m_idleSource->setText(tr("Idle time comes from %1.").arg(idleSource));
    }
    timerForm->addRow(m_idleSource);
    connect(m_watchIdle, &QCheckBox::toggled, m_idleMinutes, &QWidget::setEnabled);
    m_idleMinutes->setEnabled(m_watchIdle->isEnabled() && m_watchIdle->isChecked());
    layout->addWidget(timerBox);

    auto *reminderBox = new QGroupBox(tr("Reminders"), this);
    auto *reminderForm = new QFormLayout(reminderBox);
    m_remind = new QCheckBox(tr("Re&mind me when time is missing"), reminderBox);
    m_remind->setChecked(settings.reminders.enabled);
    reminderForm->addRow(m_remind);
    m_remindAt = new QTimeEdit(settings.reminders.at, reminderBox);
    m_remindAt->setDisplayFormat(u"HH:mm"_s);
    m_remindAt->setAccessibleName(tr("Reminder time"));
    reminderForm->addRow(tr("On working days a&t:"), m_remindAt);
    m_remindScope = new QComboBox(reminderBox);
    m_remindScope->addItem(tr("Today's time"), false);
    m_remindScope->addItem(tr("The week so far"), true);
    m_remindScope->setCurrentIndex(settings.reminders.wholeWeek ? 1 : 0);
    m_remindScope->setAccessibleName(tr("Compare against the schedule"));
    reminderForm->addRow(tr("&Compare:"), m_remindScope);
    const auto enableReminder = [this](bool on) {
        m_remindAt->setEnabled(on);
        m_remindScope->setEnabled(on);
    };
    connect(m_remind, &QCheckBox::toggled, this, enableReminder);
    enableReminder(settings.reminders.enabled);
    layout->addWidget(reminderBox);

    auto *lookBox = new QGroupBox(tr("Desktop"), this);
    auto *lookForm = new QFormLayout(lookBox);
    m_trayIcon = new QCheckBox(tr("Show the timer in the &system tray"), lookBox);
    m_trayIcon->setChecked(settings.trayIcon);
    lookForm->addRow(m_trayIcon);
    m_language = new QComboBox(lookBox);
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own words, so whoever reads it can find theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    lookForm->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("The new language is used from the next start."), lookBox);
    m_languageNote->setVisible(false);
    lookForm->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });
    layout->addWidget(lookBox);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

DesktopSettings PreferencesDialog::settings() const
{
    DesktopSettings result;
    result.rounding.stepMinutes = m_roundingStep->currentData().toInt();
    result.rounding.mode = TimerRounding::Mode(m_roundingMode->currentData().toInt());
    result.idleMinutes = m_watchIdle->isChecked() ? m_idleMinutes->value() : 0;
    result.reminders.enabled = m_remind->isChecked();
    result.reminders.at = m_remindAt->time();
    result.reminders.wholeWeek = m_remindScope->currentData().toBool();
    result.trayIcon = m_trayIcon->isChecked();
    result.language = m_language->currentData().toString();
    return result;
}

void PreferencesDialog::accept()
{
    settings().save();
    QDialog::accept();
}

} // namespace actidesk
