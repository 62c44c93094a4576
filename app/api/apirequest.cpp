#include "apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QByteArray toJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

ApiRequest make(const QByteArray &method, const QString &path, const QByteArray &body,
                bool idempotent)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.idempotent = idempotent;
    return r;
}
} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r = make("GET", path, {}, true);
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonValue &body)
{
    return make("POST", path, toJson(body), false);
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonValue &body)
{
    // PATCH …/time adds a delta: sending it twice would add it twice.
    return make("PATCH", path, toJson(body), !path.endsWith(u"/time"_s));
}

ApiRequest ApiRequest::put(const QString &path, const QJsonValue &body)
{
    return make("PUT", path, toJson(body), true);
}

ApiRequest ApiRequest::del(const QString &path)
{
    return make("DELETE", path, {}, true);
}

QString ApiRequest::coalescingKey() const
{
    if (method != "GET")
        return {};
    return path + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace actidesk
