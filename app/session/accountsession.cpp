#include "accountsession.h"

#include "actitimeclient.h"
#include "apicall.h"
#include "requestqueue.h"
#include "serveraddress.h"
#include "signinproblemfrom.h"
#include "store.h"
#include "syncengine.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const QString kUserId = u"session.userId"_s;
const QString kCanReviewTeam = u"session.canReviewTeam"_s;

bool isUnreachable(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
}
} // namespace

AccountSession::AccountSession(const Account &account, const SessionOptions &options,
                               QObject *parent)
    : QObject(parent), m_account(account), m_options(options),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    // The dialog enforced the https policy when the account was entered; a settings file
    // edited by hand must not get around it, so plain http is refused here as well unless the
    // user allowed it for this server.
    const ServerAddress address =
        ServerAddress::parse(account.serverUrl.toString(), options.allowPlainHttp);
    if (!address.isValid()) {
        m_addressProblem =
            SignInProblem::make(address.problem() == ServerAddress::Problem::InsecureHttp
                                    ? SignInProblem::Kind::Tls
                                    : SignInProblem::Kind::Unreachable,
                                address.errorMessage());
    }
    const QUrl api = address.isValid()
        ? address.apiUrl()
        : ServerAddress::parse(account.serverUrl.toString(), true).apiUrl();
    m_queue = std::make_unique<RequestQueue>(m_network.get(), api, nullptr, clock());
    if (!options.caFile.isEmpty()) {
        QString error;
        if (!m_queue->trustCaFile(options.caFile, &error))
            m_addressProblem = SignInProblem::make(SignInProblem::Kind::Tls, error);
    }
    m_client = std::make_unique<ActiTimeClient>(*m_queue);
    connect(m_queue.get(), &RequestQueue::pauseChanged, this, &AccountSession::pauseChanged);
    connect(m_queue.get(), &RequestQueue::stateChanged, this, &AccountSession::pauseChanged);
}

QDateTime AccountSession::pausedUntil() const
{
    const RequestQueue::State state = m_queue->state();
    if (state != RequestQueue::State::RateLimited && state != RequestQueue::State::Banned)
        return {};
    const QDateTime until = m_queue->pausedUntil();
    return until > clock().now() ? until : QDateTime();
}

QString AccountSession::pauseReason() const
{
    switch (m_queue->state()) {
    case RequestQueue::State::RateLimited:
        return tr("rate limit");
    case RequestQueue::State::Banned:
        return tr("too many failed sign-ins");
    default:
        return {};
    }
}

AccountSession::~AccountSession()
{
    // The calls this session started hold replies of the queue: drop them while it exists.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
    m_sync.reset();
}

bool AccountSession::isSigningIn() const
{
    return bool(m_check);
}

bool AccountSession::openCache(QString *recoveryMessage, QString *error)
{
    if (m_store)
        return true;
    const QString path =
        m_options.storePath.isEmpty() ? Store::defaultPath(m_account.key()) : m_options.storePath;
    OpenReport report;
    StoreOptions storeOptions;
    storeOptions.clock = &clock();
    m_store = Store::open(path, &report, storeOptions);
    if (!m_store) {
        if (error)
            *error = report.message;
        return false;
    }
    if (recoveryMessage)
        *recoveryMessage =
            report.outcome == OpenReport::Outcome::Recovered ? report.message : QString();
    m_canReviewTeam = m_store->meta(kCanReviewTeam).value_or(QString()) == u"1"_s;

    m_sync = std::make_unique<SyncEngine>(*m_store, *m_client);
    m_sync->setProbeIntervalMs(m_options.probeIntervalMs);
    // Nothing goes to the server before the credentials are proven.
    m_sync->stop();
    connect(m_sync.get(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (!m_waitingForServer)
            return;
        if (state == SyncEngine::State::Online || state == SyncEngine::State::Syncing) {
            m_waitingForServer = false;
            checkCredentials(); // the server is back: prove the password before going on
        } else if (state == SyncEngine::State::Error) {
            m_waitingForServer = false;
            m_sync->stop();
            ApiError refused;
            refused.kind = ApiError::Kind::Unauthorized;
            fail(signInProblemFrom(refused, m_account.serverUrl, clock().now()));
        }
    });
    connect(m_sync.get(), &SyncEngine::tasksRefreshed, this, &AccountSession::tasksRefreshed);
    return true;
}

std::optional<User> AccountSession::currentUser() const
{
    if (m_user)
        return m_user;
    if (!m_store)
        return std::nullopt;
    bool ok = false;
    const int id = m_store->meta(kUserId).value_or(QString()).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const QList<User> users = m_store->users({id});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

void AccountSession::signIn(const QString &password)
{
    delete m_check;
    m_waitingForServer = false;
    m_signedIn = false;
    if (m_addressProblem.isProblem()) {
        fail(m_addressProblem);
        return;
    }
    if (!m_options.cacheAfterSignIn && !openCacheForSignIn())
        return;
    m_queue->setCredentials(m_account.login.trimmed(), password);
    checkCredentials();
}

bool AccountSession::openCacheForSignIn()
{
    QString error;
    if (openCache(nullptr, &error))
        return true;
    fail(SignInProblem::make(
        SignInProblem::Kind::LocalStorage,
        tr("ActiDesk cannot open its offline cache for this account: %1").arg(error)));
    return false;
}

void AccountSession::checkCredentials()
{
    delete m_check;
    // Already told to wait (a ban, or a 429 for this account): say how long rather than
    // queueing a request that would sit there.
    const QDateTime pausedUntil = m_queue->pausedUntil();
    const QDateTime now = clock().now();
    if (std::optional<SignInProblem> paused = signInProblemFrom(m_queue->state(), pausedUntil, now);
        paused && pausedUntil > now) {
        fail(*paused);
        return;
    }
    m_client->setDefaultPriority(Priority::Interactive);
    auto *call = m_client->me();
    m_client->setDefaultPriority(Priority::Normal);
    call->setParent(this);
    m_check = call;
    connect(call, &ApiCall::finished, this, &AccountSession::onChecked);
    // The queue waits out a 429 silently; at sign-in the user is told how long instead.
    connect(m_queue.get(), &RequestQueue::stateChanged, call, [this](RequestQueue::State state) {
        if (state != RequestQueue::State::RateLimited || !m_check)
            return;
        ApiCall *dropped = m_check;
        m_check = nullptr;
        dropped->disconnect(this);
        dropped->deleteLater(); // drops the request
        fail(SignInProblem::waitUntil(SignInProblem::Kind::RateLimited, m_queue->pausedUntil(),
                                      clock().now()));
    });
}

void AccountSession::onChecked()
{
    ApiCall *call = m_check;
    if (!call)
        return;
    m_check = nullptr;
    call->deleteLater();
    auto *me = static_cast<ValueCall<User> *>(call);
    if (call->isOk()) {
        succeed(me->value());
        return;
    }
    const ApiError &error = call->error();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    SignInProblem problem = signInProblemFrom(error, m_account.serverUrl, clock().now());
    if (error.kind == ApiError::Kind::Banned && m_queue->state() == RequestQueue::State::Banned)
        problem = *signInProblemFrom(m_queue->state(), m_queue->pausedUntil(), clock().now());
    if (isUnreachable(error) && currentUser()) {
        // Keep the credentials: the probe uses them and, once the server answers, the check
        // is repeated without asking the user again.
        m_waitingForServer = true;
        m_sync->resume();
        m_sync->reportOffline(problem.message);
        Q_EMIT signInFailed(problem);
        Q_EMIT workingOffline();
        return;
    }
    fail(problem);
}

void AccountSession::fail(const SignInProblem &problem)
{
    m_signedIn = false;
    Q_EMIT signInFailed(problem);
}

void AccountSession::succeed(const User &user)
{
    if (!openCacheForSignIn()) // cacheAfterSignIn: the server proved to be actiTIME just now
        return;
    m_user = user;
    m_signedIn = true;
    if (m_sync->noteStoreResult(m_store->putUsers({user})))
        m_sync->noteStoreResult(m_store->setMeta(kUserId, QString::number(user.id)));
    m_sync->resume();
    Q_EMIT signedIn(user);
    // Server info is stored by refreshReferenceData (and by every probe).
    m_sync->refreshReferenceData();
    m_sync->refreshTasks();
    m_sync->sync();
    checkTeamAccess();
}

void AccountSession::checkTeamAccess()
{
    // Asked as GET /userRates for the own user: the server answers it for administrators and
    // managers (the people who review others' time) and refuses it (403) to employees. This
    // does not depend on whether anybody logged time this week, which a probe of /timetrack
    // without userIds would.
    auto *call = m_client->userRates({m_user->id});
    call->setParent(this);
    call->setAutoDelete(true);
    connect(call, &ApiCall::finished, this, [this, call]() {
        if (call->isOk())
            setCanReviewTeam(true);
        else if (call->error().kind == ApiError::Kind::Forbidden)
            setCanReviewTeam(false);
        // Anything else (offline, busy) says nothing: the last answer stays.
    });
}

void AccountSession::setCanReviewTeam(bool canReview)
{
    if (m_store && m_sync)
        m_sync->noteStoreResult(m_store->setMeta(kCanReviewTeam, canReview ? u"1"_s : u"0"_s));
    const bool changed = canReview != m_canReviewTeam;
    m_canReviewTeam = canReview;
    if (changed)
        Q_EMIT teamAccessChanged(canReview);
}

void AccountSession::signOut()
{
    delete m_check;
    m_waitingForServer = false;
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
    if (m_sync)
        m_sync->stop();
    m_queue->cancelAll();
    m_queue->clearCredentials();
    const bool was = m_signedIn;
    m_signedIn = false;
    if (was)
        Q_EMIT signedOut();
}

} // namespace actidesk
