// Envelopes, referenced maps, error and batch answers, and the small shared readers (enums,
// allowedActions, deadline). The entity parsers live in domainjson_<area>.cpp.

#include "domainjson.h"

using namespace Qt::StringLiterals;

namespace actidesk::json {

AllowedActions parseAllowedActions(const QJsonValue &value)
{
    // No error on a missing or odd object: the safe reading of "unknown" is "not allowed".
    ObjectReader r(value, nullptr);
    AllowedActions allowed;
    allowed.canModify = r.boolean("canModify"_L1, false);
    allowed.canDelete = r.boolean("canDelete"_L1, false);
    return allowed;
}

std::optional<QDate> parseDeadline(const QJsonValue &value)
{
    if (const auto date = toDate(value))
        return date;
    const auto stamp = toTimestamp(value);
    if (!stamp || (value.isString() && !toInteger(value)))
        return std::nullopt; // ISO date-times are not a documented deadline form
    // An epoch-ms deadline is the server's midnight of that day in its own zone. Rounding to the
    // nearest UTC midnight recovers the calendar date for any zone within +-12 hours, where the
    // plain UTC date would be a day early for zones east of Greenwich.
    return stamp->addSecs(12 * 3600).date();
}

TaskStatus taskStatusFromWire(const QString &text)
{
    return text.compare(u"completed"_s, Qt::CaseInsensitive) == 0 ? TaskStatus::Completed
                                                                  : TaskStatus::Open;
}

WorkflowStatusType workflowStatusTypeFromWire(const QString &text)
{
    return text.compare(u"completed"_s, Qt::CaseInsensitive) == 0 ? WorkflowStatusType::Completed
                                                                  : WorkflowStatusType::Open;
}

LeaveBalance leaveBalanceFromWire(const QString &text)
{
    if (text.compare(u"PTO"_s, Qt::CaseInsensitive) == 0)
        return LeaveBalance::Pto;
    if (text.compare(u"Sick"_s, Qt::CaseInsensitive) == 0)
        return LeaveBalance::Sick;
    return LeaveBalance::None;
}

std::optional<ListEnvelope> parseListEnvelope(const QByteArray &body, ParseError *error)
{
    const auto object = parseObjectBody(body, error);
    if (!object)
        return std::nullopt;
    ObjectReader r(*object, error);
    ListEnvelope envelope;
    // offset and limit are echoes of the request; a missing or odd echo must not lose the page.
    envelope.offset = r.maybeInt("offset"_L1, 0).value_or(0);
    envelope.limit = r.maybeInt("limit"_L1, 0).value_or(0);
    envelope.items = r.requiredArray("items"_L1);
    if (!r.ok())
        return std::nullopt;
    envelope.whole = *object;
    return envelope;
}

namespace detail {

std::optional<QJsonObject> referencedMapObject(const QJsonValue &map, const QString &path,
                                               ParseError *error)
{
    if (isAbsent(map))
        return QJsonObject();
    if (!map.isObject()) {
        fail(error, path, u"expected an object of id -> entity, got %1"_s.arg(describe(map)));
        return std::nullopt;
    }
    return map.toObject();
}

std::optional<int> referencedKey(const QString &key, const QString &path, ParseError *error)
{
    const auto id = toInteger(QJsonValue(key));
    if (!id || *id < std::numeric_limits<int>::min() || *id > std::numeric_limits<int>::max()) {
        fail(error, path, u"key \"%1\" is not an integer id"_s.arg(key.left(40)));
        return std::nullopt;
    }
    return static_cast<int>(*id);
}

QJsonValue withId(const QJsonValue &value, int id)
{
    if (!value.isObject() || !isAbsent(value[u"id"_s]))
        return value;
    QJsonObject object = value.toObject();
    object.insert(u"id"_s, id);
    return object;
}

bool idMatchesKey(int id, int key, const QString &path, ParseError *error)
{
    // A mismatch would make every lookup through this map show the wrong entity.
    if (id == key)
        return true;
    return fail(error, joinPath(path, u"id"_s),
                u"id %1 differs from its map key %2"_s.arg(id).arg(key));
}

} // namespace detail

std::optional<ServerErrorBody> parseErrorBody(const QByteArray &body)
{
    const auto object = parseObjectBody(body, nullptr);
    if (!object)
        return std::nullopt;
    const QJsonValue key = object->value("key"_L1);
    const QJsonValue message = object->value("message"_L1);
    if (!key.isString() || !message.isString())
        return std::nullopt;
    ServerErrorBody result{key.toString(), message.toString(), {}};
    const QJsonValue fields = object->value("fields"_L1);
    if (fields.isString()) {
        result.fields = fields.toString();
    } else if (fields.isArray()) {
        // Documented as a string; a list of names is read too rather than dropped.
        QStringList names;
        for (const QJsonValue &name : fields.toArray()) {
            if (name.isString())
                names.append(name.toString());
        }
        result.fields = names.join(u", "_s);
    }
    return result;
}

std::optional<QList<BatchItemResult>> parseBatchResults(const QByteArray &body, ParseError *error)
{
    const auto array = parseArrayBody(body, error);
    if (!array)
        return std::nullopt;
    QList<BatchItemResult> results;
    results.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        ObjectReader r(array->at(i), error);
        BatchItemResult result;
        result.status = r.requiredInt("status"_L1, 100, 599);
        result.body = r.value("body"_L1);
        if (result.body.isUndefined())
            result.body = QJsonValue(QJsonValue::Null);
        const QJsonValue id = r.value("id"_L1);
        if (id.isString())
            result.id = id.toString();
        else if (const auto number = toInteger(id))
            result.id = QString::number(*number);
        if (!r.ok()) {
            prefixPath(error, indexPath(QString(), i));
            return std::nullopt;
        }
        results.append(result);
    }
    return results;
}

} // namespace actidesk::json
