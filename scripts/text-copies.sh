#!/usr/bin/env bash
# Renders every saved HTML fixture that has a truth (Tests/Fixtures/html/{dev,heldout}) through the real
# `lynx -dump` and `w3m -dump`, as a person reading a saved page in a terminal would, and writes each copy
# beside a truth for score_pages.py (the HTML truth's authors, first words and parents) in
# Tests/Fixtures/layouts/copies/{dev,heldout}. The copies of the held-out pages are held-out for the text
# parser too: scored, never opened or tuned to.
#
#   scripts/text-copies.sh            # write the copies (needs lynx and w3m)
#   python3 ../shared/tools/score_pages.py --bin .build/debug/skein Tests/Fixtures/layouts/copies/dev
set -euo pipefail
cd "$(dirname "$0")/.."
command -v lynx >/dev/null && command -v w3m >/dev/null || { echo "text-copies.sh: needs lynx and w3m" >&2; exit 1; }

for set in dev heldout; do
    out=Tests/Fixtures/layouts/copies/$set
    mkdir -p "$out"
    for truth in Tests/Fixtures/html/$set/*.truth.json; do
        page=${truth%.truth.json}.html
        stem=$(basename "${truth%.truth.json}")
        # 80 columns, UTF-8 out; pages that name no charset are read as UTF-8 (every fixture is).
        # lynx makes a local link absolute: the path of this checkout is left out, so that every checkout writes the same.
        lynx -dump -width=80 -display_charset=UTF-8 -assume_charset=UTF-8 "$page" | sed "s|file://\(localhost\)\{0,1\}$PWD/|file:///|" > "$out/$stem.lynx.txt"
        w3m -dump -cols 80 -O UTF-8 -T text/html "$page" > "$out/$stem.w3m.txt"
        for browser in lynx w3m; do
            python3 - "$truth" "$browser" > "$out/$stem.$browser.truth.json" <<'EOF'
import json, sys
truth, browser = json.load(open(sys.argv[1])), sys.argv[2]
keep = ("author", "first_words", "alt_first_words", "parent")
print(json.dumps({
    "url": truth.get("url", ""),
    "group": "copies",
    "layout": f"{truth['site']} through {browser} -dump",
    "notes": f"The comments of ../../../html/ (same name, .html) as its truth gives them: {truth.get('notes', '')}",
    "comments": [{k: c[k] for k in keep if k in c} for c in truth["comments"]],
}, ensure_ascii=False, indent=1))
EOF
        done
    done
done
