#!/usr/bin/env bash
# Builds the Debian package (rras-console_<version>_<arch>.deb) with CPack: an optimised build
# without tests, `cpack -G DEB`, then a look at what went in.
#   scripts/package.sh [BUILD_DIR]      default: build/package
# Install it with `sudo apt-get install ./build/package/rras-console_*.deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/package}

scripts/deps.sh build
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DRRAS_BUILD_TESTS=OFF -DRRAS_BUILD_BENCH=OFF
cmake --build "$build" -j "$(nproc)"
(cd "$build" && cpack -G DEB)

deb=$(ls -t "$build"/rras-console_*.deb | head -n 1)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
echo "Built $deb"
