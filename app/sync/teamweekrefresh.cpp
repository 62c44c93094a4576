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
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMap<int, QList<TimetrackDay>> byUser;
        for (const User &user : page.users)
            byUser[user.id];
        for (const TimetrackDay &day : page.days)
            byUser[day.userId].append(day);
        m_store.putUsers(page.users.values());
        m_store.putCustomers(page.customers.values());
        m_store.putProjects(page.projects.values());
        m_store.putTasks(page.tasks.values());
        QStringList ids;
        for (auto it = byUser.cbegin(); it != byUser.cend(); ++it) {
            m_store.putServerTimetrackDays(it.key(), from, to, it.value(), now);
            ids.append(QString::number(it.key()));
        }
        m_store.setMeta(metakeys::TeamMembers, ids.join(u','));
        Q_EMIT refreshed(from, to);
    });
}

} // namespace actidesk
