# Fails (listing file:line) when code under app/ or ui/ reads the system time itself instead of
# asking the injected actidesk::Clock (HACKING.md, "Time"): the widgets ask the account's clock
# (AccountWorkspace::clock(), SessionController::clock() before any account is open, the pages'
# AccountModels::clock()). Run by the ctest tst_clockcalls:
#   cmake -DSOURCE_DIR=<repository> -P cmake/CheckClockCalls.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckClockCalls: pass -DSOURCE_DIR=<repository root>")
endif()

# Where reading the system time is the point. Keep this list short, each with its reason.
set(allowed
    app/domain/clock.cpp # SystemClock: the one implementation of Clock over the real time
    # --startup-report measures how long this process took to show its first data: the wall
    # time of the process itself, which no account's clock knows (and a test clock must not move).
    ui/shell/startupreport.cpp
    # The review page's default "today" (the review page's own change replaces it); it never
    # shows: SessionView::setToday gives the page the account's today before it is shown.
    ui/review/reviewpage.h
)

# QDateTime::currentDateTime(Utc), currentMSecsSinceEpoch, currentSecsSinceEpoch,
# QDate::currentDate, QTime::currentTime, QElapsedTimer and the std::chrono clocks.
set(forbidden
    "QDateTime::current[A-Za-z]*"
    "QDate::currentDate"
    "QTime::currentTime"
    "QElapsedTimer"
    "std::chrono::[a-z_]*_clock")
list(JOIN forbidden "|" pattern)

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
list(SORT sources)
set(offenders "")
foreach(source IN LISTS sources)
    if(source IN_LIST allowed)
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines ENCODING UTF-8)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # A comment may name them (e.g. to say why not); code may not.
        string(REGEX REPLACE "(^|[ \t])//.*$" "" code "${line}")
        if(code MATCHES "(${pattern})")
            string(STRIP "${line}" shown)
            string(APPEND offenders "  ${source}:${number}: ${shown}\n")
        endif()
    endforeach()
endforeach()

if(offenders)
    message(FATAL_ERROR
        "Code under app/ or ui/ reads the system time instead of the injected Clock "
        "(take a const Clock & / Clock * and ask it; see HACKING.md, \"Time\"):\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "CheckClockCalls: ${count} files under app/ and ui/ ask the Clock for the time")
