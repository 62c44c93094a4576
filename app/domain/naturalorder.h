#pragma once

#include <QString>

namespace actidesk {

// Compares names as people read them: locale-aware, case-insensitive, and runs of digits as
// numbers, so "#201" comes before "#1041" and "Task 2" before "Task 10". <0, 0 or >0.
int naturalCompare(const QString &a, const QString &b);

} // namespace actidesk
