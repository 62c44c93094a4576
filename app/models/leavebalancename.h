#pragma once

#include "reference.h"

#include <QString>

namespace actidesk {

// What a leave balance is called for the user ("Paid time off", "Sick days", "No balance"): one
// wording for the Leave page, the leave dialog and the reference lists.
QString balanceName(LeaveBalance balance);

} // namespace actidesk
