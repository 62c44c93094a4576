#pragma once

#include "access.h"
#include "dataset.h"

#include <QJsonObject>

namespace emu {

// Wire shapes of every entity, as shared/actitime-api.md describes them. Fields a caller may not
// see (user e-mail, username, hire dates; type-of-work rates) are left out, as the server does.
class EntityJson
{
public:
    EntityJson(const Dataset &data, const Access &access, const QString &webBaseUrl)
        : m_data(data), m_access(access), m_webBaseUrl(webBaseUrl)
    {
    }

    QJsonObject user(const User &u) const;
    QJsonObject department(const Department &d) const;
    QJsonObject timeZoneGroup(const TimeZoneGroup &g) const;
    QJsonObject customer(const Customer &c) const;
    QJsonObject project(const Project &p) const;
    QJsonObject task(const Task &t) const;
    QJsonObject typeOfWork(const TypeOfWork &t) const;
    QJsonObject workflowStatus(const WorkflowStatus &s) const;
    QJsonObject leaveType(const LeaveType &l) const;
    QJsonObject comment(const Comment &c) const;
    QJsonObject userRates(int userId, const QList<RatePeriod> &periods) const;
    QJsonObject info() const;

    static QJsonValue nullable(const QString &s);
    static QJsonValue nullable(const QDate &d);
    static QJsonValue nullable(const std::optional<double> &v);
    static QJsonValue nullable(const std::optional<int> &v);

private:
    QJsonObject modifyDelete(bool canModify, bool canDelete) const;
    QString webUrl(const QString &param, int id) const;

    const Dataset &m_data;
    const Access &m_access;
    QString m_webBaseUrl;
};

} // namespace emu
