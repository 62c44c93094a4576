// PLACEHOLDER: replaced by the real handlers.
#include "router.h"

namespace emu {
void registerTimetrackRoutes(Router &) {}
} // namespace emu
