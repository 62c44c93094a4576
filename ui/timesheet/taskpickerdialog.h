#pragma once

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QListView;

namespace actidesk {

class AccountModels;
class TaskPickerModel;

// "Add task": a search field over the cached open tasks ("Customer › Project › Task", filtered by
// every typed word). Up / Down move in the list while typing, Enter picks; several tasks can be
// picked with Ctrl / Shift. Tasks already on the week are not offered.
class TaskPickerDialog : public QDialog
{
    Q_OBJECT
public:
    TaskPickerDialog(const AccountModels &models, const QSet<int> &excludedTaskIds,
                     QWidget *parent = nullptr);

    QList<int> selectedTaskIds() const;
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    TaskPickerModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void filter(const QString &text);
    void updateButtons();

    TaskPickerModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace actidesk
