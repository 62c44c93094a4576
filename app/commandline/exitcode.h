#pragma once

namespace actidesk::cli {

// actidesk-cli's exit codes (documented in --help, the README and the man page of the
// completion): scripts branch on them.
enum ExitCode : int {
    Ok = 0,
    Usage = 1, // wrong arguments, unknown command or account, no or several matching tasks
    Auth = 2, // no password available, wrong password, login ban, account refused
    Network = 3, // the server cannot be reached (now); what was logged waits in the outbox
    Refused = 4, // the server refused an edit or a request (permission, conflict, locked day)
    Local = 5, // the cache or a file cannot be read or written
};

} // namespace actidesk::cli
