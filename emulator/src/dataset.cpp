#include "dataset.h"

using namespace Qt::StringLiterals;

namespace emu {

QString User::fullName() const
{
    QString name = firstName;
    if (!middleName.isEmpty())
        name += u' ' + middleName + u'.';
    if (!lastName.isEmpty())
        name += u' ' + lastName;
    return name;
}

const User *Dataset::findUser(int id) const
{
    const auto it = users.find(id);
    return it == users.end() ? nullptr : &it->second;
}

const User *Dataset::findUserByUsername(const QString &username) const
{
    for (const auto &[id, user] : users) {
        if (user.username.compare(username, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const User *Dataset::findUserByRef(const QString &idOrUsername) const
{
    bool isNumber = false;
    const int id = idOrUsername.toInt(&isNumber);
    if (isNumber)
        return findUser(id);
    return findUserByUsername(idOrUsername);
}

const Task *Dataset::findTask(int id) const
{
    const auto it = tasks.find(id);
    return it == tasks.end() ? nullptr : &it->second;
}

bool Dataset::isTaskCompleted(const Task &task) const
{
    const auto it = workflowStatuses.find(task.workflowStatusId);
    return it != workflowStatuses.end() && it->second.type == u"completed"_s;
}

int Dataset::scheduledMinutes(const User &user, const QDate &date) const
{
    if (holidays.contains(date))
        return 0;
    if (user.hired.isValid() && date < user.hired)
        return 0;
    if (user.releaseDate.isValid() && date > user.releaseDate)
        return 0;
    return user.weeklySchedule[date.dayOfWeek() - 1];
}

} // namespace emu
