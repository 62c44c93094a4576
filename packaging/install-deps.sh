#!/usr/bin/env bash
# Installs every Debian 12 package ActiDesk needs to build, run and test.
# Idempotent: packages already present are left alone; apt-get update runs only when needed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang clang-format libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libgl-dev libical-dev libx11-dev libxss-dev xdotool
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  imagemagick sqlite3 curl
  desktop-file-utils appstream lintian dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
