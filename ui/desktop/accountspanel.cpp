#include "accountspanel.h"

#include "accountregistry.h"
#include "accountworkspace.h"
#include "sessioncontroller.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
constexpr int kAccountRole = Qt::UserRole + 1;

QString nameOf(const Account &account)
{
    return account.displayName.isEmpty() ? account.login : account.displayName;
}
} // namespace

AccountsPanel::AccountsPanel(SessionController &controller, AccountRegistry &registry,
                             AccountWorkspace *workspace, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_registry(registry), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *listLabel = new QLabel(tr("Accounts on this &computer:"), this);
    layout->addWidget(listLabel);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Accounts on this computer"));
    m_list->setWordWrap(true); // "Name (login) on server — in use" is long
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    listLabel->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("A&dd Account…"), this);
    m_remove = new QPushButton(tr("Re&move Account…"), this);
    for (QPushButton *button : {m_add, m_remove}) {
        button->setAutoDefault(false); // Enter anywhere is OK
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    auto *cache = new QGroupBox(tr("Offline cache"), this);
    auto *cacheLayout = new QVBoxLayout(cache);
    m_cacheTitle = new QLabel(cache);
    m_cacheTitle->setWordWrap(true);
    cacheLayout->addWidget(m_cacheTitle);
    m_cacheSize = new QLabel(cache);
    m_cacheSize->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cacheLayout->addWidget(m_cacheSize);
    auto *explain = new QLabel(tr("Clearing the cache deletes the copy of the server's data kept "
                                  "on this computer; it is downloaded again. Changes not yet "
                                  "sent stay and are sent as usual."),
                               cache);
    explain->setWordWrap(true);
    cacheLayout->addWidget(explain);
    m_clearCache = new QPushButton(tr("C&lear Cache…"), cache);
    m_clearCache->setAutoDefault(false);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearCache);
    clearRow->addStretch(1);
    cacheLayout->addLayout(clearRow);
    layout->addWidget(cache);

    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPanel::confirmRemove);
    connect(m_clearCache, &QPushButton::clicked, this, &AccountsPanel::confirmClearCache);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsPanel::updateButtons);
    connect(&m_registry, &AccountRegistry::accountsChanged, this, &AccountsPanel::reload);
    reload();
    updateCache();
}

QString AccountsPanel::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void AccountsPanel::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString AccountsPanel::describe(const Account &account) const
{
    const bool inUse = m_workspace && m_workspace->account().isSameAs(account);
    return inUse
        ? tr("%1 (%2) on %3 — in use").arg(nameOf(account), account.login, account.serverName())
        : tr("%1 (%2) on %3").arg(nameOf(account), account.login, account.serverName());
}

void AccountsPanel::reload()
{
    const std::optional<Account> previous = selected();
    m_list->clear();
    int current = -1;
    const QList<Account> accounts = m_registry.accounts();
    for (const Account &account : accounts) {
        auto *item = new QListWidgetItem(describe(account), m_list);
        item->setData(kAccountRole, QVariant::fromValue(account));
        item->setToolTip(account.serverUrl.toDisplayString());
        if ((previous && previous->isSameAs(account))
            || (!previous && m_workspace && m_workspace->account().isSameAs(account)))
            current = m_list->count() - 1;
    }
    if (accounts.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No accounts yet: add one to sign in."), m_list);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(qMax(0, current));
    }
    updateButtons();
}

std::optional<Account> AccountsPanel::selected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(kAccountRole).isValid())
        return std::nullopt;
    return item->data(kAccountRole).value<Account>();
}

void AccountsPanel::updateButtons()
{
    m_remove->setEnabled(selected().has_value());
}

void AccountsPanel::updateCache()
{
    if (!m_workspace) {
        m_cacheTitle->setText(tr("No account is open."));
        m_cacheSize->clear();
        m_clearCache->setEnabled(false);
        return;
    }
    const Account &account = m_workspace->account();
    m_cacheTitle->setText(
        tr("The account in use: %1 on %2").arg(nameOf(account), account.serverName()));
    const QString size = QLocale().formattedDataSize(m_workspace->cacheSizeOnDisk());
    const int waiting = m_workspace->status().changesWaiting;
    if (waiting > 0) {
        m_cacheSize->setText(
            (waiting == 1 ? tr("Size on disk: %1 · %n change not sent yet", nullptr, waiting)
                          : tr("Size on disk: %1 · %n changes not sent yet", nullptr, waiting))
                .arg(size));
    } else {
        m_cacheSize->setText(tr("Size on disk: %1").arg(size));
    }
    m_cacheSize->setAccessibleName(m_cacheSize->text());
    m_clearCache->setEnabled(true);
}

void AccountsPanel::confirmRemove()
{
    const std::optional<Account> chosen = selected();
    if (!chosen)
        return;
    const Account account = *chosen;
    const bool inUse = m_workspace && m_workspace->account().isSameAs(account);
    const std::optional<int> waiting = m_controller.unsentChanges(account);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove Account"),
        tr("Remove %1 on %2 from ActiDesk?").arg(nameOf(account), account.serverName()),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString info;
    if (inUse)
        info += tr("You are signed out of it first.") + u' ';
    info += tr("Its saved password is removed from the keychain.") + u' ';
    QPushButton *remove = nullptr;
    if (!waiting) {
        info += tr("Its cache on this computer cannot be read, so it is kept in case it holds "
                   "changes not sent yet.");
        remove = box->addButton(tr("&Remove and Keep the Cache"), QMessageBox::AcceptRole);
    } else if (*waiting > 0) {
        info += (*waiting == 1
                     ? tr("%n change of this account has not been sent yet. It stays on this "
                          "computer with the account's cache and is sent when you sign in to "
                          "this account again.",
                          nullptr, *waiting)
                     : tr("%n changes of this account have not been sent yet. They stay on this "
                          "computer with the account's cache and are sent when you sign in to "
                          "this account again.",
                          nullptr, *waiting));
        box->setIcon(QMessageBox::Warning);
        remove = box->addButton(tr("&Remove and Keep Unsent Changes"), QMessageBox::AcceptRole);
    } else {
        info += tr("Its cache (%1) is deleted from this computer: nothing in it waits to be sent.")
                    .arg(QLocale().formattedDataSize(m_controller.cacheSizeOnDisk(account)));
        remove = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    }
    box->setInformativeText(info);
    box->setDefaultButton(QMessageBox::Cancel); // Enter keeps the account
    connect(box, &QMessageBox::finished, this, [this, box, remove, account]() {
        if (box->clickedButton() != remove)
            return;
        const SessionController::CacheOutcome outcome = m_controller.removeAccount(account);
        if (m_workspace && m_workspace->account().isSameAs(account))
            m_workspace = nullptr;
        showNote(outcome == SessionController::CacheOutcome::Deleted
                     ? tr("%1 was removed with its cache.").arg(nameOf(account))
                     : tr("%1 was removed; its cache with the changes not yet sent stays on this "
                          "computer.")
                           .arg(nameOf(account)));
        reload();
        updateCache();
    });
    box->open();
}

void AccountsPanel::confirmClearCache()
{
    if (!m_workspace)
        return;
    const int waiting = m_workspace->status().changesWaiting;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Clear Cache"),
        tr("Clear the cache of %1 on %2?")
            .arg(nameOf(m_workspace->account()), m_workspace->account().serverName()),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        waiting == 0 ? tr("The server's data is deleted from this computer and downloaded again.")
            : waiting == 1
            ? tr("The server's data is deleted from this computer and downloaded again. The %n "
                 "change not yet sent stays and is sent as usual.",
                 nullptr, waiting)
            : tr("The server's data is deleted from this computer and downloaded again. The %n "
                 "changes not yet sent stay and are sent as usual.",
                 nullptr, waiting));
    QPushButton *clear = box->addButton(tr("C&lear Cache"), QMessageBox::AcceptRole);
    box->setDefaultButton(clear);
    connect(box, &QMessageBox::finished, this, [this, box, clear]() {
        if (box->clickedButton() != clear || !m_workspace)
            return;
        const QString problem = m_workspace->clearCache();
        showNote(problem.isEmpty() ? tr("The cache was cleared; the data is downloaded again.")
                                   : problem);
        updateCache();
    });
    box->open();
}

} // namespace actidesk
