#!/bin/sh
# Build compare.c and run every measurement of REPORT.md.
#   bench/html-parsers/run.sh            all sections
#   bench/html-parsers/run.sh tricky     one section: bench | page | deep | tricky | corpus
# Needs: gcc, pkg-config, libxml2-dev, libgumbo-dev, python3; python3-html5lib (Debian) for the
# HTML5 reference columns (tricky, corpus); without it those two sections print the raw TSV / are skipped.
# Output files go to $OUT (default /tmp/skein-html-parsers); nothing is written in the repo.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/skein-html-parsers}
NICE=${NICE:-nice -n 10}
MIN_S=${MIN_S:-1.0}        # each fragment run repeats the corpus until this many seconds
PAGE_MB=${PAGE_MB:-20}
mkdir -p "$OUT"

for pc in libxml-2.0 gumbo; do
    pkg-config --exists "$pc" || { echo "missing $pc: apt-get install -y libxml2-dev libgumbo-dev" >&2; exit 1; }
done
$NICE gcc -O2 -Wall -Wextra -o "$OUT/compare" "$HERE/compare.c" $(pkg-config --cflags --libs libxml-2.0 gumbo)

# a python3 that has html5lib (pyenv shims may hide Debian's)
REFPY=
for py in python3 /usr/bin/python3; do
    if "$py" -c 'import html5lib' 2>/dev/null; then REFPY=$py; break; fi
done

want() { [ $# -eq 0 ] || [ -z "$SECTIONS" ] || case " $SECTIONS " in *" $1 "*) return 0;; *) return 1;; esac; }
SECTIONS="$*"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "libxml2 $(pkg-config --modversion libxml-2.0), gumbo $(pkg-config --modversion gumbo), $(gcc --version | head -1)"

echo "== corpus"
python3 "$HERE/extract.py" "$OUT/bodies.bin"

if want bench; then
    echo "== bench: fragments"
    $NICE "$OUT/compare" bench "$OUT/bodies.bin" "$MIN_S"
fi
if want page; then
    echo "== page: one whole document"
    $NICE "$OUT/compare" page "$OUT/bodies.bin" "$PAGE_MB"
fi
if want deep; then
    echo "== deep nesting"
    for n in 255 256 10000 100000; do $NICE "$OUT/compare" deep $n; done
fi
if want tricky; then
    echo "== tricky inputs"
    "$OUT/compare" tricky > "$OUT/tricky.tsv"
    if [ -n "$REFPY" ]; then $REFPY "$HERE/reference.py" tricky "$OUT/tricky.tsv" | tee "$OUT/tricky.md"
    else echo "(html5lib not found: raw TSV, no reference column)"; cat "$OUT/tricky.tsv"; fi
fi
if want corpus; then
    echo "== corpus text against html5lib"
    if [ -n "$REFPY" ]; then
        "$OUT/compare" texts "$OUT/bodies.bin" "$OUT"
        $NICE $REFPY "$HERE/reference.py" corpus "$OUT/bodies.bin" "$OUT"
    else echo "(skipped: no python3 with html5lib; apt-get install -y python3-html5lib)"; fi
fi
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
