#!/usr/bin/env bash
# The tests that run code on several threads at once, built with ThreadSanitizer: a large file's background
# parse and its preview (the skein binary in tmux, and DocumentView taking the whole), the name lines
# counted and scored in pieces, a page's comments walked in pieces, a large page's reply and quote passes
# in windows, a mailbox's messages read in pieces, a Reddit file's comments made on every core while its tape
# reads on, search in pieces, and the state store's queue. Any race report fails the run. Run by hand:
# scripts/tsan-test.sh
# Builds in .build-tsan (TSAN_SCRATCH another folder); reports, from the tests and from every skein they
# start, are kept in .build-tsan/reports.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${TSAN_SCRATCH:-.build-tsan}
reports=$scratch/reports
rm -rf "$reports" && mkdir -p "$reports"

filters=(
    'ThreadKitTests\.PreviewTests/'
    'ThreadKitTests\.PlainTextPassTests/(testLinesScoredInPieces|testALargePageParsedOnEveryCore)'
    'ThreadKitTests\.CommentWalkTests/'
    'ThreadKitTests\.MailTests/testLargeAndSmallMailboxes'
    'ThreadKitTests\.RedditDeferredBodyTests/testDeferredBodiesReadOnEveryCoreAtOnce'
    'ThreadKitTests\.RedditTests/testCommentsMadeOnEveryCoreAreThoseMadeInTurn'
    'ReaderTests\.PreviewLoadingTests/'
    'ReaderTests\.LargeThreadTests/'
    'ReaderTests\.SearchTests/'
    'StoreTests\.StateStoreTests/'
    'EndToEndTests\.ReaderEndToEndTests/(testALargePageOpens|testWhyShowsTheEvidence|testSearchFinds)'
    'EndToEndTests\.ReadingEndToEndTests/'
)

# The skein binaries the end-to-end tests start inherit these through tmux; a report goes to a file of
# its own (report.PID), since a skein's standard error is its tmux pane.
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 log_path=$PWD/$reports/report"
status=0
swift test --sanitize=thread --scratch-path "$scratch" "${filters[@]/#/--filter=}" || status=$?

found=$(find "$reports" -type f)
if [[ -n $found ]]; then
    for report in $found; do echo "== $report" >&2; cat "$report" >&2; done
    echo "tsan: $(wc -l <<<"$found") race report(s)" >&2
    exit 1
fi
[[ $status == 0 ]] || { echo "tsan: the tests failed (exit $status) without a race report" >&2; exit "$status"; }
echo "tsan: no race reported"
