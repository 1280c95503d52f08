#!/bin/sh
# Builds bench_guistall and bench_listingparse in Release and runs them (issue 4, point 8),
# printing the machine's load before and after: the stall figures mean little without it.
#   bench/guistall.sh                          # build dir: build/benchrel, 20 x 2,500, 60 s
#   BUILD_DIR=/tmp/b JOBS=2 bench/guistall.sh --servers 5 --seconds 20
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/benchrel}
JOBS=${JOBS:-2}

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRRAS_BUILD_TESTS=OFF \
    -DRRAS_BUILD_BENCH=ON >/dev/null
cmake --build "$BUILD_DIR" --target bench_guistall bench_listingparse -j "$JOBS"
echo "load before: $(cat /proc/loadavg) on $(nproc) cores"
"$BUILD_DIR/bench/bench_listingparse" 2500 10
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BUILD_DIR/bench/bench_guistall" "$@"
echo "load after: $(cat /proc/loadavg)"
