#include "access.h"

namespace emu {

bool Access::isInTeam(const User &user) const
{
    return isManager() && user.managerId == m_caller.id;
}

bool Access::canSeeUser(const User &user) const
{
    // Everybody sees the user directory (names, departments); hidden fields are filtered by the
    // serializer, and time-track visibility is a separate question.
    Q_UNUSED(user);
    return true;
}

bool Access::canSeeUsersTime(const User &user) const
{
    return isAdmin() || user.id == m_caller.id || isInTeam(user);
}

bool Access::canModifyUsersTime(const User &user) const
{
    return canSeeUsersTime(user);
}

bool Access::canSeeRatesOf(const User &user) const
{
    return isAdmin() || isInTeam(user);
}

bool Access::isAssigned(const User &user, const Task &task) const
{
    return user.allScope || user.assignedTaskIds.contains(task.id);
}

bool Access::canSeeTask(const Task &task) const
{
    if (canManageScopeOfWork())
        return true;
    return isAssigned(m_caller, task);
}

bool Access::canSeeAnyTaskOf(int projectId, int customerId) const
{
    if (canManageScopeOfWork() || m_caller.allScope)
        return true;
    for (const int taskId : m_caller.assignedTaskIds) {
        const Task *task = m_data.findTask(taskId);
        if (!task)
            continue;
        if (projectId && task->projectId == projectId)
            return true;
        if (customerId) {
            const auto p = m_data.projects.find(task->projectId);
            if (p != m_data.projects.end() && p->second.customerId == customerId)
                return true;
        }
    }
    return false;
}

bool Access::canSeeProject(const Project &project) const
{
    return canSeeAnyTaskOf(project.id, 0);
}

bool Access::canSeeCustomer(const Customer &customer) const
{
    return canSeeAnyTaskOf(0, customer.id);
}

} // namespace emu
