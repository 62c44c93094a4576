#include "scopefields.h"

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject scopeFieldsOf(const Customer &c)
{
    return {
        {u"name"_s, c.name}, {u"description"_s, text(c.description)}, {u"archived"_s, c.archived}};
}

QJsonObject scopeFieldsOf(const Project &p)
{
    return {{u"customerId"_s, p.customerId},
            {u"name"_s, p.name},
            {u"description"_s, text(p.description)},
            {u"archived"_s, p.archived}};
}

QJsonObject scopeFieldsOf(const Task &t)
{
    return {{u"projectId"_s, t.projectId},
            {u"name"_s, t.name},
            {u"description"_s, text(t.description)},
            {u"workflowStatusId"_s, t.workflowStatusId},
            {u"typeOfWorkId"_s, t.typeOfWorkId},
            {u"status"_s, t.isCompleted() ? u"completed"_s : u"open"_s},
            {u"deadline"_s,
             t.deadline.isValid() ? QJsonValue(t.deadline.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null)},
            {u"estimatedTime"_s,
             t.estimatedMinutes ? QJsonValue(*t.estimatedMinutes) : QJsonValue(QJsonValue::Null)}};
}

} // namespace actidesk
