#pragma once

#include "scope.h"

#include <QJsonObject>

namespace actidesk {

// The editable fields of a customer, project or task as JSON, keyed as the outbox's payloads
// (name, description, archived, customerId, projectId, workflowStatusId, typeOfWorkId, status,
// deadline, estimatedTime): the base of an edit (ScopeEditor) and the server's values the replay
// compares it with (EntityReplay). No text and an empty text are both null.
QJsonObject scopeFieldsOf(const Customer &customer);
QJsonObject scopeFieldsOf(const Project &project);
QJsonObject scopeFieldsOf(const Task &task);

} // namespace actidesk
