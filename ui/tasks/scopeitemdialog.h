#pragma once

#include "scopetreemodel.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace actidesk {

// Creates or edits one customer, project or task: the name (Enter accepts), and the fields the
// API lets change — description; archived (customers, projects); deadline, estimate, type of
// work and workflow status (tasks). changes() holds only what differs from the object shown.
class ScopeItemDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` is the object edited, or null to create one of `kind`.
    ScopeItemDialog(const ScopeTreeModel &model, ScopeTreeModel::Kind kind, int id,
                    QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QString name() const;
    // The fields as the editor takes them (ScopeEditor::update keys); for a create every field
    // set, for an edit those that changed.
    QJsonObject changes() const;
    // Shows a refusal of the typed values (e.g. a duplicate name) and keeps the dialog open.
    void showError(const QString &message);
    // Rename: only the name shows.
    void setNameOnly();

    void accept() override;

private:
    std::optional<int> estimateMinutes(bool *ok) const;

    ScopeTreeModel::Kind m_kind;
    bool m_isNew = true;
    QJsonObject m_before;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_archived = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QLineEdit *m_estimate = nullptr;
    QComboBox *m_typeOfWork = nullptr;
    QComboBox *m_workflowStatus = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace actidesk
