#pragma once

#include "storetypes.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace actidesk {

class ActiTimeClient;
class ApiCall;
class Store;
struct ApiError;

// Replays one outbox entry that changes a customer, project, task or workflow status.
//
// Payloads are the request bodies of the change on the wire (json::customerCreateBody,
// json::taskUpdateBody, …); an update's base holds the server's values of the same keys before
// the user's edit. A created object has a temporary negative id until the server gives it a real
// one; the mapping is kept in the Store (meta "id/<kind>/<temporary id>"), so later entries that
// name the temporary id, and a replay after a crash, find the real object.
//
// Exactly once: a create first looks the name up within its parent (names are unique there; a
// workflow status's name is unique on the server),
// so a create that reached the server before a crash or a lost answer is adopted, not repeated.
// An update whose fields changed on the server since its base is held as a conflict; a delete of
// an object already gone is done.
class EntityReplay : public QObject
{
    Q_OBJECT
public:
    // StoreFailed: the server's answer could not be written to the Store (lastStoreError()); the
    // entry stays as it was, for a later replay.
    enum class Outcome { Confirmed, Conflict, Rejected, Failed, StoreFailed };
    using Done = std::function<void(Outcome, const ApiError *)>;

    EntityReplay(Store &store, ActiTimeClient &client, QObject *parent = nullptr);
    void replay(const OutboxEntry &entry, Done done);

    // The real id of a temporary (negative) one, once the server created it; the id itself
    // when it is not temporary; 0 when the object was not created yet.
    int realId(OutboxKind kind, int id);
    // Why the last replay ended StoreFailed.
    const StoreResult &lastStoreError() const { return m_storeError; }

private:
    void create(const OutboxEntry &entry, const QJsonObject &payload, Done done);
    void update(const OutboxEntry &entry, const QJsonObject &payload, Done done);
    void remove(const OutboxEntry &entry, Done done);
    void lookUpByName(const OutboxEntry &entry, const QJsonObject &payload,
                      std::function<void(int id, const ApiError *)> found);
    void adopt(const OutboxEntry &entry, int id, Done done);
    void track(ApiCall *call);
    QJsonObject mapIds(const QJsonObject &payload);
    // True when `result` is ok; otherwise keeps it and reports StoreFailed to `done`.
    bool stored(const StoreResult &result, const Done &done);

    Store &m_store;
    ActiTimeClient &m_client;
    StoreResult m_storeError;
};

} // namespace actidesk
