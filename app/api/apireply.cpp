#include "apireply.h"

#include "requestqueue.h"

#include <QCoreApplication>

namespace actidesk {

ApiReply::ApiReply(const ApiRequest &request, RequestQueue *queue, quint64 operation)
    : m_request(request), m_queue(queue), m_operation(operation)
{
}

ApiReply::~ApiReply()
{
    if (!m_finished && m_queue)
        m_queue->detach(this, m_operation);
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    if (m_queue)
        m_queue->detach(this, m_operation);
    complete(0, {}, {},
             ApiError::make(ApiError::Kind::Cancelled,
                            QCoreApplication::translate("ApiReply", "cancelled")),
             m_attempts);
}

void ApiReply::complete(int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const ApiError &error,
                        int attempts)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_body = body;
    m_headers = headers;
    m_error = error;
    m_attempts = attempts;
    Q_EMIT finished();
}

} // namespace actidesk
