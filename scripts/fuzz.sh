#!/usr/bin/env bash
# Builds the libFuzzer target with clang and fuzzes the JSON parsers for a while.
#   scripts/fuzz.sh [seconds]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

bash packaging/install-deps.sh
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTIDESK_BUILD_FUZZERS=ON -DACTIDESK_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/fuzz --target fuzz_domainjson
mkdir -p build/fuzz/corpus-work
# The scratch corpus comes first: libFuzzer writes what it finds there, not into the seeds.
build/fuzz/tests/fuzz/fuzz_domainjson -max_total_time="$seconds" -print_final_stats=1 \
    build/fuzz/corpus-work tests/fuzz/corpus 2>&1 | tail -n 12
