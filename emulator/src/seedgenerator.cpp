// PLACEHOLDER: replaced by the real generator.
#include "seedgenerator.h"

namespace emu {
Dataset generateDataset(const SeedOptions &) { return {}; }
} // namespace emu
