#!/bin/sh
# The peer benchmark (issue 9, point 5): rrasctl against Debian's pywinrm on rras-sim.
#   bench/peer/run.sh                       # 20 servers x 2,500 tunnels, 3 runs each
#   RUNS=5 BUILD_DIR=/tmp/b JOBS=2 bench/peer/run.sh [extra bench.py options]
# Needs python3-winrm (scripts/deps.sh test) and GNU time (/usr/bin/time -v, package `time`),
# installed here when missing. Builds rrasctl and rras-sim in Release (RelWithDebInfo: symbols for
# a profile) in BUILD_DIR, then runs bench/peer/bench.py, which prints both sides, the medians of
# RUNS runs with their spread, and the ratios against the targets.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/peer}
JOBS=${JOBS:-2}
RUNS=${RUNS:-3}

bash "$ROOT/scripts/deps.sh" test
if [ ! -x /usr/bin/time ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time
fi

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRRAS_BUILD_TESTS=OFF \
    >/dev/null
cmake --build "$BUILD_DIR" --target rrasctl rras-sim -j "$JOBS"
exec /usr/bin/python3 "$ROOT/bench/peer/bench.py" --sim "$BUILD_DIR/simulator/rras-sim" \
    --rrasctl "$BUILD_DIR/cli/rrasctl" --runs "$RUNS" "$@"
