#!/usr/bin/env bash
# Makes the README's screenshots of the main window, light and dark, in English and in every
# language that has a translation (translations/rras-console_<lang>.ts), and copies them into
# docs/ as screenshot-<lang>-<light|dark>.png. The test that draws them (tst_screenshots) runs
# offscreen; the normal test run writes its pictures into the build directory only.
#   scripts/screenshots.sh [BUILD_DIR]  default: build/screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/screenshots}

langs=en
for ts in translations/rras-console_*.ts; do
    lang=${ts##*_}
    lang=${lang%.ts}
    [ "$lang" = en ] && continue
    # A language still being translated would show English under its name.
    if grep -q 'type="unfinished"' "$ts"; then
        echo "skipping $lang: $ts has unfinished messages" >&2
        continue
    fi
    langs="$langs $lang"
done

scripts/deps.sh build
# An existing build directory is used as it is configured (no switch of build type, which would
# rebuild everything); a new one is made for pictures only.
if [ -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build"
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRRAS_BUILD_BENCH=OFF
fi
cmake --build "$build" --target tst_screenshots -j2
out="$build/screenshots"
mkdir -p "$out"
RRAS_SCREENSHOT_LOCALES="$langs" RRAS_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen \
    "$build/tests/tst_screenshots"
for lang in $langs; do
    for palette in light dark; do
        cp "$out/screenshot-$lang-$palette.png" docs/
        echo "docs/screenshot-$lang-$palette.png"
    done
done
