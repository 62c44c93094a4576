#pragma once

#include <QDate>
#include <QObject>

#include <functional>
#include <utility>

namespace actidesk {

class Store;
struct StoreChange;

// A model's subscription to its Store's announcements (Store::changes()): calls `reload` when a
// change overlaps what the model shows (`overlaps` decides, e.g. "this user's days of the shown
// week"), so nobody above has to tell the model to re-read. Delivered later, from the event loop,
// and once for a burst of changes (a refresh writing many users' weeks, a sync batch): the writer
// may be the model itself, in the middle of setData.
class StoreWatch : public QObject
{
    Q_OBJECT
public:
    using Overlaps = std::function<bool(const StoreChange &)>;

    StoreWatch(Store &store, Overlaps overlaps, std::function<void()> reload, QObject *parent);
    // For readers above the models (a dialog) that cannot see StoreChange: re-read when one
    // user's days of range() — cells, approvals, schedule — or the leave types change.
    static StoreWatch *forDays(Store &store, int userId,
                               std::function<std::pair<QDate, QDate>()> range,
                               std::function<void()> reload, QObject *parent);

    // For tests and the models' owners: a reload is due (an overlapping change arrived).
    bool isReloadDue() const { return m_due; }

private:
    void onChanged(const StoreChange &change);
    void deliver();

    Overlaps m_overlaps;
    std::function<void()> m_reload;
    bool m_due = false;
};

} // namespace actidesk
