#include "outboxcell.h"

#include "store.h"

namespace actidesk {

std::optional<OutboxCell> firstOutboxCell(Store &store, int userId, OutboxState state)
{
    // The outbox is short (edits not yet confirmed), and in order: the first match is the oldest.
    for (const OutboxEntry &entry : store.outboxEntries()) {
        if (entry.state == state && entry.isCell() && entry.userId == userId)
            return OutboxCell{entry.kind, entry.date, entry.targetId};
    }
    return std::nullopt;
}

} // namespace actidesk
