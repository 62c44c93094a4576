#include "leaverangedialog.h"

#include "duration.h"
#include "leavebalancename.h"
#include "localedates.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QLabel *messageLabel(QWidget *parent, const QString &color)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: %1;"_s.arg(color));
    label->hide();
    return label;
}

} // namespace

LeaveRangeDialog::LeaveRangeDialog(const AccountModels &models, int userId, const QDate &from,
                                   const QDate &to, QWidget *parent)
    : QDialog(parent), m_models(models), m_userId(userId), m_plan(LeavePlan::Input{})
{
    setWindowTitle(tr("Add leave"));
    m_type = new QComboBox(this);
    m_from = new QDateEdit(from, this);
    m_to = new QDateEdit(to < from ? from : to, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(localedates::dayMonthFormat(QLocale(), true, true));
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(u"Wed 30 Sep 2026"_s) + 48);
    }
    m_to->setMinimumDate(from);
    m_fullDay = new QRadioButton(tr("&Full scheduled day"), this);
    m_fixed = new QRadioButton(tr("F&ixed time per day:"), this);
    m_fullDay->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_fullDay);
    group->addButton(m_fixed);
    m_duration = new QLineEdit(this);
    m_duration->setPlaceholderText(tr("e.g. 4 or 4:30"));
    m_duration->setEnabled(false);
    m_duration->setMaximumWidth(fontMetrics().horizontalAdvance(u"e.g. 4 or 4:30"_s) * 3 / 2);
    m_durationError = messageLabel(this, u"#b91c1c"_s);

    m_preview = new QTreeWidget(this);
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setHeaderLabels({tr("Date"), tr("Day"), tr("Time"), tr("What happens")});
    m_preview->header()->setStretchLastSection(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_notice = messageLabel(this, u"#92400e"_s);
    m_tracked = messageLabel(this, u"#92400e"_s);
    m_error = messageLabel(this, u"#b91c1c"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add leave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveRangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveRangeDialog::reject);

    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    auto *fixed = new QHBoxLayout;
    fixed->addWidget(m_fixed);
    fixed->addWidget(m_duration);
    fixed->addStretch();
    auto *time = new QVBoxLayout;
    time->addWidget(m_fullDay);
    time->addLayout(fixed);
    time->addWidget(m_durationError);
    auto *form = new QFormLayout;
    form->addRow(tr("&Leave type:"), m_type);
    form->addRow(tr("&Days:"), range);
    form->addRow(tr("Time:"), time);
    qobject_cast<QLabel *>(form->labelForField(range))->setBuddy(m_from);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_tracked);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 520);

    fillLeaveTypes();
    connect(m_type, &QComboBox::currentIndexChanged, this, &LeaveRangeDialog::replan);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_to->setMinimumDate(date); // moves "to" along when it would end before "from"
        replan();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &LeaveRangeDialog::replan);
    connect(m_fixed, &QRadioButton::toggled, this, [this](bool on) {
        m_duration->setEnabled(on);
        if (on)
            m_duration->setFocus();
        replan();
    });
    connect(m_duration, &QLineEdit::textChanged, this, &LeaveRangeDialog::replan);
    m_scheduleTimer.setSingleShot(true);
    m_scheduleTimer.setInterval(200);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &LeaveRangeDialog::askForSchedule);
    replan();
    // A schedule fetched for the range (scheduleNeeded), new approvals or leave: plan again.
    models.watchDays(
        userId, [this]() { return std::pair(m_from->date(), m_to->date()); },
        [this]() { refresh(); }, this);
}

void LeaveRangeDialog::fillLeaveTypes()
{
    const int current = m_type->currentData().toInt();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    QList<LeaveType> types = m_models.leaveTypes();
    std::sort(types.begin(), types.end(), [](const LeaveType &a, const LeaveType &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const LeaveType &type : std::as_const(types)) {
        if (type.archived)
            continue;
        m_type->addItem(type.balance == LeaveBalance::None
                            ? type.name
                            : tr("%1 (%2)").arg(type.name, balanceName(type.balance)),
                        type.id);
    }
    if (const int i = m_type->findData(current); i >= 0)
        m_type->setCurrentIndex(i);
}

void LeaveRangeDialog::setLeaveType(int leaveTypeId)
{
    if (const int i = m_type->findData(leaveTypeId); i >= 0)
        m_type->setCurrentIndex(i);
}

void LeaveRangeDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void LeaveRangeDialog::setTimePerDay(const std::optional<QString> &text)
{
    if (text)
        m_duration->setText(*text);
    (text ? m_fixed : m_fullDay)->setChecked(true);
}

void LeaveRangeDialog::refresh()
{
    fillLeaveTypes();
    replan();
}

void LeaveRangeDialog::replan()
{
    std::optional<int> perDay;
    m_durationError->hide();
    if (m_fixed->isChecked()) {
        const DurationFormat format(m_models.serverInfo());
        const DurationFormat::Parsed parsed = format.parse(m_duration->text());
        if (parsed.ok() && *parsed.minutes > 0) {
            perDay = parsed.minutes;
        } else {
            m_durationError->setText(m_duration->text().trimmed().isEmpty() || parsed.ok()
                                         ? tr("Enter the time to take off each day.")
                                         : parsed.error);
            m_durationError->setVisible(m_duration->isModified());
            perDay = 0; // refused by the plan: nothing can be added until it is fixed
        }
    }
    m_plan = m_models.planLeave(m_userId, m_type->currentData().toInt(), m_from->date(),
                                m_to->date(), perDay);
    if (m_type->count() == 0)
        m_plan = LeavePlan(LeavePlan::Input{}); // no leave type to choose: nothing to plan
    showPlan();

    if (m_plan.scheduleMissing())
        m_scheduleTimer.start();
}

void LeaveRangeDialog::askForSchedule()
{
    const std::pair range(m_from->date(), m_to->date());
    if (m_plan.scheduleMissing() && range != m_requested) {
        m_requested = range;
        Q_EMIT scheduleNeeded(range.first, range.second);
    }
}

void LeaveRangeDialog::showPlan()
{
    const DurationFormat format(m_models.serverInfo());
    const QLocale locale;
    m_preview->clear();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const PlannedLeaveDay &day : m_plan.days()) {
        QString what;
        switch (day.outcome) {
        case PlannedLeaveDay::Outcome::Add:
            what = tr("Add");
            break;
        case PlannedLeaveDay::Outcome::Replace:
            what = tr("Replace %1").arg(format.format(day.existingMinutes));
            break;
        case PlannedLeaveDay::Outcome::Skip:
            what = tr("Skip \u2014 %1").arg(day.reason);
            break;
        }
        if (day.writes() && day.trackedMinutes > 0)
            what =
                tr("%1 (%2 of time tracked already)").arg(what, format.format(day.trackedMinutes));
        auto *item =
            new QTreeWidgetItem(m_preview,
                                {locale.toString(day.date, QLocale::ShortFormat),
                                 locale.dayName(day.date.dayOfWeek(), QLocale::LongFormat),
                                 day.writes() ? format.format(day.minutes) : u"\u2014"_s, what});
        item->setData(0, Qt::UserRole, day.date);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!day.writes()) {
            for (int column = 0; column < item->columnCount(); ++column)
                item->setForeground(column, muted);
        }
    }
    for (int column = 0; column < 3; ++column)
        m_preview->resizeColumnToContents(column);

    if (!m_plan.isValid()) {
        m_summary->setText(m_type->count() == 0
                               ? tr("No leave types are known here yet; refresh and try again.")
                               : m_plan.error());
    } else {
        const int skipped = int(m_plan.days().size()) - m_plan.writeCount();
        m_summary->setText(tr("Days to enter: %1 (%2 in all). Days skipped: %3.")
                               .arg(m_plan.writeCount())
                               .arg(format.format(m_plan.writeMinutes()))
                               .arg(skipped));
    }
    m_notice->setText(tr("The work schedule of some of these days is not on this computer yet; "
                         "it is being fetched, and the preview updates when it arrives."));
    m_notice->setVisible(m_plan.scheduleMissing());
    m_tracked->setText(m_plan.trackedTimeWarning(format, locale));
    m_tracked->setVisible(!m_tracked->text().isEmpty());
    m_ok->setEnabled(m_plan.writeCount() > 0);
}

QString LeaveRangeDialog::trackedTimeWarning() const
{
    return m_tracked->isHidden() ? QString() : m_tracked->text();
}

void LeaveRangeDialog::accept()
{
    const LeavePlan::ApplyResult result = m_models.applyLeave(m_plan, m_userId);
    if (result.written > 0)
        Q_EMIT written(result.written);
    if (result.ok()) {
        QDialog::accept();
        return;
    }
    m_error->setText(
        result.failedOn.isValid()
            ? tr("Days saved: %1. %2 could not be saved: %3")
                  .arg(result.written)
                  .arg(QLocale().toString(result.failedOn, QLocale::ShortFormat), result.error)
            : result.error);
    m_error->show();
    replan();
}

} // namespace actidesk
