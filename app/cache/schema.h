#pragma once

#include <QSqlDatabase>

namespace actidesk::schema {

// PRAGMA application_id of every ActiDesk cache ("AcDk"): a SQLite file without it is not ours.
constexpr int ApplicationId = 0x4163446b;

// The schema version this build writes (PRAGMA user_version).
int latestVersion();

// Brings the database from its PRAGMA user_version up to `target` through the forward-only
// migration steps, each in its own transaction together with its user_version bump, so a crash
// leaves the file at the last completed version. Throws sql::Failure; returns the version found.
int migrate(const QSqlDatabase &db, int target = latestVersion());

} // namespace actidesk::schema
