#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: English holds only the plural forms (filled in by
# fill-english-plurals.py); every other language (rras-console_de.ts, _fr, _es, ...) holds every
# message, for its translator.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
dirs=(ui models backend)
"$lupdate" -pluralonly -locations none -no-obsolete "${dirs[@]}" -ts translations/rras-console_en.ts
python3 scripts/fill-english-plurals.py translations/rras-console_en.ts
others=()
for ts in translations/rras-console_*.ts; do
    [ "$ts" = translations/rras-console_en.ts ] || others+=("$ts")
done
if [ ${#others[@]} -gt 0 ]; then
    "$lupdate" -locations none -no-obsolete "${dirs[@]}" -ts "${others[@]}"
fi
