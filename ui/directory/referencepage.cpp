#include "referencepage.h"

#include "accountmodels.h"
#include "elidedtooltips.h"
#include "loadingoverlay.h"
#include "searchfield.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace actidesk {

ReferencePage::ReferencePage(const AccountModels &models, QWidget *parent)
    : QWidget(parent), m_model(models.referenceLists(this)),
      m_filter(new ReferenceFilterModel(this))
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

    connect(m_lists, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setList(ReferenceListModel::List(m_lists->itemData(index).toInt()));
        // Settings are in the server's order; every other list starts sorted by name.
        m_view->sortByColumn(m_model->list() == ReferenceListModel::Settings ? -1 : 0,
                             Qt::AscendingOrder);
        m_view->resizeColumnsToContents();
        updateSummary();
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
    layout->addWidget(m_summary);
    setTabOrder(m_lists, m_search);
    setTabOrder(m_search, m_view);

    m_view->resizeColumnsToContents();
    updateSummary();
}

void ReferencePage::showList(ReferenceListModel::List list)
{
    m_lists->setCurrentIndex(m_lists->findData(int(list)));
}

void ReferencePage::reload()
{
    m_model->reload();
    m_view->resizeColumnsToContents();
    updateSummary();
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
