#include "teamweekrefresh.h"

#include "actitimeclient.h"
#include "store.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace actidesk {

TeamWeekRefresh::TeamWeekRefresh(Store &store, ActiTimeClient &client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
}

void TeamWeekRefresh::refresh(const QDate &from, const QDate &to)
{
    TimetrackFilter filter;
    filter.from = from;
    filter.to = to;
    filter.withUsers = true; // who is on the team, with names, even without time this week
    auto *call = m_client.timetrack(filter); // no userIds: everyone this account may see
    call->setAutoDelete(true);
    call->setParent(this);
    connect(call, &ApiCall::finished, this, [this, call, from, to]() {
        if (!call->isOk()) {
            Q_EMIT failed(call->error().userMessage());
            return;
        }
        const json::TimetrackPage &page = call->value();
        const QDateTime now = m_store.clock().now();
        QMap<int, QList<TimetrackDay>> byUser;
        for (const User &user : page.users)
            byUser[user.id];
        for (const TimetrackDay &day : page.days)
            byUser[day.userId].append(day);
        // The first write that fails ends the refresh (the others would fail alike) and is
        // reported: the review must not look up to date when it is not.
        StoreResult result = m_store.putUsers(page.users.values());
        if (result)
            result = m_store.putCustomers(page.customers.values());
        if (result)
            result = m_store.putProjects(page.projects.values());
        if (result)
            result = m_store.putTasks(page.tasks.values());
        QStringList ids;
        for (auto it = byUser.cbegin(); result && it != byUser.cend(); ++it) {
            result = m_store.putServerTimetrackDays(it.key(), from, to, it.value(), now);
            ids.append(QString::number(it.key()));
        }
        if (result)
            result = m_store.setMeta(metakeys::TeamMembers, ids.join(u','));
        if (!result) {
            Q_EMIT failed(result.message);
            return;
        }
        Q_EMIT refreshed(from, to);
    });
}

} // namespace actidesk
