#pragma once

#include "referencelistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace actidesk {

class AccountModels;
class LoadingOverlay;

// The server's reference lists (users, departments, …, the server's settings) as the cache holds
// them: a list selector, a search field and a sortable table. Keyboard first: Ctrl+F or typing
// on the table searches, Down or Enter in the search field goes to the table.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusTable();
    void updateSummary();

    ReferenceListModel *m_model = nullptr;
    ReferenceFilterModel *m_filter = nullptr;
    QComboBox *m_lists = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    LoadingOverlay *m_loading = nullptr;
    bool m_fetching = false;
};

} // namespace actidesk
