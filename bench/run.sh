#!/bin/sh
# Builds the benchmarks in Release and runs them.
#   bench/run.sh                 # build dir: build/bench
#   BUILD_DIR=/tmp/b BENCH_ROUNDS=20 bench/run.sh
# Uses the top-level project when it includes bench/, else bench/ on its own (backend + models).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench}
JOBS=${JOBS:-2}

if grep -q 'add_subdirectory(bench)' "$ROOT/CMakeLists.txt"; then
    SOURCE_DIR=$ROOT
    EXTRA="-DRRAS_BUILD_TESTS=OFF"
else
    SOURCE_DIR=$ROOT/bench
    EXTRA=""
fi

cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release $EXTRA >/dev/null
cmake --build "$BUILD_DIR" --target bench_tunneltablemodel -j "$JOBS"
BENCH=$(find "$BUILD_DIR" -name bench_tunneltablemodel -type f -perm -u+x | head -n 1)
QT_QPA_PLATFORM=offscreen "$BENCH"
