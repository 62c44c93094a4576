#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace emu {

// A transport-independent HTTP request: the HTTP front end fills it, the batch endpoint builds
// sub-requests from it, and the API answers it without knowing about sockets.
struct HttpRequest
{
    QByteArray method; // upper-case: GET, POST, PATCH, PUT, DELETE
    QString path; // decoded path, e.g. /api/v1/users/me
    QByteArray rawQuery;
    QHash<QByteArray, QByteArray> headers; // keys lower-case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    // Fault injection: the front end closes the socket without answering.
    bool dropConnection = false;
    int delayMs = 0; // fault injection: the front end answers this much later

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse noContent();
    static HttpResponse error(int status, const QString &key, const QString &message,
                              const QString &fields = {});
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const;
};

// Thrown by handlers to answer with an actiTIME ApiError body; caught by the dispatcher.
struct ApiException
{
    int status;
    QString key;
    QString message;
    QString fields;
};

[[noreturn]] void throwBadRequest(const QString &key, const QString &message,
                                  const QString &fields = {});
[[noreturn]] void throwNotFound(const QString &what);
[[noreturn]] void throwForbidden(const QString &message = {});

} // namespace emu
