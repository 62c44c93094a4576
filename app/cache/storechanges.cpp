#include "storechanges.h"

namespace actidesk {

bool StoreChange::isEmpty() const
{
    return days.isEmpty() && entities.isEmpty() && !serverInfo && !userRates && !outbox
        && !editsQueued && metaKeys.isEmpty();
}

bool StoreChange::touchesDays(int userId, const QDate &from, const QDate &to) const
{
    for (const Days &d : days) {
        if (d.userId == userId && d.from <= to && from <= d.to)
            return true;
    }
    return false;
}

void StoreChange::merge(const StoreChange &other)
{
    days.append(other.days);
    for (StoreEntity entity : other.entities) {
        if (!entities.contains(entity))
            entities.append(entity);
    }
    serverInfo = serverInfo || other.serverInfo;
    userRates = userRates || other.userRates;
    outbox = outbox || other.outbox;
    editsQueued = editsQueued || other.editsQueued;
    for (const QString &key : other.metaKeys) {
        if (!metaKeys.contains(key))
            metaKeys.append(key);
    }
}

StoreChange StoreChange::ofDays(int userId, const QDate &from, const QDate &to)
{
    StoreChange change;
    change.days.append({userId, from, to});
    return change;
}

StoreChange StoreChange::ofEntity(StoreEntity entity)
{
    StoreChange change;
    change.entities.append(entity);
    return change;
}

} // namespace actidesk
