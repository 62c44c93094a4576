#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace actidesk {

class Store;
class LoadingOverlay;
class TeamWeekModel;
class WeekNavigator;

// A manager's week: team members × days with their totals, from the cache; the window has the
// shown week fetched from the server (weekShown) and the model re-reads it when it landed.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(Store &store, QWidget *parent = nullptr);

    void showWeek(const QDate &anyDay);
    QDate weekStart() const;
    void reload();
    // While the first fetch of a week not cached runs: "Loading…" instead of "nothing cached".
    void setLoading(bool loading);
    bool isLoading() const;
    void setToday(const QDate &today);
    TeamWeekModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<QAction *> weekActions() const { return m_weekActions; }
    WeekNavigator *weekNavigator() const { return m_navigator; }

Q_SIGNALS:
    void weekShown(const QDate &from, const QDate &to);

private:
    void updateTitle();

    TeamWeekModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    WeekNavigator *m_navigator = nullptr;
    LoadingOverlay *m_loading = nullptr;
    QList<QAction *> m_weekActions;
    QDate m_today = QDate::currentDate();
};

} // namespace actidesk
