#pragma once

#include "durationdelegate.h"

#include <QTableView>

namespace actidesk {

class TimesheetModel;

// The week table, keyboard-first: arrows move; typing starts editing with what was typed; Enter
// commits and moves down (Shift+Enter up); Tab / Shift+Tab move across the day cells, wrapping
// to the next row; Delete / Backspace clear the selected cells; F2 edits; Ctrl+Enter asks for
// the cell's comment. Read-only cells say why when the user tries to edit them.
class TimesheetView : public QTableView
{
    Q_OBJECT
public:
    explicit TimesheetView(QWidget *parent = nullptr);

    // Expects a TimesheetModel.
    void setModel(QAbstractItemModel *model) override;
    TimesheetModel *timesheetModel() const;
    DurationDelegate *durationDelegate() const { return m_delegate; }

    void setToday(const QDate &today);
    void setEmptyHint(const QString &text);
    QString emptyHint() const { return m_emptyHint; }
    // The first editable day cell (today's when the week has it), else the first day cell.
    QModelIndex preferredCell() const;
    bool isEditing() const { return state() == EditingState; }

signals:
    void commentRequested(const QModelIndex &index);
    // A cell was changed from the view (typed or cleared).
    void edited(const QModelIndex &index);
    // An edit was refused or could not start; message says why.
    void refused(const QModelIndex &index, const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void move(DurationDelegate::Move move);
    void clearSelectedCells();
    void layoutColumns();

    DurationDelegate *m_delegate = nullptr;
    QString m_emptyHint;
};

} // namespace actidesk
