#include "emulator.h"

#include "datasetjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace emu {

namespace {
const QString kApiPrefix = u"/api/v1"_s;

bool isWrite(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT";
}

HttpResponse fromException(const ApiException &e)
{
    return HttpResponse::error(e.status, e.key, e.message, e.fields);
}
} // namespace

Emulator::Emulator(Dataset data, const Clock &clock, EmulatorOptions options)
    : m_data(std::move(data)), m_clock(clock), m_options(std::move(options)),
      m_rateLimiter(m_options.rateLimits), m_loginGuard(m_options.loginBan),
      m_saver([this](QString *error) { return saveState(error); }, m_options.saveDelayMs)
{
    registerUserRoutes(m_router);
    registerTimetrackRoutes(m_router);
    registerLeaveRoutes(m_router);
    registerScopeRoutes(m_router);
    registerReferenceRoutes(m_router);
    registerRatesRoutes(m_router);
    registerInfoRoutes(m_router);
}

Emulator::~Emulator()
{
    QString error;
    if (!m_saver.flush(&error))
        qWarning("emulator: could not save state: %s", qPrintable(error));
}

QString Emulator::webBaseUrl(const HttpRequest &request)
{
    const QByteArray host = request.header("host");
    return u"http://"_s + (host.isEmpty() ? u"localhost"_s : QString::fromLatin1(host));
}

HttpResponse Emulator::handle(const HttpRequest &request)
{
    HttpResponse response = handleUnobserved(request);
    if (m_observer)
        m_observer(request, response);
    return response;
}

HttpResponse Emulator::handleUnobserved(const HttpRequest &request)
{
    if (m_options.controlEndpoints && request.path.startsWith(u"/_emulator/"_s))
        return control(request);

    const std::optional<FaultRule> fault = m_faults.take(request);
    if (fault) {
        switch (fault->kind) {
        case FaultRule::Kind::DropBeforeHandling: {
            HttpResponse r;
            r.dropConnection = true;
            return r;
        }
        case FaultRule::Kind::ServerError:
            return HttpResponse::error(500, u"api.error.internal"_s, u"Internal server error"_s);
        case FaultRule::Kind::Delay:
        case FaultRule::Kind::DropAfterHandling:
        case FaultRule::Kind::MalformedJson:
            break;
        }
    }

    if (std::optional<HttpResponse> banned = bannedAnswer(request))
        return *banned;

    HttpResponse response;
    const User *caller = authenticate(request, &response);
    if (caller)
        response = authorisedDispatch(request, *caller);

    if (fault) {
        if (fault->kind == FaultRule::Kind::Delay)
            response.delayMs = fault->delayMs;
        else if (fault->kind == FaultRule::Kind::DropAfterHandling)
            response.dropConnection = true;
        else if (fault->kind == FaultRule::Kind::MalformedJson) {
            response.status = 200;
            response.contentType = "application/json; charset=UTF-8";
            response.body = R"({"offset":0,"limit":1000,"items":[{"id":1,"name":"trunc)";
        }
    }
    return response;
}

std::optional<HttpResponse> Emulator::bannedAnswer(const HttpRequest &request) const
{
    const qint64 ms = m_loginGuard.bannedFor(request.peer.toString(), m_clock.nowMs());
    if (ms == 0)
        return std::nullopt;
    HttpResponse r = HttpResponse::error(
        403, u"api.error.ip_blocked"_s,
        u"Too many failed login attempts from this address. Try again in %1 seconds"_s.arg(
            (ms + 999) / 1000));
    r.setHeader("Retry-After", QByteArray::number((ms + 999) / 1000));
    return r;
}

std::optional<HttpResponse> Emulator::refuseBeforeBody(const HttpRequest &head)
{
    // The control endpoints take no credentials; everything else is refused here exactly as
    // handle() would refuse it (ban, then Basic auth), so a refused request never costs the
    // server its body. A failed sign-in counts towards a ban here as it does in handle().
    if (m_options.controlEndpoints && head.path.startsWith(u"/_emulator/"_s))
        return std::nullopt;
    if (std::optional<HttpResponse> banned = bannedAnswer(head)) {
        if (m_observer)
            m_observer(head, *banned);
        return banned;
    }
    HttpResponse failure;
    if (authenticate(head, &failure))
        return std::nullopt;
    if (m_observer)
        m_observer(head, failure);
    return failure;
}

const User *Emulator::authenticate(const HttpRequest &request, HttpResponse *failure)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        *failure = HttpResponse::error(401, u"api.error.authentication_required"_s,
                                       u"Authentication is required"_s);
        failure->setHeader("WWW-Authenticate", R"(Basic realm="actiTIME")");
        return nullptr;
    }
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "basic") {
        *failure = HttpResponse::error(400, u"api.error.invalid_auth_scheme"_s,
                                       u"Invalid authentication scheme. Only Basic is supported"_s);
        return nullptr;
    }
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(space + 1).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const User *user = nullptr;
    if (colon > 0) {
        const QString login = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        user = m_data.findUserByUsername(login);
        // An account without a password (created by an admin who set none) cannot sign in.
        if (user
            && (password.isEmpty() || user->password != password || !user->active
                || (user->hired.isValid() && user->hired > m_clock.today())))
            user = nullptr;
    }
    if (!user) {
        m_loginGuard.recordFailure(request.peer.toString(), m_clock.nowMs());
        *failure = HttpResponse::error(401, u"api.error.invalid_credentials"_s,
                                       u"Invalid username or password"_s);
        failure->setHeader("WWW-Authenticate", R"(Basic realm="actiTIME")");
    }
    return user;
}

HttpResponse Emulator::authorisedDispatch(const HttpRequest &request, const User &caller)
{
    const RateLimiter::Decision rate = m_rateLimiter.admit(caller.id, m_clock.nowMs());
    HttpResponse response;
    if (!rate.allowed) {
        response = HttpResponse::error(
            429, u"api.error.too_many_requests"_s,
            u"Too many requests. Try again in %1 seconds"_s.arg(rate.retryAfterSeconds));
        response.setHeader("Retry-After", QByteArray::number(rate.retryAfterSeconds));
    } else if (request.method == "POST"
               && (request.path == kApiPrefix + u"/batch"_s
                   || request.path == kApiPrefix + u"/batch/"_s)) {
        response = batch(request, caller);
    } else {
        response = route(request, caller);
    }
    response.setHeader("X-Ratelimit-Remaining", QByteArray::number(rate.remaining));
    response.setHeader("X-Ratelimit-Reset", QByteArray::number(rate.resetSeconds));
    return response;
}

HttpResponse Emulator::route(const HttpRequest &request, const User &caller)
{
    if (!request.path.startsWith(kApiPrefix + u'/'))
        return HttpResponse::error(404, u"api.error.not_found"_s, u"HTTP 404 Not Found"_s);
    const QString path = request.path.mid(kApiPrefix.size());
    const Router::Match match = m_router.match(request.method, path);
    if (!match.handler) {
        if (match.pathKnown)
            return HttpResponse::error(405, u"api.error.method_not_allowed"_s,
                                       u"HTTP 405 Method Not Allowed"_s);
        return HttpResponse::error(404, u"api.error.not_found"_s, u"HTTP 404 Not Found"_s);
    }
    if (isWrite(request.method)
        && !request.header("content-type").toLower().startsWith("application/json"))
        return HttpResponse::error(415, u"api.error.unsupported_media_type"_s,
                                   u"HTTP 415 Unsupported Media Type"_s);

    const Access access(m_data, caller);
    RequestContext ctx(m_data, access, m_clock, request, webBaseUrl(request));
    ctx.args = match.args;
    HttpResponse response;
    try {
        response = (*match.handler)(ctx);
    } catch (const ApiException &e) {
        response = fromException(e);
    }
    if (ctx.changed() && !m_options.stateFile.isEmpty())
        m_saver.changed();
    return response;
}

HttpResponse Emulator::batch(const HttpRequest &request, const User &caller)
{
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return HttpResponse::error(415, u"api.error.unsupported_media_type"_s,
                                   u"HTTP 415 Unsupported Media Type"_s);
    const QueryParams query(request.rawQuery);
    QString include = u"always"_s;
    if (query.has(u"includeResponseBody"_s))
        include = query.value(u"includeResponseBody"_s);
    if (include != u"always"_s && include != u"never"_s && include != u"get"_s)
        return HttpResponse::error(
            400, u"api.error.cannot_parse_arguments"_s,
            u"Cannot parse value '%1' of parameter 'includeResponseBody'"_s.arg(include),
            u"includeResponseBody"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isArray())
        return HttpResponse::error(
            400, u"api.error.cannot_parse_body"_s,
            u"Cannot parse request body: an array of operations is expected"_s);
    const QJsonArray ops = doc.array();
    if (ops.size() > m_data.settings.maxBatchSize)
        return HttpResponse::error(
            400, u"api.error.batch_too_large"_s,
            u"A batch may contain at most %1 operations"_s.arg(m_data.settings.maxBatchSize));

    QJsonArray results;
    for (const QJsonValue &opValue : ops) {
        const QJsonObject op = opValue.toObject();
        const QByteArray method = op.value(u"method"_s).toString().toLatin1();
        const QString relativeUrl = op.value(u"relativeUrl"_s).toString();
        HttpResponse sub;
        const bool needsBody = method == "POST" || method == "PATCH" || method == "PUT";
        const bool validMethod = needsBody || method == "GET" || method == "DELETE";
        if (!validMethod || relativeUrl.isEmpty()) {
            sub = HttpResponse::error(400, u"api.error.mandatory_field"_s,
                                      u"Mandatory field is not specified"_s,
                                      validMethod ? u"relativeUrl"_s : u"method"_s);
        } else if (needsBody != op.contains(u"body"_s)) {
            sub = HttpResponse::error(
                400, u"api.error.cannot_parse_body"_s,
                needsBody ? u"Mandatory field is not specified"_s
                          : u"A body is not allowed for %1"_s.arg(QString::fromLatin1(method)),
                u"body"_s);
        } else {
            HttpRequest inner;
            inner.method = method;
            inner.peer = request.peer;
            inner.headers = request.headers;
            QString rel = relativeUrl.startsWith(u'/') ? relativeUrl : u'/' + relativeUrl;
            const qsizetype q = rel.indexOf(u'?');
            if (q >= 0) {
                inner.rawQuery = rel.mid(q + 1).toUtf8();
                rel.truncate(q);
            }
            inner.path = kApiPrefix + rel;
            if (needsBody) {
                const QJsonValue body = op.value(u"body"_s);
                inner.body = body.isArray()
                    ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                    : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
                inner.headers.insert("content-type", "application/json");
            }
            sub = route(inner, caller);
        }
        QJsonObject result{{u"status"_s, sub.status}};
        if (op.contains(u"id"_s))
            result.insert(u"id"_s, op.value(u"id"_s));
        const bool withBody = include == u"always"_s || (include == u"get"_s && method == "GET");
        if (withBody && !sub.body.isEmpty())
            result.insert(u"body"_s, QJsonDocument::fromJson(sub.body).object());
        results.append(result);
    }
    return HttpResponse::json(200, results);
}

HttpResponse Emulator::control(const HttpRequest &request)
{
    if (request.path == u"/_emulator/faults"_s && request.method == "DELETE") {
        m_faults.clear();
        return HttpResponse::noContent();
    }
    if (request.path == u"/_emulator/faults"_s && request.method == "POST") {
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        FaultRule rule;
        if (!FaultRule::kindFromString(o.value(u"kind"_s).toString(), &rule.kind))
            return HttpResponse::error(
                400, u"emulator.bad_fault"_s,
                u"kind must be delay, drop, drop-after, error500 or malformed"_s);
        rule.count = o.value(u"count"_s).toInt(1);
        rule.delayMs = o.value(u"delayMs"_s).toInt(0);
        rule.pathContains = o.value(u"path"_s).toString();
        rule.method = o.value(u"method"_s).toString().toUpper().toLatin1();
        m_faults.add(rule);
        return HttpResponse::noContent();
    }
    if (request.path == u"/_emulator/reset-limits"_s && request.method == "POST") {
        m_rateLimiter.reset();
        m_loginGuard.reset();
        return HttpResponse::noContent();
    }
    return HttpResponse::error(404, u"api.error.not_found"_s, u"HTTP 404 Not Found"_s);
}

bool Emulator::saveState(QString *error) const
{
    if (m_options.stateFile.isEmpty()) {
        if (error)
            *error = u"no state file configured"_s;
        return false;
    }
    return datasetjson::saveFile(m_data, m_options.stateFile, error);
}

} // namespace emu
