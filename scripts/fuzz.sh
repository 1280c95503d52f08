#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, RRAS_FUZZ=ON) in build/fuzz and runs each for a set
# time, one after the other on one core, then prints executions, coverage (libFuzzer's cov and ft)
# and crashes per target. Inputs that crash land in build/fuzz/crashes/<target>/: fix the bug, then
# copy the input to tests/data/fuzz-regressions/<target>/ (tst_fuzzregressions replays them).
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s; targets: every fuzz/fuzz_*.cpp)
# FUZZ_KEEP_GOING=1: go on after a crash (libFuzzer's -fork=1 -ignore_crashes=1) to collect every
# crash of the run instead of stopping at the first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift
build=build/fuzz

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in fuzz/fuzz_*.cpp; do
        n=$(basename "$f" .cpp)
        targets+=("${n#fuzz_}")
    done
fi

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/deps.sh test)" >&2; exit 2; }
# FUZZ_NO_BUILD=1: run the targets as last built (while others edit the tree).
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
          -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DRRAS_FUZZ=ON -DRRAS_BUILD_TESTS=OFF \
          -DRRAS_BUILD_BENCH=OFF >/dev/null
    nice -n 10 cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"
fi

bash scripts/fuzz-seeds.sh "$build/seeds"

summary=()
failed=0
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    crashes="$build/crashes/$t"
    log="$build/logs/$t.log"
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    before=$(find "$crashes" -type f | wc -l)
    extra=()
    [ "${FUZZ_KEEP_GOING:-0}" = 1 ] && extra=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1)
    echo "== $t: ${seconds}s (log: $log)"
    set +e
    # The new corpus first: libFuzzer adds what it finds to the first directory only.
    UBSAN_OPTIONS=print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    nice -n 10 "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "${extra[@]}" \
        "$corpus" "$build/seeds/$t" >"$log" 2>&1
    rc=$?
    set -e
    # Plain runs end with stat:: lines and "#N ... cov: C ft: F"; fork runs with "#N: cov: C ft: F".
    execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
    [ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+:? .*cov: ' "$log" | tail -1 | grep -Eo '^#[0-9]+' | tr -d '#')
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    found=$(( $(find "$crashes" -type f | wc -l) - before ))
    [ "$found" -gt 0 ] || [ "$rc" -eq 0 ] || found="$found (exit $rc)"
    summary+=("$(printf '%-14s execs %-10s %-22s new crashes %s' "$t" "${execs:-?}" "${cov:-cov: ?}" "$found")")
    [ "$rc" -eq 0 ] && [ "${found%% *}" -eq 0 ] || failed=1
done

echo
echo "== fuzz summary (${seconds}s per target; crashes in $build/crashes/<target>/)"
printf '%s\n' "${summary[@]}"
exit "$failed"
