#include "leavebalancename.h"

#include <QCoreApplication>

namespace actidesk {

QString balanceName(LeaveBalance balance)
{
    switch (balance) {
    case LeaveBalance::Pto:
        return QCoreApplication::translate("actidesk::LeaveBalance", "Paid time off");
    case LeaveBalance::Sick:
        return QCoreApplication::translate("actidesk::LeaveBalance", "Sick days");
    case LeaveBalance::None:
        break;
    }
    return QCoreApplication::translate("actidesk::LeaveBalance", "No balance");
}

} // namespace actidesk
