// PLACEHOLDER: replaced by the real handlers.
#include "router.h"

namespace emu {
void registerUserRoutes(Router &) {}
} // namespace emu
