#pragma once

#include "apierror.h"
#include "requestqueue.h"
#include "signinproblem.h"

#include <QDateTime>
#include <QUrl>

#include <optional>

// What the api layer's answers mean for a sign-in: the session's own mapping (and its tests'). A
// header apart from signinproblem.h, so that the windows, which show a SignInProblem, see no
// type of the api layer (the session links it PRIVATE).
namespace actidesk {

// Maps a failed sign-in request (GET /users/me) to what the user is told. `server` is the
// address the user typed, named in the message when it cannot be reached. Waits are counted
// from `now` (UTC; invalid = the system clock's).
SignInProblem signInProblemFrom(const ApiError &error, const QUrl &server,
                                const QDateTime &now = {});
// The queue paused for the whole account while signing in (RateLimited or Banned); nullopt for
// other states.
std::optional<SignInProblem> signInProblemFrom(RequestQueue::State state,
                                               const QDateTime &pausedUntil,
                                               const QDateTime &now = {});

} // namespace actidesk
