#pragma once

#include "daygridmodel.h"

#include <QMenu>

namespace actidesk {

class TaskTimer;

// The context menu of a day-grid cell (timesheet, leave): for a cell in conflict with the server
// "Keep Mine (…)" and "Take the Server's (…)", for a change the server refused "Discard My
// Change", from what the model says about the cell; nothing for any other cell. The page adds
// its own actions after these (addTimerAction() for a task's row) and shows the menu with exec().
class CellMenu : public QMenu
{
    Q_OBJECT
public:
    CellMenu(DayGridModel &model, const QModelIndex &index, QWidget *parent = nullptr);

    // Whether the cell had something to settle (the menu then has its actions).
    bool hasSettleActions() const { return m_settle; }
    // "Stop Timer" when `timer` runs on `taskId`, else "Start Timer on This Task" (a timer on
    // another task is stopped and booked first); a failure is announced with failed().
    QAction *addTimerAction(TaskTimer &timer, int taskId);

Q_SIGNALS:
    // The cell was settled; after KeepMine the user's value waits to be sent again.
    void settled(DayGridModel::Resolution how);
    // Settling failed: a sentence for the user.
    void failed(const QString &message);

private:
    void addSettleAction(const QString &text, DayGridModel::Resolution how);

    DayGridModel &m_model;
    int m_row = -1;
    int m_day = -1;
    bool m_settle = false;
};

} // namespace actidesk
