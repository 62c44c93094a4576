// PLACEHOLDER: replaced by the real serializer.
#include "datasetjson.h"

namespace emu::datasetjson {
QJsonObject save(const Dataset &) { return {}; }
bool load(const QJsonObject &, Dataset *, QString *) { return false; }
bool saveFile(const Dataset &, const QString &, QString *) { return false; }
bool loadFile(const QString &, Dataset *, QString *) { return false; }
} // namespace emu::datasetjson
