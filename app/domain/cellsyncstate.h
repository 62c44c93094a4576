#pragma once

namespace actidesk {

// Where a cached cell stands with the server. Kept in domain (not in the cache's storetypes.h)
// because the UI shows it — models publish it as CellStateRole — and ui/ sees no cache header.
enum class CellState {
    Synced, // the shown value is the server's
    Pending, // the user's value waits in the outbox
    Conflict, // the server's value changed since the edit was based on it: the user decides
    Rejected, // the server refused the edit (message says why); the user's value is kept
};

} // namespace actidesk
