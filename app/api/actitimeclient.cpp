// ActiTimeClient: settings, users, reference lists, cost-of-work rates and the batch endpoint.
// Scope of work is in actitimeclient_scope.cpp, time-track and leave in actitimeclient_time.cpp,
// the shared machinery in actitimeclient_p.h / actitimeclient_impl.cpp.

#include "actitimeclient_p.h"

using namespace Qt::StringLiterals;

namespace actidesk {

ActiTimeClient::ActiTimeClient(RequestQueue &queue, QObject *parent)
    : QObject(parent), m_queue(queue)
{
}

// --- settings and users ---------------------------------------------------------------------

ValueCall<ServerInfo> *ActiTimeClient::info()
{
    return Impl::fetch<ServerInfo>(*this, ApiRequest::get(u"/info"_s), json::parseServerInfo);
}

ValueCall<User> *ActiTimeClient::me()
{
    return Impl::fetch<User>(*this, ApiRequest::get(u"/users/me"_s), json::parseUser);
}

ValueCall<User> *ActiTimeClient::user(const QString &idOrUsername)
{
    return Impl::fetch<User>(*this, ApiRequest::get(u"/users/"_s + Impl::segment(idOrUsername)),
                             json::parseUser);
}

ValueCall<QList<User>> *ActiTimeClient::users(const UserFilter &filter)
{
    QUrlQuery query;
    Impl::addIds(query, u"ids"_s, filter.ids);
    // The API names these without the "Ids" suffix.
    Impl::addIds(query, u"department"_s, filter.departmentIds);
    Impl::addIds(query, u"timeZoneGroup"_s, filter.timeZoneGroupIds);
    Impl::addText(query, u"name"_s, filter.name);
    Impl::addBool(query, u"active"_s, filter.active);
    Impl::addSort(query, filter.sort);
    return Impl::fetchList<User>(*this, u"/users"_s, query, filter.pageSize, json::parseUser);
}

ValueCall<Schedule> *ActiTimeClient::schedule(const QString &idOrUsername, const QDate &from,
                                              const QDate &to)
{
    QUrlQuery query;
    query.addQueryItem(u"dateFrom"_s, json::dateToWire(from));
    if (to.isValid())
        query.addQueryItem(u"dateTo"_s, json::dateToWire(to));
    return Impl::fetch<Schedule>(
        *this,
        ApiRequest::get(QString(u"/users/"_s + Impl::segment(idOrUsername) + u"/schedule"_s),
                        query),
        json::parseSchedule);
}

ValueCall<WorkAssignments> *ActiTimeClient::workAssignments(const QString &idOrUsername)
{
    return Impl::fetch<WorkAssignments>(
        *this,
        ApiRequest::get(
            QString(u"/users/"_s + Impl::segment(idOrUsername) + u"/workAssignments"_s)),
        json::parseWorkAssignments);
}

// --- reference lists ------------------------------------------------------------------------

namespace {
// Departments and time-zone groups have no `ids` filter on the server; the client applies it.
template<class T>
std::function<bool(const T &)> keepIds(const QList<int> &ids)
{
    if (ids.isEmpty())
        return {};
    return [ids](const T &item) { return ids.contains(item.id); };
}
} // namespace

ValueCall<QList<Department>> *ActiTimeClient::departments(const ListFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::NameOnly);
    return Impl::fetchList<Department>(*this, u"/departments"_s, query, filter.pageSize,
                                       json::parseDepartment, keepIds<Department>(filter.ids));
}

ValueCall<Department> *ActiTimeClient::department(int id)
{
    return Impl::fetch<Department>(*this, ApiRequest::get(u"/departments/%1"_s.arg(id)),
                                   json::parseDepartment);
}

ValueCall<QList<TimeZoneGroup>> *ActiTimeClient::timeZoneGroups(const ListFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::NameOnly);
    return Impl::fetchList<TimeZoneGroup>(*this, u"/timeZoneGroups"_s, query, filter.pageSize,
                                          json::parseTimeZoneGroup,
                                          keepIds<TimeZoneGroup>(filter.ids));
}

ValueCall<TimeZoneGroup> *ActiTimeClient::timeZoneGroup(int id)
{
    return Impl::fetch<TimeZoneGroup>(*this, ApiRequest::get(u"/timeZoneGroups/%1"_s.arg(id)),
                                      json::parseTimeZoneGroup);
}

ValueCall<TimeZoneGroup> *ActiTimeClient::defaultTimeZoneGroup()
{
    return Impl::fetch<TimeZoneGroup>(*this, ApiRequest::get(u"/timeZoneGroups/default"_s),
                                      json::parseTimeZoneGroup);
}

ValueCall<QList<TypeOfWork>> *ActiTimeClient::typesOfWork(const ListFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::Ids | Impl::Archived);
    return Impl::fetchList<TypeOfWork>(*this, u"/typesOfWork"_s, query, filter.pageSize,
                                       json::parseTypeOfWork);
}

ValueCall<TypeOfWork> *ActiTimeClient::typeOfWork(int id)
{
    return Impl::fetch<TypeOfWork>(*this, ApiRequest::get(u"/typesOfWork/%1"_s.arg(id)),
                                   json::parseTypeOfWork);
}

ValueCall<TypeOfWork> *ActiTimeClient::defaultTypeOfWork()
{
    return Impl::fetch<TypeOfWork>(*this, ApiRequest::get(u"/typesOfWork/default"_s),
                                   json::parseTypeOfWork);
}

ValueCall<QList<LeaveType>> *ActiTimeClient::leaveTypes(const ListFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::Ids | Impl::Archived);
    return Impl::fetchList<LeaveType>(*this, u"/leaveTypes"_s, query, filter.pageSize,
                                      json::parseLeaveType);
}

ValueCall<LeaveType> *ActiTimeClient::leaveType(int id)
{
    return Impl::fetch<LeaveType>(*this, ApiRequest::get(u"/leaveTypes/%1"_s.arg(id)),
                                  json::parseLeaveType);
}

ValueCall<QList<WorkflowStatus>> *ActiTimeClient::workflowStatuses(const ListFilter &filter)
{
    QUrlQuery query;
    Impl::addListFilter(query, filter, Impl::Ids);
    return Impl::fetchList<WorkflowStatus>(*this, u"/workflowStatuses"_s, query, filter.pageSize,
                                           json::parseWorkflowStatus);
}

ValueCall<WorkflowStatus> *ActiTimeClient::workflowStatus(int id)
{
    return Impl::fetch<WorkflowStatus>(*this, ApiRequest::get(u"/workflowStatuses/%1"_s.arg(id)),
                                       json::parseWorkflowStatus);
}

ValueCall<WorkflowStatus> *ActiTimeClient::createWorkflowStatus(const QString &name,
                                                                WorkflowStatusType type)
{
    return Impl::fetch<WorkflowStatus>(
        *this, ApiRequest::post(u"/workflowStatuses"_s, json::workflowStatusCreateBody(name, type)),
        json::parseWorkflowStatus);
}

ValueCall<WorkflowStatus> *ActiTimeClient::updateWorkflowStatus(
    int id, const std::optional<QString> &name, const std::optional<WorkflowStatusType> &type)
{
    return Impl::fetch<WorkflowStatus>(
        *this,
        ApiRequest::patch(u"/workflowStatuses/%1"_s.arg(id),
                          json::workflowStatusUpdateBody({name, type})),
        json::parseWorkflowStatus);
}

ValueCall<bool> *ActiTimeClient::deleteWorkflowStatus(int id)
{
    return Impl::acknowledge(*this, ApiRequest::del(u"/workflowStatuses/%1"_s.arg(id)));
}

// --- cost-of-work rates ---------------------------------------------------------------------

ValueCall<QList<UserRates>> *ActiTimeClient::userRates(const QList<int> &userIds)
{
    QUrlQuery query;
    Impl::addIds(query, u"userIds"_s, userIds);
    return Impl::fetchList<UserRates>(*this, u"/userRates"_s, query, 1000, json::parseUserRates);
}

ValueCall<UserRates> *ActiTimeClient::userRatesOf(const QString &idOrUsername)
{
    return Impl::fetch<UserRates>(*this,
                                  ApiRequest::get(u"/userRates/"_s + Impl::segment(idOrUsername)),
                                  json::parseUserRates);
}

ValueCall<UserRates> *ActiTimeClient::setUserRates(const QString &idOrUsername,
                                                   const QList<RatePeriod> &periods)
{
    return Impl::fetch<UserRates>(*this,
                                  ApiRequest::put(u"/userRates/"_s + Impl::segment(idOrUsername),
                                                  json::userRatesBody(periods)),
                                  json::parseUserRates);
}

// --- batch ----------------------------------------------------------------------------------

ValueCall<QList<json::BatchItemResult>> *ActiTimeClient::batch(
    const QList<BatchOperation> &operations)
{
    auto *call = new ValueCall<QList<json::BatchItemResult>>(m_queue);
    ApiRequest request = Impl::batchRequest(operations);
    request.priority = m_priority;
    call->send(request, [call, expected = operations.size()](const QByteArray &body) {
        Impl::decodeThen<QList<json::BatchItemResult>>(
            call, body,
            [](const QByteArray &answer, json::ParseError *error) {
                return json::parseBatchResults(answer, error);
            },
            [call, expected](std::optional<QList<json::BatchItemResult>> &&results,
                             const json::ParseError &error) {
                if (!results)
                    return call->failParse(error);
                ApiError misaligned;
                if (!Impl::batchAligned(*results, expected, &misaligned))
                    return call->fail(misaligned);
                call->m_value = std::move(*results);
                call->succeed();
            });
    });
    return call;
}

} // namespace actidesk
