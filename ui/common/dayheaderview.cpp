#include "dayheaderview.h"

#include "daygridmodel.h"
#include "timesheetpalette.h"

#include <QPainter>

namespace actidesk {

DayHeaderView::DayHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent) { }

bool DayHeaderView::isToday(int section) const
{
    return model()
        && model()->headerData(section, orientation(), DayGridModel::IsTodayRole).toBool();
}

void DayHeaderView::paintSection(QPainter *painter, const QRect &rect, int section) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    initStyleOptionForIndex(&opt, section);
    opt.rect = rect;
    opt.text = model()->headerData(section, orientation()).toString();
    opt.textAlignment = section == DayGridModel::NameColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter;
    painter->save();
    if (isToday(section)) {
        const QColor tint = timesheetpalette::mix(opt.palette.color(QPalette::Button),
                                                  opt.palette.color(QPalette::Highlight), 0.25);
        opt.palette.setColor(QPalette::Button, tint);
        opt.palette.setColor(QPalette::Window, tint);
        QFont font = painter->font();
        font.setBold(true);
        painter->setFont(font);
    }
    // Room from the edges, like the cells below.
    style()->drawControl(QStyle::CE_HeaderSection, &opt, painter, this);
    opt.rect = rect.adjusted(10, 0, -8, 0);
    style()->drawControl(QStyle::CE_HeaderLabel, &opt, painter, this);
    painter->restore();
}

QSize DayHeaderView::sectionSizeFromContents(int section) const
{
    QSize size = QHeaderView::sectionSizeFromContents(section);
    size.setHeight(qMax(size.height(), fontMetrics().height() * 2 + 10));
    return size;
}

} // namespace actidesk
