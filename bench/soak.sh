#!/bin/sh
# The soak (issue 9, point 3): builds rras_soak and rras-sim in Release and runs the console's
# logic against 50 simulated servers x 1,000 tunnels for MINUTES (default 30), niced.
#   bench/soak.sh [MINUTES] [extra rras_soak options, e.g. --servers 10 --tunnels 500]
#   BUILD_DIR=/tmp/b JOBS=2 bench/soak.sh 30
# The report goes to standard output (one line per --report-s, then a summary); the exit code is
# rras_soak's: 0 flat memory and a complete history, 1 history rows lost or wrong, 2 memory grew.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/soak}
JOBS=${JOBS:-2}
MINUTES=${1:-30}
[ $# -gt 0 ] && shift

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRRAS_BUILD_TESTS=OFF \
    -DRRAS_BUILD_BENCH=ON >/dev/null
nice cmake --build "$BUILD_DIR" --target rras_soak rras-sim -j "$JOBS"
exec nice -n 10 "$BUILD_DIR/bench/soak/rras_soak" --minutes "$MINUTES" \
    --sim "$BUILD_DIR/simulator/rras-sim" "$@"
