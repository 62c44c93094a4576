// actidesk-cli accounts [add SERVER LOGIN [--remember] [--allow-http] | use ACCOUNT]
#include "accountregistry.h"
#include "accountsession.h"
#include "accountworkspace.h"
#include "clicontext.h"
#include "commands.h"
#include "credentialstore.h"
#include "serveraddress.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {

const char *const kContext = "actidesk::cli";

// lupdate files the texts under the namespace (actidesk::cli): the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

int list(CliContext &context, bool asJson)
{
    AccountRegistry &registry = context.registry();
    const std::optional<Account> last = registry.lastUsed();
    if (asJson) {
        QJsonArray accounts;
        for (const Account &account : registry.accounts())
            accounts.append(
                QJsonObject{{u"key"_s, account.key()},
                            {u"server"_s, account.serverUrl.toString()},
                            {u"login"_s, account.login},
                            {u"name"_s, account.displayName},
                            {u"lastUsed"_s, last && last->isSameAs(account)},
                            {u"remembersPassword"_s, registry.remembersPassword(account)}});
        context.out() << QJsonDocument(accounts).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Account &account : registry.accounts()) {
        const bool isLast = last && last->isSameAs(account);
        context.out() << (isLast ? "* " : "  ") << account.login << '@' << account.serverName();
        if (!account.displayName.isEmpty())
            context.out() << "  (" << account.displayName << ')';
        context.out() << '\n';
    }
    if (registry.accounts().isEmpty())
        context.note(tr("No account yet: sign in with ActiDesk, or add one with "
                        "'actidesk-cli accounts add SERVER LOGIN'."));
    return Ok;
}

int add(CliContext &context, const QString &server, const QString &login, bool remember,
        bool allowHttp)
{
    const ServerAddress address = ServerAddress::parse(server, allowHttp);
    if (!address.isValid())
        return context.fail(Usage, address.errorMessage());
    const Account account{address.installationUrl(), login.trimmed(), {}};
    if (!account.isValid())
        return context.fail(Usage, tr("A login is needed."));
    AccountRegistry &registry = context.registry();
    const bool known = registry.contains(account);
    if (!known)
        registry.add(account); // for the sign-in below; removed again if it fails
    if (allowHttp && address.installationUrl().scheme() == u"http"_s)
        registry.setAllowsPlainHttp(account.serverUrl, true);
    QString error;
    const QString password = context.password(account, &error);
    if (password.isEmpty()) {
        if (!known)
            registry.remove(account);
        return context.fail(Auth, error);
    }
    // The first sign-in of an account checks the password before its cache exists.
    SessionOptions options;
    options.allowPlainHttp = registry.allowsPlainHttp(account.serverUrl);
    options.cacheAfterSignIn = true;
    AccountSession session(account, options);
    std::optional<User> user;
    std::optional<SignInProblem> problem;
    bool tasksCached = false;
    QObject::connect(&session, &AccountSession::signedIn, &session,
                     [&user](const User &u) { user = u; });
    QObject::connect(&session, &AccountSession::tasksRefreshed, &session,
                     [&tasksCached]() { tasksCached = true; });
    QObject::connect(&session, &AccountSession::signInFailed, &session,
                     [&problem](const SignInProblem &p) { problem = p; });
    session.signIn(password);
    context.waitUntil([&]() { return user || problem; }, 60'000);
    if (!user) {
        if (!known)
            registry.remove(account);
        const bool isAuth = problem
            && (problem->kind == SignInProblem::Kind::BadCredentials
                || problem->kind == SignInProblem::Kind::Banned
                || problem->kind == SignInProblem::Kind::NoPermission);
        return context.fail(isAuth ? Auth : Network,
                            problem ? problem->message : tr("The server did not answer."));
    }
    // The sign-in fetches the task list into the new cache: wait for it, so the account can log
    // time offline from now on.
    context.waitUntil([&tasksCached]() { return tasksCached; }, 60'000);
    Account named = account;
    named.displayName = user->displayName();
    registry.add(named);
    registry.setLastUsed(named);
    if (remember) {
        CredentialJob *job = context.credentials().save(named, password);
        std::optional<CredentialResult> saved;
        QObject::connect(job, &CredentialJob::finished, job,
                         [&saved](const CredentialResult &r) { saved = r; });
        context.waitUntil([&saved]() { return saved.has_value(); }, 60'000);
        if (!saved || !saved->ok())
            return context.fail(
                Auth, saved ? saved->userMessage : tr("The system keychain did not answer."));
        registry.setRemembersPassword(named, true);
    }
    context.out() << named.login << '@' << named.serverName() << "  (" << named.displayName
                  << ")\n";
    return Ok;
}

} // namespace

int runAccounts(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the accounts ActiDesk knows (* = used last), or:\n"
           "  add SERVER LOGIN   signs in and adds the account (password from the keychain or "
           "--password-stdin)\n"
           "  use ACCOUNT        makes ACCOUNT the one used by default"));
    context.addCommonOptions(parser);
    const QCommandLineOption json(u"json"_s, tr("Print the list as JSON."));
    const QCommandLineOption remember(u"remember"_s,
                                      tr("add: save the password in the system keychain."));
    const QCommandLineOption allowHttp(
        u"allow-http"_s, tr("add: allow plain http:// to a server that is not this computer."));
    parser.addOptions({json, remember, allowHttp});
    parser.addPositionalArgument(u"action"_s, tr("add or use (none: list)"), u"[action]"_s);
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return list(context, parser.isSet(json));
    if (positional.first() == u"add"_s) {
        if (positional.size() != 3)
            return context.fail(Usage, tr("accounts add needs SERVER and LOGIN."));
        return add(context, positional.at(1), positional.at(2), parser.isSet(remember),
                   parser.isSet(allowHttp));
    }
    if (positional.first() == u"use"_s) {
        if (positional.size() != 2)
            return context.fail(Usage, tr("accounts use needs ACCOUNT."));
        QString error;
        // chooseAccount reads --account; "use X" is the same as --account X.
        QCommandLineParser again;
        context.addCommonOptions(again);
        int ignored = Ok;
        if (!context.parse(again, {arguments.value(0), u"--account"_s, positional.at(1)}, &ignored))
            return ignored;
        const std::optional<Account> account = context.chooseAccount(&error);
        if (!account)
            return context.fail(Usage, error);
        context.registry().setLastUsed(*account);
        return Ok;
    }
    return context.fail(Usage, tr("Unknown action \"%1\": add or use.").arg(positional.first()));
}

} // namespace actidesk::cli
