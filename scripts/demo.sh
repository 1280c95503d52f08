#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console's main job: rras-console --demo, with
# built-in simulated servers. Without a display it shows the same servers through rrasctl instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
cmake --preset release -DRRAS_BUILD_TESTS=OFF
cmake --build --preset release -j"$(nproc)"
bin=build/release

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/ui/rras-console" --demo "$@"
fi

echo "No display: listing the demo servers with rrasctl instead (run under X for the console)." >&2
export RRAS_DEMO_PASSWORD="demo-$RANDOM$RANDOM"
log=$(mktemp)
"$bin/simulator/rras-sim" --servers 2 --port 0 --tunnels 40 --seed 7 --churn 6 \
    --user demo --password-env RRAS_DEMO_PASSWORD --allow-unencrypted >"$log" 2>/dev/null &
sim=$!
trap 'kill $sim 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do [ "$(grep -c '^READY' "$log")" -ge 2 ] && break; sleep 0.1; done
mapfile -t urls < <(awk '/^READY/ {print $3}' "$log")
[ ${#urls[@]} -eq 2 ] || { echo "rras-sim did not start" >&2; exit 1; }
args=()
for u in "${urls[@]}"; do args+=(--server "$u"); done
RRAS_PASSWORD="$RRAS_DEMO_PASSWORD" "$bin/cli/rrasctl" list "${args[@]}" --auth basic --user demo \
    --allow-unencrypted --format table
