// PLACEHOLDER: replaced by the real handlers.
#include "router.h"

namespace emu {
void registerScopeRoutes(Router &) {}
} // namespace emu
