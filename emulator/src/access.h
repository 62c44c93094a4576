#pragma once

#include "dataset.h"

namespace emu {

// What the signed-in user may see and do, after actiTIME's permission model reduced to three
// roles (see emulator/README.md): an employee enters their own time on assigned tasks; a manager
// also manages the scope of work and modifies their team's time-track; an administrator may do
// everything, including accounts, system settings and locks.
class Access
{
public:
    Access(const Dataset &data, const User &caller) : m_data(data), m_caller(caller) { }

    const User &caller() const { return m_caller; }
    bool isAdmin() const { return m_caller.role == Role::Admin; }
    bool isManager() const { return m_caller.role == Role::Manager; }

    bool canManageAccounts() const { return isAdmin(); } // hidden user fields, user writes
    bool canManageSettings() const { return isAdmin(); } // workflow statuses
    bool canManageScopeOfWork() const { return isAdmin() || isManager(); }
    bool canLockTimetrack() const { return isAdmin(); }
    bool canEditRates() const { return isAdmin(); }

    bool isInTeam(const User &user) const; // the caller manages this user
    bool canSeeUser(const User &user) const;
    bool canSeeUsersTime(const User &user) const;
    bool canModifyUsersTime(const User &user) const;
    bool canSeeRatesOf(const User &user) const;

    bool canSeeTask(const Task &task) const;
    bool canSeeProject(const Project &project) const;
    bool canSeeCustomer(const Customer &customer) const;
    // May this user's time be entered on that task (work assignments)?
    bool isAssigned(const User &user, const Task &task) const;

private:
    bool canSeeAnyTaskOf(int projectId, int customerId) const;

    const Dataset &m_data;
    const User &m_caller;
};

} // namespace emu
