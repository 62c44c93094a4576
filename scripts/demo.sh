#!/usr/bin/env bash
# Installs what ActiDesk needs, builds it (Release) and starts it in demo mode against the bundled
# actiTIME-compatible server. Extra arguments go to actidesk (e.g. --screenshot shot.png).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target actidesk actitime-emulator

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo: no display found; starting a virtual one (Xvfb)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/release/app/desktop/actidesk --demo "$@"
fi
exec build/release/app/desktop/actidesk --demo "$@"
