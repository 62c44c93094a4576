# Fails (listing file:line) when code under app/ reads the system time itself instead of asking
# the injected actidesk::Clock (HACKING.md, "Time"). Run by the ctest tst_clockcalls:
#   cmake -DSOURCE_DIR=<repository> -P cmake/CheckClockCalls.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckClockCalls: pass -DSOURCE_DIR=<repository root>")
endif()

# Where reading the system time is the point. Keep this list short, each with its reason.
set(allowed
    app/domain/clock.cpp # SystemClock: the one implementation of Clock over the real time
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
     "${SOURCE_DIR}/app/*.h")
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
        "Code under app/ reads the system time instead of the injected Clock "
        "(take a const Clock & / Clock * and ask it; see HACKING.md, \"Time\"):\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "CheckClockCalls: ${count} files under app/ ask the Clock for the time")
