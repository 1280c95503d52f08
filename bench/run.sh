#!/bin/sh
# Builds the benchmarks in Release and runs bench_tunneltablemodel.
#   bench/run.sh                                   # build dir: build/bench
#   BUILD_DIR=/tmp/b BENCH_ROUNDS=20 JOBS=2 bench/run.sh
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench}
JOBS=${JOBS:-2}

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRRAS_BUILD_TESTS=OFF \
    -DRRAS_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target bench_tunneltablemodel -j "$JOBS"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/bench_tunneltablemodel"
