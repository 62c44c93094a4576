#include "preferencesdialog.h"

#include "accountspanel.h"
#include "autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

PreferencesDialog::PreferencesDialog(const DesktopSettings &settings,
                                     const NetworkPreferences &network, const QString &idleSource,
                                     QWidget *parent)
    : QDialog(parent), m_initialLanguage(settings.language)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    // Every tab's title in sight: the dialog is as wide as its tab bar (scroll arrows hid the
    // first tabs behind the last).
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(generalTab(settings), tr("&General"));
    m_tabs->addTab(timerTab(settings, idleSource), tr("T&imer"));
    m_tabs->addTab(remindersTab(settings), tr("R&eminders"));
    m_tabs->addTab(networkTab(network), tr("&Network"));
    layout->addWidget(m_tabs);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::generalTab(const DesktopSettings &settings)
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_language = new QComboBox(tab);
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own words, so whoever reads it can find theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("The new language is used from the next start."), tab);
    m_languageNote->setVisible(false);
    form->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });
    m_startPage = new QComboBox(tab);
    m_startPage->addItem(tr("Timesheet"), u"timesheet"_s);
    m_startPage->addItem(tr("Leave"), u"leave"_s);
    m_startPage->addItem(tr("Tasks"), u"tasks"_s);
    m_startPage->addItem(tr("Review"), u"review"_s);
    m_startPage->setCurrentIndex(qMax(0, m_startPage->findData(settings.startPage)));
    m_startPage->setAccessibleName(tr("Page shown at start"));
    form->addRow(tr("&Start on:"), m_startPage);
    m_timeDisplay = new QComboBox(tab);
    m_timeDisplay->addItem(tr("As the server shows it"), int(TimeDisplay::AsServer));
    m_timeDisplay->addItem(tr("Hours and minutes (1:30)"), int(TimeDisplay::HoursMinutes));
    m_timeDisplay->addItem(tr("Decimal hours (%1)").arg(QLocale().toString(1.5, 'f', 2)),
                           int(TimeDisplay::DecimalHours));
    m_timeDisplay->setCurrentIndex(qMax(0, m_timeDisplay->findData(int(settings.timeDisplay))));
    m_timeDisplay->setAccessibleName(tr("Time display"));
    form->addRow(tr("Show &times as:"), m_timeDisplay);
    m_startAtLogin = new QCheckBox(tr("Start ActiDesk when I l&og in"), tab);
    m_startAtLogin->setChecked(Autostart::isEnabled());
    form->addRow(m_startAtLogin);
    m_trayIcon = new QCheckBox(tr("Show the timer in the s&ystem tray"), tab);
    m_trayIcon->setChecked(settings.trayIcon);
    form->addRow(m_trayIcon);
    return tab;
}

QWidget *PreferencesDialog::timerTab(const DesktopSettings &settings, const QString &idleSource)
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_roundingStep = new QComboBox(tab);
    for (const int step : {1, 5, 6, 10, 15, 30}) {
        m_roundingStep->addItem(step == 1 ? tr("Exact minutes") : tr("%n minutes", nullptr, step),
                                step);
    }
    m_roundingStep->setCurrentIndex(
        qMax(0, m_roundingStep->findData(settings.rounding.stepMinutes)));
    m_roundingStep->setAccessibleName(tr("Round the timer's time to"));
    form->addRow(tr("&Round to:"), m_roundingStep);
    m_roundingMode = new QComboBox(tab);
    m_roundingMode->addItem(tr("Nearest"), int(TimerRounding::Mode::Nearest));
    m_roundingMode->addItem(tr("Up"), int(TimerRounding::Mode::Up));
    m_roundingMode->addItem(tr("Down"), int(TimerRounding::Mode::Down));
    m_roundingMode->setCurrentIndex(m_roundingMode->findData(int(settings.rounding.mode)));
    m_roundingMode->setAccessibleName(tr("Rounding direction"));
    form->addRow(tr("Rounding &direction:"), m_roundingMode);
    m_watchIdle = new QCheckBox(tr("As&k what to do with idle time"), tab);
    m_watchIdle->setChecked(settings.idleMinutes > 0);
    form->addRow(m_watchIdle);
    m_idleMinutes = new QSpinBox(tab);
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setValue(settings.idleMinutes > 0 ? settings.idleMinutes : 10);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setAccessibleName(tr("Idle after minutes"));
    form->addRow(tr("Idle &after:"), m_idleMinutes);
    auto *source = new QLabel(tab);
    source->setWordWrap(true);
    if (idleSource.isEmpty()) {
        source->setText(tr("This desktop offers no way to tell idle time (no idle monitor on "
                           "D-Bus and no X11 screen-saver extension), so the timer cannot ask."));
        m_watchIdle->setEnabled(false);
    } else {
        source->setText(tr("Idle time comes from %1.").arg(idleSource));
    }
    form->addRow(source);
    connect(m_watchIdle, &QCheckBox::toggled, m_idleMinutes, &QWidget::setEnabled);
    m_idleMinutes->setEnabled(m_watchIdle->isEnabled() && m_watchIdle->isChecked());
    return tab;
}

QWidget *PreferencesDialog::remindersTab(const DesktopSettings &settings)
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_remind = new QCheckBox(tr("Re&mind me when time is missing"), tab);
    m_remind->setChecked(settings.reminders.enabled);
    form->addRow(m_remind);
    m_remindAt = new QTimeEdit(settings.reminders.at, tab);
    m_remindAt->setDisplayFormat(u"HH:mm"_s);
    m_remindAt->setAccessibleName(tr("Reminder time"));
    form->addRow(tr("On working days a&t:"), m_remindAt);
    m_remindScope = new QComboBox(tab);
    m_remindScope->addItem(tr("Today's time"), false);
    m_remindScope->addItem(tr("The week so far"), true);
    m_remindScope->setCurrentIndex(settings.reminders.wholeWeek ? 1 : 0);
    m_remindScope->setAccessibleName(tr("Compare against the schedule"));
    form->addRow(tr("&Compare:"), m_remindScope);
    const auto enable = [this](bool on) {
        m_remindAt->setEnabled(on);
        m_remindScope->setEnabled(on);
    };
    connect(m_remind, &QCheckBox::toggled, this, enable);
    enable(settings.reminders.enabled);
    return tab;
}

QWidget *PreferencesDialog::networkTab(const NetworkPreferences &network)
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_proxy = new QComboBox(tab);
    m_proxy->addItem(tr("The system's proxy settings"), int(NetworkPreferences::Proxy::System));
    m_proxy->addItem(tr("No proxy"), int(NetworkPreferences::Proxy::None));
    m_proxy->addItem(tr("This HTTP proxy"), int(NetworkPreferences::Proxy::Manual));
    m_proxy->setCurrentIndex(m_proxy->findData(int(network.proxy)));
    m_proxy->setAccessibleName(tr("Proxy"));
    form->addRow(tr("&Proxy:"), m_proxy);
    m_proxyHost = new QLineEdit(network.proxyHost, tab);
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    form->addRow(tr("&Host:"), m_proxyHost);
    m_proxyPort = new QSpinBox(tab);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(network.proxyPort);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    form->addRow(tr("P&ort:"), m_proxyPort);
    const auto enableManual = [this] {
        const bool manual =
            m_proxy->currentData().toInt() == int(NetworkPreferences::Proxy::Manual);
        m_proxyHost->setEnabled(manual);
        m_proxyPort->setEnabled(manual);
    };
    connect(m_proxy, &QComboBox::currentIndexChanged, this, enableManual);
    enableManual();
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(network.caFile, tab);
    m_caFile->setPlaceholderText(tr("Only the system's certificate authorities"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    auto *browse = new QPushButton(tr("&Browse…"), tab);
    browse->setAutoDefault(false); // Enter anywhere is OK, never "Browse"
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Trust the Certificate Authority in"), m_caFile->text(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("Also &trust CA:"), tab);
    caLabel->setBuddy(m_caFile); // a row of two widgets gets no buddy by itself
    form->addRow(caLabel, caRow);
    return tab;
}

void PreferencesDialog::addAccountsTab(SessionController &controller, AccountRegistry &registry,
                                       AccountWorkspace *workspace)
{
    m_accounts = new AccountsPanel(controller, registry, workspace, this);
    m_tabs->addTab(m_accounts, tr("Acco&unts"));
    connect(m_accounts, &AccountsPanel::addRequested, this, [this] {
        accept();
        if (result() == QDialog::Accepted)
            Q_EMIT addAccountRequested();
    });
}

DesktopSettings PreferencesDialog::settings() const
{
    DesktopSettings result;
    result.language = m_language->currentData().toString();
    result.startPage = m_startPage->currentData().toString();
    result.timeDisplay = TimeDisplay(m_timeDisplay->currentData().toInt());
    result.trayIcon = m_trayIcon->isChecked();
    result.rounding.stepMinutes = m_roundingStep->currentData().toInt();
    result.rounding.mode = TimerRounding::Mode(m_roundingMode->currentData().toInt());
    result.idleMinutes = m_watchIdle->isChecked() ? m_idleMinutes->value() : 0;
    result.reminders.enabled = m_remind->isChecked();
    result.reminders.at = m_remindAt->time();
    result.reminders.wholeWeek = m_remindScope->currentData().toBool();
    return result;
}

NetworkPreferences PreferencesDialog::network() const
{
    NetworkPreferences result;
    result.proxy = NetworkPreferences::Proxy(m_proxy->currentData().toInt());
    result.proxyHost = m_proxyHost->text().trimmed();
    result.proxyPort = m_proxyPort->value();
    result.caFile = m_caFile->text().trimmed();
    return result;
}

bool PreferencesDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void PreferencesDialog::accept()
{
    // A problem keeps the dialog open with everything chosen, on the tab it concerns.
    const auto refuse = [this](const QString &problem, int tab) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        m_tabs->setCurrentIndex(tab);
    };
    const NetworkPreferences chosenNetwork = network();
    if (const QString problem = chosenNetwork.check(); !problem.isEmpty())
        return refuse(problem, 3);
    if (startAtLogin() != Autostart::isEnabled()) {
        if (const QString problem = Autostart::setEnabled(startAtLogin()); !problem.isEmpty())
            return refuse(problem, 0);
    }
    settings().save();
    chosenNetwork.save();
    QDialog::accept();
}

} // namespace actidesk
