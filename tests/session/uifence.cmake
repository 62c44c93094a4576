# The include fence of ui/: widgets know the models and the account workspace, never the cache,
# the api or the sync layer. Run as a test (cmake -P) so a forbidden include fails CI with the
# file and the header named:
#   cmake -DSOURCE_DIR=<repo> -P uifence.cmake
# Forbidden: every header of app/cache, app/api and app/sync, except those listed in ALLOWED
# with the reason.
cmake_minimum_required(VERSION 3.20)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "uifence.cmake: pass -DSOURCE_DIR=<repository root>")
endif()

# serveraddress.h: the sign-in dialog checks a typed address the way the session will; it is
# pure parsing (no request, no cache) and is to move to app/session with its tests.
set(ALLOWED serveraddress.h)

set(forbidden)
foreach(layer cache api sync)
    file(GLOB headers RELATIVE ${SOURCE_DIR}/app/${layer} ${SOURCE_DIR}/app/${layer}/*.h)
    list(APPEND forbidden ${headers})
endforeach()
list(REMOVE_ITEM forbidden ${ALLOWED})
if(NOT forbidden)
    message(FATAL_ERROR "uifence.cmake: no cache/api/sync headers found under ${SOURCE_DIR}/app")
endif()

file(GLOB_RECURSE ui_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
set(violations)
foreach(file ${ui_files})
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<][^\">]+[\">]")
    foreach(line ${includes})
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">].*" "\\1" header "${line}")
        get_filename_component(name "${header}" NAME)
        if(name IN_LIST forbidden)
            file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
            list(APPEND violations "${shown} includes ${header}")
        endif()
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "ui/ includes headers of the cache, api or sync layer (widgets talk to "
                        "models and the account workspace only):\n  ${text}")
endif()
list(LENGTH ui_files count)
message(STATUS "ui/ include fence: ${count} files checked, none includes a cache/api/sync header")
