#pragma once

#include <QDialog>

class QTabWidget;

namespace actidesk {

class ReviewFilterModel;
class ReviewModel;

// The review's charts (Qt Charts): hours per project, per customer and per member, and tracked
// against scheduled per member, of the members the page's filters show; they follow the
// filters (and a refresh) while the dialog is open.
class ReviewCharts : public QDialog
{
    Q_OBJECT
public:
    ReviewCharts(ReviewModel *model, ReviewFilterModel *proxy, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // Rebuilds the charts from the members shown now.
    void rebuild();
    // The members the charts are of (for tests).
    QList<int> shownUserIds() const { return m_userIds; }

private:
    ReviewModel *m_model;
    ReviewFilterModel *m_proxy;
    QTabWidget *m_tabs = nullptr;
    QList<int> m_userIds;
    bool m_rebuildPosted = false;
};

} // namespace actidesk
