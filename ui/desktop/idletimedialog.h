#pragma once

#include "scope.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QPushButton;

namespace actidesk {

// "You were away": the timer ran while nobody was at the computer. Keep the time on the task,
// drop it (the timer runs on from the return), or book it on another task.
class IdleTimeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Keep, Discard, BookElsewhere };

    IdleTimeDialog(const QString &taskName, const QDateTime &since, const QDateTime &until,
                   const QList<Task> &otherTasks, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    int otherTaskId() const; // for BookElsewhere

    QPushButton *keepButton() const { return m_keep; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *bookElsewhereButton() const { return m_elsewhere; }
    QComboBox *otherTasks() const { return m_otherTasks; }

private:
    Choice m_choice = Choice::Keep;
    QPushButton *m_keep;
    QPushButton *m_discard;
    QPushButton *m_elsewhere;
    QComboBox *m_otherTasks;
};

} // namespace actidesk
