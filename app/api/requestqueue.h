#pragma once

#include "apireply.h"
#include "apirequest.h"
#include "clock.h"
#include "ratepacer.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace actidesk {

struct RetryPolicy
{
    int maxAttempts = 4; // network / 5xx failures of idempotent requests
    int baseDelayMs = 500; // doubled per attempt ...
    int maxDelayMs = 30'000; // ... up to this
    double jitter = 0.5; // ± this fraction, so clients do not retry in lockstep
    int maxRateLimitedRetries = 20; // 429s survived by one request before it fails
    // The user waits on Interactive requests (sign-in, a save): one retry at most, so a dead
    // server is reported in seconds rather than after minutes of back-off.
    int maxInteractiveAttempts = 2;
};

// What one answer may cost at most, whatever the server sends.
struct ReplyLimits
{
    // Far above the largest real page (1000 tasks are well under 1 MB); a larger answer is
    // aborted as soon as its Content-Length or the bytes received say so.
    qint64 maxBytes = 64LL * 1024 * 1024;
    // Overall time of one attempt, however slowly bytes keep arriving (the inactivity timeout
    // alone never ends a server that drips a byte a second).
    int deadlineMs = 120'000;
    int interactiveDeadlineMs = 15'000; // sign-in and saves: the user is watching a spinner
};

// Every request of one account passes through here. The queue paces itself under the server's
// limits (so a well-behaved client never sees a 429), waits out 429 and login bans for the whole
// account, retries idempotent requests after network errors and 5xx with jittered exponential
// back-off, never retries a 401 (three failed logins ban the address) and stops until new
// credentials are given, sends the most urgent requests first, shares identical GETs, and keeps
// a bounded number of connections busy. Credentials are added here and nowhere else.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Running,
        RateLimited, // paused until pausedUntil() after a 429
        Banned, // the server bans this address until pausedUntil()
        AuthenticationRequired, // a 401 stopped the queue; setCredentials() resumes it
        Offline, // the last request found no server; requests still go out
    };
    Q_ENUM(State)

    // Waits (pacing, Retry-After, bans, back-off, deadlines) and "now" come from `clock`.
    RequestQueue(QNetworkAccessManager *network, const QUrl &apiUrl, QObject *parent = nullptr,
                 const Clock &clock = Clock::system());
    ~RequestQueue() override;

    // The password stays in memory only, inside the Authorization header value.
    void setCredentials(const QString &login, const QString &password);
    // Signed out: requests go out without credentials until setCredentials().
    void clearCredentials();
    void setRateLimits(const RateLimitSettings &limits) { m_pacer.setSettings(limits); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }
    void setInactivityTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setReplyLimits(const ReplyLimits &limits) { m_limits = limits; }
    const ReplyLimits &replyLimits() const { return m_limits; }
    // Extra certificate authorities trusted for this account (on top of the system's).
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // Trusts the certificate authorities in a PEM or DER file; false with a message for the user
    // when the file cannot be read or holds no certificate.
    bool trustCaFile(const QString &path, QString *error);
    QUrl apiUrl() const { return m_apiUrl; }
    const Clock &clock() const { return m_clock; }

    // Queues a request; the caller owns the returned reply.
    ApiReply *enqueue(const ApiRequest &request);
    // Cancels every request not yet finished (e.g. when the account signs out).
    void cancelAll();

    State state() const { return m_state; }
    QDateTime pausedUntil() const; // for RateLimited and Banned
    int length() const; // waiting + in flight
    int inFlight() const { return int(m_inFlight.size()); }
    QMap<int, int> statusCounts() const
    {
        return m_statusCounts;
    } // HTTP status → count; 0 = no answer
    int sentCount() const { return m_sent; }
    int retryCount() const { return m_retries; }
    // The most bytes of one answer ever held in memory at once (for tests: stays near the cap).
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

Q_SIGNALS:
    void stateChanged(actidesk::RequestQueue::State state);
    void lengthChanged(int length);
    // A request got an answer (any status), for counters in the UI and benchmarks.
    void answered(int httpStatus);
    // The account's pause began, ended or moved (state() and pausedUntil() say which), so the
    // status bar can say until when and why nothing is sent.
    void pauseChanged();

private:
    struct Operation;
    friend class ApiReply;

    void detach(ApiReply *reply, quint64 operation); // reply cancelled or deleted
    void pump();
    void schedule(qint64 delayMs);
    void emitLengthIfChanged();
    void onNoAnswer(Operation &op, QNetworkReply *reply);
    void send(Operation &op);
    void onReadyRead(quint64 id);
    void abortTooLarge(Operation &op);
    int maxAttempts(const Operation &op) const;
    // A 3xx with a Location: re-sends `op` there when it is the same server (true), or fails it
    // (true) for another server or a loop; false when there is nothing to follow.
    bool followRedirect(Operation &op, QNetworkReply *reply);
    // Failures decided here rather than by the server (too large, too slow, redirected).
    bool finishAborted(Operation &op);
    void onNetworkFinished(quint64 id);
    void finish(Operation &op, int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers, const ApiError &error);
    void setState(State state);
    qint64 now() const { return m_clock.monotonicMs(); }
    int backoffMs(int attempt) const;
    Operation *find(quint64 id);

    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QUrl m_apiUrl;
    QByteArray m_authorization;
    // Until one answer proves the credentials, only one request is in flight: a wrong password
    // then costs exactly one failed login, not one per parallel connection.
    bool m_credentialsProven = false;
    RatePacer m_pacer;
    RetryPolicy m_retry;
    int m_maxParallel = 4;
    int m_timeoutMs = 30'000;
    ReplyLimits m_limits;
    qint64 m_peakBuffered = 0;
    QList<QSslCertificate> m_caCertificates;

    std::map<quint64, std::unique_ptr<Operation>> m_operations;
    QHash<QString, quint64> m_coalescing; // GET key → operation
    std::map<quint64, Operation *> m_inFlight;
    quint64 m_nextId = 1;
    quint64 m_nextSequence = 1;
    quint64 m_writeEpoch = 0; // counts writes sent; a GET that left before one is not joined

    State m_state = State::Running;
    qint64 m_bannedUntil = 0;
    ClockTimer m_wakeUp{m_clock, this, [this]() { pump(); }};
    int m_lastLength = 0;
    QMap<int, int> m_statusCounts;
    int m_sent = 0;
    int m_retries = 0;
};

} // namespace actidesk
