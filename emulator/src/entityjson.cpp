#include "entityjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace emu {

QJsonValue EntityJson::nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue EntityJson::nullable(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue EntityJson::nullable(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue EntityJson::nullable(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString EntityJson::webUrl(const QString &param, int id) const
{
    return m_webBaseUrl + u"/tasks/tasklist.do?"_s + param + u'=' + QString::number(id);
}

QJsonObject EntityJson::modifyDelete(bool canModify, bool canDelete) const
{
    return {{u"canModify"_s, canModify}, {u"canDelete"_s, canDelete}};
}

QJsonObject EntityJson::user(const User &u) const
{
    QJsonObject o{
        {u"id"_s, u.id},
        {u"departmentId"_s, u.departmentId},
        {u"timeZoneGroupId"_s, u.timeZoneGroupId},
        {u"fullName"_s, u.fullName()},
        {u"firstName"_s, u.firstName},
        {u"middleName"_s, nullable(u.middleName.isEmpty() ? QString() : u.middleName)},
        {u"lastName"_s, u.lastName},
        {u"active"_s, u.active},
        {u"allowedActions"_s,
         QJsonObject{{u"canSubmitTimetrack"_s, m_access.canModifyUsersTime(u) && u.active}}},
    };
    if (m_access.canManageAccounts()) {
        o.insert(u"username"_s, u.username);
        o.insert(u"email"_s, nullable(u.email));
        o.insert(u"hired"_s, nullable(u.hired));
        o.insert(u"releaseDate"_s, nullable(u.releaseDate));
    }
    return o;
}

QJsonObject EntityJson::department(const Department &d) const
{
    return {{u"id"_s, d.id}, {u"name"_s, d.name}, {u"default"_s, d.isDefault}};
}

QJsonObject EntityJson::timeZoneGroup(const TimeZoneGroup &g) const
{
    return {{u"id"_s, g.id},
            {u"name"_s, g.name},
            {u"timeZoneId"_s, g.timeZoneId},
            {u"default"_s, g.isDefault}};
}

QJsonObject EntityJson::customer(const Customer &c) const
{
    const bool manage = m_access.canManageScopeOfWork();
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"archived"_s, c.archived},
            {u"created"_s, c.created},
            {u"url"_s, webUrl(u"customerId"_s, c.id)},
            {u"allowedActions"_s, modifyDelete(manage, manage)},
            {u"description"_s, nullable(c.description)}};
}

QJsonObject EntityJson::project(const Project &p) const
{
    const bool manage = m_access.canManageScopeOfWork();
    const auto customer = m_data.customers.find(p.customerId);
    return {
        {u"id"_s, p.id},
        {u"customerId"_s, p.customerId},
        {u"customerName"_s, customer == m_data.customers.end() ? QString() : customer->second.name},
        {u"name"_s, p.name},
        {u"archived"_s, p.archived},
        {u"created"_s, p.created},
        {u"url"_s, webUrl(u"projectId"_s, p.id)},
        {u"allowedActions"_s, modifyDelete(manage, manage)},
        {u"description"_s, nullable(p.description)}};
}

QJsonObject EntityJson::task(const Task &t) const
{
    const bool manage = m_access.canManageScopeOfWork();
    QJsonObject o{{u"id"_s, t.id},
                  {u"name"_s, t.name},
                  {u"description"_s, nullable(t.description)},
                  {u"created"_s, t.created},
                  {u"projectId"_s, t.projectId},
                  {u"workflowStatusId"_s, t.workflowStatusId},
                  {u"typeOfWorkId"_s, t.typeOfWorkId},
                  {u"deadline"_s, nullable(t.deadline)},
                  {u"estimatedTime"_s, nullable(t.estimatedTime)},
                  {u"url"_s, webUrl(u"taskId"_s, t.id)},
                  {u"allowedActions"_s, modifyDelete(manage, manage)}};
    const auto status = m_data.workflowStatuses.find(t.workflowStatusId);
    o.insert(u"status"_s,
             status == m_data.workflowStatuses.end() ? u"open"_s : status->second.type);
    o.insert(u"workflowStatusName"_s,
             status == m_data.workflowStatuses.end() ? QString() : status->second.name);
    const auto tow = m_data.typesOfWork.find(t.typeOfWorkId);
    o.insert(u"typeOfWorkName"_s, tow == m_data.typesOfWork.end() ? QString() : tow->second.name);
    const auto project = m_data.projects.find(t.projectId);
    if (project != m_data.projects.end()) {
        o.insert(u"projectName"_s, project->second.name);
        o.insert(u"customerId"_s, project->second.customerId);
        const auto customer = m_data.customers.find(project->second.customerId);
        o.insert(u"customerName"_s,
                 customer == m_data.customers.end() ? QString() : customer->second.name);
    }
    return o;
}

QJsonObject EntityJson::typeOfWork(const TypeOfWork &t) const
{
    QJsonObject o{{u"id"_s, t.id},
                  {u"name"_s, t.name},
                  {u"archived"_s, t.archived},
                  {u"billable"_s, t.billable},
                  {u"default"_s, t.isDefault}};
    // The rate is only shown to users who manage accounts, costs or settings.
    o.insert(u"rate"_s,
             m_access.canManageAccounts() || m_access.isManager() ? nullable(t.rate)
                                                                  : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject EntityJson::workflowStatus(const WorkflowStatus &s) const
{
    const bool manage = m_access.canManageSettings();
    bool inUse = false;
    int sameType = 0;
    for (const auto &[id, status] : m_data.workflowStatuses)
        sameType += status.type == s.type ? 1 : 0;
    for (const auto &[id, task] : m_data.tasks) {
        if (task.workflowStatusId == s.id) {
            inUse = true;
            break;
        }
    }
    return {{u"id"_s, s.id},
            {u"name"_s, s.name},
            {u"type"_s, s.type},
            {u"allowedActions"_s, modifyDelete(manage, manage && !inUse && sameType > 1)}};
}

QJsonObject EntityJson::leaveType(const LeaveType &l) const
{
    return {{u"id"_s, l.id},
            {u"name"_s, l.name},
            {u"balance"_s, l.balance},
            {u"rateFactor"_s, l.rateFactor},
            {u"archived"_s, l.archived}};
}

QJsonObject EntityJson::comment(const Comment &c) const
{
    return {{u"id"_s, c.id},
            {u"userId"_s, c.userId},
            {u"created"_s, c.created},
            {u"updated"_s, c.updated},
            {u"updatingUserId"_s, c.updatingUserId},
            {u"text"_s, c.text}};
}

QJsonObject EntityJson::userRates(int userId, const QList<RatePeriod> &periods) const
{
    QJsonArray rates;
    for (const RatePeriod &p : periods) {
        QJsonArray leaveRates;
        for (const LeaveRate &lr : p.leaveRates)
            leaveRates.append(
                QJsonObject{{u"leaveTypeId"_s, lr.leaveTypeId}, {u"rate"_s, lr.rate}});
        rates.append(QJsonObject{{u"dateFrom"_s, nullable(p.dateFrom)},
                                 {u"regularRate"_s, nullable(p.regularRate)},
                                 {u"overtimeRate"_s, nullable(p.overtimeRate)},
                                 {u"leaveRates"_s, leaveRates}});
    }
    return {{u"userId"_s, userId}, {u"rates"_s, rates}};
}

QJsonObject EntityJson::info() const
{
    const Settings &s = m_data.settings;
    auto names = [](const QString &singular, const QString &plural) {
        return QJsonObject{{u"singular"_s, singular}, {u"plural"_s, plural}};
    };
    return {
        {u"company"_s,
         QJsonObject{{u"logoUri"_s, QString(m_webBaseUrl + u"/logo.png"_s)},
                     {u"name"_s, s.companyName}}},
        {u"customNames"_s,
         QJsonObject{{u"firstLevel"_s, names(u"Customer"_s, u"Customers"_s)},
                     {u"secondLevel"_s, names(u"Project"_s, u"Projects"_s)},
                     {u"thirdLevel"_s, names(u"Task"_s, u"Tasks"_s)},
                     {u"department"_s, names(u"Department"_s, u"Departments"_s)}}},
        {u"format"_s,
         QJsonObject{{u"currency"_s, s.currency},
                     {u"decimalSeparator"_s, s.decimalSeparator},
                     {u"timeFormat"_s, s.timeFormat},
                     {u"clockFormat"_s, s.clockFormat},
                     {u"dayOfWeekStart"_s, s.dayOfWeekStart}}},
        {u"features"_s,
         QJsonObject{{u"overtimeRegistration"_s, s.overtimeRegistration},
                     {u"departments"_s, s.departments},
                     {u"timeZoneGroups"_s, s.timeZoneGroups},
                     {u"taskEstimates"_s, s.taskEstimates},
                     {u"taskWorkflow"_s, s.taskWorkflow},
                     {u"workAssignments"_s, s.workAssignments},
                     {u"typesOfWork"_s, s.typesOfWork},
                     {u"leavetimeRegistration"_s, s.leavetimeRegistration}}},
        {u"urls"_s,
         QJsonObject{{u"actiTime"_s, m_webBaseUrl},
                     {u"actiPlans"_s, QString(m_webBaseUrl + u"/actiplans"_s)},
                     {u"api"_s, QString(m_webBaseUrl + u"/api/v1"_s)},
                     {u"apiDocumentation"_s, QString(m_webBaseUrl + u"/api/v1/swagger"_s)}}},
        {u"limits"_s,
         QJsonObject{{u"maxBatchSize"_s, s.maxBatchSize}, {u"maxQueryLimit"_s, s.maxQueryLimit}}},
        {u"serverUUID"_s, s.serverUUID},
    };
}

} // namespace emu
