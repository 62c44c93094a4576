#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace actidesk {

class RequestQueue;

// The handle of one queued request. The caller owns it: it emits finished() exactly once (also
// after cancel()), and deleting it before then cancels the request.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; } // network requests it took (retries included)

    // Drops the request: a queued one is never sent; an answer still on its way is ignored
    // (a write already sent may still take effect on the server).
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class RequestQueue;
    ApiReply(const ApiRequest &request, RequestQueue *queue, quint64 operation);
    void complete(int status, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers, const ApiError &error,
                  int attempts);

    ApiRequest m_request;
    QPointer<RequestQueue> m_queue;
    quint64 m_operation = 0;
    bool m_finished = false;
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
    int m_attempts = 0;
};

} // namespace actidesk
