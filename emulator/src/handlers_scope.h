#pragma once

// Internal to the scope-of-work handlers (handlers_scope.cpp, handlers_customers.cpp,
// handlers_projects.cpp, handlers_tasks.cpp): body readers, cascading deletes and the
// includeReferenced maps they share.
#include "listing.h"

#include <QJsonObject>

#include <optional>
#include <set>

namespace emu::scope {

// 403 unless the caller manages the scope of work (managers and administrators).
void requireManage(const RequestContext &ctx);

// 400 api.error.invalid_value naming the field: a well-formed value the server cannot accept.
[[noreturn]] void invalidValue(const QString &message, const QString &field);
// 400 api.error.mandatory_field "Mandatory field is not specified".
[[noreturn]] void missingField(const QString &field);

// Optional text field: nullopt when absent, a null QString for JSON null; 400 if not a string.
std::optional<QString> optionalText(const QJsonObject &body, const QString &field);
// Optional boolean field: nullopt when absent; 400 for null or a non-boolean.
std::optional<bool> optionalBool(const QJsonObject &body, const QString &field);

// An integer body field as it was sent: absent, null, or a number (400 if not an integer).
struct IntField
{
    bool present = false;
    bool isNull = false;
    int value = 0;

    bool hasValue() const { return present && !isNull; }
};
IntField intField(const QJsonObject &body, const QString &field);
// A mandatory id field: 400 "Mandatory field is not specified" when absent or null.
int requiredId(const QJsonObject &body, const QString &field);

// Deleting an object removes everything below it: tasks, their time-track records, comments on
// every removed object and the removed tasks from users' work assignments.
void deleteTask(Dataset &data, int taskId);
void deleteProject(Dataset &data, int projectId);
void deleteCustomer(Dataset &data, int customerId);

// The items of the requested page (the same slice listing::envelope serialises).
template<typename T>
std::vector<const T *> pageItems(const RequestContext &ctx, const std::vector<const T *> &items)
{
    const listing::Page p = listing::page(ctx);
    std::vector<const T *> out;
    for (qsizetype i = p.offset; i < qsizetype(items.size()) && i < qsizetype(p.offset) + p.limit;
         ++i)
        out.push_back(items[size_t(i)]);
    return out;
}

// An includeReferenced map: {"<id>": object} for the given ids that exist in source.
template<typename T, typename Serialize>
QJsonObject referencedMap(const std::set<int> &ids, const std::map<int, T> &source,
                          Serialize serialize)
{
    QJsonObject map;
    for (const int id : ids) {
        const auto it = source.find(id);
        if (it != source.end())
            map.insert(QString::number(id), serialize(it->second));
    }
    return map;
}

void registerCustomerRoutes(Router &router);
void registerProjectRoutes(Router &router);
void registerTaskRoutes(Router &router);

} // namespace emu::scope
