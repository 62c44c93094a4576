#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring in the current D-Bus session (use it inside
# dbus-run-session). The keyring lives in a throw-away home so tests never touch a real one.
set -euo pipefail

keyring_home=$(mktemp -d)
export HOME="$keyring_home"
export XDG_DATA_HOME="$keyring_home/.local/share"
mkdir -p "$XDG_DATA_HOME/keyrings"
# --unlock reads the keyring password from stdin; it must not be empty.
eval "$(printf 'actidesk-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

if command -v secret-tool >/dev/null 2>&1; then
    if printf 'probe' | secret-tool store --label='actidesk probe' actidesk probe 2>/dev/null \
        && [ "$(secret-tool lookup actidesk probe 2>/dev/null)" = "probe" ]; then
        secret-tool clear actidesk probe 2>/dev/null || true
        echo "with-keyring: Secret Service is up"
    else
        echo "with-keyring: Secret Service is NOT available" >&2
    fi
fi

status=0
"$@" || status=$?
rm -rf "$keyring_home"
exit $status
