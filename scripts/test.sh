#!/usr/bin/env bash
# Installs what is missing, configures, builds and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
preset="${RRAS_PRESET:-dev}"
cmake --preset "$preset"
cmake --build --preset "$preset" -j"$(nproc)"
ctest --preset "$preset" -j"$(nproc)" "$@"
