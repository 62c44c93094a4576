#include "seednames.h"

namespace emu::seednames {

namespace {

constexpr QStringView kFirstNames[] = {
    u"James",  u"Olivia",  u"Liam",   u"Emma",    u"Noah",     u"Sophia",    u"Lucas",
    u"Mia",    u"Ethan",   u"Ava",    u"Mateo",   u"Isabella", u"Hiroshi",   u"Yuki",
    u"Wei",    u"Mei",     u"Arjun",  u"Priya",   u"Rahul",    u"Ananya",    u"Mohammed",
    u"Fatima", u"Omar",    u"Layla",  u"Carlos",  u"Sofia",    u"Diego",     u"Lucía",
    u"Pierre", u"Camille", u"Hans",   u"Greta",   u"Lars",     u"Ingrid",    u"Pavel",
    u"Anya",   u"Dmitri",  u"Elena",  u"Kwame",   u"Amara",    u"Chinedu",   u"Zara",
    u"Jin",    u"Soo-ah",  u"Minh",   u"Linh",    u"Santiago", u"Valentina", u"Giulia",
    u"Marco",  u"Sean",    u"Aoife",  u"Mateusz", u"Zofia",    u"Ahmet",     u"Elif",
    u"David",  u"Sarah",   u"Daniel", u"Hannah",
};

constexpr QStringView kLastNames[] = {
    u"Smith",     u"Johnson",  u"Williams", u"Brown",   u"Garcia",    u"Martinez",  u"Rodriguez",
    u"Hernandez", u"Lopez",    u"Gonzalez", u"Nguyen",  u"Tran",      u"Kim",       u"Park",
    u"Lee",       u"Chen",     u"Wang",     u"Li",      u"Zhang",     u"Tanaka",    u"Sato",
    u"Suzuki",    u"Patel",    u"Sharma",   u"Singh",   u"Gupta",     u"Khan",      u"Ali",
    u"Hassan",    u"Ahmed",    u"Müller",   u"Schmidt", u"Schneider", u"Fischer",   u"Weber",
    u"Dubois",    u"Martin",   u"Bernard",  u"Rossi",   u"Russo",     u"Bianchi",   u"Novak",
    u"Kowalski",  u"Nowak",    u"Ivanov",   u"Petrov",  u"Andersson", u"Johansson", u"Nielsen",
    u"Hansen",    u"O'Brien",  u"Murphy",   u"Kelly",   u"Okafor",    u"Mensah",    u"Silva",
    u"Santos",    u"Oliveira", u"Yılmaz",   u"Cohen",
};

constexpr QStringView kCompanyStems[] = {
    u"Northwind", u"Bluebird", u"Summit",     u"Apex",    u"Cedar",     u"Silverline", u"Harbor",
    u"Evergreen", u"Redwood",  u"Pioneer",    u"Atlas",   u"Beacon",    u"Crescent",   u"Falcon",
    u"Granite",   u"Horizon",  u"Ironbridge", u"Juniper", u"Keystone",  u"Lakeside",   u"Meridian",
    u"Nimbus",    u"Oakridge", u"Pinnacle",   u"Quantum", u"Riverside", u"Sapphire",   u"Trident",
    u"Unity",     u"Vertex",   u"Willow",     u"Zenith",  u"Maple",     u"Orion",      u"Sakura",
    u"Nordlicht", u"Alpine",   u"Coral",      u"Helios",  u"Lumen",
};

constexpr QStringView kCompanySuffixes[] = {
    u"Logistics", u"Health",   u"Foods",   u"Systems",   u"Partners",      u"Bank",   u"Studios",
    u"Labs",      u"Motors",   u"Energy",  u"Insurance", u"Retail",        u"Media",  u"Consulting",
    u"Pharma",    u"Airlines", u"Hotels",  u"Software",  u"Manufacturing", u"Realty", u"Telecom",
    u"Analytics", u"Outdoor",  u"Apparel", u"Capital",
};

constexpr QStringView kLegalForms[] = {u"Inc.", u"Ltd", u"GmbH", u"LLC", u"Group", u"Co."};

constexpr QStringView kCustomerDescriptions[] = {
    u"Key account, invoiced monthly.",
    u"Retail chain with stores in 12 cities.",
    u"Framework agreement renewed every year.",
    u"Fixed-price projects; change requests billed separately.",
    u"Regional distributor, contact via the purchasing department.",
    u"Startup client, fast feedback cycles.",
    u"Public sector customer: tenders and strict reporting.",
    u"Long-standing partner since the company was founded.",
};

constexpr QStringView kProjectNames[] = {
    u"Website redesign",      u"Mobile app",
    u"Customer portal",       u"ERP migration",
    u"Data warehouse",        u"Annual audit",
    u"Support retainer",      u"Brand refresh",
    u"E-commerce platform",   u"CRM integration",
    u"Cloud migration",       u"Security review",
    u"Billing system",        u"Intranet",
    u"HR onboarding tool",    u"Inventory tracking",
    u"Payroll upgrade",       u"Analytics dashboard",
    u"Product catalog",       u"Partner API",
    u"Loyalty program",       u"Spring campaign",
    u"Trade show booth",      u"Compliance training",
    u"Office relocation",     u"Helpdesk setup",
    u"Network upgrade",       u"Sales training",
    u"Content strategy",      u"SEO optimization",
    u"Mobile banking app",    u"Field service app",
    u"Booking system",        u"Warehouse automation",
    u"Supplier portal",       u"Quality audit",
    u"Knowledge base",        u"Newsletter",
    u"Data privacy review",   u"Performance tuning",
    u"Accessibility review",  u"Internal tools",
    u"Maintenance & support", u"Digital signage",
    u"Kiosk software",        u"Reporting suite",
    u"Logistics dashboard",   u"Video production",
};

constexpr QStringView kProjectDescriptions[] = {
    u"Fixed scope, milestones agreed in the statement of work.",
    u"Time and materials; weekly status report to the client.",
    u"Phase 1 of 2. Phase 2 is pending budget approval.",
    u"Internal effort, not billed to the customer.",
    u"Go-live planned before the end of the quarter.",
    u"Maintenance contract with a monthly hour cap.",
};

constexpr QStringView kTaskDescriptions[] = {
    u"See the ticket for acceptance criteria.",
    u"Coordinate with the customer before starting.",
    u"Blocked until the API credentials arrive.",
    u"Estimate agreed in the last planning meeting.",
    u"Follow the style guide; screenshots in the shared folder.",
    u"Split into smaller tasks if it takes longer than a week.",
    u"Priority: high. The client asked about it twice.",
    u"Pair with QA before marking it complete.",
};

constexpr QStringView kCustomerComments[] = {
    u"Invoices go to the finance mailbox, not to the project lead.",
    u"New contact person from next month.",
    u"Asked for a discount on the next phase.",
    u"Very happy with the last delivery.",
    u"Payment terms changed to 45 days.",
};

constexpr QStringView kProjectComments[] = {
    u"Kick-off done, scope confirmed.",
    u"Budget is 80% used; check before adding tasks.",
    u"Deadline moved by two weeks at the client's request.",
    u"Steering meeting every second Thursday.",
    u"Please log meetings on the meetings task.",
};

constexpr QStringView kTaskComments[] = {
    u"Waiting for feedback from the client.",
    u"Half done, the rest after the review.",
    u"Reopened: the fix did not cover the mobile layout.",
    u"Let's keep this one small.",
    u"Estimate looks too low, will update it.",
};

constexpr QStringView kFeatures[] = {
    u"login screen",       u"invoice export",       u"search filters",  u"payment gateway",
    u"user settings page", u"notification service", u"REST API client", u"CSV import",
    u"report builder",     u"password reset flow",  u"shopping cart",   u"audit log",
    u"role permissions",   u"email templates",      u"data sync job",   u"PDF generator",
    u"customer dashboard", u"order history",        u"caching layer",   u"database indexes",
    u"file upload",        u"calendar view",        u"tax calculation", u"single sign-on",
    u"push notifications", u"analytics events",     u"backup scripts",  u"error logging",
    u"translations",       u"price list import",
};

constexpr QStringView kEngineeringVerbs[] = {u"Implement", u"Fix",     u"Refactor", u"Optimize",
                                             u"Update",    u"Migrate", u"Extend",   u"Clean up"};
constexpr QStringView kEngineeringComments[] = {
    u"Code review fixes",       u"Wrote unit tests",    u"Fixed edge cases",
    u"Paired with a colleague", u"Merged to main",      u"Investigated a flaky test",
    u"Updated dependencies",    u"Deployed to staging",
};

constexpr QStringView kDesignVerbs[] = {u"Design", u"Prototype", u"Redesign", u"Polish",
                                        u"Create wireframes for"};
constexpr QStringView kScreens[] = {
    u"login screen",  u"dashboard",       u"checkout flow",  u"onboarding flow",
    u"settings page", u"email templates", u"landing page",   u"mobile navigation",
    u"report layout", u"icon set",        u"pricing page",   u"empty states",
    u"error pages",   u"profile page",    u"search results",
};
constexpr QStringView kDesignComments[] = {u"Mockups shared with the client", u"Usability feedback",
                                           u"Iterated on colours", u"Handed over to development"};

constexpr QStringView kTestingVerbs[] = {u"Test", u"Write test plan for", u"Automate tests for",
                                         u"Run regression on", u"Verify"};
constexpr QStringView kTestingComments[] = {u"Regression run", u"Filed three bugs",
                                            u"Test data prepared", u"Retested fixes"};

constexpr QStringView kSupportVerbs[] = {u"Investigate", u"Resolve", u"Reproduce", u"Follow up on",
                                         u"Document workaround for"};
constexpr QStringView kIssues[] = {
    u"login timeouts",           u"slow dashboard loading", u"missing invoice emails",
    u"mobile sync errors",       u"failed data imports",    u"duplicate notifications",
    u"broken export links",      u"incorrect tax totals",   u"report rendering glitches",
    u"SSO configuration issues", u"printing problems",      u"locked accounts",
};
constexpr QStringView kSupportComments[] = {u"Customer call", u"Answered tickets",
                                            u"Escalated to development",
                                            u"Remote session with the user"};

constexpr QStringView kManagementVerbs[] = {u"Plan", u"Prepare", u"Review", u"Update"};
constexpr QStringView kManagementObjects[] = {
    u"sprint backlog",   u"release schedule", u"budget forecast",    u"status report",
    u"resource plan",    u"risk register",    u"stakeholder update", u"project roadmap",
    u"vendor contracts", u"quarterly goals",
};
constexpr QStringView kManagementComments[] = {u"Planning", u"Status report sent", u"Budget check",
                                               u"Call with the sponsor"};

constexpr QStringView kMeetings[] = {
    u"Weekly team sync",      u"Sprint planning",  u"Sprint retrospective",
    u"Client status call",    u"Daily stand-up",   u"Steering committee",
    u"Design review meeting", u"Kick-off meeting", u"Quarterly business review",
    u"Architecture review",
};
constexpr QStringView kMeetingComments[] = {u"Stand-up", u"Minutes sent", u"Client call",
                                            u"Prepared the agenda"};

// Type-of-work ids match the seed generator's list: 1 engineering, 2 management, 3 design,
// 4 testing, 5 support, 6 meetings.
constexpr TaskCategory kCategories[] = {
    {1, 40, kEngineeringVerbs, kFeatures, kEngineeringComments},
    {3, 12, kDesignVerbs, kScreens, kDesignComments},
    {4, 12, kTestingVerbs, kFeatures, kTestingComments},
    {5, 14, kSupportVerbs, kIssues, kSupportComments},
    {2, 12, kManagementVerbs, kManagementObjects, kManagementComments},
    {6, 10, {}, kMeetings, kMeetingComments},
};

} // namespace

List firstNames()
{
    return kFirstNames;
}
List lastNames()
{
    return kLastNames;
}
List companyStems()
{
    return kCompanyStems;
}
List companySuffixes()
{
    return kCompanySuffixes;
}
List legalForms()
{
    return kLegalForms;
}
List customerDescriptions()
{
    return kCustomerDescriptions;
}
List projectNames()
{
    return kProjectNames;
}
List projectDescriptions()
{
    return kProjectDescriptions;
}
List taskDescriptions()
{
    return kTaskDescriptions;
}
List customerComments()
{
    return kCustomerComments;
}
List projectComments()
{
    return kProjectComments;
}
List taskComments()
{
    return kTaskComments;
}
std::span<const TaskCategory> taskCategories()
{
    return kCategories;
}

} // namespace emu::seednames
