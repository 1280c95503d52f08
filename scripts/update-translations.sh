#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources and fills the English plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
dirs=(ui models backend)
"$lupdate" -pluralonly -locations none -no-obsolete "${dirs[@]}" -ts translations/rras-console_en.ts
python3 scripts/fill-english-plurals.py translations/rras-console_en.ts
