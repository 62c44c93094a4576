#include "seedgenerator_p.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace emu {

namespace seed {

namespace {

// The n-th (1-based) given weekday of a month; n = -1 is the last one.
QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    if (n < 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != dayOfWeek)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != dayOfWeek)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

QDate observed(const QDate &d) // a holiday on a weekend is taken on the nearest weekday
{
    return d.dayOfWeek() == 6 ? d.addDays(-1) : d.dayOfWeek() == 7 ? d.addDays(1) : d;
}

// Usernames are plain ASCII: "Müller" → "muller", "O'Brien" → "obrien".
QString asciiLetters(QString name)
{
    name.replace(u'ı', u'i');
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetter())
            out += c.toLower();
    }
    return out;
}

} // namespace

Generator::Generator(const SeedOptions &options) : m_options(options)
{
    m_options.users = std::max(3, options.users);
    m_options.customers = std::max(0, options.customers);
    m_options.projects = m_options.customers > 0 ? std::max(0, options.projects) : 0;
    m_options.tasks = m_options.projects > 0 ? std::max(0, options.tasks) : 0;
    m_options.weeks = std::max(0, options.weeks);
    m_today = options.today.isValid() ? options.today : QDate::currentDate();
    m_weekStart = m_today.addDays(1 - m_today.dayOfWeek());
    m_historyStart = m_weekStart.addDays(-7 * m_options.weeks);
}

Dataset Generator::run()
{
    referenceLists();
    holidays();
    people();
    customersAndProjects();
    tasks();
    assignments();
    history();
    approvals();
    scopeComments();
    rates();
    // Created objects continue from a round number above every generated id (1001 by default).
    const int maxId = std::max({m_options.users, m_options.customers, m_options.projects,
                                m_options.tasks, int(m_data.comments.size())});
    m_data.lastId = std::max(1000, (maxId / 1000 + 1) * 1000);
    return std::move(m_data);
}

void Generator::referenceLists()
{
    Dataset &d = m_data;
    d.departments[-1] = {-1, u"Users without department"_s, true};
    const QString departments[kDepartments] = {u"Engineering"_s, u"Sales"_s, u"Support"_s,
                                               u"Marketing"_s, u"Finance"_s};
    for (int i = 0; i < kDepartments; ++i)
        d.departments[i + 1] = {i + 1, departments[i], false};

    d.timeZoneGroups[-1] = {-1, u"New York"_s, u"America/New_York"_s, true};
    d.timeZoneGroups[1] = {1, u"London"_s, u"Europe/London"_s, false};
    d.timeZoneGroups[2] = {2, u"Berlin"_s, u"Europe/Berlin"_s, false};
    d.timeZoneGroups[3] = {3, u"Tokyo"_s, u"Asia/Tokyo"_s, false};

    d.typesOfWork[Engineering] = {Engineering, u"engineering"_s, 120.0, false, true, true};
    d.typesOfWork[Management] = {Management, u"management"_s, std::nullopt, false, false, false};
    d.typesOfWork[Design] = {Design, u"design"_s, 110.0, false, true, false};
    d.typesOfWork[Testing] = {Testing, u"testing"_s, 90.0, false, true, false};
    d.typesOfWork[Support] = {Support, u"support"_s, 75.0, false, true, false};
    d.typesOfWork[Meetings] = {Meetings, u"meetings"_s, std::nullopt, false, false, false};
    d.typesOfWork[OldConsulting] = {OldConsulting, u"consulting (old rate)"_s, 95.0, true, true,
                                    false};

    d.workflowStatuses[New] = {New, u"New"_s, u"open"_s};
    d.workflowStatuses[InProgress] = {InProgress, u"In Progress"_s, u"open"_s};
    d.workflowStatuses[Review] = {Review, u"Review"_s, u"open"_s};
    d.workflowStatuses[Completed] = {Completed, u"Completed"_s, u"completed"_s};
    d.workflowStatuses[Cancelled] = {Cancelled, u"Cancelled"_s, u"completed"_s};

    d.leaveTypes[Vacation] = {Vacation, u"Vacation"_s, u"PTO"_s, 1.0, false};
    d.leaveTypes[SickLeave] = {SickLeave, u"Sick Leave"_s, u"Sick"_s, 1.0, false};
    d.leaveTypes[PersonalDay] = {PersonalDay, u"Personal Day"_s, u"PTO"_s, 1.0, false};
    d.leaveTypes[UnpaidLeave] = {UnpaidLeave, u"Unpaid Leave"_s, u"None"_s, 0.0, false};
    d.leaveTypes[ParentalOld] = {ParentalOld, u"Parental leave (old)"_s, u"None"_s, 1.0, true};
}

// US public holidays (the default time-zone group is New York), from the history's first year to
// the year after today so that planning ahead shows them too.
void Generator::holidays()
{
    for (int year = m_historyStart.year(); year <= m_today.year() + 1; ++year) {
        const QDate thanksgiving = nthWeekday(year, 11, 4, 4);
        for (const QDate &day :
             {observed(QDate(year, 1, 1)), nthWeekday(year, 5, 1, -1), observed(QDate(year, 7, 4)),
              nthWeekday(year, 9, 1, 1), thanksgiving, thanksgiving.addDays(1),
              observed(QDate(year, 12, 25))})
            m_data.holidays.insert(day);
    }
}

void Generator::people()
{
    Rng rng = stream(1);
    auto fixed = [this](int id, const QString &login, const QString &password, const QString &first,
                        const QString &last, Role role, int department, const QDate &hired) {
        User u;
        u.id = id;
        u.username = login;
        u.password = password;
        u.email = login + u"@example.com"_s;
        u.firstName = first;
        u.lastName = last;
        u.role = role;
        u.departmentId = department;
        u.hired = weekdayOnOrAfter(hired);
        u.allScope = role != Role::Employee;
        m_data.users[id] = u;
    };
    fixed(1, u"admin"_s, u"manager"_s, u"Alex"_s, u"Morgan"_s, Role::Admin, 5,
          m_today.addYears(-6).addDays(-40));
    fixed(2, u"manager"_s, u"manager"_s, u"Maria"_s, u"Lopez"_s, Role::Manager, 1,
          m_today.addYears(-4).addDays(-95));
    fixed(3, u"employee"_s, u"employee"_s, u"Emma"_s, u"Wilson"_s, Role::Employee, 1,
          m_today.addYears(-2).addDays(-150));
    m_data.users[3].managerId = 2;

    QHash<QString, int> loginCount{{u"admin"_s, 1}, {u"manager"_s, 1}, {u"employee"_s, 1}};
    const int historyDays = int(m_historyStart.daysTo(m_today));
    for (int id = 4; id <= m_options.users; ++id) {
        User u;
        u.id = id;
        u.firstName = rng.pick(seednames::firstNames());
        u.lastName = rng.pick(seednames::lastNames());
        if (rng.chance(0.12))
            u.middleName = QChar(u'A' + rng.below(26));
        const QString base = asciiLetters(u.firstName.left(1)) + asciiLetters(u.lastName);
        const int seen = ++loginCount[base]; // bases are letters only, so "jsmith2" is never a base
        u.username = seen == 1 ? base : base + QString::number(seen);
        u.password = u.username;
        u.email = u.username + u"@example.com"_s;
        // About one in ten people leads a team (with the fixed manager): every twelfth from id 9.
        u.role = id >= 9 && (id - 9) % 12 == 0 ? Role::Manager : Role::Employee;
        u.active = !rng.chance(0.03);
        const bool newJoiner = historyDays > 10 && rng.chance(0.05);
        u.hired = weekdayOnOrAfter(
            m_today.addDays(newJoiner ? -rng.between(5, historyDays) : -rng.between(120, 9 * 365)));
        u.hired = std::min(u.hired, m_today);
        if (rng.chance(0.08)) {
            static constexpr std::array<std::array<int, 7>, 3> kPartTime{
                {{240, 240, 240, 240, 240, 0, 0},
                 {480, 480, 480, 480, 0, 0, 0},
                 {360, 360, 360, 360, 360, 0, 0}}};
            u.weeklySchedule = kPartTime[size_t(rng.below(3))];
        }
        const int dept = rng.below(100); // Engineering is the largest, a few have no department
        u.departmentId = dept < 35 ? 1
            : dept < 50            ? 2
            : dept < 70            ? 3
            : dept < 82            ? 4
            : dept < 90            ? 5
                                   : -1;
        if (u.role == Role::Manager && u.departmentId == -1)
            u.departmentId = 1 + rng.below(kDepartments); // team leads belong to a department
        const int zone = rng.below(100);
        u.timeZoneGroupId = zone < 60 ? -1 : zone < 75 ? 1 : zone < 90 ? 2 : 3;
        m_data.users[id] = u;
    }
    // A couple of people have left: a release date shortly before today, account disabled.
    if (m_options.users >= 10) {
        for (int i = 0; i < 2; ++i) {
            User &u = m_data.users[rng.between(4, m_options.users)];
            if (u.role != Role::Employee || u.hired > m_today.addDays(-60))
                continue;
            u.releaseDate = m_today.addDays(-rng.between(5, 40));
            u.active = false;
        }
    }
    teams(rng);
}

void Generator::teams(Rng &rng)
{
    m_managers.push_back(2);
    std::vector<int> others;
    for (const auto &[id, u] : m_data.users) {
        if (id >= 4 && u.role == Role::Manager && u.active) {
            m_managers.push_back(id);
            others.push_back(id);
        }
    }
    // A third of the staff reports to the fixed manager, most others to another team lead.
    for (auto &[id, u] : m_data.users) {
        if (id < 4 || u.role != Role::Employee)
            continue;
        if (rng.below(3) == 0)
            u.managerId = 2;
        else if (!others.empty() && rng.chance(0.8))
            u.managerId = rng.pick(others);
        if (u.managerId != 0 && rng.chance(0.7))
            u.departmentId = m_data.users[u.managerId].departmentId;
    }
}

void Generator::customersAndProjects()
{
    Rng rng = stream(2);
    const int customers = m_options.customers;
    m_customerDay.assign(size_t(customers) + 1, QDate());
    QSet<QString> usedNames;
    for (int id = 1; id <= customers; ++id) {
        QString name;
        for (int attempt = 0; attempt < 8 && (name.isEmpty() || usedNames.contains(name));
             ++attempt)
            name =
                rng.pick(seednames::companyStems()) + u' ' + rng.pick(seednames::companySuffixes());
        for (int n = 2; usedNames.contains(name); ++n) // only at scales beyond the word lists
            name = rng.pick(seednames::companyStems()) + u' '
                + rng.pick(seednames::companySuffixes()) + u' ' + QString::number(n);
        usedNames.insert(name);
        if (rng.chance(0.35))
            name += u' ' + rng.pick(seednames::legalForms());
        Customer c;
        c.id = id;
        c.name = name;
        if (rng.chance(0.4))
            c.description = rng.pick(seednames::customerDescriptions());
        c.archived = customers >= 5 && rng.chance(0.12);
        m_customerDay[size_t(id)] = m_historyStart.addDays(-rng.between(400, 2200));
        c.created = epochMs(m_customerDay[size_t(id)], rng.between(8 * 60, 18 * 60));
        m_data.customers[id] = c;
    }
    if (customers >= 5
        && std::none_of(m_data.customers.begin(), m_data.customers.end(),
                        [](const auto &c) { return c.second.archived; }))
        m_data.customers[customers].archived = true;

    // Every customer gets a project before any gets a second; the rest land at random.
    std::vector<int> perCustomer(size_t(customers) + 1, 0);
    for (int i = 0; i < m_options.projects; ++i)
        ++perCustomer[size_t(i < customers ? i + 1 : rng.between(1, customers))];
    const seednames::List names = seednames::projectNames();
    m_projectDay.assign(size_t(m_options.projects) + 1, QDate());
    int id = 0;
    for (int customer = 1; customer <= customers; ++customer) {
        std::vector<int> order(names.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        rng.shuffle(order);
        const Customer &c = m_data.customers[customer];
        for (int k = 0; k < perCustomer[size_t(customer)]; ++k) {
            Project p;
            p.id = ++id;
            p.customerId = customer;
            const int round = k / int(names.size());
            p.name = names[size_t(order[size_t(k) % order.size()])].toString();
            if (round > 0)
                p.name += u" (phase %1)"_s.arg(round + 1);
            if (rng.chance(0.3))
                p.description = rng.pick(seednames::projectDescriptions());
            p.archived = c.archived || rng.chance(0.08);
            const QDate from = m_customerDay[size_t(customer)];
            m_projectDay[size_t(p.id)] =
                from.addDays(rng.between(1, std::max(1, int(from.daysTo(m_historyStart)) - 30)));
            p.created = epochMs(m_projectDay[size_t(p.id)], rng.between(8 * 60, 18 * 60));
            m_data.projects[p.id] = p;
        }
    }
}

void Generator::tasks()
{
    Rng rng = stream(3);
    const int projects = m_options.projects;
    std::vector<int> perProject(size_t(projects) + 1, 0);
    for (int i = 0; i < m_options.tasks; ++i)
        ++perProject[size_t(i < projects ? i + 1 : rng.between(1, projects))];
    const auto categories = seednames::taskCategories();
    int totalWeight = 0;
    for (const auto &c : categories)
        totalWeight += c.weight;
    m_openTasks.assign(size_t(projects) + 1, {});
    m_closedTasks.assign(size_t(projects) + 1, {});
    m_taskDay.assign(size_t(m_options.tasks) + 1, QDate());
    int id = 0;
    for (int project = 1; project <= projects; ++project) {
        const Project &p = m_data.projects[project];
        QSet<QString> used; // task names are unique within their project
        for (int k = 0; k < perProject[size_t(project)]; ++k) {
            int w = rng.below(totalWeight);
            const seednames::TaskCategory *cat = &categories[0];
            for (const auto &c : categories) {
                cat = &c;
                if ((w -= c.weight) < 0)
                    break;
            }
            Task t;
            t.id = ++id;
            t.projectId = project;
            t.typeOfWorkId = cat->typeOfWorkId;
            for (int attempt = 0; attempt < 6 && (t.name.isEmpty() || used.contains(t.name));
                 ++attempt)
                t.name = cat->verbs.empty() ? rng.pick(cat->objects)
                                            : rng.pick(cat->verbs) + u' ' + rng.pick(cat->objects);
            const QString base = t.name;
            for (int n = 2; used.contains(t.name); ++n)
                t.name = base + u" (part %1)"_s.arg(n);
            used.insert(t.name);
            if (rng.chance(0.3))
                t.description = rng.pick(seednames::taskDescriptions());
            const int status = rng.below(100);
            if (p.archived)
                t.workflowStatusId = status < 90 ? Completed : Cancelled;
            else
                t.workflowStatusId = status < 12 ? Completed
                    : status < 15                ? Cancelled
                    : status < 45                ? New
                    : status < 85                ? InProgress
                                                 : Review;
            if (rng.chance(0.3))
                t.deadline = weekdayOnOrAfter(m_today.addDays(rng.between(-30, 90)));
            if (rng.chance(0.4))
                t.estimatedTime =
                    60 * (t.typeOfWorkId == Meetings ? rng.between(1, 8) : rng.between(2, 60));
            const QDate from = m_projectDay[size_t(project)];
            m_taskDay[size_t(t.id)] =
                from.addDays(rng.below(std::max(1, int(from.daysTo(m_historyStart)))));
            t.created = epochMs(m_taskDay[size_t(t.id)], rng.between(8 * 60, 18 * 60));
            if (m_data.isTaskCompleted(t) || p.archived)
                m_closedTasks[size_t(project)].push_back(t.id);
            else
                m_openTasks[size_t(project)].push_back(t.id);
            m_data.tasks[t.id] = std::move(t);
        }
        if (!p.archived && !m_data.customers[p.customerId].archived
            && !m_openTasks[size_t(project)].empty())
            m_activeProjects.push_back(project);
    }
}

} // namespace seed

Dataset generateDataset(const SeedOptions &options)
{
    return seed::Generator(options).run();
}

} // namespace emu
