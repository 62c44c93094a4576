#include "timesheetview.h"

#include "dayheaderview.h"
#include "pendingedit.h"
#include "timesheetmodel.h"
#include "timesheetpalette.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

using Model = TimesheetModel;

bool isDayColumn(int column)
{
    return column >= Model::FirstDayColumn && column <= Model::LastDayColumn;
}

} // namespace

TimesheetView::TimesheetView(QWidget *parent)
    : QTableView(parent), m_delegate(new DurationDelegate(this))
{
    setHorizontalHeader(new DayHeaderView(this));
    setItemDelegate(m_delegate);
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    setSelectionMode(ContiguousSelection);
    setSelectionBehavior(SelectItems);
    setTabKeyNavigation(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setMouseTracking(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 14);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    setEmptyHint(tr("No time this week. Press Ctrl+T to add a task or copy last week."));

    connect(m_delegate, &DurationDelegate::moveRequested, this, &TimesheetView::move);
    connect(m_delegate, &DurationDelegate::committed, this, &TimesheetView::edited);
    connect(m_delegate, &DurationDelegate::refused, this, &TimesheetView::refused);
}

void TimesheetView::setModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<TimesheetModel *>(model));
    QTableView::setModel(model);
    layoutColumns();
    // A new week (or locale) brings other header texts: the day columns fit them again.
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &TimesheetView::layoutColumns);
}

TimesheetModel *TimesheetView::timesheetModel() const
{
    return qobject_cast<TimesheetModel *>(model());
}

void TimesheetView::layoutColumns()
{
    QHeaderView *header = horizontalHeader();
    int day = fontMetrics().horizontalAdvance(u"+00:00"_s) + 26;
    // Every line of a day's header reads whole, in bold as today's is drawn (DayHeaderView keeps
    // 18 px of room from the edges).
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    for (int column = Model::FirstDayColumn; model() && column <= Model::LastDayColumn; ++column) {
        const QString text = model()->headerData(column, Qt::Horizontal).toString();
        for (const QString &line : text.split(u'\n'))
            day = qMax(day, headerMetrics.horizontalAdvance(line) + 24);
    }
    header->setMinimumSectionSize(qMin(day, fontMetrics().horizontalAdvance(u"+00:00"_s) + 26));
    header->setSectionResizeMode(Model::TaskColumn, QHeaderView::Stretch);
    for (int column = Model::FirstDayColumn; column <= Model::LastDayColumn; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, day);
    }
    header->setSectionResizeMode(Model::TotalColumn, QHeaderView::Fixed);
    header->resizeSection(Model::TotalColumn, day + 12);
}

int TimesheetView::widthForWholeWeek() const
{
    int width = fontMetrics().averageCharWidth() * 16; // the task column, elided beyond
    for (int column = Model::FirstDayColumn; column <= Model::TotalColumn; ++column)
        width += horizontalHeader()->sectionSize(column);
    return width + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
}

void TimesheetView::setToday(const QDate &today)
{
    m_delegate->setToday(today); // the header marks the model's today (the page sets both)
    horizontalHeader()->viewport()->update();
    viewport()->update();
}

void TimesheetView::setEmptyHint(const QString &text)
{
    m_emptyHint = text;
    viewport()->update();
}

QModelIndex TimesheetView::preferredCell() const
{
    const TimesheetModel *sheet = timesheetModel();
    if (!sheet)
        return {};
    int column = Model::FirstDayColumn;
    for (int c = Model::FirstDayColumn; c <= Model::LastDayColumn; ++c) {
        if (sheet->dateOf(c) == m_delegate->today())
            column = c;
    }
    for (int row = 0; row < sheet->totalRow(); ++row) {
        if (sheet->index(row, column).flags() & Qt::ItemIsEditable)
            return sheet->index(row, column);
    }
    return sheet->index(0, column);
}

bool TimesheetView::commitPendingEdit()
{
    const TimesheetModel *sheet = timesheetModel();
    if (!sheet)
        return true;
    QString error;
    if (commitOpenEditor(*this, m_delegate, &DurationDelegate::refused, sheet->durationFormat(),
                         &error))
        return true;
    if (!error.isEmpty())
        Q_EMIT refused(currentIndex(), error);
    return false;
}

void TimesheetView::move(DurationDelegate::Move move)
{
    CursorAction action = MoveDown;
    switch (move) {
    case DurationDelegate::Move::None:
        return;
    case DurationDelegate::Move::Down:
        action = MoveDown;
        break;
    case DurationDelegate::Move::Up:
        action = MoveUp;
        break;
    case DurationDelegate::Move::Next:
        action = MoveNext;
        break;
    case DurationDelegate::Move::Previous:
        action = MovePrevious;
        break;
    }
    const QModelIndex next = moveCursor(action, Qt::NoModifier);
    if (next.isValid())
        setCurrentIndex(next);
}

QModelIndex TimesheetView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const TimesheetModel *sheet = timesheetModel();
    const QModelIndex current = currentIndex();
    if (!sheet || !current.isValid() || (action != MoveNext && action != MovePrevious))
        return QTableView::moveCursor(action, modifiers);
    // Tab walks the day cells only, row after row; at either end it stays put.
    int row = current.row();
    int column = current.column();
    if (action == MoveNext) {
        column = column < Model::FirstDayColumn ? Model::FirstDayColumn : column + 1;
        if (column > Model::LastDayColumn) {
            column = Model::FirstDayColumn;
            ++row;
        }
    } else {
        column = column > Model::LastDayColumn ? Model::LastDayColumn : column - 1;
        if (column < Model::FirstDayColumn) {
            column = Model::LastDayColumn;
            --row;
        }
    }
    if (row < 0 || row >= sheet->rowCount())
        return current;
    return sheet->index(row, column);
}

bool TimesheetView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (QTableView::edit(index, trigger, event))
        return true;
    // Say why instead of silently ignoring the key.
    if (state() != EditingState && index.isValid()
        && (trigger == AnyKeyPressed || trigger == EditKeyPressed || trigger == DoubleClicked)) {
        const QString reason = index.data(Model::ReadOnlyReasonRole).toString();
        if (!reason.isEmpty())
            Q_EMIT refused(index, reason);
    }
    return false;
}

void TimesheetView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (ctrl)
            Q_EMIT commentRequested(currentIndex());
        else
            move(shift ? DurationDelegate::Move::Up : DurationDelegate::Move::Down);
        event->accept();
        return;
    case Qt::Key_C:
    case Qt::Key_V:
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (event->modifiers() == Qt::NoModifier) {
            clearSelectedCells();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void TimesheetView::clearSelectedCells()
{
    TimesheetModel *sheet = timesheetModel();
    if (!sheet)
        return;
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty() && currentIndex().isValid())
        selected.append(currentIndex());
    QModelIndexList cells;
    for (const QModelIndex &cell : std::as_const(selected)) {
        if (isDayColumn(cell.column()) && !sheet->isTotalRow(cell.row())
            && cell.data(Model::MinutesRole).toInt() != 0)
            cells.append(cell);
    }
    if (cells.size() > 1) {
        // One cell is quickly typed again; a block of a week's time is not.
        QMessageBox box(QMessageBox::Question, tr("Clear Cells"),
                        tr("Clear the time of %n cells?", nullptr, int(cells.size())),
                        QMessageBox::Cancel, this);
        QPushButton *clear = box.addButton(tr("Clear"), QMessageBox::AcceptRole);
        box.setDefaultButton(clear);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(clear))
            return;
    }
    const bool group = m_undo && cells.size() > 1;
    if (group)
        m_undo->beginMacro(tr("Clear Cells"));
    QString firstRefusal;
    QModelIndex refusedAt;
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (sheet->setData(cell, 0)) {
            Q_EMIT edited(cell);
        } else if (firstRefusal.isEmpty()) {
            firstRefusal = sheet->lastError();
            refusedAt = cell;
        }
    }
    if (group)
        m_undo->endMacro();
    if (!firstRefusal.isEmpty())
        Q_EMIT refused(refusedAt, firstRefusal);
}

QString TimesheetView::selectionAsText() const
{
    const TimesheetModel *sheet = timesheetModel();
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    if (!sheet || cells.isEmpty())
        return {};
    int top = cells.first().row(), bottom = top;
    int left = cells.first().column(), right = left;
    for (const QModelIndex &cell : std::as_const(cells)) {
        top = std::min(top, cell.row());
        bottom = std::max(bottom, cell.row());
        left = std::min(left, cell.column());
        right = std::max(right, cell.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList fields;
        for (int column = left; column <= right; ++column) {
            const QModelIndex cell = sheet->index(row, column);
            if (!selectionModel()->isSelected(cell) && cells.size() > 1) {
                fields.append(QString());
            } else if (column == Model::TaskColumn) {
                fields.append(cell.data().toString());
            } else {
                const int minutes = cell.data(Model::MinutesRole).toInt();
                fields.append(minutes == 0 ? QString() : sheet->durationFormat().format(minutes));
            }
        }
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n');
}

void TimesheetView::copySelection()
{
    QApplication::clipboard()->setText(selectionAsText());
}

void TimesheetView::pasteClipboard()
{
    paste(QApplication::clipboard()->text());
}

void TimesheetView::paste(const QString &text)
{
    TimesheetModel *sheet = timesheetModel();
    const QModelIndex start = currentIndex();
    if (!sheet || !start.isValid() || !isDayColumn(start.column())
        || sheet->isTotalRow(start.row())) {
        Q_EMIT refused(start, tr("Choose the day of a task to paste into."));
        return;
    }
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast(); // spreadsheets end the copy with a line break
    if (lines.isEmpty()) {
        Q_EMIT refused(start, tr("The clipboard has no values to paste."));
        return;
    }
    // Check everything first: what cannot be pasted is said and left untouched.
    struct Target
    {
        QModelIndex cell;
        int minutes = 0;
    };
    QList<Target> targets;
    int skipped = 0;
    QString firstProblem;
    QModelIndex problemAt = start;
    const auto skip = [&](const QModelIndex &at, const QString &why) {
        if (skipped++ == 0) {
            firstProblem = why;
            problemAt = at.isValid() ? at : start;
        }
    };
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringList fields = line.split(u'\t');
        for (int j = 0; j < fields.size(); ++j) {
            const int row = start.row() + i;
            const int column = start.column() + j;
            if (row >= sheet->totalRow() || column > Model::LastDayColumn) {
                skip({}, tr("%1 does not fit in the week from this cell.").arg(fields.at(j)));
                continue;
            }
            const QModelIndex cell = sheet->index(row, column);
            const DurationFormat::Parsed parsed = sheet->durationFormat().parse(fields.at(j));
            if (!parsed.ok()) {
                skip(cell, parsed.error);
                continue;
            }
            if (const QString reason = cell.data(Model::ReadOnlyReasonRole).toString();
                !reason.isEmpty()) {
                skip(cell, reason);
                continue;
            }
            targets.append({cell, *parsed.minutes});
        }
    }
    const bool group = m_undo && targets.size() > 1;
    if (group)
        m_undo->beginMacro(tr("Paste"));
    int pasted = 0;
    for (const Target &target : std::as_const(targets)) {
        if (sheet->setData(target.cell, target.minutes)) {
            ++pasted;
            Q_EMIT edited(target.cell);
        } else {
            skip(target.cell, sheet->lastError());
        }
    }
    if (group)
        m_undo->endMacro();
    if (skipped == 0)
        Q_EMIT informed(tr("Values pasted: %1.").arg(pasted));
    else
        Q_EMIT refused(
            problemAt,
            tr("Values pasted: %1; not pasted: %2. %3").arg(pasted).arg(skipped).arg(firstProblem));
}

void TimesheetView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const TimesheetModel *sheet = timesheetModel();
    if (!sheet || sheet->totalRow() > 0 || m_emptyHint.isEmpty())
        return;
    QPainter painter(viewport());
    QRect area = viewport()->rect();
    area.setTop(rowViewportPosition(0) + rowHeight(0));
    painter.setPen(timesheetpalette::subdued(palette()));
    painter.drawText(area.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     m_emptyHint);
}

} // namespace actidesk
