#pragma once

#include "desktopsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace actidesk {

// Edit → Preferences: the timer's rounding, idle detection, reminders, the tray icon and the
// language. OK saves (DesktopSettings::save) and the caller applies them; Cancel changes
// nothing. `idleSource` names what detects idle time here, or is empty when nothing can (the
// option then says so and is disabled).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const DesktopSettings &settings, const QString &idleSource,
                      QWidget *parent = nullptr);

    DesktopSettings settings() const;

    void accept() override;

private:
    QComboBox *m_roundingStep;
    QComboBox *m_roundingMode;
    QCheckBox *m_watchIdle;
    QSpinBox *m_idleMinutes;
    QLabel *m_idleSource;
    QCheckBox *m_remind;
    QTimeEdit *m_remindAt;
    QComboBox *m_remindScope;
    QCheckBox *m_trayIcon;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QString m_initialLanguage;
};

} // namespace actidesk
