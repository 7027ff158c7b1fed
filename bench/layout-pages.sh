#!/usr/bin/env bash
# The plain-text parse of pages with a learnt layout (copies through lynx and w3m, pages copied from browsers), each
# development page's comments repeated to about SIZE bytes with their words respelt (layout-pages.py), beside `gzip -1`
# on the same file. The 100,000-comment page of `skein-bench measure` has no layout: this is the parse that matches one.
#
#   bench/layout-pages.sh            # SIZE=2000000 ROUNDS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SIZE=${SIZE:-2000000} ROUNDS=${ROUNDS:-3}
# SKIP_BUILD=1 SCRATCH=DIR: time the binaries already built in DIR (another commit's, to compare).
[[ ${SKIP_BUILD:-} ]] || build_release
bin=$SCRATCH/release
pages=(copies/dev/01_old_reddit.w3m copies/dev/03_hacker_news.lynx copies/dev/08_wordpress.lynx copies/dev/09_blogger.w3m
       copies/dev/12_phpbb.w3m copies/dev/13_xenforo.lynx dev/L01_blogger_old_clifden_nonpareil
       dev/L106_reddit-new_chrome-copy_sourdough-starter)
mkdir -p "$OUT/layouts"
echo "| page | size | comments | skein parse | gzip -1 |"
echo "|---|---:|---:|---:|---:|"
for page in "${pages[@]}"; do
    source_page=Tests/Fixtures/layouts/$page.txt
    file=$OUT/layouts/$(basename "$page")-$SIZE.txt
    if [[ ! -s $file ]]; then
        # The comments run from the first comment's header to the last one's (the last stays once, with the page's end).
        starts=$("$bin/skein" dump --explain "$source_page" | sed -n 's/^  starts on line \([0-9]*\):.*/\1/p')
        first=$(head -1 <<<"$starts") last=$(tail -1 <<<"$starts")
        size=$(sed -n "${first},$((last - 1))p" "$source_page" | wc -c)
        python3 bench/layout-pages.py "$source_page" "$first" "$last" $((SIZE / size + 1)) "$file"
    fi
    parse=$("$bin/skein-bench" parse "$file" --rounds "$ROUNDS" | sed -n 's/^skein whole parse to the thread: \([0-9.]* ms\), \([0-9]* MB\/s\) (\([0-9]*\) comments.*/\1 (\2)|\3/p')
    gzip_ms=$( { TIMEFORMAT=%3R; time gzip -1 -c "$file" >/dev/null; } 2>&1 )
    echo "| $(basename "$page") | $(wc -c <"$file") | ${parse#*|} | ${parse%|*} | ${gzip_ms} s |"
done
