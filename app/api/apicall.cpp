#include "apicall.h"

#include "apireply.h"
#include "domainjson.h"
#include "requestqueue.h"

#include <QCoreApplication>

namespace actidesk {

ApiCall::ApiCall(RequestQueue &queue) : m_queue(queue) { }

ApiCall::~ApiCall() = default; // deleting the reply cancels a request still pending

void ApiCall::send(const ApiRequest &request, AnswerHandler onSuccess)
{
    m_reply.reset(m_queue.enqueue(request));
    ++m_requests;
    ApiReply *reply = m_reply.get();
    connect(reply, &ApiReply::finished, this, [this, reply, onSuccess = std::move(onSuccess)]() {
        if (m_finished || reply != m_reply.get())
            return;
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        const QByteArray body = reply->body();
        onSuccess(body); // may send the next request or finish the call
    });
}

void ApiCall::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiCall::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    if (m_reply && !m_reply->isFinished())
        m_reply->cancel();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiCall::failParse(const json::ParseError &error)
{
    fail(ApiError::make(ApiError::Kind::InvalidResponse, error.toString()));
}

void ApiCall::cancel()
{
    fail(ApiError::make(ApiError::Kind::Cancelled,
                        QCoreApplication::translate("ApiCall", "cancelled")));
}

} // namespace actidesk
