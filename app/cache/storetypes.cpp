#include "storeprivate.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace actidesk {

QJsonObject cellJson(const CellValue &value, bool withComment)
{
    QJsonObject object{{u"minutes"_s, value.minutes}};
    if (withComment)
        object.insert(u"comment"_s, value.comment);
    return object;
}

CellValue cellFromJson(const QJsonObject &object)
{
    return {object.value(u"minutes"_s).toInt(), object.value(u"comment"_s).toString()};
}

CellValue OutboxEntry::payloadCell() const
{
    return cellFromJson(payload);
}
CellValue OutboxEntry::baseCell() const
{
    return cellFromJson(base);
}
CellValue OutboxEntry::serverCell() const
{
    return cellFromJson(server);
}

namespace storedetail {

namespace {

struct KindName
{
    OutboxKind kind;
    QLatin1StringView name;
};

// Part of the file format: never rename an entry.
constexpr KindName kindNames[] = {
    {OutboxKind::Timetrack, QLatin1StringView("timetrack")},
    {OutboxKind::Leave, QLatin1StringView("leave")},
    {OutboxKind::CreateCustomer, QLatin1StringView("customer.create")},
    {OutboxKind::UpdateCustomer, QLatin1StringView("customer.update")},
    {OutboxKind::DeleteCustomer, QLatin1StringView("customer.delete")},
    {OutboxKind::CreateProject, QLatin1StringView("project.create")},
    {OutboxKind::UpdateProject, QLatin1StringView("project.update")},
    {OutboxKind::DeleteProject, QLatin1StringView("project.delete")},
    {OutboxKind::CreateTask, QLatin1StringView("task.create")},
    {OutboxKind::UpdateTask, QLatin1StringView("task.update")},
    {OutboxKind::DeleteTask, QLatin1StringView("task.delete")},
    {OutboxKind::CreateWorkflowStatus, QLatin1StringView("workflowStatus.create")},
    {OutboxKind::UpdateWorkflowStatus, QLatin1StringView("workflowStatus.update")},
    {OutboxKind::DeleteWorkflowStatus, QLatin1StringView("workflowStatus.delete")},
};

} // namespace

QString kindName(OutboxKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

std::optional<OutboxKind> kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return text.isNull() ? QJsonObject()
                         : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace storedetail

} // namespace actidesk
