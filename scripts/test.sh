#!/usr/bin/env bash
# Installs what ActiDesk needs, builds it and runs the whole test suite with ctest.
# Tests run inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service)
# and with the offscreen Qt platform.
#   scripts/test.sh                    # Debug with AddressSanitizer + UBSan (what CI runs)
#   scripts/test.sh --preset default   # plain Debug
set -euo pipefail
cd "$(dirname "$0")/.."

preset=asan
while [ $# -gt 0 ]; do
    case "$1" in
        --preset) preset="$2"; shift 2 ;;
        *) echo "usage: $0 [--preset default|release|asan]" >&2; exit 2 ;;
    esac
done

bash packaging/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash scripts/with-keyring.sh ctest --preset "$preset" -j2
