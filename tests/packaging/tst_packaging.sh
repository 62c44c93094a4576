#!/usr/bin/env bash
# tst_packaging BUILD_DIR VERSION — see CMakeLists.txt next to this file.
set -uo pipefail
build=$1
version=$2
app_id=io.github.actidesk.ActiDesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed (packaging/install-deps.sh installs it)"; exit 1; }; }
need desktop-file-validate
need appstreamcli
need dpkg-deb
need cpack

# 1. cmake --install into a temporary root.
root="$work/install"
if DESTDIR="$root" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1; then
    pass "cmake --install"
else
    cat "$work/install.log"; fail "cmake --install"
fi
for f in usr/bin/actidesk usr/bin/actitime-emulator \
         usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         usr/share/man/man1/actidesk.1.gz usr/share/man/man1/actitime-emulator.1.gz usr/bin/actidesk-cli usr/share/man/man1/actidesk-cli.1.gz \
         usr/share/doc/actidesk/copyright usr/share/doc/actidesk/changelog.gz; do
    [ -e "$root/$f" ] && pass "installed $f" || fail "not installed: $f"
done
for size in 16 22 24 32 48 64 128 256; do
    icon="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ -f "$icon" ] && grep -q "$size x $size" <<<"$(file "$icon")"; then
        pass "icon ${size}x${size}"
    else
        fail "icon ${size}x${size} missing or of the wrong size"
    fi
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" && pass "desktop-file-validate" \
    || fail "desktop-file-validate"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" && pass ".desktop names the icon" \
    || fail ".desktop Icon= is not $app_id"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" && pass "appstreamcli validate" \
    || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    && pass "metainfo release $version" || fail "metainfo does not list release $version"
out=$("$root/usr/bin/actidesk" --version 2>&1)
[ "$out" = "ActiDesk $version" ] && pass "installed actidesk --version: $out" \
    || fail "installed actidesk --version printed '$out', not 'ActiDesk $version'"

# 2. The .deb packages.
debs="$work/debs"
if (cd "$build" && cpack -G DEB -B "$debs" >"$work/cpack.log" 2>&1); then
    pass "cpack"
else
    cat "$work/cpack.log"; fail "cpack"; echo "$failures failure(s)"; exit 1
fi
arch=$(dpkg --print-architecture)
app_deb="$debs/actidesk_${version}_${arch}.deb"
emu_deb="$debs/actidesk-emulator_${version}_${arch}.deb"
for deb in "$app_deb" "$emu_deb"; do
    [ -f "$deb" ] && pass "built $(basename "$deb")" || fail "no $(basename "$deb") (have: $(ls "$debs"))"
done
[ -f "$app_deb" ] || { echo "$failures failure(s)"; exit 1; }
app_files=$(dpkg-deb -c "$app_deb")
emu_files=$(dpkg-deb -c "$emu_deb")
grep -q "usr/bin/actitime-emulator" <<<"$app_files" && fail "the desktop package holds the emulator"
grep -q "usr/bin/actidesk$" <<<"$emu_files" && fail "the emulator package holds the app"

# Every library the binaries load comes from a package named in Depends, and every dependency
# is a real, installable package (here: installed, since the build used it).
depends=$(dpkg-deb -f "$app_deb" Depends)
echo "Depends: $depends"
for plugin_pkg in libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "$plugin_pkg" <<<"$depends" && pass "Depends names $plugin_pkg" || fail "Depends lacks $plugin_pkg"
done
depend_names=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')
extract="$work/root"
dpkg-deb -x "$app_deb" "$extract"
while read -r lib; do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|64bit|x86_64/ {print $NF; exit}')
    [ -z "$path" ] && path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
    [ -z "$path" ] && { fail "cannot find $lib on this machine"; continue; }
    pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)
    [ -z "$pkg" ] && pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)
    if [ -n "$pkg" ] && grep -qxF "$pkg" <<<"$depend_names"; then
        pass "$lib from $pkg, in Depends"
    else
        fail "$lib (package '${pkg:-?}') is not in Depends"
    fi
done < <(readelf -d "$extract/usr/bin/actidesk" | awk '/NEEDED/ {gsub(/[\[\]]/, "", $5); print $5}')
# Names of installed packages and of the virtual packages they provide (e.g. qt6-websockets-abi,
# which dpkg-shlibdeps adds from libqt6websockets6's symbols file). Read once into a variable:
# `producer | grep -q` under pipefail fails at random when grep exits before the producer is done.
installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
    awk -F'|' '$1 ~ /^ii/ { print $2; n = split($3, p, ","); for (i = 1; i <= n; i++) { split(p[i], w, " "); print w[1] } }')
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    satisfied=no
    IFS='|' read -ra alternatives <<<"$group"
    for alt in "${alternatives[@]}"; do
        name=$(awk '{print $1}' <<<"$alt")
        grep -qxF "$name" <<<"$installed" && satisfied=yes
    done
    [ $satisfied = yes ] && pass "dependency '$group' is a real package" || fail "dependency '$group' is no installed package"
done

# Installed into a clean root: the package's files alone (libraries from the system), started.
out=$("$extract/usr/bin/actidesk" --version 2>&1)
[ "$out" = "ActiDesk $version" ] && pass "actidesk --version from the unpacked .deb" \
    || fail "actidesk from the .deb printed '$out'"
admin="$work/dpkg-admin"
mkdir -p "$admin/info" "$admin/updates" "$work/dpkg-root"
touch "$admin/status" "$admin/available"
if dpkg --instdir="$work/dpkg-root" --admindir="$admin" --force-depends --force-not-root \
        --force-script-chrootless --log=/dev/null -i "$app_deb" >"$work/dpkg.log" 2>&1; then
    pass "dpkg -i into an empty root"
    out=$("$work/dpkg-root/usr/bin/actidesk" --version 2>&1)
    [ "$out" = "ActiDesk $version" ] && pass "actidesk --version after dpkg -i" || fail "after dpkg -i: '$out'"
else
    cat "$work/dpkg.log"; fail "dpkg -i into an empty root"
fi

if command -v lintian >/dev/null; then
    # Errors and warnings fail; infos are printed (none are expected).
    if lintian --fail-on error,warning "$app_deb" "$emu_deb" >"$work/lintian.log" 2>&1; then
        pass "lintian (no errors, no warnings)"; cat "$work/lintian.log"
    else
        cat "$work/lintian.log"; fail "lintian reports errors"
    fi
fi

echo "tst_packaging: $failures failure(s)"
[ $failures -eq 0 ]
