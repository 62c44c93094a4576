#include "requestqueue.h"

#include "serverheaders.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>

#include <limits>

using namespace Qt::StringLiterals;

namespace actidesk {

struct RequestQueue::Operation
{
    quint64 id = 0;
    quint64 sequence = 0; // FIFO order within a priority; kept when requeued
    ApiRequest request;
    QString coalescingKey;
    QList<QPointer<ApiReply>> replies;
    int attempts = 0;
    int rateLimited = 0;
    qint64 notBefore = 0;
    QNetworkReply *network = nullptr;
    quint64 writeEpochAtSend = 0;
    QList<QSslError> sslErrors;
    QUrl redirectedTo; // set while following a same-server redirect
    QByteArray redirectedMethod; // GET after a 303 (or a 301/302 of a POST)
    int redirects = 0; // followed for this operation
    bool tooLarge = false; // aborted: the answer exceeds ReplyLimits::maxBytes
    bool deadlineExpired = false; // aborted: the attempt outlived its deadline
    QByteArray body; // read as it arrives, so its size is known and bounded
};

namespace {
// Same-server redirects followed for one request; one more is taken for a loop.
constexpr int kMaxRedirects = 5;

bool isWrite(const QByteArray &method)
{
    return method != "GET";
}
} // namespace

RequestQueue::RequestQueue(QNetworkAccessManager *network, const QUrl &apiUrl, QObject *parent,
                           const Clock &clock)
    : QObject(parent), m_clock(clock), m_network(network), m_apiUrl(apiUrl)
{
}

RequestQueue::~RequestQueue()
{
    cancelAll();
}

void RequestQueue::setCredentials(const QString &login, const QString &password)
{
    m_authorization = "Basic " + (login + u':' + password).toUtf8().toBase64();
    m_credentialsProven = false;
    if (m_state == State::AuthenticationRequired)
        setState(State::Running);
    schedule(0);
}

void RequestQueue::clearCredentials()
{
    m_authorization.clear();
    m_credentialsProven = false;
}

void RequestQueue::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
    // A connection that failed its handshake under the old trust must not be reused.
    m_network->clearConnectionCache();
}

bool RequestQueue::trustCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the certificate file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("%1 holds no certificate (PEM or DER expected).").arg(path);
        return false;
    }
    setCaCertificates(certificates);
    return true;
}

ApiReply *RequestQueue::enqueue(const ApiRequest &request)
{
    const QString key = request.coalescingKey();
    if (!key.isEmpty()) {
        // Join an identical GET unless it left before a write that may change its answer.
        Operation *existing = find(m_coalescing.value(key));
        if (existing && (!existing->network || existing->writeEpochAtSend == m_writeEpoch)) {
            existing->request.priority = std::max(existing->request.priority, request.priority);
            auto *reply = new ApiReply(request, this, existing->id);
            existing->replies.append(reply);
            return reply;
        }
    }
    auto op = std::make_unique<Operation>();
    op->id = m_nextId++;
    op->sequence = m_nextSequence++;
    op->request = request;
    op->coalescingKey = key;
    auto *reply = new ApiReply(request, this, op->id);
    op->replies.append(reply);
    if (!key.isEmpty())
        m_coalescing.insert(key, op->id);
    m_operations.emplace(op->id, std::move(op));
    emitLengthIfChanged();
    // Deferred, so requests queued together are sent by priority, not by arrival.
    schedule(0);
    return reply;
}

void RequestQueue::cancelAll()
{
    QList<QPointer<ApiReply>> replies;
    for (auto &[id, op] : m_operations) {
        replies += op->replies;
        if (op->network) {
            op->network->disconnect(this);
            op->network->abort();
            op->network->deleteLater();
        }
    }
    m_operations.clear();
    m_inFlight.clear();
    m_coalescing.clear();
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply)
            reply->cancel();
    }
    emitLengthIfChanged();
}

QDateTime RequestQueue::pausedUntil() const
{
    const qint64 until = m_state == State::Banned ? m_bannedUntil : m_pacer.pausedUntil();
    const qint64 left = std::max<qint64>(0, until - now());
    return m_clock.now().addMSecs(left);
}

int RequestQueue::length() const
{
    return int(m_operations.size());
}

RequestQueue::Operation *RequestQueue::find(quint64 id)
{
    const auto it = m_operations.find(id);
    return it == m_operations.end() ? nullptr : it->second.get();
}

void RequestQueue::detach(ApiReply *reply, quint64 operation)
{
    Operation *op = find(operation);
    if (!op)
        return;
    op->replies.removeIf([reply](const QPointer<ApiReply> &r) { return !r || r == reply; });
    if (!op->replies.isEmpty())
        return;
    // Nobody waits for it any more: drop it (a write already sent may still take effect).
    if (op->network) {
        op->network->disconnect(this);
        op->network->abort();
        op->network->deleteLater();
        m_inFlight.erase(op->id);
    }
    if (!op->coalescingKey.isEmpty() && m_coalescing.value(op->coalescingKey) == op->id)
        m_coalescing.remove(op->coalescingKey);
    m_operations.erase(operation);
    emitLengthIfChanged();
    schedule(0);
}

void RequestQueue::schedule(qint64 delayMs)
{
    const qint64 ms = std::max<qint64>(0, delayMs);
    if (!m_wakeUp.isActive() || m_wakeUp.remainingMs() > ms)
        m_wakeUp.start(ms);
}

void RequestQueue::pump()
{
    if (m_state == State::AuthenticationRequired)
        return;
    const qint64 t = now();
    if (t < m_bannedUntil) {
        schedule(m_bannedUntil - t);
        return;
    }
    if (m_state == State::Banned)
        setState(State::Running);

    const int parallel = m_credentialsProven ? m_maxParallel : 1;
    while (int(m_inFlight.size()) < parallel) {
        Operation *best = nullptr;
        qint64 earliestLater = std::numeric_limits<qint64>::max();
        for (auto &[id, op] : m_operations) {
            if (op->network)
                continue;
            if (op->notBefore > t) {
                earliestLater = std::min(earliestLater, op->notBefore);
                continue;
            }
            if (!best || op->request.priority > best->request.priority
                || (op->request.priority == best->request.priority
                    && op->sequence < best->sequence))
                best = op.get();
        }
        if (!best) {
            if (earliestLater != std::numeric_limits<qint64>::max())
                schedule(earliestLater - t);
            break;
        }
        const qint64 at = m_pacer.nextSendTime(t);
        if (at > t) {
            schedule(at - t);
            break;
        }
        if (m_state == State::RateLimited)
            setState(State::Running);
        send(*best);
    }
}

void RequestQueue::send(Operation &op)
{
    QUrl url = m_apiUrl;
    url.setPath(m_apiUrl.path() + op.request.path);
    if (!op.request.query.isEmpty()) {
        // Encoded by hand: QUrl leaves '+' as is, and the server decodes it as a space, so
        // sort=+name would arrive as " name".
        QByteArrayList pairs;
        for (const auto &[key, value] : op.request.query.queryItems(QUrl::FullyDecoded))
            pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        url.setQuery(QString::fromLatin1(pairs.join('&')), QUrl::StrictMode);
    }
    if (op.redirectedTo.isValid())
        url = op.redirectedTo;
    const QByteArray method =
        op.redirectedMethod.isEmpty() ? op.request.method : op.redirectedMethod;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json; charset=UTF-8");
    if (isWrite(method) && method != "DELETE")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // The one place credentials are added to a request.
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(m_timeoutMs);
    // Redirects are followed here, not by the network layer (see followRedirect()): credentials
    // never go to another server, and a loop ends.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = method == "GET"
        ? m_network->get(request)
        : m_network->sendCustomRequest(request, method, op.request.body);
    op.network = reply;
    op.sslErrors.clear();
    op.tooLarge = false;
    op.deadlineExpired = false;
    op.body.clear();
    ++op.attempts;
    if (isWrite(op.request.method))
        ++m_writeEpoch;
    op.writeEpochAtSend = m_writeEpoch;
    m_inFlight[op.id] = &op;
    m_pacer.recordSend(now());
    ++m_sent;

    const quint64 id = op.id;
    connect(reply, &QNetworkReply::finished, this, [this, id]() { onNetworkFinished(id); });
    // Size: a Content-Length over the cap ends the request before a byte of the body is read;
    // otherwise the bytes are counted as they arrive.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply]() {
        Operation *o = find(id);
        if (!o || o->network != reply)
            return;
        const std::optional<qint64> length =
            headers::parseContentLength(reply->rawHeader("Content-Length"));
        if (length && *length > m_limits.maxBytes)
            abortTooLarge(*o);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id]() { onReadyRead(id); });
    // The overall deadline of this attempt; the timer dies with the reply.
    const int deadline = op.request.priority == Priority::Interactive
        ? m_limits.interactiveDeadlineMs
        : m_limits.deadlineMs;
    m_clock.singleShot(deadline, reply, [this, id, reply]() {
        Operation *o = find(id);
        if (!o || o->network != reply)
            return;
        o->deadlineExpired = true;
        reply->abort();
    });
    // TLS errors are recorded and reported, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (Operation *o = find(id))
            o->sslErrors = errors;
    });
}

void RequestQueue::onReadyRead(quint64 id)
{
    Operation *op = find(id);
    if (!op || !op->network || op->tooLarge)
        return;
    const qint64 pending = op->network->bytesAvailable();
    if (op->body.size() + pending > m_limits.maxBytes) {
        abortTooLarge(*op);
        return;
    }
    op->body += op->network->readAll();
    m_peakBuffered = std::max<qint64>(m_peakBuffered, op->body.size());
}

void RequestQueue::abortTooLarge(Operation &op)
{
    op.tooLarge = true;
    op.body.clear();
    op.body.squeeze();
    op.network->abort(); // finished() follows at once
}

bool RequestQueue::followRedirect(Operation &op, QNetworkReply *reply)
{
    const QByteArray location = reply->rawHeader("Location").trimmed();
    // 304 Not Modified and a 3xx without a Location are answers that did nothing.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (location.isEmpty() || status == 304)
        return false;
    const QUrl from = reply->url();
    const QUrl target = from.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
    ApiError error;
    if (!target.isValid() || target.scheme() != from.scheme() || target.host() != from.host()
        || target.port() != from.port()) {
        // Credentials must not go to another server (and a scheme change could drop TLS).
        error = ApiError::make(
            ApiError::Kind::InvalidResponse,
            tr("the server redirected the request to another server (%1)")
                .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    } else if (++op.redirects > kMaxRedirects) {
        error = ApiError::make(ApiError::Kind::InvalidResponse,
                               tr("the server redirected the request in a loop"));
    }
    if (error.isError()) {
        error.httpStatus = status;
        finish(op, 0, {}, {}, error);
        schedule(0);
        return true;
    }
    // As browsers do: a 303, or a 301/302 of a POST, continues as a GET; 307/308 keep the method.
    if (status == 303 || ((status == 301 || status == 302) && op.request.method == "POST"))
        op.redirectedMethod = "GET";
    op.redirectedTo = target;
    op.notBefore = 0;
    schedule(0);
    return true;
}

int RequestQueue::maxAttempts(const Operation &op) const
{
    return op.request.priority == Priority::Interactive
        ? std::min(m_retry.maxAttempts, m_retry.maxInteractiveAttempts)
        : m_retry.maxAttempts;
}

bool RequestQueue::finishAborted(Operation &op)
{
    if (op.tooLarge) {
        // Asking again would fetch the same oversized answer.
        finish(op, 0, {}, {},
               ApiError::make(ApiError::Kind::InvalidResponse,
                              tr("the server's answer is too large (over %1 MB)")
                                  .arg(m_limits.maxBytes / (1024.0 * 1024.0), 0, 'f', 1)));
        return true;
    }
    if (op.deadlineExpired) {
        const ApiError error = ApiError::make(ApiError::Kind::Timeout,
                                              tr("the server did not finish its answer in time"));
        if (op.request.idempotent && op.attempts < maxAttempts(op)) {
            ++m_retries;
            op.notBefore = now() + backoffMs(op.attempts);
            return true;
        }
        setState(State::Offline);
        finish(op, 0, {}, {}, error);
        return true;
    }
    return false;
}

void RequestQueue::onNetworkFinished(quint64 id)
{
    Operation *op = find(id);
    if (!op || !op->network)
        return;
    QNetworkReply *reply = op->network;
    op->network = nullptr;
    m_inFlight.erase(id);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (op->body.size() + reply->bytesAvailable() > m_limits.maxBytes)
        op->tooLarge = true;
    // An aborted reply is closed; reading it would only warn.
    QByteArray body = op->tooLarge ? QByteArray()
                                   : op->body + (reply->isOpen() ? reply->readAll() : QByteArray());
    op->body.clear();
    const QList<QPair<QByteArray, QByteArray>> headers = reply->rawHeaderPairs();
    ++m_statusCounts[status];
    Q_EMIT answered(status);

    if (finishAborted(*op)) {
        schedule(0);
        return;
    }
    // A connection lost or timed out half-way through an answer is no answer: its status line
    // may have arrived, its body did not all. (Errors from 200 on describe HTTP statuses.)
    if (status == 0 || (reply->error() != QNetworkReply::NoError && reply->error() < 200)) {
        onNoAnswer(*op, reply);
        schedule(0);
        return;
    }
    if (m_state == State::Offline)
        setState(State::Running);

    // A reset beyond the documented window is not one we know: the budget is then unknown
    // rather than frozen for hours.
    const int remaining =
        headers::parseRateLimitRemaining(headers::value(headers, "X-Ratelimit-Remaining"))
            .value_or(-1);
    const int reset =
        headers::parseRateLimitReset(headers::value(headers, "X-Ratelimit-Reset")).value_or(-1);
    m_pacer.observeHeaders(remaining, reset, int(m_inFlight.size()), now());

    if (status == 429) {
        // Capped at a few minutes; then the request is simply tried again.
        int wait = headers::parseRetryAfter(headers::value(headers, "Retry-After"), m_clock.now())
                       .value_or(0);
        if (wait <= 0)
            wait = reset > 0 ? reset : 1;
        // The whole account waits, not just this request.
        m_pacer.pauseUntil(now() + qint64(wait) * 1000);
        if (++op->rateLimited <= m_retry.maxRateLimitedRetries) {
            ++m_retries;
            setState(State::RateLimited);
            Q_EMIT pauseChanged();
            op->notBefore = 0;
            schedule(0);
            return;
        }
    }
    ApiError error;
    if (status >= 400) {
        error = ApiError::fromHttp(status, body, headers, m_clock.now());
        // A Retry-After marks a 403 as a ban only while signing in (credentials not yet
        // proven); the server's own ban key always does.
        if (error.kind == ApiError::Kind::Banned && m_credentialsProven
            && error.key != ApiError::kBanKey) {
            error.kind = ApiError::Kind::Forbidden;
            error.retryAfterSeconds = 0;
        }
    } else if (status >= 300 && status < 400 && followRedirect(*op, reply)) {
        return;
    } else if (status >= 300 || status < 200) {
        // Followed redirects end in their target's answer; a 3xx that arrives here was not
        // followed (no usable Location), and nothing was done. A 1xx is no final answer either.
        error = ApiError::make(
            ApiError::Kind::InvalidResponse,
            status >= 300
                ? tr("the server answered with a redirect (HTTP %1) that cannot be followed")
                      .arg(status)
                : tr("the server answered with HTTP %1, which is no final answer").arg(status));
        error.httpStatus = status;
        body.clear();
    }

    // A ban or a redirect says nothing about the password; any other answer means it was accepted.
    if (error.kind != ApiError::Kind::Unauthorized && error.kind != ApiError::Kind::Banned
        && (status < 300 || status >= 400))
        m_credentialsProven = true;

    if (error.kind == ApiError::Kind::Unauthorized) {
        // Never retried: three failed logins ban the address. Nothing more is sent until the
        // user gives new credentials.
        m_authorization.clear();
        setState(State::AuthenticationRequired);
    } else if (error.kind == ApiError::Kind::Banned) {
        m_bannedUntil = now() + qint64(error.retryAfterSeconds) * 1000;
        setState(State::Banned);
        Q_EMIT pauseChanged();
    } else if (error.kind == ApiError::Kind::Server && op->request.idempotent
               && op->attempts < maxAttempts(*op)) {
        ++m_retries;
        op->notBefore = now() + backoffMs(op->attempts);
        schedule(0);
        return;
    }
    finish(*op, status, body, headers, error);
    schedule(0);
}

void RequestQueue::onNoAnswer(Operation &op, QNetworkReply *reply)
{
    ApiError error;
    if (!op.sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QStringList reasons;
        for (const QSslError &e : std::as_const(op.sslErrors))
            reasons << e.errorString();
        error = ApiError::make(ApiError::Kind::Tls,
                               reasons.isEmpty() ? reply->errorString() : reasons.join(u"; "_s));
        finish(op, 0, {}, {}, error); // a certificate problem does not go away by retrying
        return;
    }
    // Oversized answers and deadlines were handled before, and a cancelled request has no one
    // waiting, so an aborted reply here timed out.
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError;
    error = ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                           reply->errorString());
    if (op.request.idempotent && op.attempts < maxAttempts(op)) {
        ++m_retries;
        op.notBefore = now() + backoffMs(op.attempts);
        return;
    }
    setState(State::Offline);
    finish(op, 0, {}, {}, error);
}

void RequestQueue::finish(Operation &op, int status, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const ApiError &error)
{
    // Take the operation out first: a reply's finished() may enqueue or cancel others.
    const auto it = m_operations.find(op.id);
    std::unique_ptr<Operation> owned = std::move(it->second);
    m_operations.erase(it);
    if (!owned->coalescingKey.isEmpty() && m_coalescing.value(owned->coalescingKey) == owned->id)
        m_coalescing.remove(owned->coalescingKey);
    emitLengthIfChanged();
    for (const QPointer<ApiReply> &reply : std::as_const(owned->replies)) {
        if (reply)
            reply->complete(status, body, headers, error, owned->attempts);
    }
}

int RequestQueue::backoffMs(int attempt) const
{
    const double base = double(m_retry.baseDelayMs) * double(1 << std::min(attempt - 1, 16));
    const double capped = std::min(base, double(m_retry.maxDelayMs));
    const double factor =
        1.0 + m_retry.jitter * (QRandomGenerator::global()->generateDouble() * 2 - 1);
    return int(capped * factor);
}

void RequestQueue::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RequestQueue::emitLengthIfChanged()
{
    const int length = int(m_operations.size());
    if (length == m_lastLength)
        return;
    m_lastLength = length;
    Q_EMIT lengthChanged(length);
}

} // namespace actidesk
