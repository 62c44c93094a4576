#pragma once

// Internal to the Store's implementation files.

#include "sqlutil.h"
#include "store.h"

namespace actidesk {

// Runs a reader; a failure becomes lastError() and an empty value.
template<typename T>
T Store::read(const std::function<T()> &body)
{
    m_lastError = {};
    try {
        return body();
    } catch (const sql::Failure &failure) {
        m_lastError = failure.result;
        return T{};
    }
}

namespace storedetail {

// Text spellings of OutboxKind in the outbox table (stable across enum reorderings).
QString kindName(OutboxKind kind);
std::optional<OutboxKind> kindFromName(const QString &name);
QString jsonText(const QJsonObject &object);
QJsonObject jsonObject(const QVariant &text);

} // namespace storedetail

} // namespace actidesk
