#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

namespace actidesk {

// Which requests go first when the queue has to choose.
enum class Priority {
    Background = 0, // prefetch, refresh of views not on screen
    Normal = 1,
    Visible = 2, // what the visible view needs
    Interactive = 3, // the user is waiting on this one (sign-in, a save)
};

// One API call as a value: what to send, how urgent it is and whether it may be repeated.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to /api/v1, starting with '/': "/users/me"
    QUrlQuery query;
    QByteArray body; // JSON, for POST / PATCH / PUT
    Priority priority = Priority::Normal;
    // Safe to send again when the first attempt's fate is unknown: GET, PUT, DELETE and
    // PATCHes that set a value. POST and delta PATCHes (…/time) are never repeated blindly.
    bool idempotent = true;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonValue &body);
    static ApiRequest patch(const QString &path, const QJsonValue &body);
    static ApiRequest put(const QString &path, const QJsonValue &body);
    static ApiRequest del(const QString &path);

    ApiRequest &withPriority(Priority p)
    {
        priority = p;
        return *this;
    }
    // Identical GETs share one network request; empty for everything else.
    QString coalescingKey() const;
};

} // namespace actidesk
