#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources and fills them from the dictionaries.
#
#   translations/update.sh           lupdate over ui/ and app/, fill from de.json / ru.json,
#                                    list what is untranslated (exit 1 if anything is)
#   translations/update.sh --check   the same without writing anything (CI, reviews)
#
# New strings: add "source": "translation" to de.json and ru.json (plurals as a list of forms:
# German 2, Russian 3), run this again, commit the .ts and .json files together.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${QT_BIN:-/usr/lib/qt6/bin}
check=""
if [ "${1:-}" = "--check" ]; then check="--check"; fi

status=0
for lang in de ru; do
  ts="$here/actidesk_$lang.ts"
  target="$ts"
  if [ -n "$check" ]; then
    target=$(mktemp --suffix=.ts)
    cp "$ts" "$target"
  fi
  # -no-obsolete: strings gone from the sources leave the file; the dictionary keeps them.
  (cd "$root" && "$bin/lupdate" -silent -locations none -no-obsolete -target-language "$lang" \
      ui app -ts "$target") 2>&1 | grep -v "lacks Q_OBJECT macro" >&2 || true
  python3 "$here/fill.py" "$target" "$here/$lang.json" $check || status=1
  if [ -z "$check" ]; then
    # lconvert writes the file back in the layout lupdate and Qt Linguist use.
    "$bin/lconvert" -i "$target" -o "$target"
  else
    rm -f "$target"
  fi
done
if [ -z "$check" ]; then
  for lang in de ru; do
    "$bin/lrelease" -nounfinished "$here/actidesk_$lang.ts" -qm /dev/null | tail -n 1
  done
fi
exit $status
