#include "clicontext.h"

#include "accountregistry.h"
#include "accountsession.h"
#include "accountworkspace.h"
#include "clock.h"
#include "credentialstore.h"
#include "store.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {
constexpr qint64 kSignInTimeoutMs = 60'000;
constexpr qint64 kPollMs = 20;
} // namespace

CliContext::CliContext()
    : m_out(stdout), m_err(stderr), m_registry(std::make_unique<AccountRegistry>()),
      m_credentials(std::make_unique<CredentialStore>()),
      m_accountOption({u"a"_s, u"account"_s},
                      tr("The account: its login, login@server or its key (default: the one "
                         "used last)."),
                      u"ACCOUNT"_s),
      m_passwordStdinOption(u"password-stdin"_s,
                            tr("Read the password from the first line of standard input instead "
                               "of the system keychain.")),
      m_offlineOption(u"offline"_s, tr("Do not contact the server: use the cache only."))
{
}

CliContext::~CliContext()
{
    // The workspace's session holds calls of its queue: it goes before the registry it was
    // chosen from, while the event loop objects still exist.
    m_workspace.reset();
}

int CliContext::fail(int code, const QString &message)
{
    m_err << "actidesk-cli: " << message << Qt::endl;
    return code;
}

void CliContext::note(const QString &message)
{
    m_err << "actidesk-cli: " << message << Qt::endl;
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOptions({m_accountOption, m_passwordStdinOption, m_offlineOption});
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        *exitCode = fail(
            Usage, parser.errorText() + u"\n"_s + tr("See: %1 --help").arg(arguments.value(0)));
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // "Usage: actidesk-cli week [options]": the parser names the program only.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty())
            help.replace(at, program.size(), arguments.value(0));
        m_out << help;
        m_out.flush();
        *exitCode = Ok;
        return false;
    }
    m_accountSpec = parser.value(m_accountOption);
    m_passwordStdin = parser.isSet(m_passwordStdinOption);
    m_offline = parser.isSet(m_offlineOption);
    return true;
}

std::optional<Account> CliContext::chooseAccount(QString *error) const
{
    const QList<Account> accounts = m_registry->accounts();
    if (m_accountSpec.isEmpty()) {
        if (std::optional<Account> last = m_registry->lastUsed())
            return last;
        if (accounts.size() == 1)
            return accounts.first();
        *error = accounts.isEmpty()
            ? tr("No account yet: sign in with ActiDesk, or add one with "
                 "'actidesk-cli accounts add SERVER LOGIN'.")
            : tr("Several accounts and none used last: choose one with --account (see "
                 "'actidesk-cli accounts').");
        return std::nullopt;
    }
    const QString spec = m_accountSpec.trimmed();
    QList<Account> matches;
    for (const Account &account : accounts) {
        const QString login = account.login.trimmed().toLower();
        if (account.key() == spec || login == spec.toLower()
            || login + u'@' + account.serverName().toLower() == spec.toLower())
            matches.append(account);
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty()
        ? tr("No account \"%1\" (see 'actidesk-cli accounts').").arg(spec)
        : tr("\"%1\" names several accounts: write it as login@server.").arg(spec);
    return std::nullopt;
}

QString CliContext::password(const Account &account, QString *problem)
{
    if (m_passwordStdin) {
        if (!m_stdinRead) {
            m_stdinRead = true;
            QTextStream in(stdin);
            m_stdinPassword = in.readLine();
        }
        if (m_stdinPassword.isEmpty())
            *problem = tr("--password-stdin: standard input held no password.");
        return m_stdinPassword;
    }
    CredentialJob *job = m_credentials->load(account);
    std::optional<CredentialResult> result;
    QString password;
    QObject::connect(job, &CredentialJob::finished, job,
                     [&result, &password, job](const CredentialResult &r) {
                         result = r;
                         password = job->password();
                     });
    if (!waitUntil([&result]() { return result.has_value(); }, kSignInTimeoutMs)) {
        *problem = tr("The system keychain did not answer.");
        return {};
    }
    if (result->status == CredentialStatus::NotFound)
        *problem = tr("No password saved for %1 in the system keychain: pass it with "
                      "--password-stdin, or sign in with ActiDesk and let it remember it.")
                       .arg(account.label());
    else if (!result->ok())
        *problem = result->userMessage + u' '
            + tr("Or pass the password on standard input with --password-stdin.");
    return password;
}

int CliContext::open(Need need)
{
    QString error;
    const std::optional<Account> account = chooseAccount(&error);
    if (!account)
        return fail(Usage, error);

    SessionOptions options;
    options.allowPlainHttp = m_registry->allowsPlainHttp(account->serverUrl);
    m_workspace = std::make_unique<AccountWorkspace>(*account, options);
    QString recovered;
    if (!m_workspace->openCache(&recovered, &error))
        return fail(Local, error);
    if (!recovered.isEmpty())
        note(recovered);
    if (need == Need::Cache || m_offline) {
        if (need == Need::Server)
            return fail(Usage, tr("This command needs the server; leave out --offline."));
        return Ok;
    }

    const QString secret = password(*account, &error);
    if (secret.isEmpty()) {
        if (need == Need::Server)
            return fail(Auth, error);
        note(error + u' ' + tr("Working from the cache."));
        return Ok;
    }

    AccountSession &session = m_workspace->session();
    bool signedIn = false;
    std::optional<SignInProblem> problem;
    bool offline = false;
    QObject::connect(&session, &AccountSession::signedIn, &session,
                     [&signedIn]() { signedIn = true; });
    QObject::connect(&session, &AccountSession::signInFailed, &session,
                     [&problem](const SignInProblem &p) { problem = p; });
    QObject::connect(&session, &AccountSession::workingOffline, &session,
                     [&offline]() { offline = true; });
    session.signIn(secret);
    const bool answered =
        waitUntil([&]() { return signedIn || problem.has_value(); }, kSignInTimeoutMs);
    // Both signals of one event (a failure, then working offline) arrive together.
    QCoreApplication::processEvents();
    QObject::disconnect(&session, nullptr, &session, nullptr);
    if (signedIn)
        return Ok;
    if (!answered)
        problem = SignInProblem::make(SignInProblem::Kind::Unreachable,
                                      tr("The server did not answer the sign-in."));
    using K = SignInProblem::Kind;
    int code = Network;
    switch (problem->kind) {
    case K::BadCredentials:
    case K::Banned:
    case K::NoPermission:
    case K::Keychain:
        code = Auth;
        break;
    case K::LocalStorage:
        code = Local;
        break;
    default:
        code = Network;
        break;
    }
    if (code == Network && need == Need::ServerIfPossible) {
        note(problem->message + u' ' + tr("Working from the cache."));
        return Ok;
    }
    return fail(code, problem->message);
}

Store &CliContext::store()
{
    return *m_workspace->store();
}

SyncEngine &CliContext::sync()
{
    return *m_workspace->session().sync();
}

bool CliContext::isSignedIn() const
{
    return m_workspace && m_workspace->isSignedIn();
}

int CliContext::userId() const
{
    const std::optional<User> user = m_workspace ? m_workspace->currentUser() : std::nullopt;
    return user ? user->id : 0;
}

bool CliContext::waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    const Clock &clock = Clock::system();
    const qint64 deadline = clock.monotonicMs() + timeoutMs;
    QEventLoop loop;
    ClockTimer *again = nullptr;
    ClockTimer poll(clock, &loop, [&]() {
        if (done() || clock.monotonicMs() >= deadline)
            loop.quit();
        else
            again->start(kPollMs);
    });
    again = &poll;
    if (done())
        return true;
    poll.start(kPollMs);
    loop.exec();
    return done();
}

QPair<QDate, QDate> CliContext::weekOf(const QDate &date)
{
    Qt::DayOfWeek first = Qt::Monday;
    if (m_workspace && m_workspace->store())
        if (const std::optional<ServerInfo> info = m_workspace->store()->serverInfo())
            first = info->firstDayOfWeek;
    const int back = (date.dayOfWeek() - int(first) + 7) % 7;
    const QDate from = date.addDays(-back);
    return {from, from.addDays(6)};
}

QDate CliContext::parseDate(const QString &text)
{
    const QDate today = Clock::system().today();
    if (text.isEmpty() || text == u"today"_s)
        return today;
    if (text == u"yesterday"_s)
        return today.addDays(-1);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        note(tr("\"%1\" is not a date: write it as YYYY-MM-DD (or today, yesterday).").arg(text));
    return date;
}

} // namespace actidesk::cli
