#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

// A blocking HTTP client for tests: sends one request over real loopback HTTP and waits for the
// answer with a local event loop, so the in-process emulator keeps serving meanwhile.
struct TestReply
{
    int status = 0; // 0 = no HTTP answer (connection dropped, refused, timed out)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const; // body as a JSON object (empty if it is not one)
    QJsonArray array() const;
    QJsonArray items() const { return object().value(QStringLiteral("items")).toArray(); }
    QString errorKey() const { return object().value(QStringLiteral("key")).toString(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(const QUrl &apiBase); // e.g. http://127.0.0.1:1234/api/v1

    void setCredentials(const QString &login, const QString &password);
    void clearCredentials() { m_authorization.clear(); }
    void setRawAuthorization(const QByteArray &value) { m_authorization = value; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // path is relative to the API base and may carry a query: "/customers?limit=2".
    TestReply get(const QString &path);
    TestReply del(const QString &path);
    TestReply post(const QString &path, const QJsonValue &body);
    TestReply patch(const QString &path, const QJsonValue &body);
    TestReply put(const QString &path, const QJsonValue &body);
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType = "application/json");

    QUrl url(const QString &path) const;

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_authorization;
    int m_timeoutMs = 10'000;
};
