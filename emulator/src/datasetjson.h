#pragma once

#include "dataset.h"

#include <QJsonObject>
#include <QString>

namespace emu {

// The whole emulator state as one JSON document, so a demo keeps its edits across restarts.
// This is the emulator's private file format, not an actiTIME wire format.
namespace datasetjson {

QJsonObject save(const Dataset &data);
// Fills *data from a document written by save(); on failure returns false and says why.
bool load(const QJsonObject &json, Dataset *data, QString *error);

bool saveFile(const Dataset &data, const QString &path, QString *error);
bool loadFile(const QString &path, Dataset *data, QString *error);

} // namespace datasetjson
} // namespace emu
