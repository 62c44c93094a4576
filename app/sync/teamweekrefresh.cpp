#include "teamweekrefresh.h"

#include "actitimeclient.h"
#include "store.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

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
        // Thousands of rows: written on the Store's worker thread, in one transaction, so the
        // window does not stall; the page is copied into the job (implicitly shared, not deep).
        const json::TimetrackPage page = call->value();
        const QDateTime now = m_store.clock().now();
        auto writes = [page, from, to, now](Store &store) -> StoreResult {
            QSet<int> team; // everyone listed, and anyone with time (a user not listed)
            for (const User &user : page.users)
                team.insert(user.id);
            for (const TimetrackDay &day : page.days)
                team.insert(day.userId);
            QList<int> ids(team.cbegin(), team.cend());
            std::sort(ids.begin(), ids.end());
            QStringList members;
            for (const int id : std::as_const(ids))
                members.append(QString::number(id));
            // The first write that fails ends the refresh (the others would fail alike), all of
            // it is rolled back, and it is reported: the review must not look up to date when
            // it is not.
            StoreResult result = store.putUsers(page.users.values());
            if (result)
                result = store.putCustomers(page.customers.values());
            if (result)
                result = store.putProjects(page.projects.values());
            if (result)
                result = store.putTasks(page.tasks.values());
            if (result)
                result = store.putServerTimetrackOfUsers(ids, from, to, page.days, now);
            if (result)
                result = store.setMeta(metakeys::TeamMembers, members.join(u','));
            return result;
        };
        m_store.writeInBackground(writes, this, [this, from, to](const StoreResult &result) {
            if (!result)
                Q_EMIT failed(result.message);
            else
                Q_EMIT refreshed(from, to);
        });
    });
}

} // namespace actidesk
