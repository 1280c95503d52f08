#!/bin/sh
# Builds the benchmarks in Release and runs bench_tunneltablemodel.
#   bench/run.sh                                   # build dir: build/bench
#   BUILD_DIR=/tmp/b BENCH_ROUNDS=20 JOBS=2 bench/run.sh
# BENCH_ROUNDS: polls of every server per measured line (default 10, i.e. 200 snapshots).
# BENCH_PROFILE=1: only the (a) polls with the sorted proxy and selection, for perf/callgrind.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench}
JOBS=${JOBS:-2}

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRRAS_BUILD_TESTS=OFF \
    -DRRAS_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target bench_tunneltablemodel -j "$JOBS"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/bench_tunneltablemodel"
