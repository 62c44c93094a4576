#pragma once

#include "storetypes.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace actidesk {

// What one committed write of a Store changed (a writeTogether transaction counts as one write:
// its parts are announced together, once it committed, and not at all when it rolled back).
// Readers check whether it overlaps what they show, so a change to another user's week or to a
// reference list does not make a timesheet re-read itself.
struct StoreChange
{
    // Cells (time-track, leave), their days (fetch time, approval) or schedule, of one user.
    struct Days
    {
        int userId = 0;
        QDate from;
        QDate to;
    };
    QList<Days> days;
    QList<StoreEntity> entities; // lists written or rows removed
    bool serverInfo = false; // the server's settings (/info)
    bool userRates = false; // cost-of-work rates, or the note that they are refused
    bool outbox = false; // an entry was added, settled or changed state: the counts may differ
    // An entry is (again) waiting to be sent: an edit, a plan's cells, "keep mine".
    bool editsQueued = false;
    QStringList metaKeys;

    bool isEmpty() const;
    bool touchesDays(int userId, const QDate &from, const QDate &to) const;
    bool touches(StoreEntity entity) const { return entities.contains(entity); }
    void merge(const StoreChange &other);

    static StoreChange ofDays(int userId, const QDate &from, const QDate &to);
    static StoreChange ofEntity(StoreEntity entity);
};

// The Store's announcements (the Store is no QObject: it is one per thread and file). Emitted
// synchronously after the write committed; a listener that re-reads should do so later (queued),
// as the writer may be in the middle of something (a model's setData, a sync batch).
class StoreChanges : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void changed(const actidesk::StoreChange &change);
};

} // namespace actidesk

Q_DECLARE_METATYPE(actidesk::StoreChange)
