# One INTERFACE target carries the compile policy; every project target links it.
add_library(actidesk_policy INTERFACE)
target_compile_options(actidesk_policy INTERFACE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
target_compile_definitions(actidesk_policy INTERFACE
    QT_NO_KEYWORDS # emit / signals / slots spelled Q_EMIT / Q_SIGNALS / Q_SLOTS (HACKING.md)
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER)

if(ACTIDESK_SANITIZE)
    target_compile_options(actidesk_policy INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(actidesk_policy INTERFACE -fsanitize=address,undefined)
endif()
