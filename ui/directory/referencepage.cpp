#include "referencepage.h"

#include "accountmodels.h"
#include "elidedtooltips.h"
#include "loadingoverlay.h"
#include "searchfield.h"
#include "workflowstatusdialog.h"
#include "workflowstatuseditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace actidesk {

ReferencePage::ReferencePage(const AccountModels &models, QWidget *parent)
    : QWidget(parent), m_model(models.referenceLists(this)),
      m_filter(new ReferenceFilterModel(this)), m_statusEditor(models.workflowStatusEditor(this))
{
    // The model re-reads after changes in the cache through reload(), which also redoes the
    // summary.
    m_model->setReloadHandler([this] { reload(); });
    m_filter->setSourceModel(m_model);

    m_lists = new QComboBox(this);
    m_lists->setAccessibleName(tr("List"));
    for (int list = 0; list < ReferenceListModel::ListCount; ++list)
        m_lists->addItem(ReferenceListModel::listName(ReferenceListModel::List(list)), list);
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_lists);

    m_search =
        addSearchField(this, tr("Search by words"), tr("Search the list"), tr("Search List"));

    m_view = new QTableView(this);
    showElidedTextAsToolTip(m_view);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("List entries"));
    // Typing on the table searches: the keys go to the search field (type-to-search).
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    // Editing the workflow statuses: the buttons show with that list; the keys work on the page.
    m_statusBar = new QWidget(this);
    m_new = new QPushButton(tr("&New\u2026"), m_statusBar);
    m_rename = new QPushButton(tr("&Rename\u2026"), m_statusBar);
    m_delete = new QPushButton(tr("Delete"), m_statusBar); // Del; Alt+D is the demo menu
    m_new->setToolTip(tr("New workflow status (Ins)"));
    m_rename->setToolTip(tr("Rename the workflow status or change its type (F2)"));
    m_delete->setToolTip(tr("Delete the workflow status (Del)"));
    m_discard = new QPushButton(tr("Dis&card Refused Change"), m_statusBar);
    m_editMessage = new QLabel(m_statusBar);
    m_editMessage->setWordWrap(true);
    auto *statusRow = new QHBoxLayout(m_statusBar);
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_new);
    statusRow->addWidget(m_rename);
    statusRow->addWidget(m_delete);
    statusRow->addWidget(m_discard);
    statusRow->addWidget(m_editMessage, 1);
    const auto addKey = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (m_model->list() == ReferenceListModel::WorkflowStatuses)
                slot();
        });
        addAction(action);
    };
    addKey(QKeySequence(Qt::Key_Insert), [this] { editStatus(0); });
    addKey(QKeySequence(Qt::Key_F2), [this] {
        if (currentStatusId() != 0)
            editStatus(currentStatusId());
    });
    addKey(QKeySequence(QKeySequence::Delete), [this] { confirmDeleteStatus(); });
    connect(m_new, &QPushButton::clicked, this, [this] { editStatus(0); });
    connect(m_rename, &QPushButton::clicked, this, [this] { editStatus(currentStatusId()); });
    connect(m_delete, &QPushButton::clicked, this, &ReferencePage::confirmDeleteStatus);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        report(m_statusEditor->discardRefused(currentStatusId()).error);
        reload();
        m_view->setFocus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReferencePage::updateEditActions);
    // A refusal (or a confirmation) arrives while a status is selected: its buttons follow.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReferencePage::updateEditActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ReferencePage::updateEditActions);

    connect(m_lists, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setList(ReferenceListModel::List(m_lists->itemData(index).toInt()));
        // Settings are in the server's order; every other list starts sorted by name.
        m_view->sortByColumn(m_model->list() == ReferenceListModel::Settings ? -1 : 0,
                             Qt::AscendingOrder);
        m_view->resizeColumnsToContents();
        m_editMessage->clear();
        updateSummary();
        updateEditActions();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateSummary();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ReferencePage::focusTable);

    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_lists);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusBar);
    layout->addWidget(m_summary);
    setTabOrder(m_lists, m_search);
    setTabOrder(m_search, m_view);

    m_view->resizeColumnsToContents();
    updateSummary();
    updateEditActions();
}

void ReferencePage::showList(ReferenceListModel::List list)
{
    m_lists->setCurrentIndex(m_lists->findData(int(list)));
}

void ReferencePage::reload()
{
    const int current = m_wanted ? m_wanted : currentStatusId();
    m_model->reload();
    m_view->resizeColumnsToContents();
    // The status the user worked on stays selected (a new one is selected once it shows).
    if (current != 0 && m_model->list() == ReferenceListModel::WorkflowStatuses) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(ReferenceListModel::IdRole).toInt() == current) {
                m_view->setCurrentIndex(index);
                m_wanted = 0;
                break;
            }
        }
    }
    updateSummary();
    updateEditActions();
}

int ReferencePage::currentStatusId() const
{
    if (m_model->list() != ReferenceListModel::WorkflowStatuses)
        return 0;
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReferenceListModel::IdRole).toInt() : 0;
}

void ReferencePage::updateEditActions()
{
    const bool statuses = m_model->list() == ReferenceListModel::WorkflowStatuses;
    m_statusBar->setVisible(statuses);
    if (!statuses)
        return;
    using Action = WorkflowStatusEditor::Action;
    const int id = currentStatusId();
    const auto allow = [](QPushButton *button, const QString &why, const QString &tip) {
        button->setEnabled(why.isEmpty());
        button->setToolTip(why.isEmpty() ? tip : why);
    };
    allow(m_new, m_statusEditor->whyNot(Action::Create, 0), tr("New workflow status (Ins)"));
    const QString none = tr("Select a workflow status first.");
    allow(m_rename, id ? m_statusEditor->whyNot(Action::Edit, id) : none,
          tr("Rename the workflow status or change its type (F2)"));
    allow(m_delete, id ? m_statusEditor->whyNot(Action::Delete, id) : none,
          tr("Delete the workflow status (Del)"));
    // Shown only for a status whose change the server refused: the refusal stays (and nothing
    // else is sent for it) until the user gives the change up, renames again or deletes.
    const bool refused =
        id && !m_view->currentIndex().data(ReferenceListModel::ProblemRole).toString().isEmpty();
    m_discard->setVisible(refused);
    m_discard->setToolTip(tr("Give up the change the server refused; the list shows the "
                             "server's status again."));
}

void ReferencePage::report(const QString &error)
{
    m_editMessage->setText(error);
    updateEditActions();
}

void ReferencePage::editStatus(int id)
{
    QString name;
    WorkflowStatusType type = WorkflowStatusType::Open;
    if (id != 0) {
        if (const std::optional<WorkflowStatusRow> row = m_statusEditor->shown(id)) {
            name = row->status.name;
            type = row->status.type;
        }
    }
    const QString why = m_statusEditor->whyNot(
        id ? WorkflowStatusEditor::Action::Edit : WorkflowStatusEditor::Action::Create, id);
    if (!why.isEmpty()) {
        report(why);
        return;
    }
    auto *dialog = new WorkflowStatusDialog(name, type, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const ScopeEditResult result = id
            ? m_statusEditor->update(id, dialog->name(), dialog->type())
            : m_statusEditor->create(dialog->name(), dialog->type());
        if (result && !id)
            m_wanted = result.id;
        report(result.error);
        if (result)
            reload();
        m_view->setFocus();
    });
    dialog->open();
}

void ReferencePage::confirmDeleteStatus()
{
    const int id = currentStatusId();
    if (id == 0)
        return;
    if (const QString why = m_statusEditor->whyNot(WorkflowStatusEditor::Action::Delete, id);
        !why.isEmpty()) {
        report(why);
        return;
    }
    const QString name = m_view->currentIndex().siblingAtColumn(0).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"),
                                tr("Delete the workflow status \u201c%1\u201d?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(tr("The server deletes only a status no task uses and not the last "
                               "of its type; otherwise it refuses, and the list says so."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        report(m_statusEditor->remove(id).error);
        reload();
        m_view->setFocus();
    });
    box->open();
}

void ReferencePage::focusTable()
{
    m_view->setFocus(Qt::TabFocusReason);
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_filter->index(0, 0));
}

bool ReferencePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->key() == Qt::Key_Down) {
        focusTable();
        return true;
    }
    const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (watched == m_view && printable) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->insert(key->text());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReferencePage::setLoading(bool loading)
{
    m_fetching = loading;
    updateSummary();
}

bool ReferencePage::isLoading() const
{
    return m_loading && m_loading->isLoading();
}

void ReferencePage::updateSummary()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_loading)
        m_loading = new LoadingOverlay(m_view, tr("Loading from the server\u2026"));
    m_loading->setLoading(m_fetching && all == 0);
    if (m_loading->isLoading()) {
        m_summary->setText(tr("Loading\u2026"));
        return;
    }
    if (!m_model->unavailableReason().isEmpty()) {
        m_summary->setText(m_model->unavailableReason());
        return;
    }
    if (all == 0) {
        m_summary->setText(
            tr("Nothing cached yet for this list. It arrives with the next refresh (F5)."));
        return;
    }
    if (shown == all)
        m_summary->setText(all == 1 ? tr("%n entry", nullptr, all)
                                    : tr("%n entries", nullptr, all));
    else
        m_summary->setText(all == 1 ? tr("%1 of %n entry match", nullptr, all).arg(shown)
                                    : tr("%1 of %n entries match", nullptr, all).arg(shown));
}

} // namespace actidesk
