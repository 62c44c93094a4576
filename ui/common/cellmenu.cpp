#include "cellmenu.h"

#include "tasktimer.h"

namespace actidesk {

CellMenu::CellMenu(DayGridModel &model, const QModelIndex &index, QWidget *parent)
    : QMenu(parent), m_model(model)
{
    if (!index.isValid() || index.model() != &model || !model.isBodyRow(index.row())
        || !model.isDayColumn(index.column()))
        return;
    m_row = index.row();
    m_day = index.column() - DayGridModel::FirstDayColumn;
    switch (CellState(index.data(DayGridModel::CellStateRole).toInt())) {
    case CellState::Conflict: {
        // A cell the user cleared has no text to show: say so rather than "Keep Mine ()".
        const int mine = index.data(DayGridModel::MinutesRole).toInt();
        const int theirs = index.data(DayGridModel::ServerMinutesRole).toInt();
        addSettleAction(mine == 0 ? tr("Keep Mine (empty)")
                                  : tr("Keep Mine (%1)").arg(model.durationFormat().format(mine)),
                        DayGridModel::Resolution::KeepMine);
        addSettleAction(
            theirs == 0 ? tr("Take the Server's (empty)")
                        : tr("Take the Server's (%1)").arg(model.durationFormat().format(theirs)),
            DayGridModel::Resolution::TakeTheirs);
        break;
    }
    case CellState::Rejected:
        addSettleAction(tr("Discard My Change"), DayGridModel::Resolution::TakeTheirs);
        break;
    case CellState::Synced:
    case CellState::Pending:
        break;
    }
}

QAction *CellMenu::addTimerAction(TaskTimer &timer, int taskId)
{
    const std::optional<RunningTimer> running = timer.running();
    if (running && running->taskId == taskId) {
        return addAction(tr("Stop Timer"), this, [this, &timer] {
            if (const StoreResult result = timer.stop(); !result)
                Q_EMIT failed(result.message);
        });
    }
    return addAction(tr("Start Timer on This Task"), this, [this, &timer, taskId] {
        if (const StoreResult result = timer.start(taskId); !result)
            Q_EMIT failed(result.message);
    });
}

void CellMenu::addSettleAction(const QString &text, DayGridModel::Resolution how)
{
    m_settle = true;
    addAction(text, this, [this, how] {
        if (m_model.resolve(m_row, m_day, how))
            Q_EMIT settled(how);
        else
            Q_EMIT failed(m_model.lastError());
    });
}

} // namespace actidesk
