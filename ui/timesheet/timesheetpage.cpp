#include "timesheetpage.h"

#include "cellmenu.h"
#include "clock.h"
#include "commentpanel.h"
#include "copyweekdialog.h"
#include "durationdelegate.h"
#include "elidedlabel.h"
#include "keyboardcellmenu.h"
#include "loadingoverlay.h"
#include "taskpickerdialog.h"
#include "timesheetmodel.h"
#include "timesheetpalette.h"
#include "timesheetundo.h"
#include "timesheetview.h"
#include "weeknavigator.h"
#include "weekrange.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace palette = timesheetpalette;

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Never narrower than its text ("‹" alone would make a sliver of a button).
    button->setMinimumWidth(std::max(button->sizeHint().width(), button->sizeHint().height() + 4));
    return button;
}

QString tooltipWithShortcut(const QAction *action)
{
    return QString(action->text().remove(u'&') + u"  ("_s
                   + action->shortcut().toString(QKeySequence::NativeText) + u')');
}

} // namespace

TimesheetPage::TimesheetPage(const AccountModels &models, int userId, QWidget *parent)
    : QWidget(parent), m_models(models), m_userId(userId), m_today(models.clock().today())
{
    m_model = models.timesheet(userId, this);
    m_view = new TimesheetView(this);
    m_view->setAccessibleName(tr("Timesheet"));
    m_view->setModel(m_model);
    m_loading = new LoadingOverlay(m_view, tr("Loading this week from the server\u2026"));
    m_comments = new CommentPanel(this);
    m_comments->setModel(m_model);
    m_comments->setFixedWidth(240);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true); // a narrow window wraps it instead of growing
    m_undo = new QUndoStack(this);
    m_view->setUndoStack(m_undo);
    createActions();

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    updateLegend();

    auto *middle = new QHBoxLayout;
    middle->setSpacing(0);
    middle->addWidget(m_view, 1);
    middle->addWidget(m_comments);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(createTopBar());
    layout->addWidget(createMessageBar());
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);

    // The model re-reads after changes in the cache; through reload(), which waits for an open
    // editor.
    m_model->setReloadHandler([this] { reload(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimesheetPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimesheetPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimesheetPage::updateSummary);
    connect(m_view, &TimesheetView::edited, this, [this] {
        clearMessage();
        Q_EMIT edited();
    });
    connect(m_view, &TimesheetView::refused, this, &TimesheetPage::refused);
    connect(m_view->durationDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (std::exchange(m_reloadDeferred, false))
            QTimer::singleShot(0, this, &TimesheetPage::reload); // after the view closed it
    });
    connect(m_view, &TimesheetView::informed, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(m_model, &TimesheetModel::minutesEdited, this,
            [this](const QDate &date, int taskId, int before, int after) {
                if (m_applyingUndo)
                    return;
                m_undo->push(new TimesheetCellCommand(
                    [this](const QDate &d, int t, int m) { return applyMinutes(d, t, m); }, date,
                    taskId, before, after));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TimesheetPage::updateRemoveRow);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimesheetPage::updateRemoveRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimesheetPage::updateRemoveRow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimesheetPage::updateRemoveRow);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimesheetPage::showCellMenu);
    enableKeyboardCellMenu(m_view); // Shift+F10, the Menu key
    connect(m_view, &TimesheetView::commentRequested, this, [this] {
        showCommentPanel();
        m_comments->focusEditor();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_comments,
            &CommentPanel::setCell);
    connect(m_comments, &CommentPanel::saved, this, [this] { Q_EMIT edited(); });
    connect(m_comments, &CommentPanel::message, this,
            [this](const QString &text) { showMessage(text); });
    connect(m_comments, &CommentPanel::finished, m_view, [this] {
        if (std::exchange(m_commentsUnfolded, false))
            updateCommentPanel(); // folded away again
        m_view->setFocus();
    });

    setToday(m_today);
    // The model already read the week of the day it was made (start-up reads the cache once
    // less); only a date change in between needs another read.
    const QDate shown = m_model->weekStart();
    if (!shown.isValid() || m_today < shown || m_today > shown.addDays(6))
        m_model->setWeek(m_today);
    updateWeekLabel();
    updateSummary();
    restoreCurrent(-1, -1);
    setFocusProxy(m_view);
}

void TimesheetPage::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const int day = index.column() - TimesheetModel::FirstDayColumn;
    if (!index.isValid() || day < 0 || day > 6 || m_model->isTotalRow(index.row()))
        return;
    CellMenu menu(*m_model, index, this);
    connect(&menu, &CellMenu::settled, this, [this](DayGridModel::Resolution how) {
        if (how == DayGridModel::Resolution::KeepMine)
            Q_EMIT edited(); // it goes to the server again
    });
    connect(&menu, &CellMenu::failed, this, [this](const QString &text) { showMessage(text); });
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("Edit Comment"), this, [this, index] {
        m_view->setCurrentIndex(index);
        Q_EMIT m_view->commentRequested(index);
    });
    if (m_timer && m_model->isBodyRow(index.row()))
        menu.addTimerAction(*m_timer, m_model->taskId(index.row()));
    m_view->setCurrentIndex(index); // the row the menu's actions act on
    menu.addAction(m_removeRow);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TimesheetPage::updateLegend()
{
    const QPalette &pal = palette();
    const auto mark = [](const QColor &color, const QString &text) {
        return QString(u"<span style=\"color:%1\">\u25e5</span>&nbsp;%2"_s.arg(
            color.name(), text.toHtmlEscaped()));
    };
    m_legend->setText(QString(u"<span style=\"color:%1\">"_s.arg(palette::subdued(pal).name())
                              + mark(palette::pending(pal), tr("not sent yet")) + u" &nbsp; "_s
                              + mark(palette::conflict(pal), tr("conflict")) + u" &nbsp; "_s
                              + mark(palette::rejected(pal), tr("refused")) + u" &nbsp; "_s
                              + u"\u25e4&nbsp;"_s + tr("comment").toHtmlEscaped() + u"</span>"_s));
}

// The colours of the labels are computed from the palette: follow a theme change.
void TimesheetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_legend) {
        updateLegend();
        updateSummary();
        styleMessageBar();
    }
    QWidget::changeEvent(event);
}

void TimesheetPage::createActions()
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_navigator = new WeekNavigator(this);
    m_previous = m_navigator->action(WeekNavigator::Step::Previous);
    m_thisWeek = m_navigator->action(WeekNavigator::Step::Current);
    m_next = m_navigator->action(WeekNavigator::Step::Next);
    m_addTask = make(tr("&Add Task\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_copyWeek =
        make(tr("&Copy Previous Week\u2026"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_toggleComments = make(tr("Co&mments"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    m_toggleComments->setCheckable(true);
    m_toggleComments->setChecked(true);
    m_undoAction = make(tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction =
        make(tr("&Redo"),
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_removeRow = make(tr("Re&move Row"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)});
    for (QAction *action : {m_addTask, m_copyWeek, m_toggleComments, m_undoAction, m_redoAction})
        action->setToolTip(tooltipWithShortcut(action));
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // Not QUndoStack's own actions: what is typed in an open editor is committed first.
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (commitPendingEdits())
            m_undo->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (commitPendingEdits())
            m_undo->redo();
    });
    connect(m_removeRow, &QAction::triggered, this, &TimesheetPage::removeCurrentRow);

    // Keys and buttons trigger the same actions: one guard covers both.
    connect(m_previous, &QAction::triggered, this, [this] {
        if (commitPendingEdits())
            showWeek(m_model->weekStart().addDays(-7));
    });
    connect(m_thisWeek, &QAction::triggered, this, [this] {
        if (commitPendingEdits())
            showWeek(m_today);
    });
    connect(m_next, &QAction::triggered, this, [this] {
        if (commitPendingEdits())
            showWeek(m_model->weekStart().addDays(7));
    });
    connect(m_addTask, &QAction::triggered, this, &TimesheetPage::addTask);
    connect(m_copyWeek, &QAction::triggered, this, &TimesheetPage::copyPreviousWeek);
    connect(m_toggleComments, &QAction::toggled, this, [this](bool on) {
        (isNarrow() ? m_commentsUnfolded : m_commentsWanted) = on;
        updateCommentPanel();
    });
    m_view->setEmptyHint(tr("No time this week. Press %1 to add a task or copy last week.")
                             .arg(m_addTask->shortcut().toString(QKeySequence::NativeText)));
}

QWidget *TimesheetPage::createTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->setSpacing(4);
    layout->addWidget(m_navigator);
    layout->addSpacing(10);
    m_weekLabel = new ElidedLabel(bar);
    QFont font = m_weekLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_weekLabel->setFont(font);
    layout->addWidget(m_weekLabel, 1);
    layout->addWidget(toolButton(m_addTask, bar));
    layout->addWidget(toolButton(m_copyWeek, bar));
    layout->addWidget(toolButton(m_toggleComments, bar));
    return bar;
}

QWidget *TimesheetPage::createMessageBar()
{
    m_messageBar = new QWidget(this);
    m_messageBar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_messageBar);
    layout->setContentsMargins(10, 6, 6, 6);
    m_message = new QLabel(m_messageBar);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_messageBar);
    close->setAutoRaise(true);
    close->setText(u"\u2715"_s);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &TimesheetPage::clearMessage);
    layout->addWidget(m_message, 1);
    layout->addWidget(close);
    m_messageBar->hide();
    return m_messageBar;
}

void TimesheetPage::showWeek(const QDate &anyDay)
{
    m_comments->save();
    const int column = m_view->currentIndex().column();
    // The shown week is already read (the model follows every change of the cache through
    // reload()):
    // reading it again would only cost start-up time. The window still refreshes it (weekShown).
    const QDate start = m_model->weekStart();
    if (!start.isValid() || anyDay < start || anyDay > start.addDays(6))
        m_model->setWeek(anyDay);
    updateWeekLabel();
    clearMessage();
    restoreCurrent(-1, column == -1 ? -1 : column);
    Q_EMIT weekShown(m_model->weekStart(), m_model->weekStart().addDays(6));
}

bool TimesheetPage::commitPendingEdits()
{
    if (!m_view->commitPendingEdit())
        return false;
    if (!m_comments->save()) {
        showCommentPanel();
        m_comments->focusEditor();
        return false;
    }
    return true;
}

bool TimesheetPage::showCell(const QDate &date, int taskId)
{
    if (date < weekStart() || date > weekStart().addDays(6))
        showWeek(date);
    for (int row = 0; row < m_model->totalRow(); ++row) {
        if (m_model->taskId(row) == taskId) {
            const QModelIndex cell =
                m_model->index(row, TimesheetModel::FirstDayColumn + int(weekStart().daysTo(date)));
            m_view->setCurrentIndex(cell);
            m_view->scrollTo(cell);
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void TimesheetPage::setLoading(bool loading)
{
    // Rows already shown (edits made here) are not hidden: only the empty week's hint is false.
    m_loading->setLoading(loading && m_model->totalRow() == 0);
}

bool TimesheetPage::isLoading() const
{
    return m_loading->isLoading();
}

bool TimesheetPage::isNarrow() const
{
    const QMargins margins = layout()->contentsMargins();
    return width()
        < m_view->widthForWholeWeek() + m_comments->width() + margins.left() + margins.right();
}

void TimesheetPage::showCommentPanel()
{
    (isNarrow() ? m_commentsUnfolded : m_commentsWanted) = true;
    updateCommentPanel();
}

void TimesheetPage::updateCommentPanel()
{
    const bool shown = isNarrow() ? m_commentsUnfolded : m_commentsWanted;
    if (!shown && m_comments->isVisible())
        m_comments->save(); // a refusal stays in the message line
    m_comments->setVisible(shown);
    const QSignalBlocker blocker(m_toggleComments); // the button still follows
    m_toggleComments->setChecked(shown);
}

void TimesheetPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCommentPanel();
}

QDate TimesheetPage::weekStart() const
{
    return m_model->weekStart();
}

void TimesheetPage::reload()
{
    // A re-read may reset the rows, which would close an open editor and drop what it holds:
    // wait until the user commits or cancels it.
    if (m_view->isEditing()) {
        m_reloadDeferred = true;
        return;
    }
    m_comments->save();
    const QModelIndex current = m_view->currentIndex();
    m_model->reload();
    if (!m_view->currentIndex().isValid())
        restoreCurrent(current.row(), current.column());
}

void TimesheetPage::setToday(const QDate &today)
{
    m_today = today;
    m_view->setToday(today);
    m_model->setToday(today);
    updateWeekLabel();
    updateSummary();
}

// Puts the cursor on (row, column) when the week has it, else on the preferred cell.
void TimesheetPage::restoreCurrent(int row, int column)
{
    QModelIndex target = m_view->preferredCell();
    if (row >= 0 && row < m_model->rowCount() && column >= 0)
        target = m_model->index(row, column);
    else if (column >= TimesheetModel::FirstDayColumn && target.isValid())
        target = m_model->index(target.row(), column);
    if (target.isValid())
        m_view->setCurrentIndex(target);
    m_comments->setCell(m_view->currentIndex());
}

void TimesheetPage::updateWeekLabel()
{
    if (!m_weekLabel)
        return;
    const QDate start = m_model->weekStart();
    m_weekLabel->setFullText(tr("Week %1 \u00b7 %2").arg(weekNumber(start)).arg(weekRange(start)));
    const bool current = m_today >= start && m_today < start.addDays(7);
    m_thisWeek->setEnabled(!current);
}

void TimesheetPage::updateSummary()
{
    const QModelIndex week = m_model->index(m_model->totalRow(), TimesheetModel::TotalColumn);
    const DurationFormat &format = m_model->durationFormat();
    const int worked = week.data(TimesheetModel::MinutesRole).toInt();
    const int leave = week.data(TimesheetModel::LeaveRole).toInt();
    const QVariant scheduled = week.data(TimesheetModel::ScheduledRole);
    // Worked time, with the leave that counts toward the schedule named apart.
    const auto amount = [&format](int minutes, int leaveMinutes) {
        return leaveMinutes == 0
            ? format.format(minutes)
            : tr("%1 + %2 leave").arg(format.format(minutes), format.format(leaveMinutes));
    };
    QString text;
    if (!scheduled.isValid()) {
        text = tr("This week %1 \u00b7 schedule not known yet").arg(amount(worked, leave));
    } else {
        const auto balance = [this, &format](int overtime) {
            QString delta;
            QColor color = palette::subdued(palette());
            if (overtime > 0) {
                delta = tr("%1 over").arg(format.format(overtime));
                color = palette::overtime(palette());
            } else if (overtime < 0) {
                delta = tr("%1 under").arg(format.format(-overtime));
            } else {
                delta = tr("on schedule");
            }
            return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), delta.toHtmlEscaped());
        };
        const QDate start = m_model->weekStart();
        const QDate today = m_model->today();
        const int wholeOvertime = week.data(TimesheetModel::OvertimeRole).toInt();
        const QString whole = amount(worked, leave).toHtmlEscaped();
        if (today >= start.addDays(6)) {
            text = tr("This week <b>%1</b> of %2 scheduled \u00b7 %3")
                       .arg(whole, format.format(scheduled.toInt()), balance(wholeOvertime));
        } else if (today < start) {
            // Nothing is due yet: only time beyond the schedule can already show.
            text = tr("Whole week <b>%1</b> of %2 scheduled \u00b7 %3")
                       .arg(whole, format.format(scheduled.toInt()),
                            wholeOvertime > 0 ? balance(wholeOvertime)
                                              : tr("nothing due yet").toHtmlEscaped());
        } else {
            int soFarLeave = 0;
            for (int day = 0; day <= start.daysTo(today); ++day) {
                soFarLeave +=
                    m_model->index(m_model->totalRow(), TimesheetModel::FirstDayColumn + day)
                        .data(TimesheetModel::LeaveRole)
                        .toInt();
            }
            text = tr("So far <b>%1</b> of %2 scheduled \u00b7 %3 \u00b7 whole week %4 of %5 "
                      "scheduled")
                       .arg(amount(week.data(TimesheetModel::SoFarMinutesRole).toInt(), soFarLeave)
                                .toHtmlEscaped(),
                            format.format(week.data(TimesheetModel::SoFarScheduledRole).toInt()),
                            balance(week.data(TimesheetModel::SoFarOvertimeRole).toInt()), whole,
                            format.format(scheduled.toInt()));
        }
    }
    if (const int refused = week.data(TimesheetModel::RefusedMinutesRole).toInt(); refused > 0)
        text += tr(" \u00b7 %1 refused, not counted").arg(format.format(refused)).toHtmlEscaped();
    m_summary->setText(text);
}

QString TimesheetPage::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->text());
    return doc.toPlainText();
}

QString TimesheetPage::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_message->text();
}

void TimesheetPage::showMessage(const QString &text, bool error)
{
    if (text.isEmpty())
        return clearMessage();
    m_messageIsError = error;
    styleMessageBar();
    m_message->setText(text);
    m_messageBar->show();
    Q_EMIT message(text);
}

void TimesheetPage::styleMessageBar()
{
    QPalette pal = palette();
    const QColor accent = m_messageIsError ? palette::rejected(pal) : palette::pending(pal);
    pal.setColor(QPalette::Window, palette::mix(pal.color(QPalette::Base), accent, 0.14));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    pal.setColor(QPalette::ButtonText, pal.color(QPalette::Text));
    m_messageBar->setPalette(pal);
}

void TimesheetPage::clearMessage()
{
    m_messageBar->hide();
    m_message->clear();
}

void TimesheetPage::refused(const QModelIndex &index, const QString &text)
{
    showMessage(text);
    if (index.isValid() && m_view->isVisible()) {
        const QRect rect = m_view->visualRect(index);
        QToolTip::showText(m_view->viewport()->mapToGlobal(rect.bottomLeft()), text,
                           m_view->viewport(), rect);
    }
}

bool TimesheetPage::applyMinutes(const QDate &date, int taskId, int minutes)
{
    if (date < weekStart() || date > weekStart().addDays(6))
        showWeek(date);
    const auto rowOf = [this](int id) {
        for (int row = 0; row < m_model->totalRow(); ++row) {
            if (m_model->taskId(row) == id)
                return row;
        }
        return -1;
    };
    int row = rowOf(taskId);
    if (row < 0 && m_model->addTask(taskId))
        row = rowOf(taskId);
    if (row < 0) {
        showMessage(m_model->lastError());
        return false;
    }
    const QModelIndex cell =
        m_model->index(row, TimesheetModel::FirstDayColumn + int(weekStart().daysTo(date)));
    m_view->setCurrentIndex(cell);
    const QScopedValueRollback applying(m_applyingUndo, true);
    if (!m_model->setData(cell, minutes)) {
        refused(cell, m_model->lastError());
        return false;
    }
    clearMessage();
    Q_EMIT edited();
    return true;
}

void TimesheetPage::updateRemoveRow()
{
    const int row = m_view->currentIndex().row();
    const QString reason = m_model->removeTaskRefusal(row);
    m_removeRow->setEnabled(reason.isEmpty());
    m_removeRow->setText(reason.isEmpty() ? tr("Re&move Row") : tr("Remove Row (%1)").arg(reason));
    m_removeRow->setToolTip(reason.isEmpty() ? tooltipWithShortcut(m_removeRow) : reason);
}

void TimesheetPage::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->removeTask(current.row())) {
        showMessage(m_model->lastError());
        return;
    }
    restoreCurrent(std::min(current.row(), m_model->totalRow() - 1), current.column());
    m_view->setFocus();
}

void TimesheetPage::addTask()
{
    QSet<int> shown;
    for (int row = 0; row < m_model->totalRow(); ++row)
        shown.insert(m_model->taskId(row));
    auto *dialog = new TaskPickerDialog(m_models, shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addTasks(dialog->selectedTaskIds()); });
    dialog->open();
}

void TimesheetPage::addTasks(const QList<int> &taskIds)
{
    QString error;
    int first = -1;
    for (const int id : taskIds) {
        if (!m_model->addTask(id) && error.isEmpty())
            error = m_model->lastError();
    }
    for (int row = 0; row < m_model->totalRow() && first < 0; ++row) {
        if (!taskIds.isEmpty() && m_model->taskId(row) == taskIds.first())
            first = row;
    }
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first, m_view->preferredCell().column()));
    m_view->setFocus();
    if (!error.isEmpty())
        showMessage(error);
}

void TimesheetPage::copyPreviousWeek()
{
    if (!commitPendingEdits())
        return;
    auto *dialog = new CopyWeekDialog(m_models, m_userId, *m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_copyDialog = dialog;
    connect(dialog, &CopyWeekDialog::sourceNeeded, this, &TimesheetPage::weekNeeded);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const WeekCopyPlan::Result &result = dialog->copyResult();
        const int failed = result.failures;
        const int rows = result.rowsAdded;
        const int days = result.cellsCopied;
        if (failed > 0)
            showMessage((failed == 1 ? tr("%n day could not be copied: %1", nullptr, failed)
                                     : tr("%n days could not be copied: %1", nullptr, failed))
                            .arg(result.firstError));
        else
            showMessage(tr("Copied from last week: %1 and %2.")
                            .arg(rows == 1 ? tr("%n new row", nullptr, rows)
                                           : tr("%n new rows", nullptr, rows),
                                 days == 1 ? tr("%n day of time", nullptr, days)
                                           : tr("%n days of time", nullptr, days)),
                        false);
        if (result.cellsCopied > 0)
            Q_EMIT edited();
        restoreCurrent(-1, -1);
        m_view->setFocus();
    });
    dialog->open();
    // Freshness of last week is a matter of age on the account's clock (see
    // WeekCopyPlan::sourceState).
    dialog->start(m_models.clock().now());
}

CopyWeekDialog *TimesheetPage::copyDialog() const
{
    return m_copyDialog;
}

void TimesheetPage::weekArrived(const QDate &from, const QDate &to)
{
    if (m_copyDialog)
        m_copyDialog->weekArrived(from, to);
}

void TimesheetPage::weekFailed(const QDate &from, const QDate &to, const QString &message)
{
    if (m_copyDialog)
        m_copyDialog->weekFailed(from, to, message);
}

} // namespace actidesk
