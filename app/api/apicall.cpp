#include "apicall.h"

#include "apireply.h"
#include "domainjson.h"
#include "requestqueue.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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

void ApiCall::decode(qsizetype bytes, std::function<void()> work, std::function<void()> then)
{
    if (bytes < OffThreadDecodeBytes) {
        work();
        then();
        return;
    }
    // Deleting the call deletes the watcher: the work still ends on its thread, with its own
    // copies, and nothing comes back.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, watcher, then = std::move(then)]() {
                watcher->deleteLater();
                if (!m_finished)
                    then();
            });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
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
