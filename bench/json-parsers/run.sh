#!/usr/bin/env bash
# skein's JSON tape beside simdjson (libsimdjson-dev) on the same file, one core each, medians of ROUNDS.
#   bench/json-parsers/run.sh [FILE]   (default: the 100,000-comment Reddit thread skein-bench measure writes)
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-bench-out/thread-100000.json}
ROUNDS=${ROUNDS:-20}
SKEIN_BENCH=${SKEIN_BENCH:-.build-bench/release/skein-bench}
[ -e /usr/include/simdjson.h ] || { echo "needs libsimdjson-dev (apt-get install libsimdjson-dev)" >&2; exit 1; }
[ -e "$FILE" ] || "$SKEIN_BENCH" generate --format reddit --comments 100000 >"$FILE"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
g++ -O3 -std=c++17 -o "$OUT/simdjson-bench" bench/json-parsers/simdjson-bench.cpp -lsimdjson
echo "$FILE: $(du -m "$FILE" | cut -f1) MB"
"$OUT/simdjson-bench" "$FILE" "$ROUNDS"
"$SKEIN_BENCH" parse "$FILE" --rounds "$ROUNDS"
