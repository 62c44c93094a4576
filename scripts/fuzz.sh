#!/usr/bin/env bash
# Builds every libFuzzer target (tests/fuzz, clang) and fuzzes each for its share of the time.
# Fails when any target crashes or breaks its contract (the input is left as
# <build>/crashes/<target>/crash-<sha1>).
#   scripts/fuzz.sh [seconds]                 own tree build/fuzz (RelWithDebInfo: more runs a second)
#   scripts/fuzz.sh [seconds] --preset asan   the targets of the asan preset's tree (clang, ASan +
#                                             UBSan, fuzzers on): CI builds the code once for both
#                                             the fuzzers and the test suite
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
preset=""
while [ $# -gt 0 ]; do
    case "$1" in
        --preset) preset="$2"; shift 2 ;;
        [0-9]*) seconds="$1"; shift ;;
        *) echo "usage: $0 [seconds] [--preset asan]" >&2; exit 2 ;;
    esac
done

bash packaging/install-deps.sh
if [ -n "$preset" ]; then
    build="build/$preset"
    cmake --preset "$preset" >/dev/null
else
    build=build/fuzz
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DACTIDESK_BUILD_FUZZERS=ON -DACTIDESK_BUILD_BENCHMARKS=OFF >/dev/null
fi
# Every fuzz_* target the build knows, also those added later: nothing to list here.
# (Not the fuzz_*_autogen helper targets CMake adds for moc.)
mapfile -t targets < <(cmake --build "$build" --target help | grep -oE '^fuzz_[A-Za-z0-9_]+:' |
    tr -d : | grep -vE '_autogen(_timestamp_deps)?$' | sort -u)
if [ "${#targets[@]}" -eq 0 ]; then
    echo "fuzz.sh: no fuzz_* targets (is clang installed?)" >&2
    exit 1
fi
cmake --build "$build" --target "${targets[@]}"

share=$((seconds / ${#targets[@]}))
# At least 5 s each: less hardly gets past the seeds (CI gives 30 s for all, so ~40 s in total).
[ "$share" -ge 5 ] || share=5
failed=()
for target in "${targets[@]}"; do
    work="$build/corpus-work/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$work" "$crashes"
    seeds=()
    [ -d "tests/fuzz/corpus/$target" ] && seeds=("tests/fuzz/corpus/$target")
    dict="tests/fuzz/$target.dict"
    [ -f "$dict" ] || dict=tests/fuzz/actitime-api.dict
    echo "== $target (${share}s, $dict)"
    # The scratch corpus comes first: libFuzzer writes what it finds there, not into the seeds.
    # Inputs up to 64 KiB (a long page, a long state file); one input taking more than 20 s is
    # reported as a hang.
    if ! "$build"/tests/fuzz/"$target" -max_total_time="$share" -max_len=65536 -timeout=20 \
        -dict="$dict" -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$work" "${seeds[@]}" >"$build/$target.log" 2>&1; then
        tail -n 40 "$build/$target.log"
        failed+=("$target")
    else
        grep -E '^(Done|stat::number_of_executed_units)' "$build/$target.log" || true
    fi
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz.sh: failed: ${failed[*]} (inputs in $build/crashes/)" >&2
    exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, ${share}s each, no crash"
