// ActiTimeClient: scope of work — customers, projects, tasks, their comments and assigned users.

#include "actitimeclient_p.h"

using namespace Qt::StringLiterals;

namespace actidesk {

// --- customers ------------------------------------------------------------------------------

ValueCall<QList<Customer>> *ActiTimeClient::customers(const ListFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::Ids | Impl::Archived);
    return Impl::fetchList<Customer>(*this, u"/customers"_s, query, filter.pageSize,
                                     json::parseCustomer);
}

ValueCall<Customer> *ActiTimeClient::customer(int id)
{
    return Impl::fetch<Customer>(*this, ApiRequest::get(Impl::scopePath(ScopeKind::Customer, id)),
                                 json::parseCustomer);
}

ValueCall<Customer> *ActiTimeClient::createCustomer(const QString &name, const QString &description)
{
    return Impl::fetch<Customer>(
        *this, ApiRequest::post(u"/customers"_s, json::customerCreateBody(name, description)),
        json::parseCustomer);
}

ValueCall<Customer> *ActiTimeClient::updateCustomer(int id, const json::CustomerChanges &changes)
{
    return Impl::fetch<Customer>(*this,
                                 ApiRequest::patch(Impl::scopePath(ScopeKind::Customer, id),
                                                   json::customerUpdateBody(changes)),
                                 json::parseCustomer);
}

ValueCall<bool> *ActiTimeClient::deleteCustomer(int id)
{
    return Impl::acknowledge(*this, ApiRequest::del(Impl::scopePath(ScopeKind::Customer, id)));
}

// --- projects -------------------------------------------------------------------------------

ValueCall<QList<Project>> *ActiTimeClient::projects(const ListFilter &filter,
                                                    const QList<int> &customerIds)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::Ids | Impl::Archived);
    Impl::addIds(query, u"customerIds"_s, customerIds);
    return Impl::fetchList<Project>(*this, u"/projects"_s, query, filter.pageSize,
                                    json::parseProject);
}

ValueCall<Project> *ActiTimeClient::project(int id)
{
    return Impl::fetch<Project>(*this, ApiRequest::get(Impl::scopePath(ScopeKind::Project, id)),
                                json::parseProject);
}

ValueCall<Project> *ActiTimeClient::createProject(int customerId, const QString &name,
                                                  const QString &description)
{
    return Impl::fetch<Project>(
        *this,
        ApiRequest::post(u"/projects"_s, json::projectCreateBody(customerId, name, description)),
        json::parseProject);
}

ValueCall<Project> *ActiTimeClient::updateProject(int id, const json::ProjectChanges &changes)
{
    return Impl::fetch<Project>(*this,
                                ApiRequest::patch(Impl::scopePath(ScopeKind::Project, id),
                                                  json::projectUpdateBody(changes)),
                                json::parseProject);
}

ValueCall<bool> *ActiTimeClient::deleteProject(int id)
{
    return Impl::acknowledge(*this, ApiRequest::del(Impl::scopePath(ScopeKind::Project, id)));
}

// --- tasks ----------------------------------------------------------------------------------

ValueCall<QList<Task>> *ActiTimeClient::tasks(const TaskFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter.list, Impl::Ids); // tasks have a status, not `archived`
    Impl::addIds(query, u"customerIds"_s, filter.customerIds);
    Impl::addIds(query, u"projectIds"_s, filter.projectIds);
    Impl::addIds(query, u"typeOfWorkIds"_s, filter.typeOfWorkIds);
    Impl::addIds(query, u"workflowStatusIds"_s, filter.workflowStatusIds);
    if (filter.status)
        query.addQueryItem(u"status"_s, json::taskStatusToWire(*filter.status));
    return Impl::fetchList<Task>(*this, u"/tasks"_s, query, filter.list.pageSize, json::parseTask);
}

ValueCall<Task> *ActiTimeClient::task(int id)
{
    return Impl::fetch<Task>(*this, ApiRequest::get(Impl::scopePath(ScopeKind::Task, id)),
                             json::parseTask);
}

ValueCall<Task> *ActiTimeClient::createTask(const json::NewTask &task)
{
    return Impl::fetch<Task>(*this, ApiRequest::post(u"/tasks"_s, json::taskCreateBody(task)),
                             json::parseTask);
}

ValueCall<Task> *ActiTimeClient::updateTask(int id, const json::TaskChanges &changes)
{
    return Impl::fetch<Task>(
        *this,
        ApiRequest::patch(Impl::scopePath(ScopeKind::Task, id), json::taskUpdateBody(changes)),
        json::parseTask);
}

ValueCall<bool> *ActiTimeClient::deleteTask(int id)
{
    return Impl::acknowledge(*this, ApiRequest::del(Impl::scopePath(ScopeKind::Task, id)));
}

// --- comments and assigned users ------------------------------------------------------------

ValueCall<QList<Comment>> *ActiTimeClient::comments(ScopeKind kind, int id)
{
    return Impl::fetchList<Comment>(*this, QString(Impl::scopePath(kind, id) + u"/comments"_s),
                                    QUrlQuery(), 1000, json::parseComment);
}

ValueCall<QList<int>> *ActiTimeClient::assignedUsers(ScopeKind kind, int id)
{
    return Impl::fetch<QList<int>>(
        *this, ApiRequest::get(QString(Impl::scopePath(kind, id) + u"/assignedUsers"_s)),
        Impl::parseUserIds);
}

} // namespace actidesk
