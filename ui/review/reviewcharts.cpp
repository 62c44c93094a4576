#include "reviewcharts.h"

#include "reviewfiltermodel.h"
#include "reviewmodel.h"
#include "screenfit.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHorizontalBarSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace actidesk {

namespace {
constexpr int kMostBars = 20; // more would not be readable; the rest are summed as "Others"

struct Bars
{
    QStringList names;
    QList<QList<double>> values; // per set, hours per name
};

QChartView *barChart(const QString &title, const QStringList &setNames, const Bars &bars)
{
    auto *series = new QHorizontalBarSeries;
    for (qsizetype set = 0; set < setNames.size(); ++set) {
        auto *barSet = new QBarSet(setNames.at(set));
        for (const double hours : bars.values.at(set))
            *barSet << hours;
        series->append(barSet);
    }
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    // Most first from the top: the categories run bottom-up.
    QStringList reversed(bars.names.crbegin(), bars.names.crend());
    names->append(reversed);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *hours = new QValueAxis;
    hours->setLabelFormat(QStringLiteral("%.0f"));
    hours->setTitleText(ReviewCharts::tr("Hours"));
    chart->addAxis(hours, Qt::AlignBottom);
    series->attachAxis(hours);
    chart->legend()->setVisible(setNames.size() > 1);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

// The first kMostBars entries, then "Others" with the rest; values reversed to match the axis.
Bars top(const QList<ReviewModel::Totals::Named> &list)
{
    Bars bars;
    bars.values.resize(1);
    double others = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const double hours = list.at(i).minutes / 60.0;
        if (i < kMostBars) {
            bars.names.append(list.at(i).name);
            bars.values[0].append(hours);
        } else {
            others += hours;
        }
    }
    if (list.size() > kMostBars) {
        bars.names.append(ReviewCharts::tr("Others"));
        bars.values[0].append(others);
    }
    std::reverse(bars.values[0].begin(), bars.values[0].end());
    return bars;
}
} // namespace

ReviewCharts::ReviewCharts(ReviewModel *model, ReviewFilterModel *proxy, QWidget *parent)
    : QDialog(parent), m_model(model), m_proxy(proxy)
{
    setObjectName(QStringLiteral("reviewCharts"));
    setWindowTitle(tr("Team Charts"));
    m_tabs = new QTabWidget(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(820, 560)));
    // Filters and refreshes change the members shown: rebuilt once per burst of changes.
    const auto later = [this]() {
        if (std::exchange(m_rebuildPosted, true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_rebuildPosted = false;
                rebuild();
            },
            Qt::QueuedConnection);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, later);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_model, &ReviewModel::reloaded, this, later);
    rebuild();
}

void ReviewCharts::rebuild()
{
    m_userIds.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_userIds.append(m_proxy->index(row, 0).data(ReviewModel::UserIdRole).toInt());
    const ReviewModel::Totals totals = m_model->totals(m_userIds);
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_tabs->addTab(barChart(tr("Hours per project"), {tr("Tracked")}, top(totals.byProject)),
                   tr("&Projects"));
    m_tabs->addTab(barChart(tr("Hours per customer"), {tr("Tracked")}, top(totals.byCustomer)),
                   tr("&Customers"));
    m_tabs->addTab(barChart(tr("Hours per member"), {tr("Tracked")}, top(totals.byMember)),
                   tr("&Members"));
    // Tracked against scheduled: the members furthest below their schedule first.
    QList<ReviewModel::Totals::Member> members = totals.members;
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
        return a.tracked - a.scheduled < b.tracked - b.scheduled;
    });
    Bars versus;
    versus.values.resize(2);
    for (qsizetype i = 0; i < members.size() && i < kMostBars; ++i) {
        versus.names.append(members.at(i).name);
        versus.values[0].prepend(members.at(i).tracked / 60.0);
        versus.values[1].prepend(members.at(i).scheduled / 60.0);
    }
    m_tabs->addTab(barChart(tr("Tracked against scheduled (most undertime first)"),
                            {tr("Tracked"), tr("Scheduled")}, versus),
                   tr("&Tracked vs Scheduled"));
    m_tabs->setCurrentIndex(std::max(current, 0));
}

} // namespace actidesk
