#pragma once

#include "referencelistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace actidesk {

class AccountModels;
class LoadingOverlay;
class WorkflowStatusEditor;

// The server's reference lists (users, departments, …, the server's settings) as the cache holds
// them: a list selector, a search field and a sortable table. Keyboard first: Ctrl+F or typing
// on the table searches, Down or Enter in the search field goes to the table. The workflow
// statuses are edited here too: New… (Ins), Rename… (F2), Delete (Del, asks first); changes go
// through the outbox and the list marks those waiting or refused.
class ReferencePage : public QWidget
{
    Q_OBJECT
public:
    explicit ReferencePage(const AccountModels &models, QWidget *parent = nullptr);

    // Re-reads the shown list (after a background refresh).
    void reload();
    void showList(ReferenceListModel::List list);
    // While the first fetch of the reference data runs and the list is empty: "Loading…".
    void setLoading(bool loading);
    bool isLoading() const;

    QComboBox *listSelector() const { return m_lists; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    ReferenceListModel *model() const { return m_model; }
    ReferenceFilterModel *filter() const { return m_filter; }
    QLabel *summary() const { return m_summary; }
    // The workflow statuses' buttons (shown with that list) and what the last edit said.
    QPushButton *newButton() const { return m_new; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *discardButton() const { return m_discard; }
    QLabel *editMessage() const { return m_editMessage; }
    WorkflowStatusEditor *statusEditor() const { return m_statusEditor; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusTable();
    void updateSummary();
    void updateEditActions();
    int currentStatusId() const;
    void editStatus(int id); // 0: a new one
    void confirmDeleteStatus();
    void report(const QString &error);

    ReferenceListModel *m_model = nullptr;
    ReferenceFilterModel *m_filter = nullptr;
    QComboBox *m_lists = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    LoadingOverlay *m_loading = nullptr;
    WorkflowStatusEditor *m_statusEditor = nullptr;
    QWidget *m_statusBar = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_discard = nullptr; // gives up a change the server refused
    QLabel *m_editMessage = nullptr;
    int m_wanted = 0; // the status to select after the next reload
    bool m_fetching = false;
};

} // namespace actidesk
