#pragma once

#include "account.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace actidesk {

class AccountRegistry;
class AccountWorkspace;
class SessionController;

// Preferences → Accounts: the accounts this computer knows (server, login, the one in use), with
// Add (the sign-in dialog, through addRequested), Remove (asks first and says what becomes of
// the account's cache: deleted when nothing waits in it, kept with its unsent changes
// otherwise) and, for the account in use, its cache's size on disk and "Clear Cache" (the
// server's data goes and is downloaded again; unsent changes stay). Questions are window-modal
// boxes opened without blocking.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    AccountsPanel(SessionController &controller, AccountRegistry &registry,
                  AccountWorkspace *workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLabel *cacheSize() const { return m_cacheSize; }
    QPushButton *clearCacheButton() const { return m_clearCache; }
    // The last outcome or problem shown under the list (empty when none).
    QString note() const;

Q_SIGNALS:
    void addRequested();

private:
    void reload();
    void updateCache();
    void updateButtons();
    void confirmRemove();
    void confirmClearCache();
    void showNote(const QString &text);
    QString describe(const Account &account) const;
    std::optional<Account> selected() const;

    SessionController &m_controller;
    AccountRegistry &m_registry;
    QPointer<AccountWorkspace> m_workspace;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_cacheTitle;
    QLabel *m_cacheSize;
    QPushButton *m_clearCache;
    QLabel *m_note;
};

} // namespace actidesk
