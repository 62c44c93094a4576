#pragma once

#include "accountmodels.h"
#include "leavemodel.h"
#include "leaverangedialog.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace actidesk {

class LeaveCellDelegate;
class LoadingOverlay;
class WeekNavigator;

// The leave page: a week or a month of one user's leave by leave type, edited in place; the
// leave taken per type; and "Add leave…" for a day or a range. Its model reads and writes the
// account's cache and re-reads it (through reload()) when a change overlaps the period; the
// window fetches what periodShown() names and the schedule scheduleNeeded() asks for. Edits are
// sent by the account workspace by themselves; edited() only tells that the user changed something.
class LeavePage : public QWidget
{
    Q_OBJECT
public:
    LeavePage(const AccountModels &models, int userId, QWidget *parent = nullptr);

    // Shows the week or the calendar month containing anyDay; emits periodShown().
    void showPeriod(LeaveModel::Period period, const QDate &anyDay);
    // While the first fetch of a period never read from the server runs: "Loading…" over the
    // table, whose empty cells would say "no leave".
    void setLoading(bool loading);
    bool isLoading() const;
    // Shows the period with `date` (the week, or the month already shown) with the cursor and
    // the focus on the leave type's cell; false when the period has no row for it.
    bool showCell(const QDate &date, int leaveTypeId);
    // Re-reads the cache: the table (narrow updates), the summaries and an open range dialog.
    void reload();
    // Commits an open cell editor. False when its text cannot be committed: the editor stays
    // open with the reason shown, and the caller must not change what is shown.
    bool commitPendingEdits();
    // "Today" for the Today button and the year-so-far totals (tests pin it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    // Asks (yearNeeded()) for the leave of the year up to today.
    void requestYear();

    LeaveModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the range dialog (as "Add leave…" does) for the selected days, or the first day of
    // the period; returns it while it is open (it deletes itself on close).
    LeaveRangeDialog *openRangeDialog();
    LeaveRangeDialog *rangeDialog() const { return m_dialog; }

    WeekNavigator *weekNavigator() const { return m_navigator; }
    QAction *previousAction() const { return m_previous; }
    QAction *todayAction() const { return m_todayAction; }
    QAction *nextAction() const { return m_next; }

Q_SIGNALS:
    void periodShown(const QDate &from, const QDate &to);
    // An edit went into the outbox.
    void edited();
    void scheduleNeeded(const QDate &from, const QDate &to);
    // The year so far (Jan 1 .. today) should be read from the server: its figures need every
    // day, not only the weeks browsed.
    void yearNeeded(const QDate &from, const QDate &to);

private:
    void step(int direction);
    void clearSelectedCells();
    void showCellMenu(const QPoint &position);
    void showError(const QString &message);
    void updatePeriodLabel();
    void updateSummaries();
    void resizeColumns();

    const AccountModels m_models;
    const int m_userId;
    QDate m_today;
    LeaveModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    LeaveCellDelegate *m_delegate = nullptr;
    LoadingOverlay *m_loading = nullptr;
    WeekNavigator *m_navigator = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_next = nullptr;
    QToolButton *m_week = nullptr;
    QToolButton *m_month = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summaries = nullptr;
    QPushButton *m_add = nullptr;
    QPointer<LeaveRangeDialog> m_dialog;
};

} // namespace actidesk
