#pragma once

#include "scopetreemodel.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace actidesk {

// The selected customer, project or task in full: description, deadline, estimate, status and
// workflow status, type of work, the server's web link (clickable), created, and — when the
// server refused the object's last change, or a change still waits — that, in words.
class ScopePropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePropertiesPanel(const ScopeTreeModel &model, QWidget *parent = nullptr);

    // Shows the object (kind, id), or the hint when id is 0.
    void showObject(ScopeTreeModel::Kind kind, int id);
    // The label of a field by its title ("Deadline"), for tests; null when not shown.
    QLabel *field(const QString &title) const;
    QLabel *problemLabel() const { return m_problem; }

private:
    void addRow(const QString &title, const QString &text, bool rich = false);

    const ScopeTreeModel &m_model;
    QLabel *m_title = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_labels;
};

} // namespace actidesk
