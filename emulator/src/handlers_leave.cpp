// PLACEHOLDER: replaced by the real handlers.
#include "router.h"

namespace emu {
void registerLeaveRoutes(Router &) {}
} // namespace emu
