#include "reviewpage.h"

#include "accountworkspace.h"
#include "elidedtooltips.h"
#include "loadingoverlay.h"
#include "membertimesheetdialog.h"
#include "reviewcharts.h"
#include "reviewfiltermodel.h"
#include "reviewmodel.h"
#include "searchfield.h"
#include "timesheetmodel.h"
#include "weeknavigator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
// The id a filter box has chosen; none for its first entry ("All …").
std::optional<int> chosenId(const QComboBox *box)
{
    const QVariant id = box->currentData();
    return id.isValid() ? std::optional<int>(id.toInt()) : std::nullopt;
}
} // namespace

ReviewPage::ReviewPage(AccountWorkspace &workspace, ReviewModel *model, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(model), m_today(model->today())
{
    m_model->setParent(this);
    m_proxy = new ReviewFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_navigator = new WeekNavigator(this);
    QAction *previous = m_navigator->action(WeekNavigator::Step::Previous);
    QAction *current = m_navigator->action(WeekNavigator::Step::Current);
    QAction *next = m_navigator->action(WeekNavigator::Step::Next);
    m_weekActions = {previous, current, next};
    connect(previous, &QAction::triggered, this, [this]() { step(-1); });
    connect(current, &QAction::triggered, this, [this]() { showWeek(m_today); });
    connect(next, &QAction::triggered, this, [this]() { step(1); });

    m_periodBox = new QComboBox(this);
    m_periodBox->setObjectName(u"reviewPeriod"_s);
    m_periodBox->setAccessibleName(tr("Period"));
    m_periodBox->addItem(tr("Week"));
    m_periodBox->addItem(tr("Month"));
    connect(m_periodBox, &QComboBox::activated, this,
            [this](int index) { setPeriodKind(index == 1 ? Period::Month : Period::Week); });

    m_asOf = new QLabel(this);
    m_asOf->setObjectName(u"reviewAsOf"_s);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    // Both may wrap: in one line, with the progress and Cancel beside them while the team is
    // fetched, they widened the window past 800 pixels, and a window does not shrink back.
    m_title->setWordWrap(true);
    m_asOf->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reviewProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"reviewCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop fetching the team's time (what is cached stays shown)"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, &m_workspace, &AccountWorkspace::cancelTeamRefresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_navigator);
    top->addWidget(m_periodBox);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    top->addWidget(m_asOf);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);

    // Filters: what the manager narrows the team to.
    m_search = addSearchField(this, tr("Search by name (Ctrl+F)"), tr("Search team members"),
                              tr("Search Team Members"));
    m_search->setObjectName(u"reviewSearch"_s);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ReviewFilterModel::setSearch);
    m_department = new QComboBox(this);
    m_department->setObjectName(u"reviewDepartment"_s);
    m_department->setAccessibleName(tr("Department"));
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(u"reviewTimeZone"_s);
    m_timeZone->setAccessibleName(tr("Time zone group"));
    connect(m_department, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setDepartment(chosenId(m_department)); });
    connect(m_timeZone, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setTimeZoneGroup(chosenId(m_timeZone)); });
    m_project = new QComboBox(this);
    m_project->setObjectName(u"reviewProject"_s);
    m_project->setAccessibleName(tr("Project"));
    m_project->setToolTip(tr("Only the members who tracked time on this project in the period"));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(u"reviewCustomer"_s);
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->setToolTip(tr("Only the members who tracked time for this customer in the period"));
    for (QComboBox *box : {m_project, m_customer}) {
        box->installEventFilter(this); // filled when first used (see eventFilter)
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewPage::applyWorkFilter);
    }
    // Long names must not widen the window past 800 pixels: the boxes shrink, the open list
    // shows the whole name.
    for (QComboBox *box : {m_department, m_timeZone, m_project, m_customer}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        box->setMaximumWidth(240);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_project->addItem(tr("All projects"));
    m_customer->addItem(tr("All customers"));
    m_onlyMissing = new QCheckBox(tr("Only people with &missing time"), this);
    m_onlyMissing->setObjectName(u"reviewOnlyMissing"_s);
    connect(m_onlyMissing, &QCheckBox::toggled, m_proxy, &ReviewFilterModel::setOnlyMissing);

    // Two rows: the search and "only missing" above, the four lists below.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_onlyMissing);
    // The four lists two by two, so the page fits a window of 800 pixels.
    auto *filters = new QGridLayout;
    const auto addList = [this, filters](const QString &text, QComboBox *box, int row, int column) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(box, row, column * 2 + 1);
    };
    addList(tr("De&partment:"), m_department, 0, 0);
    addList(tr("Time &zone:"), m_timeZone, 0, 1);
    addList(tr("Pro&ject:"), m_project, 1, 0);
    addList(tr("Cu&stomer:"), m_customer, 1, 1);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Team's time"));
    m_view->setObjectName(u"reviewTable"_s);
    m_view->setModel(m_proxy);
    showElidedTextAsToolTip(m_view);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewModel::NameColumn,
                                                     QHeaderView::Interactive);
    m_view->setColumnWidth(ReviewModel::NameColumn, 180);
    m_view->setToolTip(tr("Enter or double-click opens the member's timesheet"));
    // Enter (and a double click) on a member: their timesheet of the period.
    connect(m_view, &QTableView::activated, this, &ReviewPage::openMember);

    m_loading =
        new LoadingOverlay(m_view, tr("Loading the team\u2019s time from the server\u2026"));
    m_empty = new QLabel(
        tr("No team time is cached for this period yet. It is fetched when you are online."), this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_message = new QLabel(this);
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_lock = new QPushButton(tr("&Lock…"), this);
    m_lock->setObjectName(u"reviewLock"_s);
    m_lock->setToolTip(tr("Lock the period's time-track and leave of the selected members"));
    connect(m_lock, &QPushButton::clicked, this, [this]() { askLock(true); });
    m_unlock = new QPushButton(tr("&Unlock…"), this);
    m_unlock->setObjectName(u"reviewUnlock"_s);
    m_unlock->setToolTip(tr("Unlock the period for the selected members"));
    connect(m_unlock, &QPushButton::clicked, this, [this]() { askLock(false); });
    m_openWeb = new QPushButton(tr("&Open in actiTIME"), this);
    m_openWeb->setObjectName(u"reviewOpenWeb"_s);
    m_openWeb->setToolTip(tr("Time is approved in actiTIME's web interface (the API cannot "
                             "approve): opens it in the browser"));
    connect(m_openWeb, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(m_workspace.teamApprovalUrl()); });
    m_chartsButton = new QPushButton(tr("&Charts…"), this);
    m_chartsButton->setObjectName(u"reviewChartsButton"_s);
    m_chartsButton->setToolTip(tr("Hours per project, customer and member, and tracked against "
                                  "scheduled, of the members shown"));
    connect(m_chartsButton, &QPushButton::clicked, this, &ReviewPage::openCharts);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_chartsButton);
    actions->addWidget(m_lock);
    actions->addWidget(m_unlock);
    actions->addWidget(m_openWeb);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);

    connect(m_model, &ReviewModel::reloaded, this, [this]() {
        updateFilters();
        // Who tracked time on what changes with the figures: read again now only when a
        // project or customer is chosen; otherwise when a box is next opened.
        m_workStale = true;
        if (chosenId(m_project) || chosenId(m_customer))
            updateWorkFilters();
        updateAsOf();
        m_empty->setVisible(m_model->rowCount() == 0 && !m_loading->isLoading());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        // Day columns come and go with the period.
        for (int column = ReviewModel::FirstDayColumn; column < m_model->columnCount(); ++column)
            m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    });
    connect(&m_workspace, &AccountWorkspace::teamRefreshProgress, this,
            [this](int done, int total) {
                m_progress->setRange(0, std::max(total, 1));
                m_progress->setValue(done);
                const bool refreshing = m_workspace.isTeamRefreshing();
                m_progress->setVisible(refreshing);
                m_cancel->setVisible(refreshing);
                // The progress takes the place of "As of …" (which it is about to change):
                // both at once widened the window past 800 pixels, and it did not shrink back.
                m_asOf->setVisible(!refreshing);
            });
    const auto refreshEnded = [this]() {
        m_progress->hide();
        m_cancel->hide();
        m_asOf->show();
        updateAsOf();
    };
    connect(&m_workspace, &AccountWorkspace::teamWeekRefreshed, this, refreshEnded);
    connect(&m_workspace, &AccountWorkspace::teamRefreshCancelled, this, [this, refreshEnded]() {
        refreshEnded();
        setLoading(false);
        showMessage(tr("Fetching the team's time was cancelled; the cached figures are shown."));
    });
    connect(&m_workspace, &AccountWorkspace::teamRefreshFailed, this,
            [this, refreshEnded](const QString &message) {
                refreshEnded();
                showMessage(message);
            });
    connect(&m_workspace, &AccountWorkspace::teamLockFinished, this, &ReviewPage::onLockFinished);
    updateFilters();
}

QDate ReviewPage::weekStart() const
{
    return m_model->from().isValid() ? m_model->from() : m_today;
}

QDate ReviewPage::periodEnd() const
{
    return m_model->to().isValid() ? m_model->to() : m_today;
}

bool ReviewPage::hasPeriod() const
{
    return m_model->from().isValid();
}

void ReviewPage::showWeek(const QDate &anyDay)
{
    if (m_period == Period::Month) {
        const QDate first(anyDay.year(), anyDay.month(), 1);
        showPeriod(first, first.addMonths(1).addDays(-1));
    } else {
        const QDate start = m_model->weekStartOf(anyDay);
        showPeriod(start, start.addDays(6));
    }
}

void ReviewPage::setPeriodKind(Period period)
{
    m_period = period;
    m_periodBox->setCurrentIndex(period == Period::Month ? 1 : 0);
    m_navigator->setPeriodIsMonth(period == Period::Month);
    // The month (or week) holding the period's first day, or today's when it holds today.
    const bool showsToday = hasPeriod() && weekStart() <= m_today && m_today <= periodEnd();
    showWeek(showsToday || !hasPeriod() ? m_today : weekStart());
}

void ReviewPage::step(int direction)
{
    showWeek(m_period == Period::Month ? weekStart().addMonths(direction)
                                       : weekStart().addDays(7 * direction));
}

void ReviewPage::showPeriod(const QDate &from, const QDate &to)
{
    m_model->setPeriod(from, to);
    updateTitle();
    updateAsOf();
    m_message->hide();
    m_workspace.refreshTeamWeek(from, to);
    Q_EMIT weekShown(from, to);
}

void ReviewPage::refresh()
{
    if (hasPeriod())
        m_workspace.refreshTeamWeek(weekStart(), periodEnd());
}

void ReviewPage::updateTitle()
{
    const QLocale locale;
    const QDate from = weekStart();
    const QDate to = periodEnd();
    m_title->setText(m_period == Period::Month
                         ? tr("Team · %1")
                               .arg(locale.standaloneMonthName(from.month()) + u' '
                                    + QString::number(from.year()))
                         : tr("Team · %1 – %2")
                               .arg(locale.toString(from, QLocale::ShortFormat),
                                    locale.toString(to, QLocale::ShortFormat)));
    m_empty->setVisible(m_model->rowCount() == 0 && !m_loading->isLoading());
    m_navigator->action(WeekNavigator::Step::Current)->setEnabled(m_today < from || m_today > to);
}

void ReviewPage::updateAsOf()
{
    const QDateTime asOf = m_model->asOf();
    m_asOf->setText(
        asOf.isValid()
            ? tr("As of %1").arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat))
            : tr("Not fetched yet"));
}

void ReviewPage::updateFilters()
{
    // The departments and time-zone groups of the members shown, each once, by name.
    const auto fill = [this](QComboBox *box, int idRole, int column, const QString &all) {
        std::set<std::pair<QString, int>> entries;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            entries.insert({index.data().toString(), index.data(idRole).toInt()});
        }
        const QVariant chosen = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all);
        for (const auto &[name, id] : entries)
            box->addItem(name.isEmpty() ? tr("(unnamed)") : name, id);
        // The chosen one stays; when it is gone, everybody shows again.
        box->setCurrentIndex(std::max(chosen.isValid() ? box->findData(chosen) : 0, 0));
    };
    fill(m_department, ReviewModel::DepartmentIdRole, ReviewModel::DepartmentColumn,
         tr("All departments"));
    fill(m_timeZone, ReviewModel::TimeZoneGroupIdRole, ReviewModel::TimeZoneGroupColumn,
         tr("All time zones"));
    m_proxy->setDepartment(chosenId(m_department));
    m_proxy->setTimeZoneGroup(chosenId(m_timeZone));
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // A click or Alt+J / Alt+S gives the box the focus before its list opens.
    if ((watched == m_project || watched == m_customer) && m_workStale
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        updateWorkFilters();
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::updateWorkFilters()
{
    m_workStale = false;
    const ReviewModel::PeriodWork work = m_model->periodWork();
    m_projectMembers.clear();
    m_customerMembers.clear();
    const auto fill = [](QComboBox *box, const QList<ReviewModel::WorkItem> &items,
                         QHash<int, QSet<int>> &members) {
        const QVariant chosen = box->currentData();
        const QString all = box->itemText(0);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all);
        for (const ReviewModel::WorkItem &item : items) {
            box->addItem(item.name.isEmpty() ? tr("(unnamed)") : item.name, item.id);
            members.insert(item.id, item.userIds);
        }
        // The chosen one stays even when nobody tracked time on it now (nobody matches then).
        int at = chosen.isValid() ? box->findData(chosen) : 0;
        if (at < 0) {
            box->addItem(tr("(no time in this period)"), chosen);
            at = box->count() - 1;
        }
        box->setCurrentIndex(at);
    };
    fill(m_project, work.projects, m_projectMembers);
    fill(m_customer, work.customers, m_customerMembers);
    applyWorkFilter();
}

void ReviewPage::applyWorkFilter()
{
    std::optional<QSet<int>> members;
    if (const std::optional<int> project = chosenId(m_project))
        members = m_projectMembers.value(*project);
    if (const std::optional<int> customer = chosenId(m_customer)) {
        const QSet<int> ofCustomer = m_customerMembers.value(*customer);
        members = members ? QSet<int>(*members).intersect(ofCustomer) : ofCustomer;
    }
    m_proxy->setMembers(members);
}

void ReviewPage::setLoading(bool loading)
{
    // A period cached before shows its figures while it is fetched again.
    m_loading->setLoading(loading && !m_model->asOf().isValid());
    m_empty->setVisible(m_model->rowCount() == 0 && !m_loading->isLoading());
}

bool ReviewPage::isLoading() const
{
    return m_loading->isLoading();
}

void ReviewPage::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today);
    if (m_drillDown)
        m_drillDown->setToday(today);
    if (hasPeriod())
        updateTitle();
}

void ReviewPage::openMember(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    const int userId = source.data(ReviewModel::UserIdRole).toInt();
    if (!userId)
        return;
    if (m_drillDown)
        m_drillDown->close();
    auto *dialog = new MemberTimesheetDialog(
        m_workspace, m_model->createTimesheet(userId, nullptr), m_model->nameAt(source.row()),
        m_model->readOnlyReason(userId), weekStart(), periodEnd(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setToday(m_today);
    m_drillDown = dialog;
    // The week of the day chosen, or the period's first week.
    const QDate day = source.data(ReviewModel::DateRole).toDate();
    dialog->showWeek(day.isValid() ? day : weekStart());
    dialog->show();
}

MemberTimesheetDialog *ReviewPage::memberTimesheet() const
{
    return m_drillDown;
}

ReviewCharts *ReviewPage::charts() const
{
    return m_charts;
}

void ReviewPage::openCharts()
{
    if (!m_charts) {
        m_charts = new ReviewCharts(m_model, m_proxy, this);
        m_charts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_charts->show();
    m_charts->raise();
}

QList<int> ReviewPage::selectedUserIds() const
{
    QList<int> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(ReviewModel::UserIdRole).toInt());
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_view->currentIndex().data(ReviewModel::UserIdRole).toInt());
    ids.removeAll(0);
    return ids;
}

void ReviewPage::askLock(bool lock)
{
    const QList<int> ids = selectedUserIds();
    if (ids.isEmpty() || !hasPeriod()) {
        showMessage(tr("Select the team members first."));
        return;
    }
    const QLocale locale;
    const QString period = tr("%1 – %2").arg(locale.toString(weekStart(), QLocale::ShortFormat),
                                             locale.toString(periodEnd(), QLocale::ShortFormat));
    const int n = int(ids.size());
    QString question;
    if (lock)
        question = n == 1 ? tr("Lock the time-track and leave of %n member for %1? Nobody can "
                               "change it until it is unlocked.",
                               nullptr, n)
                          : tr("Lock the time-track and leave of %n members for %1? Nobody can "
                               "change it until it is unlocked.",
                               nullptr, n);
    else
        question = n == 1 ? tr("Unlock the time-track and leave of %n member for %1?", nullptr, n)
                          : tr("Unlock the time-track and leave of %n members for %1?", nullptr, n);
    auto *box = new QMessageBox(QMessageBox::Question, lock ? tr("Lock Time") : tr("Unlock Time"),
                                question.arg(period), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"reviewLockConfirm"_s);
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QDate from = weekStart();
    const QDate to = periodEnd();
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, ids, from, to, lock](QAbstractButton *button) {
                if (box->standardButton(button) == QMessageBox::Yes)
                    m_workspace.lockTeamTime(ids, from, to, lock);
            });
    box->open();
}

void ReviewPage::onLockFinished(bool lock, bool ok, const QString &message)
{
    if (!ok) {
        showMessage(lock ? tr("The server did not lock the time: %1").arg(message)
                         : tr("The server did not unlock the time: %1").arg(message));
        return;
    }
    showMessage(lock ? tr("Locked. Nobody can change the locked days until they are unlocked.")
                     : tr("Unlocked."));
}

void ReviewPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace actidesk
