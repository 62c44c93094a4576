#include "storewatch.h"
#include "store.h"

namespace actidesk {

StoreWatch::StoreWatch(Store &store, Overlaps overlaps, std::function<void()> reload,
                       QObject *parent)
    : QObject(parent), m_overlaps(std::move(overlaps)), m_reload(std::move(reload))
{
    connect(&store.changes(), &StoreChanges::changed, this, &StoreWatch::onChanged);
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
