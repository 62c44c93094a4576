#pragma once

#include "desktopsettings.h"
#include "networkpreferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace actidesk {

class AccountRegistry;
class AccountWorkspace;
class AccountsPanel;
class SessionController;

// Edit → Preferences, in tabs: General (language, start page, time display, start at login, tray
// icon), Timer (rounding, idle time), Reminders, Network (proxy, an extra CA file). OK checks and
// saves (QSettings, the autostart entry) and the caller applies them; a problem keeps the dialog
// open with the sentence; Cancel changes nothing. With addAccountsTab, an Accounts tab (the
// known accounts, the cache of the one in use: AccountsPanel) acts at once, not on OK. `idleSource`
// names what detects idle time here, or is empty when nothing can (the option then says so and is
// disabled).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const DesktopSettings &settings, const NetworkPreferences &network,
                      const QString &idleSource, QWidget *parent = nullptr);

    DesktopSettings settings() const;
    NetworkPreferences network() const;
    bool startAtLogin() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *problem() const { return m_problem; }
    // The Accounts tab (last); its Add button saves like OK, then signals addAccountRequested.
    void addAccountsTab(SessionController &controller, AccountRegistry &registry,
                        AccountWorkspace *workspace);
    AccountsPanel *accounts() const { return m_accounts; }

    void accept() override;

Q_SIGNALS:
    // Add Account was chosen: the preferences were saved and the dialog closed.
    void addAccountRequested();

private:
    QWidget *generalTab(const DesktopSettings &settings);
    QWidget *timerTab(const DesktopSettings &settings, const QString &idleSource);
    QWidget *remindersTab(const DesktopSettings &settings);
    QWidget *networkTab(const NetworkPreferences &network);

    QTabWidget *m_tabs;
    QLabel *m_problem;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QString m_initialLanguage;
    QComboBox *m_startPage = nullptr;
    QComboBox *m_timeDisplay = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_trayIcon = nullptr;
    QComboBox *m_roundingStep = nullptr;
    QComboBox *m_roundingMode = nullptr;
    QCheckBox *m_watchIdle = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QCheckBox *m_remind = nullptr;
    QTimeEdit *m_remindAt = nullptr;
    QComboBox *m_remindScope = nullptr;
    QComboBox *m_proxy = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_caFile = nullptr;
    AccountsPanel *m_accounts = nullptr;
};

} // namespace actidesk
