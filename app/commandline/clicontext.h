#pragma once

#include "account.h"
#include "exitcode.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace actidesk {

class AccountRegistry;
class AccountWorkspace;
class CredentialStore;
class Store;
class SyncEngine;

namespace cli {

// What every command shares: the app's accounts (QSettings) and keychain, the account chosen
// with --account (else the one used last), its workspace (the same cache file as the app, opened
// beside a running app: SQLite WAL with a busy timeout) and the sign-in, messages on stderr and
// results on stdout.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::cli::CliContext)
public:
    CliContext();
    ~CliContext();

    QTextStream &out() { return m_out; } // results
    QTextStream &err() { return m_err; } // messages
    // "actidesk-cli: <message>" on stderr; returns `code` (for `return ctx.fail(…)`).
    int fail(int code, const QString &message);
    void note(const QString &message);

    // --account, --password-stdin, --offline, --help: added to every command's parser.
    void addCommonOptions(QCommandLineParser &parser);
    // Parses `arguments` (argv[0], then the command's own); false with the exit code (a usage
    // error, or 0 after printing --help) in *exitCode.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

    AccountRegistry &registry() { return *m_registry; }
    CredentialStore &credentials() { return *m_credentials; }
    bool isOffline() const { return m_offline; }

    // --account: a login, "login@server" or an account key; empty: the last used account.
    std::optional<Account> chooseAccount(QString *error) const;

    enum class Need {
        Cache, // the cached data is enough; nothing is sent
        ServerIfPossible, // sign in when a password is at hand and the server answers
        Server, // fail (Auth / Network) unless signed in
    };
    // Opens the chosen account's cache and, unless --offline or Need::Cache, signs in. Returns
    // Ok, or the exit code after saying why on stderr.
    int open(Need need);
    AccountWorkspace &workspace() { return *m_workspace; }
    Store &store();
    SyncEngine &sync();
    bool isSignedIn() const;
    int userId() const;

    // A password from --password-stdin (first line of standard input), else the keychain's;
    // empty when there is none (*problem says why, a sentence).
    QString password(const Account &account, QString *problem);

    // Runs the event loop until done() or timeoutMs; false on the timeout.
    bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs);

    // The week of `date` as the server starts it (its first day of week; Monday until known).
    QPair<QDate, QDate> weekOf(const QDate &date);
    // --date: YYYY-MM-DD, "today", "yesterday"; invalid (with a message said) otherwise.
    QDate parseDate(const QString &text);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountWorkspace> m_workspace;
    QCommandLineOption m_accountOption;
    QCommandLineOption m_passwordStdinOption;
    QCommandLineOption m_offlineOption;
    QString m_accountSpec;
    bool m_passwordStdin = false;
    bool m_offline = false;
    bool m_stdinRead = false;
    QString m_stdinPassword;
};

} // namespace cli
} // namespace actidesk
