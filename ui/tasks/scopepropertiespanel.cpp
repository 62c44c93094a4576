#include "scopepropertiespanel.h"

#include "timedisplay.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

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
    m_settle = new QWidget(this);
    m_settle->hide();
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_commentsTitle = new QLabel(tr("Comments"), this);
    QFont heading = m_commentsTitle->font();
    heading.setBold(true);
    m_commentsTitle->setFont(heading);
    m_comments = new QLabel(this);
    m_comments->setWordWrap(true);
    m_comments->setTextFormat(Qt::PlainText);
    m_comments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commentsTitle->setBuddy(m_comments);
    // The time display changed (Preferences): the model reads durations the new way first (it
    // was connected before this panel existed), then the shown object is shown again.
    connect(&TimeDisplaySetting::instance(), &TimeDisplaySetting::changed, this,
            [this] { showObject(m_kind, m_id); });
    connect(&m_model, &ScopeTreeModel::commentsChanged, this, [this]() {
        m_commentsProblem.clear(); // fetched after all
        updateComments();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addWidget(m_settle);
    layout->addWidget(m_fields);
    layout->addSpacing(m_title->fontMetrics().height() / 2);
    layout->addWidget(m_commentsTitle);
    layout->addWidget(m_comments);
    layout->addStretch(1);
    showObject(ScopeTreeModel::CustomerItem, 0);
}

void ScopePropertiesPanel::setSettleActions(QAction *keepMine, QAction *takeTheirs)
{
    auto *layout = new QHBoxLayout(m_settle);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {keepMine, takeTheirs}) {
        auto *button = new QToolButton(m_settle);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
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

// The API gives a task no tracked total: the panel sums the time cached here and says so.
void ScopePropertiesPanel::addTrackedRow(const Task &task)
{
    const ScopeTreeModel::TrackedTime tracked = m_model.trackedOn(task.id);
    const QLocale locale;
    const int users = tracked.users;
    QString text;
    if (tracked.minutes == 0) {
        text = tr("None in the weeks cached here");
    } else if (task.estimatedMinutes && *task.estimatedMinutes > 0) {
        const QString percent =
            locale.toString(qRound(100.0 * tracked.minutes / *task.estimatedMinutes));
        text = users == 1
            ? tr("%1 of %2 estimated (%3%), by %n user, in the weeks cached here", nullptr, users)
            : tr("%1 of %2 estimated (%3%), by %n users, in the weeks cached here", nullptr, users);
        text = text.arg(m_model.durationText(tracked.minutes),
                        m_model.durationText(*task.estimatedMinutes), percent);
    } else {
        text = users == 1 ? tr("%1 by %n user in the weeks cached here", nullptr, users)
                          : tr("%1 by %n users in the weeks cached here", nullptr, users);
        text = text.arg(m_model.durationText(tracked.minutes));
    }
    addRow(tr("Tracked"), text);
    m_labels.value(tr("Tracked"))
        ->setToolTip(tracked.minutes == 0
                         ? tr("The server gives no total for a task: this is the sum of the time "
                              "cached here (the weeks this app fetched).")
                         : tr("The server gives no total for a task: this is the sum of the time "
                              "cached here, %1 to %2.")
                               .arg(locale.toString(tracked.from, QLocale::ShortFormat),
                                    locale.toString(tracked.to, QLocale::ShortFormat)));
}

void ScopePropertiesPanel::setCommentsProblem(ScopeTreeModel::Kind kind, int serverId,
                                              const QString &message)
{
    if (!m_id || kind != m_kind || m_model.serverIdOf(kind, m_id) != serverId)
        return;
    m_commentsProblem = message;
    updateComments();
}

void ScopePropertiesPanel::updateComments()
{
    const bool shown = m_id != 0
        && (m_kind == ScopeTreeModel::CustomerItem      ? m_model.customer(m_id) != nullptr
                : m_kind == ScopeTreeModel::ProjectItem ? m_model.project(m_id) != nullptr
                                                        : m_model.task(m_id) != nullptr);
    m_commentsTitle->setVisible(shown);
    m_comments->setVisible(shown);
    if (!shown)
        return;
    const QLocale locale;
    const ScopeTreeModel::Comments comments = m_model.comments(m_kind, m_id);
    QStringList parts;
    if (comments.fetched && comments.items.isEmpty())
        parts << tr("No comments.");
    for (const ScopeTreeModel::ShownComment &comment : comments.items) {
        parts << tr("%1, %2:").arg(
                     comment.author,
                     locale.toString(comment.created.toLocalTime(), QLocale::ShortFormat))
                + u'\n' + comment.text;
    }
    if (!m_commentsProblem.isEmpty()) {
        parts << (comments.fetched
                      ? tr("As fetched on %1; they could not be fetched again: %2")
                            .arg(locale.toString(comments.fetchedAt.toLocalTime(),
                                                 QLocale::ShortFormat),
                                 m_commentsProblem)
                      : tr("The comments could not be fetched: %1").arg(m_commentsProblem));
    } else if (!comments.fetched) {
        parts << (m_model.serverIdOf(m_kind, m_id) > 0 ? tr("Fetching the comments\u2026")
                                                       : tr("None: not on the server yet."));
    }
    m_comments->setText(parts.join(u"\n\n"_s));
}

void ScopePropertiesPanel::showObject(ScopeTreeModel::Kind kind, int id)
{
    if (kind != m_kind || id != m_id)
        m_commentsProblem.clear();
    m_kind = kind;
    m_id = id;
    updateComments();
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
        m_settle->hide();
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
            // One line: a wrapped rich-text link lost its second line in a narrow panel.
            : u"<a href=\"%1\">%2</a>"_s.arg(
                url.toHtmlEscaped(),
                tr("Open in actiTIME").toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
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
               task->estimatedMinutes ? m_model.durationText(*task->estimatedMinutes) : tr("None"));
        addTrackedRow(*task);
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
        m_settle->setVisible(m_settle->layout() != nullptr);
    } else if (m_model.isPending(kind, id)) {
        m_problem->setStyleSheet(QString());
        m_problem->setText(tr("Changes wait to be sent to the server."));
        m_problem->show();
        m_settle->hide();
    } else {
        m_problem->hide();
        m_settle->hide();
    }
}

} // namespace actidesk
