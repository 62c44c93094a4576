#include "taskpickerdialog.h"

#include "accountmodels.h"
#include "taskpickermodel.h"
#include "timesheetpalette.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QVBoxLayout>

namespace actidesk {

namespace {

// Task name over "Customer › Project", like the timesheet's task column.
class TaskItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 10);
        // As wide as the list, not as the text: a long name elides (whole in the tooltip)
        // instead of pushing the list into scrolling sideways.
        size.setWidth(option.fontMetrics.averageCharWidth() * 8);
        return size;
    }
    // A name or path cut short shows in full as the tooltip (with the task's description).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString name = index.data(TaskPickerModel::TaskNameRole).toString();
        const QString path = index.data(TaskPickerModel::PathRole).toString();
        const int room = option.rect.width() - 16;
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.86);
        const bool cut = QFontMetrics(option.font).horizontalAdvance(name) > room
            || QFontMetrics(small).horizontalAdvance(path) > room;
        QString tip = index.data(Qt::ToolTipRole).toString();
        if (cut)
            tip = tip.isEmpty() ? QString(name + u'\n' + path)
                                : QString(name + u'\n' + path + u"\n\n" + tip);
        if (tip.isEmpty())
            return false;
        QToolTip::showText(event->globalPos(), tip, view, option.rect);
        return true;
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text =
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.86);
        const QFontMetrics metrics(opt.font);
        const QFontMetrics smallMetrics(small);
        QRect line = opt.rect.adjusted(8, 0, -8, 0);
        line.setTop(opt.rect.top()
                    + (opt.rect.height() - metrics.height() - smallMetrics.height()) / 2);
        line.setHeight(metrics.height());
        painter->save();
        painter->setPen(text);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(TaskPickerModel::TaskNameRole).toString(),
                                             Qt::ElideRight, line.width()));
        line.translate(0, metrics.height());
        line.setHeight(smallMetrics.height());
        painter->setFont(small);
        painter->setPen(selected ? text : timesheetpalette::subdued(opt.palette));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(index.data(TaskPickerModel::PathRole).toString(),
                                                  Qt::ElideMiddle, line.width()));
        painter->restore();
    }
};

} // namespace

TaskPickerDialog::TaskPickerDialog(const AccountModels &models, const QSet<int> &excludedTaskIds,
                                   QWidget *parent)
    : QDialog(parent), m_model(models.taskPicker(this))
{
    setWindowTitle(tr("Add Task to the Week"));
    resize(560, 420);
    m_model->setExcluded(excludedTaskIds);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search customer, project or task"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new TaskItemDelegate(m_list));
    m_status = new QLabel(this);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, timesheetpalette::subdued(palette()));
    m_status->setPalette(muted);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &TaskPickerDialog::filter);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaskPickerDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    filter(QString());
    m_search->setFocus();
}

void TaskPickerDialog::filter(const QString &text)
{
    m_model->setFilterText(text);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    if (m_model->rowCount() == 0)
        m_status->setText(text.trimmed().isEmpty() ? tr("No open tasks are cached yet.")
                                                   : tr("No open task matches."));
    else
        m_status->setText(m_model->rowCount() == 1 ? tr("%n task", nullptr, m_model->rowCount())
                                                   : tr("%n tasks", nullptr, m_model->rowCount()));
    updateButtons();
}

void TaskPickerDialog::updateButtons()
{
    m_add->setEnabled(!selectedTaskIds().isEmpty());
}

QList<int> TaskPickerDialog::selectedTaskIds() const
{
    QList<int> ids;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_model->taskId(row.row()));
    return ids;
}

bool TaskPickerDialog::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Move in the list while the caret stays in the search field.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(object, event);
}

} // namespace actidesk
