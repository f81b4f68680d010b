#!/usr/bin/env bash
# Refreshes translations/fleetdesk_*.ts from the tr() strings in core/, ui/ and app/. New strings arrive as
# "unfinished"; translate them with Qt Linguist (`linguist translations/fleetdesk_de.ts`) or by hand.
# tests/packaging/tst_TranslationCatalog.cpp fails while any string is missing or unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=""
for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
                 "$(command -v lupdate || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
        lupdate=$candidate
        break
    fi
done
if [[ -z "$lupdate" ]]; then
    echo "update-translations: lupdate not found (install qt6-l10n-tools or set LUPDATE)" >&2
    exit 1
fi

# -locations none keeps the catalogs stable when code moves; -no-obsolete drops strings no longer in the code.
"$lupdate" -locations none -no-obsolete -no-ui-lines core ui app -ts translations/fleetdesk_de.ts translations/fleetdesk_fr.ts
