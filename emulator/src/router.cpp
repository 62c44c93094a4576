#include "router.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace emu {

RequestContext::RequestContext(Dataset &data, const Access &access, const Clock &clock,
                               const HttpRequest &request, const QString &webBaseUrl)
    : data(data), access(access), clock(clock), request(request), json(data, access, webBaseUrl),
      query(request.rawQuery)
{
}

int RequestContext::idArg(int index, const QString &what) const
{
    bool ok = false;
    const int id = args.value(index).toInt(&ok);
    if (!ok)
        throwNotFound(what);
    return id;
}

QJsonObject RequestContext::bodyObject() const
{
    if (request.body.trimmed().isEmpty())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Cannot parse request body: %1"_s.arg(
                            doc.isNull() ? error.errorString() : u"an object is expected"_s));
    return doc.object();
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    // escape() turned {name} into \{name\}; each placeholder matches one segment.
    static const QRegularExpression placeholder(uR"(\\\{[A-Za-z]+\\\})"_s);
    regex.replace(placeholder, u"([^/]+)"_s);
    // actiTIME's Java REST stack ignores one trailing slash ("/info/", "/users/me/"), and
    // clients written against it send them, so every route accepts one.
    m_routes.push_back({method, QRegularExpression(u'^' + regex + u"/?$"_s), std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(path);
        if (!m.hasMatch())
            continue;
        result.pathKnown = true;
        if (route.method != method)
            continue;
        result.handler = &route.handler;
        result.args = m.capturedTexts().mid(1);
        return result;
    }
    return result;
}

} // namespace emu
