#pragma once

#include "dataset.h"

#include <QJsonObject>
#include <QString>

namespace emu {

// Builds the emulator's dataset from an ActiDesk backup (docs/backup-format.md: what one account
// could read through the API), so `actitime-emulator --load-backup FILE` serves it. What the API
// does not show is made up, and said so in the README:
// - passwords: every user's password is their username;
// - roles: the account that made the backup is an administrator when it saw what only
//   administrators see (usernames), a manager of the users whose rates it saw when it saw any,
//   else an employee; every other user is an employee (teams other than its own are unknown);
// - weekly schedules and company holidays are read back from the backed-up schedules (the most
//   frequent minutes per weekday; a holiday is a day off for everybody who works that weekday);
// - locked days are not in the API: none is locked.
namespace backupload {

bool load(const QJsonObject &backup, Dataset *data, QString *error);
bool loadFile(const QString &path, Dataset *data, QString *error);

} // namespace backupload
} // namespace emu
