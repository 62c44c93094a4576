#pragma once

#include "reference.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace actidesk {

// The name and type (open / completed) of a new workflow status, or of one being renamed.
class WorkflowStatusDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty name: a new status.
    WorkflowStatusDialog(const QString &name, WorkflowStatusType type, QWidget *parent = nullptr);

    QString name() const;
    WorkflowStatusType type() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeField() const { return m_type; }

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace actidesk
