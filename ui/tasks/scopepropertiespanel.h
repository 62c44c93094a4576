#pragma once

#include "scopetreemodel.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;

namespace actidesk {

// The selected customer, project or task in full: description, deadline, estimate, status and
// workflow status, type of work, the server's web link (clickable), created, and — when the
// server refused the object's last change, or a change still waits — that, in words, with
// "keep mine (send again)" and "take the server's (discard mine)" under a refusal.
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
    // The page's "keep mine" and "take the server's" actions, offered under a refusal.
    void setSettleActions(QAction *keepMine, QAction *takeTheirs);
    QWidget *settleButtons() const { return m_settle; }
    // The shown object's comments (read-only): what the cache holds, "No comments.", "Fetching
    // the comments…", or why they could not be fetched (setCommentsProblem, for the object of
    // that server id). Re-read when the model says comments changed.
    QLabel *commentsLabel() const { return m_comments; }
    void setCommentsProblem(ScopeTreeModel::Kind kind, int serverId, const QString &message);

private:
    void addRow(const QString &title, const QString &text, bool rich = false);
    void addTrackedRow(const Task &task);
    void updateComments();

    const ScopeTreeModel &m_model;
    QLabel *m_title = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_settle = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_commentsTitle = nullptr;
    QLabel *m_comments = nullptr;
    ScopeTreeModel::Kind m_kind = ScopeTreeModel::CustomerItem;
    int m_id = 0;
    QString m_commentsProblem; // of the shown object
};

} // namespace actidesk
