#pragma once

#include "access.h"
#include "emuclock.h"
#include "entityjson.h"
#include "httpmessage.h"
#include "queryparams.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <vector>

namespace emu {

// Everything a handler needs to answer one authorised request.
class RequestContext
{
public:
    RequestContext(Dataset &data, const Access &access, const Clock &clock,
                   const HttpRequest &request, const QString &webBaseUrl);

    Dataset &data;
    const Access &access;
    const Clock &clock;
    const HttpRequest &request;
    const EntityJson json;
    const QueryParams query;
    QStringList args; // path placeholders, in order

    QDate today() const { return clock.today(); }
    // Path placeholder as an id; a non-number names no object, so 404 like the server.
    int idArg(int index, const QString &what) const;
    // The JSON object body; 400 if it is missing or not an object.
    QJsonObject bodyObject() const;
    void markChanged() { m_changed = true; }
    bool changed() const { return m_changed; }

private:
    bool m_changed = false;
};

using Handler = std::function<HttpResponse(RequestContext &)>;

// Maps METHOD + path pattern ("/users/{uid}/schedule") to a handler. Patterns are relative to
// /api/v1; a placeholder matches one path segment.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        QStringList args;
        bool pathKnown = false; // some route has this path, perhaps with another method
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression regex;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

void registerUserRoutes(Router &router);
void registerTimetrackRoutes(Router &router);
void registerLeaveRoutes(Router &router);
void registerScopeRoutes(Router &router); // customers, projects, tasks, comments, assigned users
void registerReferenceRoutes(
    Router &router); // departments, time-zone groups, types of work, leave types, workflow statuses
void registerRatesRoutes(Router &router);
void registerInfoRoutes(Router &router);

} // namespace emu
