#pragma once

#include "dataset.h"

#include <QDate>

namespace emu {

struct SeedOptions
{
    quint64 seed = 20261129;
    int users = 25; // including the three fixed sign-ins
    int customers = 8;
    int projects = 24; // in all, spread over the customers
    int tasks = 120; // in all, spread over the projects
    int weeks = 8; // weeks of time-track history before `today`
    QDate today; // anchor of the history; invalid = the current date
};

// Builds a realistic, deterministic dataset: the same options give the same data, byte for byte.
// Users 1..3 are always admin/manager (administrator), manager/manager (team manager) and
// employee/employee (on the manager's team); every other user's password is their username.
Dataset generateDataset(const SeedOptions &options);

} // namespace emu
