#pragma once

#include <QHeaderView>

namespace actidesk {

// The column header of a grid of days (a DayGridModel: the timesheet, the leave page): the
// model's labels (day name over date), day and total columns right-aligned over their numbers,
// the name column left; today's column — the model's IsTodayRole — bold on a tint of the
// highlight colour. "Today" is the model's (the account's clock, or what a test pins).
class DayHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit DayHeaderView(QWidget *parent = nullptr);

    // Whether `section` is drawn as today.
    bool isToday(int section) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int section) const override;
    QSize sectionSizeFromContents(int section) const override;
};

} // namespace actidesk
