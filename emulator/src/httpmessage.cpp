#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace emu {

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    HttpResponse r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &key, const QString &message,
                                 const QString &fields)
{
    QJsonObject o{{u"key"_s, key}, {u"message"_s, message}};
    if (!fields.isEmpty())
        o.insert(u"fields"_s, fields);
    return json(status, o);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::headerValue(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void throwBadRequest(const QString &key, const QString &message, const QString &fields)
{
    throw ApiException{400, key, message, fields};
}

void throwNotFound(const QString &what)
{
    throw ApiException{404,
                       u"api.error.object_not_found"_s,
                       u"%1 with specified id does not exist"_s.arg(what),
                       {}};
}

void throwForbidden(const QString &message)
{
    throw ApiException{403,
                       u"api.error.no_permission"_s,
                       message.isEmpty() ? u"You do not have permission to perform this action"_s
                                         : message,
                       {}};
}

} // namespace emu
