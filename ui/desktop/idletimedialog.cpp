#include "idletimedialog.h"

#include "duration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace actidesk {

IdleTimeDialog::IdleTimeDialog(const QString &taskName, const QDateTime &since,
                               const QDateTime &until, const QList<Task> &otherTasks,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("You Were Away"));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    const int minutes = int(since.secsTo(until) / 60);
    auto *text = new QLabel(
        tr("The timer on “%1” ran while nobody used the computer: from %2 to %3 (%4).")
            .arg(taskName, locale.toString(since.toLocalTime().time(), QLocale::ShortFormat),
                 locale.toString(until.toLocalTime().time(), QLocale::ShortFormat),
                 DurationFormat().format(minutes)),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *elsewhereRow = new QHBoxLayout;
    m_otherTasks = new QComboBox(this);
    m_otherTasks->setAccessibleName(tr("Task to book the idle time on"));
    for (const Task &task : otherTasks)
        m_otherTasks->addItem(task.name, task.id);
    elsewhereRow->addWidget(new QLabel(tr("Other task:"), this));
    elsewhereRow->addWidget(m_otherTasks, 1);
    layout->addLayout(elsewhereRow);

    auto *buttons = new QDialogButtonBox(this);
    m_keep = buttons->addButton(tr("&Keep on This Task"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard Idle Time"), QDialogButtonBox::DestructiveRole);
    m_elsewhere = buttons->addButton(tr("&Book on Other Task"), QDialogButtonBox::ActionRole);
    m_elsewhere->setEnabled(!otherTasks.isEmpty());
    m_otherTasks->setEnabled(!otherTasks.isEmpty());
    if (otherTasks.isEmpty())
        m_otherTasks->addItem(tr("No other recent task"));
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Keep;
        accept();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Discard;
        accept();
    });
    connect(m_elsewhere, &QPushButton::clicked, this, [this] {
        m_choice = Choice::BookElsewhere;
        accept();
    });
    layout->addWidget(buttons);
    m_keep->setDefault(true);
}

int IdleTimeDialog::otherTaskId() const
{
    return m_otherTasks->currentData().toInt();
}

} // namespace actidesk
