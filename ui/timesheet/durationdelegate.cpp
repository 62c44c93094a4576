#include "durationdelegate.h"

#include "cellstate.h"

#include "timesheetmodel.h"
#include "timesheetpalette.h"

#include <QAbstractItemView>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace palette = timesheetpalette;

namespace {

constexpr char IndexProperty[] = "actideskIndex";
constexpr int Padding = 8;

bool isDayColumn(int column)
{
    return column >= TimesheetModel::FirstDayColumn && column <= TimesheetModel::LastDayColumn;
}

const TimesheetModel *timesheet(const QModelIndex &index)
{
    return qobject_cast<const TimesheetModel *>(index.model());
}

void corner(QPainter *painter, const QRect &rect, const QColor &color, bool left, int size)
{
    QPainterPath path;
    const QPointF top = left ? rect.topLeft() : QPointF(rect.right() + 1, rect.top());
    const qreal dx = left ? size : -size;
    path.moveTo(top);
    path.lineTo(top + QPointF(dx, 0));
    path.lineTo(top + QPointF(0, size));
    path.closeSubpath();
    painter->fillPath(path, color);
}

} // namespace

DurationDelegate::DurationDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *DurationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setTextMargins(0, 0, Padding - 2, 0);
    editor->setProperty(IndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

void DurationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(index.data(Qt::DisplayRole).toString());
}

void DurationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString text = edit->text().trimmed();
    // Leaving an editor untouched is not an edit: no write, no sync.
    if (text == index.data(Qt::DisplayRole).toString())
        return;
    auto *self = const_cast<DurationDelegate *>(this);
    if (model->setData(index, text, Qt::EditRole)) {
        Q_EMIT self->committed(index);
        return;
    }
    const auto *sheet = qobject_cast<const TimesheetModel *>(model);
    Q_EMIT self->refused(index, sheet ? sheet->lastError() : tr("The value was not accepted."));
}

bool DurationDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (edit && event->type() == QEvent::FocusOut) {
        // Losing the focus commits a duration (Qt's default), but text that is not one stays in
        // its open editor with the reason: the window's guard then refuses to move on.
        const auto index = edit->property(IndexProperty).value<QPersistentModelIndex>();
        const TimesheetModel *model = timesheet(index);
        const DurationFormat::Parsed parsed =
            model ? model->durationFormat().parse(edit->text()) : DurationFormat::Parsed{};
        if (model && !parsed.ok()) {
            // Another window taking the focus (a menu, a dialog, this one closing) is not the
            // user leaving the cell: no message then, which also keeps a closing page quiet.
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
                Q_EMIT refused(index, parsed.error);
            return false;
        }
    }
    if (!edit || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    Move move = Move::None;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        move = key->modifiers() & Qt::ControlModifier ? Move::None : shift ? Move::Up : Move::Down;
        break;
    case Qt::Key_Tab:
        move = shift ? Move::Previous : Move::Next;
        break;
    case Qt::Key_Backtab:
        move = Move::Previous;
        break;
    default:
        return QStyledItemDelegate::eventFilter(object, event);
    }
    const auto index = edit->property(IndexProperty).value<QPersistentModelIndex>();
    // Refuse bad text before committing, so the editor stays open with what the user typed.
    if (const TimesheetModel *model = timesheet(index)) {
        const DurationFormat::Parsed parsed = model->durationFormat().parse(edit->text());
        if (!parsed.ok()) {
            Q_EMIT refused(index, parsed.error);
            edit->selectAll();
            return true;
        }
    }
    Q_EMIT commitData(edit);
    Q_EMIT closeEditor(edit, QAbstractItemDelegate::NoHint);
    Q_EMIT moveRequested(move);
    return true;
}

QString DurationDelegate::signedDuration(const TimesheetModel &model, int minutes)
{
    const QString value = model.durationFormat().format(qAbs(minutes));
    if (minutes == 0)
        return QString(u'\u00b1' + value);
    return QString((minutes > 0 ? u'+' : u'\u2212') + value);
}

QString DurationDelegate::toolTip(const QModelIndex &index)
{
    QStringList lines;
    if (isDayColumn(index.column()) && timesheet(index)
        && !timesheet(index)->isTotalRow(index.row())) {
        lines << cellstate::sentence(CellState(index.data(TimesheetModel::CellStateRole).toInt()));
    }
    lines << index.data(Qt::ToolTipRole).toString();
    lines.removeAll(QString());
    return lines.join(u'\n');
}

bool DurationDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    return cellstate::showToolTip(event, view, option.rect, toolTip(index));
}

QColor DurationDelegate::columnBackground(const QStyleOptionViewItem &option,
                                          const QModelIndex &index,
                                          const TimesheetModel &model) const
{
    const QPalette &pal = option.palette;
    QColor background = model.isTotalRow(index.row()) ? palette::totalRow(pal) : QColor();
    if (!isDayColumn(index.column()))
        return background;
    const QDate date = model.dateOf(index.column());
    const QVariant scheduled =
        model.index(model.totalRow(), index.column()).data(TimesheetModel::ScheduledRole);
    const bool nonWorking = scheduled.isValid()
        ? scheduled.toInt() == 0
        : !QLocale().weekdays().contains(Qt::DayOfWeek(date.dayOfWeek()));
    const QColor base = background.isValid() ? background : pal.color(QPalette::Base);
    if (date == m_today)
        return palette::mix(base, pal.color(QPalette::Highlight), 0.10);
    if (nonWorking)
        return palette::mix(base, pal.color(QPalette::Text), 0.035);
    return background;
}

void DurationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const TimesheetModel *model = timesheet(index);
    if (!model)
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QPalette &pal = option.palette;
    const bool current = opt.state & QStyle::State_HasFocus;
    const bool selected = opt.state & QStyle::State_Selected;
    // A spreadsheet look: the selection is a tint under normal text, the current cell a frame.
    opt.state &= ~(QStyle::State_HasFocus | QStyle::State_Selected);
    QColor background = columnBackground(opt, index, *model);
    if (selected)
        background = palette::mix(background.isValid() ? background : pal.color(QPalette::Base),
                                  pal.color(QPalette::Highlight), 0.22);
    if (background.isValid())
        opt.backgroundBrush = background;

    const bool totalRow = model->isTotalRow(index.row());
    if (index.column() == TimesheetModel::TaskColumn) {
        paintTask(painter, opt, index);
    } else if (totalRow) {
        paintTotal(painter, opt, index, *model);
    } else {
        paintValue(painter, opt, index);
        paintMarkers(painter, opt, index);
    }

    painter->save();
    painter->setPen(palette::line(pal));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    if (index.column() != TimesheetModel::TaskColumn)
        painter->drawLine(opt.rect.topLeft(), opt.rect.bottomLeft());
    if (totalRow) {
        painter->setPen(palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.35));
        painter->drawLine(opt.rect.topLeft(), opt.rect.topRight());
    }
    if (current) {
        QPen pen(pal.color(QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->drawRect(QRectF(opt.rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

// Day cells and the Total column of task rows: painted here rather than by the style, which
// would re-read the background from the model and paint the selection opaque.
void DurationDelegate::paintValue(QPainter *painter, const QStyleOptionViewItem &opt,
                                  const QModelIndex &index) const
{
    const QPalette &pal = opt.palette;
    painter->fillRect(opt.rect,
                      opt.backgroundBrush.style() == Qt::NoBrush ? pal.brush(QPalette::Base)
                                                                 : opt.backgroundBrush);
    QColor color = pal.color(QPalette::Text);
    if (isDayColumn(index.column())) {
        if (!index.data(TimesheetModel::ReadOnlyReasonRole).toString().isEmpty())
            color = palette::subdued(pal);
        if (CellState(index.data(TimesheetModel::CellStateRole).toInt()) == CellState::Rejected)
            color = palette::rejected(pal);
    }
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(color);
    painter->drawText(opt.rect.adjusted(Padding, 0, -Padding, 0), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

void DurationDelegate::paintTask(QPainter *painter, QStyleOptionViewItem &opt,
                                 const QModelIndex &index) const
{
    const TimesheetModel *model = timesheet(index);
    const bool totalRow = model->isTotalRow(index.row());
    const QString name = index.data(Qt::DisplayRole).toString();
    QString detail;
    if (totalRow) {
        detail = tr("worked \u00b7 against schedule");
    } else {
        const QString customer = index.data(TimesheetModel::CustomerNameRole).toString();
        const QString project = index.data(TimesheetModel::ProjectNameRole).toString();
        if (!customer.isEmpty() || !project.isEmpty())
            detail = QString(customer + u" \u203a "_s + project);
        if (index.data(TimesheetModel::CompletedRole).toBool())
            detail = tr("%1 \u00b7 completed").arg(detail);
    }
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = opt.rect.adjusted(Padding + 2, 3, -Padding, -3);
    QFont nameFont = opt.font;
    nameFont.setBold(totalRow);
    QFont detailFont = opt.font;
    detailFont.setPointSizeF(opt.font.pointSizeF() * 0.86);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailMetrics(detailFont);
    const int height = nameMetrics.height() + (detail.isEmpty() ? 0 : detailMetrics.height());
    QRect line = area;
    line.setTop(area.top() + (area.height() - height) / 2);
    line.setHeight(nameMetrics.height());
    const bool completed = index.data(TimesheetModel::CompletedRole).toBool();
    painter->setFont(nameFont);
    painter->setPen(completed ? palette::subdued(opt.palette) : opt.palette.color(QPalette::Text));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, line.width()));
    if (!detail.isEmpty()) {
        line.translate(0, nameMetrics.height());
        line.setHeight(detailMetrics.height());
        painter->setFont(detailFont);
        painter->setPen(palette::subdued(opt.palette));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          detailMetrics.elidedText(detail, Qt::ElideMiddle, line.width()));
    }
    painter->restore();
}

void DurationDelegate::paintTotal(QPainter *painter, QStyleOptionViewItem &opt,
                                  const QModelIndex &index, const TimesheetModel &model) const
{
    const QString worked = index.data(Qt::DisplayRole).toString();
    opt.text.clear();
    if (const QWidget *widget = opt.widget)
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant overtime = index.data(TimesheetModel::OvertimeRole);
    QString delta;
    QColor deltaColor = palette::subdued(opt.palette);
    if (overtime.isValid()) {
        const int minutes = overtime.toInt();
        const int scheduled = index.data(TimesheetModel::ScheduledRole).toInt();
        const QDate date = model.dateOf(index.column());
        // A day still to come is not "under" yet: only time beyond the schedule is shown.
        const bool future = date.isValid() && m_today.isValid() && date > m_today;
        if (minutes > 0) {
            delta = signedDuration(model, minutes);
            deltaColor = palette::overtime(opt.palette);
        } else if (minutes < 0 && !future) {
            delta = signedDuration(model, minutes);
        } else if (minutes == 0 && scheduled > 0) {
            delta = signedDuration(model, 0);
        }
    }
    painter->save();
    const QRect area = opt.rect.adjusted(Padding, 3, -Padding, -3);
    QFont bold = opt.font;
    bold.setBold(true);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.86);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    QRect line = area;
    line.setTop(area.top() + (area.height() - boldMetrics.height() - smallMetrics.height()) / 2);
    line.setHeight(boldMetrics.height());
    painter->setFont(bold);
    painter->setPen(index.data(TimesheetModel::MinutesRole).toInt() == 0
                        ? palette::subdued(opt.palette)
                        : opt.palette.color(QPalette::Text));
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, worked);
    line.translate(0, boldMetrics.height());
    line.setHeight(smallMetrics.height());
    painter->setFont(small);
    painter->setPen(deltaColor);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, delta);
    painter->restore();
}

void DurationDelegate::paintMarkers(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (!isDayColumn(index.column()))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(1, 1, -1, -1);
    switch (CellState(index.data(TimesheetModel::CellStateRole).toInt())) {
    case CellState::Synced:
        break;
    case CellState::Pending:
        corner(painter, rect, palette::pending(option.palette), false, 7);
        break;
    case CellState::Conflict:
        corner(painter, rect, palette::conflict(option.palette), false, 10);
        break;
    case CellState::Rejected:
        corner(painter, rect, palette::rejected(option.palette), false, 10);
        break;
    }
    if (!index.data(TimesheetModel::CommentRole).toString().isEmpty())
        corner(painter, rect, palette::subdued(option.palette), true, 7);
    painter->restore();
}

} // namespace actidesk
