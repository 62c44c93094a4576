#include "storewatch.h"
#include "store.h"

namespace actidesk {

StoreWatch::StoreWatch(Store &store, Overlaps overlaps, std::function<void()> reload,
                       QObject *parent)
    : QObject(parent), m_overlaps(std::move(overlaps)), m_reload(std::move(reload))
{
    connect(&store.changes(), &StoreChanges::changed, this, &StoreWatch::onChanged);
}

StoreWatch *StoreWatch::forDays(Store &store, int userId,
                                std::function<std::pair<QDate, QDate>()> range,
                                std::function<void()> reload, QObject *parent)
{
    const auto overlaps = [userId, range = std::move(range)](const StoreChange &change) {
        const auto [from, to] = range();
        return change.touchesDays(userId, from, to) || change.touches(StoreEntity::LeaveTypes)
            || change.serverInfo;
    };
    return new StoreWatch(store, overlaps, std::move(reload), parent);
}

void StoreWatch::onChanged(const StoreChange &change)
{
    if (m_due || !m_overlaps(change))
        return;
    m_due = true;
    QMetaObject::invokeMethod(this, &StoreWatch::deliver, Qt::QueuedConnection);
}

void StoreWatch::deliver()
{
    if (!std::exchange(m_due, false))
        return;
    m_reload();
}

} // namespace actidesk
