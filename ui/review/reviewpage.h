#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace actidesk {

class Store;
class TeamWeekModel;

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
    void setToday(const QDate &today) { m_today = today; }
    TeamWeekModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<QAction *> weekActions() const { return m_weekActions; }

Q_SIGNALS:
    void weekShown(const QDate &from, const QDate &to);

private:
    void updateTitle();

    TeamWeekModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QList<QAction *> m_weekActions;
    QDate m_today = QDate::currentDate();
};

} // namespace actidesk
