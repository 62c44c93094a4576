#pragma once

// Internals of the seed generator, shared by seedgenerator.cpp (people, scope of work) and
// seedhistory.cpp (assignments, time-track, leave, approvals, comments, rates).
#include "seedgenerator.h"
#include "seednames.h"

#include <QSet>

#include <vector>

namespace emu::seed {

// Ids of the fixed reference lists; task categories in seednames.cpp use the same type-of-work ids.
enum TypeOfWorkId {
    Engineering = 1,
    Management,
    Design,
    Testing,
    Support,
    Meetings,
    OldConsulting
};
enum StatusId { New = 1, InProgress, Review, Completed, Cancelled };
enum LeaveTypeId { Vacation = 1, SickLeave, PersonalDay, UnpaidLeave, ParentalOld };
constexpr int kDepartments = 5; // 1..5 besides the default -1

// splitmix64: tiny, fast and the same on every platform and standard library, unlike the
// std::*_distribution family, so a seed means the same data everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }
    QString pick(seednames::List list) { return list[size_t(below(int(list.size())))].toString(); }
    int pick(const std::vector<int> &list) { return list[size_t(below(int(list.size())))]; }
    template<typename T>
    void shuffle(std::vector<T> &v)
    {
        for (size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[size_t(below(int(i)))]);
    }

private:
    quint64 m_state;
};

inline qint64 epochMs(const QDate &date, int minuteOfDay)
{
    constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
    return (date.toJulianDay() - kEpochJulianDay) * 86'400'000 + qint64(minuteOfDay) * 60'000;
}

inline QDate weekdayOnOrAfter(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

class Generator
{
public:
    explicit Generator(const SeedOptions &options);
    Dataset run();

private:
    Rng stream(quint64 salt) const { return Rng(m_options.seed ^ (salt * 0xD1B54A32D192ED03ull)); }
    void referenceLists();
    void holidays();
    void people();
    void teams(Rng &rng);
    void customersAndProjects();
    void tasks();
    void assignments();
    std::vector<int> chooseProjects(Rng &rng, const User &user, int count);
    void topUpDemoEmployee(std::vector<int> &working, QSet<int> &taken);
    void history();
    void userHistory(const User &user);
    void bookWork(Rng &rng, const User &user, const QDate &day, int minutes,
                  const std::vector<int> &focus);
    void approvals();
    void scopeComments();
    void rates();

    SeedOptions m_options;
    Dataset m_data;
    QDate m_today, m_weekStart, m_historyStart;
    std::vector<QDate> m_customerDay, m_projectDay, m_taskDay; // creation days, by id
    std::vector<std::vector<int>> m_openTasks; // by project id
    std::vector<std::vector<int>> m_closedTasks; // by project id
    std::vector<int> m_activeProjects; // not archived, with open tasks
    std::vector<int> m_managers; // active users who lead a team
    std::vector<std::vector<int>> m_workingSet; // by user id: the open tasks they log time on
};

} // namespace emu::seed
