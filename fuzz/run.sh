#!/usr/bin/env bash
# Coverage-guided fuzzing of ThreadKit's parsers with libFuzzer; run by hand, not in CI.
#   fuzz/run.sh TARGET [SECONDS | -runs=N] [more libFuzzer flags]   one target (default 60 seconds)
#   fuzz/run.sh all [SECONDS | -runs=N]                             every target in turn, then a summary
#   fuzz/run.sh list                                                the target names
#
# One target per parser, `markdown` and `html` (the readers of bodies, on a body alone), plus `explain` (the plain-text parser keeping and printing its evidence), `detect` (bytes → FormatDetector.parse), `page` (a saved web page through FormatDetector, whole and its start), `pieces` (a saved page's tree built a piece at a time, which must be the whole's) and `preview` (a large page's start,
# read with the name lines of the whole). ThreadKit is built once as a static library with coverage and
# AddressSanitizer, each target is fuzz/Target.swift compiled with -D FUZZ_<TARGET>.
# Everything lands in .build-fuzz/: corpus/TARGET (grows across runs; seeded from Tests/Fixtures and
# ../shared/corpus), crashes/TARGET (crash-*, timeout-*, oom-* inputs), logs/TARGET.log,
# executions.tsv (one line per run: time, target, hash of the ThreadKit sources, executions, result, sanitizers,
# largest input).
# FUZZ_MAX_LEN sets the largest input (default 8192 bytes); FUZZ_OUT another directory than .build-fuzz;
# FUZZ_SANITIZERS=fuzzer leaves AddressSanitizer out (3-4 times the executions; Swift's own checks still trap).
# One sanitizer set per directory at a time: switching rebuilds the library there.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(plain-text explain reddit hn-algolia hn-hnpwa hn-items discourse lobsters mbox eml disqus markdown html page pieces detect preview)
out=${FUZZ_OUT:-.build-fuzz}
max_len=${FUZZ_MAX_LEN:-8192}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
sanitize=(-sanitize="$sanitizers" -O -use-ld=lld)
# The C libraries ThreadKit reads bodies with, through the module maps the package uses.
clibs=(-I Sources/CMarkGFM -I Sources/CGumbo)

usage() { sed -n '3,5s/^# *//p' "$0" >&2; exit 2; }

dictionary() {
    case $1 in
        reddit | hn-* | discourse | lobsters) echo fuzz/json.dict ;;
        markdown) echo fuzz/markdown.dict ;;
        html | page | pieces) echo fuzz/html.dict ;;
        disqus) echo fuzz/xml.dict ;;
        mbox | eml) echo fuzz/mail.dict ;;
        plain-text | explain | preview) echo fuzz/plain-text.dict ;;
        detect) cat fuzz/*.dict > "$out/detect.dict"; echo "$out/detect.dict" ;;
    esac
}

# Rebuilds the library when any ThreadKit source (or folder, so added and removed files count) is newer.
build_library() {
    local lib=$out/lib/libThreadKit.a
    mkdir -p "$out/lib"
    if [[ -f $lib && -z $(find Sources/ThreadKit -newer "$lib" | head -1) && $(cat "$out/lib/sanitizers" 2>/dev/null) == "$sanitizers" ]]; then
        return
    fi
    echo "fuzz: building ThreadKit with -sanitize=$sanitizers" >&2
    find Sources/ThreadKit -name '*.swift' -print0 | xargs -0 swiftc "${sanitize[@]}" "${clibs[@]}" -wmo -parse-as-library \
        -module-name ThreadKit -emit-library -static -emit-module-path "$out/lib/ThreadKit.swiftmodule" -o "$lib"
    sources_hash >"$out/lib/sources.sha"
    echo "$sanitizers" >"$out/lib/sanitizers"
}

# A hash of the ThreadKit sources, so the runs of one version of the parsers can be added up.
sources_hash() { find Sources/ThreadKit -name '*.swift' -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-12; }

build_target() {
    local target=$1 binary=$out/bin/fuzz-$1
    mkdir -p "$out/bin"
    if [[ -f $binary && $binary -nt $out/lib/libThreadKit.a && $binary -nt fuzz/Target.swift ]]; then return; fi
    echo "fuzz: building $target" >&2
    swiftc "${sanitize[@]}" "${clibs[@]}" -parse-as-library -I "$out/lib" -L "$out/lib" -lThreadKit \
        -lcmark-gfm -lcmark-gfm-extensions -lgumbo \
        -D "FUZZ_$(tr 'a-z-' 'A-Z_' <<<"$target")" fuzz/Target.swift -o "$binary"
}

seed() {
    local corpus=$out/corpus/$1
    mkdir -p "$corpus"
    local file
    # ../shared/corpus is there on CI and beside a developer's clone, not on a fresh one.
    find Tests/Fixtures $([ -d ../shared/corpus ] && echo ../shared/corpus) -type f | while IFS= read -r file; do
        cp -n "$file" "$corpus/seed-$(tr '/' '_' <<<"${file#../}")"
    done
}

# Runs one target; libFuzzer's exit status says whether it found something.
run() {
    local target=$1 limit=$2; shift 2
    [[ $limit == -* ]] || limit=-max_total_time=$limit
    build_library
    build_target "$target"
    # Read now: another run in the same directory may rebuild the library before this one ends.
    local sources sanitizers_used
    sources=$(cat "$out/lib/sources.sha" 2>/dev/null || echo unknown)
    sanitizers_used=$(cat "$out/lib/sanitizers")
    seed "$target"
    mkdir -p "$out/crashes/$target" "$out/logs"
    local dict status
    dict=$(dictionary "$target")
    # Foundation's XMLParser leaks on every malformed input (lsan.supp): with leak detection on, each
    # such input costs a full leak scan, 30 times slower. Memory is still bounded by -rss_limit_mb.
    local leaks=()
    [[ $target == disqus || $target == detect ]] && leaks=(-detect_leaks=0)
    set +e
    # The Swift runtime's backtracer stalls under AddressSanitizer: libFuzzer prints the stack instead.
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=fuzz/lsan.supp:print_suppressions=0 "$out/bin/fuzz-$target" "$out/corpus/$target" \
        -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$limit" \
        -dict="$dict" -artifact_prefix="$out/crashes/$target/" "${leaks[@]}" "$@" \
        2>&1 | tee "$out/logs/$target.log" | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE) '
    status=${PIPESTATUS[0]}
    set -e
    record "$target" "$sources" "$sanitizers_used"
    return "$status"
}

# Appends the run of target $1 to $out/executions.tsv with the hash of the sources ($2) and the
# sanitizers ($3) its library was built with, and the largest input it was given.
record() {
    local log=$out/logs/$1.log
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$1" "$2" \
        "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")" \
        "$(grep -m1 -o -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer): [A-Za-z -]+' "$log" || echo ok)" \
        "$3" "$max_len" >>"$out/executions.tsv"
}

summary() {
    printf '%-11s %12s %8s %s\n' target executions exec/s result
    local target log
    for target in "${targets[@]}"; do
        log=$out/logs/$target.log
        [[ -f $log ]] || continue
        printf '%-11s %12s %8s %s\n' "$target" \
            "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")" \
            "$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")" \
            "$(grep -m1 -o -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer): [A-Za-z -]+' "$log" || echo ok)"
    done
}

case ${1:-} in
    '' | -h | --help) usage ;;
    list) printf '%s\n' "${targets[@]}" ;;
    all)
        status=0
        for target in "${targets[@]}"; do run "$target" "${2:-60}" || status=1; done
        summary
        exit "$status"
        ;;
    *)
        [[ " ${targets[*]} " == *" $1 "* ]] || { echo "fuzz: no target '$1' (fuzz/run.sh list)" >&2; exit 2; }
        target=$1; shift
        run "$target" "${1:-60}" "${@:2}"
        ;;
esac
