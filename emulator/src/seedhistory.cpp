#include "seedgenerator_p.h"

#include <algorithm>
#include <array>

namespace emu::seed {

// Projects for someone without a team pool, and for the demo employee, who should see work for
// two customers.
std::vector<int> Generator::chooseProjects(Rng &rng, const User &user, int count)
{
    std::vector<int> chosen;
    QSet<int> customers;
    for (int attempt = 0; attempt < count * 6 && int(chosen.size()) < count; ++attempt) {
        const int project = rng.pick(m_activeProjects);
        if (std::find(chosen.begin(), chosen.end(), project) != chosen.end())
            continue;
        // The demo employee's second project should belong to another customer.
        const int customer = m_data.projects[project].customerId;
        if (user.id == 3 && chosen.size() == 1 && customers.contains(customer)
            && attempt < count * 5)
            continue;
        chosen.push_back(project);
        customers.insert(customer);
    }
    return chosen;
}

// The employee demo account must show a useful week: at least eight open tasks of two customers.
void Generator::topUpDemoEmployee(std::vector<int> &working, QSet<int> &taken)
{
    auto customerOf = [this](int task) {
        return m_data.projects[m_data.tasks[task].projectId].customerId;
    };
    QSet<int> customers;
    for (const int task : working)
        customers.insert(customerOf(task));
    for (const int project : m_activeProjects) {
        if (working.size() >= 8 && customers.size() >= 2)
            break;
        const bool newCustomer = !customers.contains(m_data.projects[project].customerId);
        if (working.size() >= 8 && !newCustomer)
            continue;
        for (const int task : m_openTasks[size_t(project)]) {
            if (taken.contains(task))
                continue;
            taken.insert(task);
            working.push_back(task);
            customers.insert(customerOf(task));
            if (working.size() >= 8 || newCustomer)
                break;
        }
    }
}

void Generator::assignments()
{
    m_workingSet.assign(size_t(m_options.users) + 1, {});
    if (m_activeProjects.empty())
        return;
    Rng rng = stream(4);
    // Each team lead's people share a pool of two to five projects, so colleagues log time on the
    // same work and a manager's team view looks coherent.
    std::map<int, std::vector<int>> pools;
    for (const int manager : m_managers) {
        std::vector<int> &pool = pools[manager];
        const int size = rng.between(2, 5);
        for (int i = 0; i < size * 3 && int(pool.size()) < size; ++i) {
            const int project = rng.pick(m_activeProjects);
            if (std::find(pool.begin(), pool.end(), project) == pool.end())
                pool.push_back(project);
        }
    }
    for (auto &[id, user] : m_data.users) {
        const bool demoEmployee = id == 3;
        const int projectCount = demoEmployee ? rng.between(3, 4) : rng.between(1, 4);
        std::vector<int> projects;
        const auto pool = pools.find(user.managerId);
        if (!demoEmployee && pool != pools.end()) {
            for (int i = 0; i < projectCount * 2 && int(projects.size()) < projectCount; ++i) {
                const int project =
                    rng.chance(0.75) ? rng.pick(pool->second) : rng.pick(m_activeProjects);
                if (std::find(projects.begin(), projects.end(), project) == projects.end())
                    projects.push_back(project);
            }
        } else {
            projects = chooseProjects(rng, user, projectCount);
        }
        // Round robin over the projects, so each chosen project gets some of the tasks.
        const int wanted = demoEmployee ? rng.between(10, 14) : rng.between(5, 15);
        std::vector<int> &working = m_workingSet[size_t(id)];
        QSet<int> taken;
        for (int i = 0; i < wanted * 4 && int(working.size()) < wanted; ++i) {
            const std::vector<int> &open =
                m_openTasks[size_t(projects[size_t(i) % projects.size()])];
            const int task = rng.pick(open);
            if (!taken.contains(task)) {
                taken.insert(task);
                working.push_back(task);
            }
        }
        if (demoEmployee)
            topUpDemoEmployee(working, taken);
        std::sort(working.begin(), working.end());
        if (user.allScope)
            continue;
        user.assignedTaskIds = QSet<int>(working.begin(), working.end());
        // Finished work stays assigned for a while.
        for (const int project : projects) {
            const std::vector<int> &closed = m_closedTasks[size_t(project)];
            if (!closed.empty() && rng.chance(0.5))
                user.assignedTaskIds.insert(rng.pick(closed));
        }
    }
}

void Generator::history()
{
    for (const auto &[id, user] : m_data.users) {
        if (user.active || user.releaseDate.isValid())
            userHistory(user);
    }
}

void Generator::userHistory(const User &user)
{
    // One stream per user: a person's history does not shift when other users are added.
    Rng rng = stream(1000 + quint64(user.id));
    const std::vector<int> &working = m_workingSet[size_t(user.id)];
    std::vector<int> focus;
    int vacationLeft = 0;
    int vacationType = Vacation;
    for (QDate day = m_historyStart; day < m_today; day = day.addDays(1)) {
        if (day.dayOfWeek() == 1 || focus.empty()) {
            // The tasks of the week: a few from the working set.
            focus = working;
            rng.shuffle(focus);
            focus.resize(std::min(focus.size(), size_t(rng.between(2, 5))));
        }
        const int scheduled = m_data.scheduledMinutes(user, day);
        if (scheduled == 0)
            continue;
        const DayKey key = dayKey(day, user.id);
        if (vacationLeft == 0 && rng.chance(0.02)) {
            vacationLeft = rng.between(2, 5);
            vacationType = rng.chance(0.85) ? Vacation : UnpaidLeave;
        }
        if (vacationLeft > 0) {
            --vacationLeft;
            m_data.leave[key] = {{vacationType, scheduled}};
            continue;
        }
        int work = scheduled;
        if (rng.chance(0.012)) { // sick: a whole day, or a doctor's visit on a half day
            const bool partial = scheduled > 240 && rng.chance(0.3);
            m_data.leave[key] = {{SickLeave, partial ? 240 : scheduled}};
            if (!partial)
                continue;
            work = scheduled - 240;
        } else if (rng.chance(0.006)) {
            m_data.leave[key] = {{PersonalDay, scheduled}};
            continue;
        } else {
            const int variation = rng.below(100);
            if (variation < 15)
                work += 15 * rng.between(2, 8); // overtime, 30 minutes to 2 hours
            else if (variation < 27)
                work = std::max(60, work - 15 * rng.between(2, 8));
        }
        bookWork(rng, user, day, work, focus);
    }
    // Some people have a vacation planned in the coming weeks.
    if (user.active && rng.chance(0.1)) {
        QDate day = weekdayOnOrAfter(m_weekStart.addDays(7 * rng.between(2, 6)));
        const QDate until = day.addDays(28); // bounded: a schedule may have no working day
        for (int left = rng.between(3, 5); left > 0 && day < until; day = day.addDays(1)) {
            if (const int scheduled = m_data.scheduledMinutes(user, day); scheduled > 0) {
                m_data.leave[dayKey(day, user.id)] = {{Vacation, scheduled}};
                --left;
            }
        }
    }
}

void Generator::bookWork(Rng &rng, const User &user, const QDate &day, int minutes,
                         const std::vector<int> &focus)
{
    if (focus.empty())
        return;
    std::vector<int> tasks = focus;
    rng.shuffle(tasks);
    const int units = minutes / 15; // records are in quarter hours
    const int count = std::min({rng.between(1, 4), int(tasks.size()), units});
    if (count <= 0)
        return;
    std::array<int, 4> weights{};
    int weightSum = 0;
    for (int i = 0; i < count; ++i)
        weightSum += (weights[size_t(i)] = rng.between(1, 4));
    std::map<int, TimeRecord> &records = m_data.timetrack[dayKey(day, user.id)];
    int left = units - count; // everybody gets one unit, the rest by weight
    for (int i = 0; i < count; ++i) {
        const int extra = i == count - 1 ? left : (units - count) * weights[size_t(i)] / weightSum;
        left -= extra;
        TimeRecord record;
        record.time = 15 * (1 + extra);
        const int typeOfWork = m_data.tasks[tasks[size_t(i)]].typeOfWorkId;
        if (rng.chance(0.25)) {
            for (const auto &c : seednames::taskCategories()) {
                if (c.typeOfWorkId == typeOfWork) {
                    record.comment = rng.pick(c.comments);
                    break;
                }
            }
        }
        records[tasks[size_t(i)]] = record;
    }
}

// Managers approve a week two weeks after it ends; the administrator locks after six.
void Generator::approvals()
{
    const QDate approvedBefore = m_weekStart.addDays(-14);
    const QDate lockedBefore = m_weekStart.addDays(-42);
    for (const auto &[id, user] : m_data.users) {
        if (!user.active && !user.releaseDate.isValid())
            continue;
        for (QDate day = m_historyStart; day < approvedBefore; day = day.addDays(1)) {
            if ((user.hired.isValid() && day < user.hired)
                || (user.releaseDate.isValid() && day > user.releaseDate))
                continue;
            m_data.approvedDays.insert(dayKey(day, id));
            if (day < lockedBefore)
                m_data.lockedDays.insert(dayKey(day, id));
        }
    }
}

void Generator::scopeComments()
{
    Rng rng = stream(5);
    std::vector<int> authors = m_managers;
    authors.push_back(1);
    int id = 0;
    auto add = [&](CommentTarget target, int targetId, const QDate &since, seednames::List texts) {
        Comment c;
        c.id = ++id;
        c.target = target;
        c.targetId = targetId;
        c.userId = rng.pick(authors);
        const QDate from = std::max(since, m_today.addDays(-400));
        c.created = epochMs(from.addDays(rng.below(std::max(1, int(from.daysTo(m_today))))),
                            rng.between(8 * 60, 18 * 60));
        c.updated = rng.chance(0.2) ? c.created + 60'000 * rng.between(5, 600) : c.created;
        c.updatingUserId = c.userId;
        c.text = rng.pick(texts);
        m_data.comments[c.id] = c;
    };
    for (const auto &[cid, c] : m_data.customers) {
        if (rng.chance(0.3))
            add(CommentTarget::Customer, cid, m_customerDay[size_t(cid)],
                seednames::customerComments());
    }
    for (const auto &[pid, p] : m_data.projects) {
        for (int n = rng.chance(0.25) ? rng.between(1, 2) : 0; n > 0; --n)
            add(CommentTarget::Project, pid, m_projectDay[size_t(pid)],
                seednames::projectComments());
    }
    for (const auto &[tid, t] : m_data.tasks) {
        if (rng.chance(0.05))
            add(CommentTarget::Task, tid, m_taskDay[size_t(tid)], seednames::taskComments());
    }
}

void Generator::rates()
{
    Rng rng = stream(6);
    for (const auto &[id, user] : m_data.users) {
        if (!rng.chance(0.85))
            continue;
        RatePeriod first;
        first.dateFrom = user.hired;
        first.regularRate = 5.0 * rng.between(6, 24); // 30..120 per hour
        if (rng.chance(0.7))
            first.overtimeRate = *first.regularRate * 1.5;
        first.leaveRates = {{Vacation, *first.regularRate}};
        if (rng.chance(0.6))
            first.leaveRates.append({SickLeave, *first.regularRate});
        QList<RatePeriod> periods{first};
        const QDate raise(m_today.year(), 1, 1);
        if (raise > user.hired && rng.chance(0.4)) {
            RatePeriod second = first;
            second.dateFrom = raise;
            second.regularRate = *first.regularRate + 5.0 * rng.between(1, 3);
            if (second.overtimeRate)
                second.overtimeRate = *second.regularRate * 1.5;
            for (LeaveRate &lr : second.leaveRates)
                lr.rate = *second.regularRate;
            periods.append(second);
        }
        m_data.userRates[id] = periods;
    }
}

} // namespace emu::seed
