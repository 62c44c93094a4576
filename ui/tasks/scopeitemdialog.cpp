#include "scopeitemdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString hoursText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ScopeItemDialog::ScopeItemDialog(const ScopeTreeModel &model, ScopeTreeModel::Kind kind, int id,
                                 QWidget *parent)
    : QDialog(parent), m_kind(kind)
{
    const Customer *customer = kind == ScopeTreeModel::CustomerItem ? model.customer(id) : nullptr;
    const Project *project = kind == ScopeTreeModel::ProjectItem ? model.project(id) : nullptr;
    const Task *task = kind == ScopeTreeModel::TaskItem ? model.task(id) : nullptr;
    m_isNew = !customer && !project && !task;
    const QString titles[3][2] = {{tr("New Customer"), tr("Edit Customer")},
                                  {tr("New Project"), tr("Edit Project")},
                                  {tr("New Task"), tr("Edit Task")}};
    setWindowTitle(titles[kind][m_isNew ? 0 : 1]);

    auto *form = new QFormLayout;
    m_form = form;
    m_name = new QLineEdit(this);
    m_name->setMaxLength(255);
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);
    form->addRow(tr("&Description:"), m_description);

    if (kind == ScopeTreeModel::TaskItem) {
        m_hasDeadline = new QCheckBox(tr("D&eadline:"), this);
        m_deadline = new QDateEdit(this);
        m_deadline->setCalendarPopup(true);
        m_deadline->setEnabled(false);
        connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
        form->addRow(m_hasDeadline, m_deadline);
        m_estimate = new QLineEdit(this);
        m_estimate->setPlaceholderText(tr("e.g. 12:30 or 12.5 (hours)"));
        form->addRow(tr("E&stimate:"), m_estimate);
        m_typeOfWork = new QComboBox(this);
        m_typeOfWork->addItem(tr("(server default)"), 0);
        for (const TypeOfWork &type : model.typesOfWork()) {
            if (!type.archived || (task && task->typeOfWorkId == type.id))
                m_typeOfWork->addItem(type.name, type.id);
        }
        form->addRow(tr("&Type of work:"), m_typeOfWork);
        m_workflowStatus = new QComboBox(this);
        m_workflowStatus->addItem(tr("(server default)"), 0);
        for (const WorkflowStatus &status : model.workflowStatuses())
            m_workflowStatus->addItem(status.type == WorkflowStatusType::Completed
                                          ? tr("%1 (completed)").arg(status.name)
                                          : status.name,
                                      status.id);
        form->addRow(tr("&Workflow status:"), m_workflowStatus);
    } else {
        m_archived = new QCheckBox(tr("&Archived"), this);
        m_archived->setEnabled(!m_isNew); // the API creates them open
        form->addRow(QString(), m_archived);
    }

    if (customer) {
        m_name->setText(customer->name);
        m_description->setPlainText(customer->description);
        m_archived->setChecked(customer->archived);
    } else if (project) {
        m_name->setText(project->name);
        m_description->setPlainText(project->description);
        m_archived->setChecked(project->archived);
    } else if (task) {
        m_name->setText(task->name);
        m_description->setPlainText(task->description);
        m_hasDeadline->setChecked(task->deadline.isValid());
        if (task->deadline.isValid())
            m_deadline->setDate(task->deadline);
        if (task->estimatedMinutes)
            m_estimate->setText(hoursText(*task->estimatedMinutes));
        m_typeOfWork->setCurrentIndex(std::max(0, m_typeOfWork->findData(task->typeOfWorkId)));
        m_workflowStatus->setCurrentIndex(
            std::max(0, m_workflowStatus->findData(task->workflowStatusId)));
    }
    if (m_deadline && !m_hasDeadline->isChecked())
        m_deadline->setDate(model.today());
    m_name->selectAll();
    m_before = m_isNew ? QJsonObject() : changes();

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_isNew ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ScopeItemDialog::name() const
{
    return m_name->text().trimmed();
}

std::optional<int> ScopeItemDialog::estimateMinutes(bool *ok) const
{
    *ok = true;
    const QString text = m_estimate->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression clock(u"^(\\d{1,5}):([0-5]\\d)$"_s);
    if (const QRegularExpressionMatch m = clock.match(text); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    bool number = false;
    double hours = QLocale().toDouble(text, &number);
    if (!number)
        hours = QLocale::c().toDouble(text, &number);
    if (number && hours >= 0 && hours < 100000)
        return int(hours * 60 + 0.5);
    *ok = false;
    return std::nullopt;
}

QJsonObject ScopeItemDialog::changes() const
{
    QJsonObject all{{u"name"_s, name()},
                    {u"description"_s, textValue(m_description->toPlainText().trimmed())}};
    if (m_archived && !m_isNew)
        all.insert(u"archived"_s, m_archived->isChecked());
    if (m_kind == ScopeTreeModel::TaskItem) {
        all.insert(u"deadline"_s,
                   m_hasDeadline->isChecked() ? QJsonValue(m_deadline->date().toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null));
        bool ok = false;
        const std::optional<int> estimate = estimateMinutes(&ok);
        all.insert(u"estimatedTime"_s,
                   estimate ? QJsonValue(*estimate) : QJsonValue(QJsonValue::Null));
        if (const int type = m_typeOfWork->currentData().toInt())
            all.insert(u"typeOfWorkId"_s, type);
        if (const int status = m_workflowStatus->currentData().toInt())
            all.insert(u"workflowStatusId"_s, status);
    }
    if (m_before.isEmpty())
        return all;
    QJsonObject changed;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (m_before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

void ScopeItemDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ScopeItemDialog::setNameOnly()
{
    setWindowTitle(tr("Rename"));
    for (int row = 1; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    adjustSize();
}

void ScopeItemDialog::accept()
{
    if (name().isEmpty()) {
        showError(tr("Type a name."));
        m_name->setFocus();
        return;
    }
    if (m_estimate) {
        bool ok = false;
        (void)estimateMinutes(&ok);
        if (!ok) {
            showError(tr("The estimate is not understood: type hours and minutes (12:30) or "
                         "hours (12.5)."));
            m_estimate->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace actidesk
