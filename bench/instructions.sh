#!/usr/bin/env bash
# Instructions executed, counted by callgrind: unlike seconds, the same on every run and every machine
# load, so a change to a parser or the reader can be weighed exactly. Release build as first-screen.sh
# makes it; valgrind cannot read Swift's debug info, so a copy without it is what runs.
#
#   bench/instructions.sh                  # start-up, the sample, first screen of the 100k-comment page,
#                                          # the 10k-comment page, Reddit and mbox parsed whole
#   N=1000 FIRST_N=10000 bench/instructions.sh   # smaller generated threads
#   TOP=15 bench/instructions.sh           # and the 15 functions that execute the most of each (on stderr)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
FIRST_N=${FIRST_N:-100000}
TOP=${TOP:-0}
source bench/lib.sh

command -v valgrind >/dev/null || { apt-get update -qq >&2 && apt-get install -y -qq valgrind >&2; }
build_release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for product in skein skein-bench; do
    strip --strip-debug -o "$work/$product" "$SCRATCH/release/$product"
done

TEXT=$(generated "$work/skein-bench" text "$N")
REDDIT=$(generated "$work/skein-bench" reddit "$N")
MBOX=$(generated "$work/skein-bench" mbox "$N")
FIRST=$(generated "$work/skein-bench" text "$FIRST_N")

# Instructions of COMMAND..., with the TOP functions executing the most of them (self cost) when asked.
count() {
    local label=$1; shift
    valgrind --tool=callgrind --callgrind-out-file="$work/out" "$@" >/dev/null 2>"$work/log"
    printf '| %s | %s |\n' "$label" "$(sed -n 's/.*Collected : //p' "$work/log" | rev | sed -E 's/([0-9]{3})/\1,/g; s/,$//' | rev)"
    if ((TOP > 0)); then
        callgrind_annotate "$work/out" 2>/dev/null | grep -E '^ *[0-9,]+ ' | sed -n "2,$((TOP + 1))p" \
            | swift demangle --simplified | cut -c1-160 >&2
    fi
}

# Instructions of `skein FILE` in a 100×30 tmux from start to the first screen (PATTERN on it), then `q`.
count_first_screen() {
    local label=$1 pattern=$2; shift 2
    local socket=skein-callgrind-$$
    tmux -L "$socket" new-session -d -x 100 -y 30 \
        "env SKEIN_STATE=off valgrind --tool=callgrind --callgrind-out-file=$work/out $* 2>$work/log"
    local waited=0
    until tmux -L "$socket" capture-pane -p 2>/dev/null | grep -qF -- "$pattern"; do
        sleep 0.2; waited=$((waited + 1))
        ((waited < 600)) || { echo "| $label | no first screen |"; tmux -L "$socket" kill-server; return; }
    done
    tmux -L "$socket" send-keys q
    while tmux -L "$socket" has-session 2>/dev/null; do sleep 0.2; done
    printf '| %s | %s |\n' "$label" "$(sed -n 's/.*Collected : //p' "$work/log" | rev | sed -E 's/([0-9]{3})/\1,/g; s/,$//' | rev)"
}

SAMPLE=Sources/skein/Resources/sample-thread.txt
echo "## Instructions (callgrind), release build"
echo
echo "| what | instructions |"
echo "|---|---:|"
count "start-up: less -V (for scale)" less -V
count "start-up: skein --version" "$work/skein" --version
count "skein dump, the 10 KB sample" "$work/skein" dump "$SAMPLE"
# Waits for the title, which skein shows in its header. (A large file's whole is parsed beside its first screen,
# on another thread, so its count would depend on when `q` came: footprint's below counts the first screen alone.)
count_first_screen "skein SAMPLE in tmux, to the first screen and q" "$(head -c 18 "$SAMPLE")" "$work/skein" "$SAMPLE"
count "first screen of the $FIRST_N-comment page (skein-bench footprint --first-screen-only)" "$work/skein-bench" footprint --first-screen-only "$FIRST"
count "skein dump, $N-comment page" "$work/skein" dump "$TEXT"
count "skein dump, $N-comment Reddit JSON" "$work/skein" dump "$REDDIT"
count "skein dump, $N-comment mbox" "$work/skein" dump "$MBOX"
