// PLACEHOLDER: replaced by the real handlers.
#include "router.h"

namespace emu {
void registerRatesRoutes(Router &) {}
} // namespace emu
