#include "workflowstatusdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace actidesk {

WorkflowStatusDialog::WorkflowStatusDialog(const QString &name, WorkflowStatusType type,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(name.isEmpty() ? tr("New Workflow Status") : tr("Rename Workflow Status"));
    m_name = new QLineEdit(name, this);
    m_name->setMaxLength(255);
    m_name->setAccessibleName(tr("Name"));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Open"), int(WorkflowStatusType::Open));
    m_type->addItem(tr("Completed"), int(WorkflowStatusType::Completed));
    m_type->setCurrentIndex(type == WorkflowStatusType::Completed ? 1 : 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(name.isEmpty() ? tr("Create") : tr("Save"));
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(buttons);
    m_name->selectAll();
    m_name->setFocus();
}

QString WorkflowStatusDialog::name() const
{
    return m_name->text().trimmed();
}

WorkflowStatusType WorkflowStatusDialog::type() const
{
    return WorkflowStatusType(m_type->currentData().toInt());
}

} // namespace actidesk
