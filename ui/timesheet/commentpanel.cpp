#include "commentpanel.h"

#include "timesheetmodel.h"
#include "timesheetpalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

CommentPanel::CommentPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Comment"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_task = new QLabel(this);
    m_path = new QLabel(this);
    m_date = new QLabel(this);
    m_reason = new QLabel(this);
    m_hint = new QLabel(tr("Saved when you leave the field or press Ctrl+Enter."), this);
    for (QLabel *label : {m_task, m_path, m_reason, m_hint}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, timesheetpalette::subdued(palette()));
    for (QLabel *label : {m_path, m_date, m_reason, m_hint})
        label->setPalette(muted);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("What did you work on?"));
    m_edit->setAccessibleName(tr("Comment"));
    m_edit->installEventFilter(this);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(m_task);
    layout->addWidget(m_path);
    layout->addWidget(m_date);
    layout->addSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    refresh();
}

void CommentPanel::setModel(TimesheetModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_index = QPersistentModelIndex();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    // Someone else changed the comment (a sync): show it unless the user is
                    // editing.
                    if (m_index.isValid() && from.row() <= m_index.row()
                        && m_index.row() <= to.row() && from.column() <= m_index.column()
                        && m_index.column() <= to.column() && m_edit->toPlainText() == m_loaded)
                        refresh();
                });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { refresh(); });
    }
    refresh();
}

void CommentPanel::setCell(const QModelIndex &index)
{
    if (index == QModelIndex(m_index))
        return;
    save();
    const bool taskDay = m_model && index.isValid() && index.model() == m_model
        && !m_model->isTotalRow(index.row()) && m_model->dateOf(index.column()).isValid();
    m_index = taskDay ? QPersistentModelIndex(index) : QPersistentModelIndex();
    refresh();
}

void CommentPanel::refresh()
{
    const bool valid = m_model && m_index.isValid();
    QString reason =
        valid ? m_index.data(TimesheetModel::ReadOnlyReasonRole).toString() : QString();
    // actiTIME keeps a comment only with time: one typed on an empty day would vanish when
    // saved, so say so before anything is typed.
    if (valid && reason.isEmpty() && m_index.data(TimesheetModel::MinutesRole).toInt() == 0
        && m_index.data(TimesheetModel::CommentRole).toString().isEmpty())
        reason = tr("A comment needs time on this day: enter the time first, then write its "
                    "comment.");
    if (!valid) {
        m_task->setText(tr("No cell selected"));
        m_path->setText(tr("Select a day of a task to see or write its comment."));
        m_date->clear();
    } else {
        const QModelIndex task = m_model->index(m_index.row(), TimesheetModel::TaskColumn);
        m_task->setText(task.data().toString());
        const QString customer = task.data(TimesheetModel::CustomerNameRole).toString();
        m_path->setText(customer.isEmpty()
                            ? QString()
                            : QString(customer + u" \u203a "_s
                                      + task.data(TimesheetModel::ProjectNameRole).toString()));
        m_date->setText(QLocale().toString(m_model->dateOf(m_index.column()), QLocale::LongFormat));
    }
    m_loaded = valid ? m_index.data(TimesheetModel::CommentRole).toString() : QString();
    m_edit->setPlainText(m_loaded);
    m_edit->setReadOnly(!valid || !reason.isEmpty());
    m_edit->setEnabled(valid && reason.isEmpty());
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_hint->setVisible(valid && reason.isEmpty());
}

bool CommentPanel::save()
{
    if (!m_model || !m_index.isValid() || m_edit->isReadOnly())
        return true;
    const QString text = m_edit->toPlainText().trimmed();
    if (text == m_loaded.trimmed())
        return true;
    const QModelIndex index = m_index;
    if (!m_model->setComment(index.row(), index.column() - TimesheetModel::FirstDayColumn, text)) {
        Q_EMIT message(m_model->lastError());
        return false;
    }
    m_loaded = index.data(TimesheetModel::CommentRole).toString();
    Q_EMIT saved(index);
    return true;
}

void CommentPanel::focusEditor()
{
    if (m_edit->isEnabled()) {
        m_edit->setFocus(Qt::ShortcutFocusReason);
        m_edit->moveCursor(QTextCursor::End);
    }
}

bool CommentPanel::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_edit && event->type() == QEvent::FocusOut) {
        save();
    } else if (object == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if ((enter && key->modifiers() & Qt::ControlModifier) || key->key() == Qt::Key_Escape) {
            if (key->key() == Qt::Key_Escape)
                m_edit->setPlainText(m_loaded);
            if (save())
                Q_EMIT finished();
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

} // namespace actidesk
