#include "leavecelldelegate.h"

#include "cellstate.h"

#include "leavemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace actidesk {

namespace {

CellState stateOf(const QModelIndex &index)
{
    const QVariant state = index.data(LeaveModel::CellStateRole);
    return state.isValid() ? CellState(state.toInt()) : CellState::Synced;
}

// Nothing scheduled that day (weekend or holiday), as the Total row of the column says.
bool nonWorkingDay(const QModelIndex &index)
{
    const auto *model = qobject_cast<const LeaveModel *>(index.model());
    if (!model || !model->isDayColumn(index.column()))
        return false;
    const QVariant scheduled =
        model->index(model->totalRow(), index.column()).data(LeaveModel::ScheduledRole);
    if (scheduled.isValid())
        return scheduled.toInt() == 0;
    // Schedule not cached: fall back on the weekend so the month still reads at a glance.
    return model->dateOf(index.column()).dayOfWeek() >= Qt::Saturday;
}

} // namespace

QWidget *LeaveCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    return editor;
}

void LeaveCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(Qt::DisplayRole).toString());
        line->selectAll();
    }
}

void LeaveCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || line->text() == index.data(Qt::DisplayRole).toString())
        return;
    if (model->setData(index, line->text().trimmed())) {
        Q_EMIT const_cast<LeaveCellDelegate *>(this)->edited(index);
        return;
    }
    const auto *leave = qobject_cast<const LeaveModel *>(model);
    Q_EMIT const_cast<LeaveCellDelegate *>(this)->editFailed(
        leave ? leave->lastError() : tr("The value could not be saved."));
}

void LeaveCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const auto *model = qobject_cast<const LeaveModel *>(index.model());
    const bool dayCell = model && model->isDayColumn(index.column());
    if (dayCell && !(option.state & QStyle::State_Selected)) {
        QColor tint = option.palette.color(QPalette::Text);
        const bool readOnly =
            !model->isTotalRow(index.row()) && !(index.flags() & Qt::ItemIsEditable);
        tint.setAlphaF(nonWorkingDay(index) ? 0.07f : readOnly ? 0.04f : 0.0f);
        if (tint.alphaF() > 0)
            painter->fillRect(option.rect, tint);
    }
    QStyledItemDelegate::paint(painter, option, index);

    const QColor marker = cellstate::colour(stateOf(index), option.palette);
    if (!marker.isValid())
        return;
    const QRect r = option.rect;
    const int size = qMax(6, r.height() / 3);
    QPainterPath corner;
    corner.moveTo(r.topRight() + QPoint(1, 0));
    corner.lineTo(r.topRight() + QPoint(1 - size, 0));
    corner.lineTo(r.topRight() + QPoint(1, size));
    corner.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(corner, marker);
    painter->restore();
}

QString LeaveCellDelegate::toolTip(const QModelIndex &index)
{
    QStringList lines{cellstate::sentence(stateOf(index)), index.data(Qt::ToolTipRole).toString()};
    lines.removeAll(QString());
    return lines.join(u'\n');
}

bool LeaveCellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    return cellstate::showToolTip(event, view, option.rect, toolTip(index));
}

} // namespace actidesk
