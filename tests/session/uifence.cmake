# The include fence of ui/: widgets know the models and the account workspace, never the cache,
# the api or the sync layer. Run as a test (cmake -P) so a forbidden include fails CI with the
# file and the header named:
#   cmake -DSOURCE_DIR=<repo> -P uifence.cmake
# Forbidden: every header of app/cache, app/api and app/sync, except those listed in ALLOWED
# with the reason; and naming the cache's `Store` in code (comments may) outside the files in
# STORE_ALLOWED: pages and dialogs get an AccountModels (app/models), which builds their models
# and plans over the account's cache.
cmake_minimum_required(VERSION 3.20)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "uifence.cmake: pass -DSOURCE_DIR=<repository root>")
endif()

set(ALLOWED)
# Nothing: every page and dialog is given its models (the session view builds them from the
# account's AccountModels).
set(STORE_ALLOWED)

set(forbidden)
foreach(layer cache api sync)
    file(GLOB headers RELATIVE ${SOURCE_DIR}/app/${layer} ${SOURCE_DIR}/app/${layer}/*.h)
    list(APPEND forbidden ${headers})
endforeach()
if(ALLOWED)
    list(REMOVE_ITEM forbidden ${ALLOWED})
endif()
if(NOT forbidden)
    message(FATAL_ERROR "uifence.cmake: no cache/api/sync headers found under ${SOURCE_DIR}/app")
endif()

file(GLOB_RECURSE ui_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
set(violations)
foreach(file ${ui_files})
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
    if(NOT relative IN_LIST STORE_ALLOWED)
        file(STRINGS ${file} lines ENCODING UTF-8)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            string(REGEX REPLACE "//.*$" "" code "${line}")
            if(code MATCHES "(^|[^A-Za-z0-9_])Store([^A-Za-z0-9_]|$)")
                string(STRIP "${code}" shown)
                string(REPLACE ";" "," shown "${shown}") # one entry of the list
                list(APPEND violations "${relative}:${number} names the Store: ${shown}")
            endif()
        endforeach()
    endif()
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
    message(FATAL_ERROR "ui/ includes headers of the cache, api or sync layer, or names the Store "
                        "(widgets talk to models — AccountModels — and the account workspace "
                        "only):\n  ${text}")
endif()
list(LENGTH ui_files count)
message(STATUS "ui/ include fence: ${count} files checked, none includes a cache/api/sync header "
               "or names the Store")
