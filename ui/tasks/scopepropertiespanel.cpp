#include "scopepropertiespanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QString hoursText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ScopePropertiesPanel::ScopePropertiesPanel(const ScopeTreeModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    showObject(ScopeTreeModel::CustomerItem, 0);
}

QLabel *ScopePropertiesPanel::field(const QString &title) const
{
    return m_labels.value(title);
}

void ScopePropertiesPanel::addRow(const QString &title, const QString &text, bool rich)
{
    auto *label = new QLabel(m_fields);
    label->setWordWrap(true);
    label->setTextInteractionFlags(rich ? Qt::TextBrowserInteraction : Qt::TextSelectableByMouse);
    label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    label->setOpenExternalLinks(rich);
    label->setText(text);
    m_form->addRow(title + u':', label);
    m_labels.insert(title, label);
}

void ScopePropertiesPanel::showObject(ScopeTreeModel::Kind kind, int id)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_labels.clear();
    const QLocale locale;
    const Customer *customer =
        kind == ScopeTreeModel::CustomerItem ? m_model.customer(id) : nullptr;
    const Project *project = kind == ScopeTreeModel::ProjectItem ? m_model.project(id) : nullptr;
    const Task *task = kind == ScopeTreeModel::TaskItem ? m_model.task(id) : nullptr;
    if (!customer && !project && !task) {
        m_title->setText(tr("Select a customer, project or task to see its details."));
        m_problem->hide();
        return;
    }
    const auto description = [](const QString &text) { return text.isEmpty() ? tr("None") : text; };
    const auto created = [&locale](const QDateTime &when) {
        return when.isValid() ? locale.toString(when.toLocalTime().date(), QLocale::LongFormat)
                              : tr("Not yet on the server");
    };
    const auto link = [](const QString &url) {
        return url.isEmpty()
            ? tr("None")
            : u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), tr("Open in actiTIME"));
    };
    QString url, createdText;
    if (customer) {
        m_title->setText(customer->name);
        addRow(tr("Kind"), tr("Customer"));
        addRow(tr("Description"), description(customer->description));
        addRow(tr("Status"), customer->archived ? tr("Archived") : tr("Active"));
        addRow(tr("Projects"), locale.toString(m_model.projectsOf(id).size()));
        url = customer->url;
        createdText = created(customer->created);
    } else if (project) {
        m_title->setText(project->name);
        addRow(tr("Kind"), tr("Project"));
        addRow(tr("Customer"), project->customerName);
        addRow(tr("Description"), description(project->description));
        addRow(tr("Status"), project->archived ? tr("Archived") : tr("Active"));
        addRow(tr("Tasks"), locale.toString(m_model.tasksOf(id).size()));
        url = project->url;
        createdText = created(project->created);
    } else {
        m_title->setText(task->name);
        addRow(tr("Kind"), tr("Task"));
        addRow(tr("Project"), tr("%1 \u2014 %2").arg(task->customerName, task->projectName));
        addRow(tr("Description"), description(task->description));
        addRow(tr("Status"), task->isCompleted() ? tr("Completed") : tr("Open"));
        addRow(tr("Workflow status"),
               task->workflowStatusName.isEmpty() ? tr("None") : task->workflowStatusName);
        addRow(tr("Type of work"),
               task->typeOfWorkName.isEmpty() ? tr("None") : task->typeOfWorkName);
        addRow(tr("Deadline"),
               task->deadline.isValid() ? locale.toString(task->deadline, QLocale::LongFormat)
                                        : tr("None"));
        addRow(tr("Estimate"),
               task->estimatedMinutes ? hoursText(*task->estimatedMinutes) : tr("None"));
        url = task->url;
        createdText = created(task->created);
    }
    addRow(tr("Link"), link(url), true);
    addRow(tr("Created"), createdText);

    const QString problem = m_model.problem(kind, id);
    if (!problem.isEmpty()) {
        m_problem->setStyleSheet(u"color: #b00020"_s);
        m_problem->setText(tr("The server refused the last change: %1").arg(problem));
        m_problem->show();
    } else if (m_model.isPending(kind, id)) {
        m_problem->setStyleSheet(QString());
        m_problem->setText(tr("Changes wait to be sent to the server."));
        m_problem->show();
    } else {
        m_problem->hide();
    }
}

} // namespace actidesk
