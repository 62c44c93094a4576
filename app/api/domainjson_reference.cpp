// Reference data: types of work, workflow statuses, leave types, cost-of-work rates, /info.

#include "domainjson.h"

using namespace Qt::StringLiterals;

namespace actidesk::json {

std::optional<TypeOfWork> parseTypeOfWork(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    TypeOfWork type;
    type.id = r.requiredInt("id"_L1);
    type.name = r.string("name"_L1);
    type.rate = r.maybeNumber("rate"_L1); // null for users who may not see rates
    type.archived = r.boolean("archived"_L1, false);
    type.billable = r.boolean("billable"_L1, false);
    type.isDefault = r.boolean("default"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return type;
}

std::optional<WorkflowStatus> parseWorkflowStatus(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    WorkflowStatus status;
    status.id = r.requiredInt("id"_L1);
    status.name = r.string("name"_L1);
    status.type = workflowStatusTypeFromWire(r.string("type"_L1));
    const AllowedActions allowed = parseAllowedActions(r.value("allowedActions"_L1));
    status.canModify = allowed.canModify;
    status.canDelete = allowed.canDelete;
    if (!r.ok())
        return std::nullopt;
    return status;
}

std::optional<LeaveType> parseLeaveType(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    LeaveType type;
    type.id = r.requiredInt("id"_L1);
    type.name = r.string("name"_L1);
    type.balance = leaveBalanceFromWire(r.string("balance"_L1));
    type.rateFactor = r.maybeNumber("rateFactor"_L1).value_or(1.0);
    type.archived = r.boolean("archived"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return type;
}

namespace {

std::optional<LeaveRate> parseLeaveRate(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    LeaveRate rate;
    rate.leaveTypeId = r.requiredInt("leaveTypeId"_L1);
    rate.rate = r.maybeNumber("rate"_L1).value_or(0.0); // no rate = no cost
    if (!r.ok())
        return std::nullopt;
    return rate;
}

std::optional<RatePeriod> parseRatePeriod(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    RatePeriod period;
    // Null for the first period, which applies since the beginning; a malformed date would move
    // the period's start, so it is an error.
    period.dateFrom = r.strictOptionalDate("dateFrom"_L1);
    period.regularRate = r.maybeNumber("regularRate"_L1);
    period.overtimeRate = r.maybeNumber("overtimeRate"_L1);
    const QJsonArray leaveRates = r.dataArray("leaveRates"_L1);
    if (!r.ok())
        return std::nullopt;
    const auto rates = parseItems<LeaveRate>(leaveRates, parseLeaveRate, error, u"leaveRates"_s);
    if (!rates)
        return std::nullopt;
    period.leaveRates = *rates;
    return period;
}

} // namespace

std::optional<UserRates> parseUserRates(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    UserRates rates;
    // The exact shape of /userRates is a gap in the reference; a server naming the user "id"
    // instead of "userId" is read too.
    rates.userId = r.requiredInt(r.has("userId"_L1) || !r.has("id"_L1) ? "userId"_L1 : "id"_L1);
    const QJsonArray periods = r.dataArray("rates"_L1);
    if (!r.ok())
        return std::nullopt;
    const auto parsed = parseItems<RatePeriod>(periods, parseRatePeriod, error, u"rates"_s);
    if (!parsed)
        return std::nullopt;
    rates.periods = *parsed;
    return rates;
}

std::optional<ServerInfo> parseServerInfo(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    ServerInfo info;
    if (!r.ok())
        return std::nullopt;

    // Each setting keeps ServerInfo's default when absent or odd: /info only tunes the display.
    ObjectReader company(r.optionalObject("company"_L1), nullptr);
    info.companyName = company.string("name"_L1);

    ObjectReader format(r.optionalObject("format"_L1), nullptr);
    if (const QString currency = format.string("currency"_L1); !currency.isEmpty())
        info.currency = currency;
    if (const QString separator = format.string("decimalSeparator"_L1); !separator.isEmpty())
        info.decimalSeparator = separator;
    info.timeAsDecimalHours =
        format.string("timeFormat"_L1).compare(u"hours"_s, Qt::CaseInsensitive) == 0;
    info.clock12h =
        format.string("clockFormat"_L1).compare(u"clock_format_12"_s, Qt::CaseInsensitive) == 0;
    // 0 = Sunday .. 6 = Saturday; Qt counts Monday = 1 .. Sunday = 7.
    if (const auto day = format.maybeInt("dayOfWeekStart"_L1, 0, 6))
        info.firstDayOfWeek = *day == 0 ? Qt::Sunday : static_cast<Qt::DayOfWeek>(*day);

    ObjectReader features(r.optionalObject("features"_L1), nullptr);
    info.overtimeRegistration =
        features.boolean("overtimeRegistration"_L1, info.overtimeRegistration);
    info.leaveRegistration = features.boolean("leavetimeRegistration"_L1, info.leaveRegistration);
    info.taskWorkflow = features.boolean("taskWorkflow"_L1, info.taskWorkflow);
    info.typesOfWork = features.boolean("typesOfWork"_L1, info.typesOfWork);
    info.departments = features.boolean("departments"_L1, info.departments);
    info.timeZoneGroups = features.boolean("timeZoneGroups"_L1, info.timeZoneGroups);
    info.taskEstimates = features.boolean("taskEstimates"_L1, info.taskEstimates);
    info.workAssignments = features.boolean("workAssignments"_L1, info.workAssignments);

    // A limit below 1 would stall batching and paging; keep the default instead.
    ObjectReader limits(r.optionalObject("limits"_L1), nullptr);
    info.maxBatchSize = limits.maybeInt("maxBatchSize"_L1, 1).value_or(info.maxBatchSize);
    info.maxQueryLimit = limits.maybeInt("maxQueryLimit"_L1, 1).value_or(info.maxQueryLimit);

    info.serverUuid = r.string("serverUUID"_L1);
    return info;
}

} // namespace actidesk::json
