#pragma once

#include "dataset.h"

// A small hand-made dataset whose every object the contract suites know by id. "Today" is
// Wednesday 2026-11-25 (EmulatorFixture's clock); the current week starts Monday 2026-11-23.
//
// Users: 1 admin/manager (administrator), 2 manager/manager (manager of 3), 3 employee/employee
// (tasks 1,2,3,5), 4 other/other (employee without a manager; task 4), 5 disabled/disabled
// (inactive). Customers 1 Big Bang Company, 2 Galaxy Corp, 3 Old Client (archived). Projects 1
// Spaceship building (c1), 2 Website (c1), 3 Mobile app (c2), 4 Legacy (c3, archived). Tasks 1
// Design hull (p1), 2 Build engine (p1), 3 Landing page (p2), 4 Push notifications (p3), 5 Old task
// (p1, completed), 6 Legacy maintenance (p4). Workflow statuses 1 New, 2 In Progress (open), 3
// Completed. Types of work 1 engineering (default), 2 management, 3 archived work. Leave types 1
// Vacation (PTO), 2 Sick Leave (Sick), 3 Unpaid (None), 4 Old leave (archived).
namespace testdata {

inline const QDate kToday{2026, 11, 25};
inline const QDate kWeekStart{2026, 11, 23};

emu::Dataset contractDataset();

// Epoch milliseconds of 09:00 UTC on that day: the `created` stamps of the contract dataset.
qint64 epochMs(int year, int month, int day);

} // namespace testdata

#include <QJsonArray>
#include <QJsonObject>

namespace testdata {

// The "id" (or another integer key) of every object of a JSON array, in order.
inline QList<int> idsOf(const QJsonArray &items, const QString &key = QStringLiteral("id"))
{
    QList<int> ids;
    for (const QJsonValue &v : items)
        ids.append(v.toObject().value(key).toInt());
    return ids;
}

} // namespace testdata
