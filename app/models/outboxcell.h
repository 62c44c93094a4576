#pragma once

#include "storetypes.h"

#include <optional>

namespace actidesk {

class Store;

// A cell with an edit in the outbox: where "go to the first conflict" goes.
struct OutboxCell
{
    OutboxKind kind = OutboxKind::Timetrack; // Timetrack or Leave
    QDate date;
    int targetId = 0; // the task or the leave type
};

// The user's first cell (the oldest edit) in the outbox in `state`; nothing when there is none.
// Edits of other kinds (customers, projects, …) are not cells and are skipped.
std::optional<OutboxCell> firstOutboxCell(Store &store, int userId, OutboxState state);

} // namespace actidesk
