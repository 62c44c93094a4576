#pragma once

#include <QDate>
#include <QObject>

namespace actidesk {

class ActiTimeClient;
class Store;
struct ApiError;

// Fetches the time-track of everyone whose time this account may see (a manager's team, or
// everybody for an administrator) for one range, in one request series, into the Store; the
// review page reads it from there. The member list is kept in the Store too (meta key
// metakeys::TeamMembers), so the review opens from cache while offline.
class TeamWeekRefresh : public QObject
{
    Q_OBJECT
public:
    TeamWeekRefresh(Store &store, ActiTimeClient &client, QObject *parent = nullptr);

    void refresh(const QDate &from, const QDate &to);

Q_SIGNALS:
    void refreshed(const QDate &from, const QDate &to);
    // The server's answer did not come or could not be stored; a sentence for the user.
    void failed(const QString &message);

private:
    Store &m_store;
    ActiTimeClient &m_client;
};

} // namespace actidesk
