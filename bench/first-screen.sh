#!/usr/bin/env bash
# Time to first screen, measured from outside as a person sees it: each program is started in a
# fresh tmux server and the pane is polled until a string of the thread shows. Side by side on the
# same generated thread: skein and `less` on the plain-text page, neomutt (threaded) on the mbox; and a
# saved old Reddit page of about 50 MB.
#
#   bench/first-screen.sh                 # 100k comments, 5 runs each
#   N=10000 RUNS=3 bench/first-screen.sh
#   SKEIN=/path/to/skein bench/first-screen.sh   # use an existing binary instead of building
#   TOOLS="skein-html less-html" bench/first-screen.sh   # some of the programs only (see TOOLS below)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
RUNS=${RUNS:-5}
# Seconds before a run counts as failed; neomutt threads 100k messages slowly.
DEADLINE=${DEADLINE:-300}
source bench/lib.sh
# skein remembers nothing here, but where a run says otherwise: a store's work is timed on its own line.
export SKEIN_STATE=off

[[ -n "${SKEIN:-}" && -n "${SKEIN_BENCH:-}" ]] || build_release
SKEIN=${SKEIN:-$SCRATCH/release/skein}
SKEIN_BENCH=${SKEIN_BENCH:-$SCRATCH/release/skein-bench}

if command -v neomutt >/dev/null; then MUTT=neomutt
elif command -v mutt >/dev/null; then MUTT=mutt
else
    apt-get update -qq >&2 && apt-get install -y -qq neomutt >&2
    MUTT=neomutt
fi

TEXT=$(generated "$SKEIN_BENCH" text "$N")
MBOX=$(generated "$SKEIN_BENCH" mbox "$N")
REDDIT=$(generated "$SKEIN_BENCH" reddit "$N")
# A saved old Reddit page of about 50 MB, the size the saved-pages issue names.
HTML_N=${HTML_N:-56000}
HTML=$(generated "$SKEIN_BENCH" html "$HTML_N")
HTML_TITLE=$(sed -n 's/.*<title>\(.*\) : bench<\/title>.*/\1/p' "$HTML" | head -n 1)

# The title opens the page (less shows it on line 1, skein in its header) and is every message's
# subject (neomutt's index lines); its first words are short enough to survive any column cut.
TITLE=$(head -n 1 "$TEXT")
EXPECT=${TITLE:0:18}
# The bundled sample (10 KB): what starting up costs each program when there is next to nothing to read.
SAMPLE=Sources/skein/Resources/sample-thread.txt
SAMPLE_TITLE=$(head -n 1 "$SAMPLE")

# Seconds from starting COMMAND in a new 100×30 tmux pane until PATTERN appears; "fail" on timeout.
first_screen() {
    local command=$1 pattern=$2 socket="first-screen-$$-$RANDOM"
    local start now
    start=$(date +%s.%N)
    tmux -L "$socket" new-session -d -s app -x 100 -y 30 "$command"
    local screen
    while true; do
        # A failed capture means the program already exited: it will never show the pattern.
        if ! screen=$(tmux -L "$socket" capture-pane -p -t app 2>/dev/null); then now=fail; break; fi
        now=$(date +%s.%N)
        if grep -qF -- "$pattern" <<<"$screen"; then break; fi
        if awk -v a="$start" -v b="$now" -v d="$DEADLINE" 'BEGIN { exit !(b - a > d) }'; then
            now=fail
            break
        fi
        sleep 0.005
    done
    tmux -L "$socket" kill-server 2>/dev/null || true
    if [[ $now == fail ]]; then echo fail; else awk -v a="$start" -v b="$now" 'BEGIN { printf "%.3f\n", b - a }'; fi
}

# Median of the arguments, or "fail" if any run failed.
median() {
    printf '%s\n' "$@" | grep -q fail && { echo fail; return; }
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] || { echo n/a; return; }
     awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }

declare -A COMMAND=(
    [skein]="$SKEIN $TEXT"
    [skein-mbox]="$SKEIN $MBOX"
    # Without the state store, and with one that knows the thread from an earlier opening (primed below).
    [skein-reddit]="$SKEIN $REDDIT"
    [skein-reddit-known]="env SKEIN_STATE= XDG_STATE_HOME=$OUT/state $SKEIN $REDDIT"
    [skein-html]="$SKEIN $HTML"
    [less-html]="less $HTML"
    [less]="less $TEXT"
    [skein-sample]="$SKEIN $SAMPLE"
    [less-sample]="less $SAMPLE"
    # -n -F /dev/null: no user or system config; -R: read-only, no lock or rewrite of the mbox.
    [$MUTT]="$MUTT -n -F /dev/null -R -e 'set sort=threads' -e 'set folder=$OUT' -f $MBOX"
)
# TOOLS="less neomutt" measures a subset, e.g. while skein's reader is not wired yet.
TOOLS=${TOOLS:-"skein less $MUTT skein-mbox skein-reddit skein-reddit-known skein-html less-html skein-sample less-sample"}
declare -A MEDIAN=([skein]="not run" [less]="not run" [$MUTT]="not run" [skein-mbox]="not run" [skein-reddit]="not run"
                   [skein-reddit-known]="not run" [skein-html]="not run" [less-html]="not run" [skein-sample]="not run"
                   [less-sample]="not run")
rm -rf "$OUT/state"
# The store learns the thread at a first opening, which is not timed.
[[ " $TOOLS " == *" skein-reddit-known "* ]] && first_screen "${COMMAND[skein-reddit-known]}" "$EXPECT" >/dev/null
# Round by round, every program once a round: a machine that slows down for a while slows all alike.
declare -A TIMES
for ((run = 1; run <= RUNS; run++)); do
    for tool in $TOOLS; do
        # A mail thread has no article: skein opens on its comments, so wait for its status line.
        pattern=$EXPECT
        [[ $tool == skein-mbox ]] && pattern="? help"
        [[ $tool == *-sample ]] && pattern=${SAMPLE_TITLE:0:18}
        [[ $tool == skein-html ]] && pattern=${HTML_TITLE:0:18}
        [[ $tool == less-html ]] && pattern="<title>"
        seconds=$(first_screen "${COMMAND[$tool]}" "$pattern")
        TIMES[$tool]+="$seconds "
        echo "$tool run $run: $seconds s" >&2
    done
done
# shellcheck disable=SC2086 # the times are words
for tool in $TOOLS; do MEDIAN[$tool]=$(median ${TIMES[$tool]}); done

SIZE=$(awk -v b="$(stat -c %s "$TEXT")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "## Time to first screen, $N comments ($SIZE MB text), median of $RUNS, tmux 100×30"
echo
echo "| program | file | median s |"
echo "|---|---|---|"
echo "| skein | $TEXT | ${MEDIAN[skein]} |"
echo "| less | $TEXT | ${MEDIAN[less]} |"
echo "| $MUTT (sort=threads) | $MBOX | ${MEDIAN[$MUTT]} |"
echo "| skein | $MBOX | ${MEDIAN[skein-mbox]} |"
echo "| skein | $REDDIT | ${MEDIAN[skein-reddit]} |"
echo "| skein, the store knowing the thread | $REDDIT | ${MEDIAN[skein-reddit-known]} |"
echo "| skein | $HTML ($(awk -v b="$(stat -c %s "$HTML")" 'BEGIN { printf "%.1f", b / 1048576 }') MB saved page) | ${MEDIAN[skein-html]} |"
echo "| less | $HTML | ${MEDIAN[less-html]} |"
echo "| skein | $SAMPLE (10 KB) | ${MEDIAN[skein-sample]} |"
echo "| less | $SAMPLE (10 KB) | ${MEDIAN[less-sample]} |"
echo
echo "skein/less = $(ratio "${MEDIAN[skein]}" "${MEDIAN[less]}") (target ≤ 1.5; skein ≤ 0.3 s); on the 10 KB sample: $(ratio "${MEDIAN[skein-sample]}" "${MEDIAN[less-sample]}")"
echo "remembering a known thread adds $(awk -v a="${MEDIAN[skein-reddit-known]}" -v b="${MEDIAN[skein-reddit]}" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.0f ms", (a - b) * 1000; else print "n/a" }') to its first screen (target ≤ 20 ms)"
echo "saved page: skein $(ratio "${MEDIAN[skein-html]}" 1) s (target ≤ 0.3 s)"
echo "$MUTT/skein = $(ratio "${MEDIAN[$MUTT]}" "${MEDIAN[skein]}") (target ≥ 10); on the same mbox: $(ratio "${MEDIAN[$MUTT]}" "${MEDIAN[skein-mbox]}")"
