#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QObject>

#include <functional>
#include <memory>

namespace actidesk {

class ApiReply;
class RequestQueue;

namespace json {
struct ParseError;
}

// One typed API operation that may take several requests (pages, resumed date ranges). It
// emits finished() exactly once — after success, failure or cancel(). The caller owns it, or
// calls setAutoDelete(true) to have it deleted after finished().
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int requestCount() const { return m_requests; } // requests sent for this call
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Stops the call: pending requests are dropped, finished() reports Cancelled.
    void cancel();

Q_SIGNALS:
    void finished();
    void progress(int itemsSoFar); // for calls that page through a list

protected:
    explicit ApiCall(RequestQueue &queue);

    using AnswerHandler = std::function<void(const QByteArray &body)>;
    // Sends one request; `onSuccess` gets the body of a successful answer. Errors end the call.
    void send(const ApiRequest &request, AnswerHandler onSuccess);
    // Decodes an answer without stalling this thread on a large one: `work` (the decoding: it
    // must touch nothing of this call, only what it captured) runs on a pool thread when the
    // answer has OffThreadDecodeBytes or more, at once otherwise; then `then` runs on this
    // call's thread — unless the call finished (was cancelled) meanwhile.
    static constexpr qsizetype OffThreadDecodeBytes = 64 * 1024;
    void decode(qsizetype bytes, std::function<void()> work, std::function<void()> then);
    void succeed();
    void fail(const ApiError &error);
    void failParse(const json::ParseError &error);

private:
    RequestQueue &m_queue;
    std::unique_ptr<ApiReply> m_reply;
    ApiError m_error;
    int m_requests = 0;
    bool m_finished = false;
    bool m_autoDelete = false;
};

// A call with one typed result.
template<typename T>
class ValueCall : public ApiCall
{
public:
    explicit ValueCall(RequestQueue &queue) : ApiCall(queue) { }
    const T &value() const { return m_value; }

protected:
    friend class ActiTimeClient;
    T m_value{};
};

} // namespace actidesk
