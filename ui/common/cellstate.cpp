#include "cellstate.h"

#include "timesheetpalette.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QToolTip>

namespace actidesk::cellstate {

QString sentence(CellState state)
{
    switch (state) {
    case CellState::Synced:
        break;
    case CellState::Pending:
        return QCoreApplication::translate("CellState",
                                           "Saved on this computer; not sent to the server yet.");
    case CellState::Conflict:
        return QCoreApplication::translate(
            "CellState", "Conflict: the value on the server changed since this edit.");
    case CellState::Rejected:
        return QCoreApplication::translate("CellState", "The server refused this change.");
    }
    return {};
}

QColor colour(CellState state, const QPalette &palette)
{
    switch (state) {
    case CellState::Synced:
        break;
    case CellState::Pending:
        return timesheetpalette::pending(palette);
    case CellState::Conflict:
        return timesheetpalette::conflict(palette);
    case CellState::Rejected:
        return timesheetpalette::rejected(palette);
    }
    return {};
}

bool showToolTip(QHelpEvent *event, QAbstractItemView *view, const QRect &cell, const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), text, view->viewport(), cell);
    return true;
}

} // namespace actidesk::cellstate
