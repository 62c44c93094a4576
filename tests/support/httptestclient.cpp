#include "httptestclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject TestReply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray TestReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

HttpTestClient::HttpTestClient(const QUrl &apiBase) : m_base(apiBase)
{
    m_nam.setAutoDeleteReplies(false);
}

void HttpTestClient::setCredentials(const QString &login, const QString &password)
{
    m_authorization = "Basic " + (login + u':' + password).toUtf8().toBase64();
}

QUrl HttpTestClient::url(const QString &path) const
{
    // Keep the query exactly as written (a test may send %2B or a raw '+').
    const qsizetype q = path.indexOf(u'?');
    QUrl u = m_base;
    u.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        u.setQuery(path.mid(q + 1), QUrl::StrictMode);
    return u;
}

TestReply HttpTestClient::get(const QString &path)
{
    return send("GET", path, {});
}

TestReply HttpTestClient::del(const QString &path)
{
    return send("DELETE", path, {});
}

static QByteArray toBody(const QJsonValue &body)
{
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}

TestReply HttpTestClient::post(const QString &path, const QJsonValue &body)
{
    return send("POST", path, toBody(body));
}

TestReply HttpTestClient::patch(const QString &path, const QJsonValue &body)
{
    return send("PATCH", path, toBody(body));
}

TestReply HttpTestClient::put(const QString &path, const QJsonValue &body)
{
    return send("PUT", path, toBody(body));
}

TestReply HttpTestClient::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    request.setRawHeader("Accept", "application/json; charset=UTF-8");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    const bool write = method == "POST" || method == "PATCH" || method == "PUT";
    if ((write || !body.isEmpty()) && !contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(m_timeoutMs);
    loop.exec();

    TestReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = u"timed out"_s;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.networkError = reply->errorString();
    }
    delete reply;
    return result;
}
