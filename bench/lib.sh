# Sourced by the bench scripts: the settings they share, and what they all need built and generated.
SEED=${SEED:-1}                    # of the generated threads
OUT=${OUT:-bench-out}              # where the generated threads are kept between runs
SCRATCH=${SCRATCH:-.build-bench}   # build directory of the release binaries
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# Release builds of skein and skein-bench with the Swift runtime linked in, as the README builds skein
# for daily use; the bench scratch directory keeps them apart from others' debug builds.
build_release() {
    for product in skein skein-bench; do
        swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product "$product" >&2
    done
}

# generated BENCH FORMAT N: prints the path of the N-comment thread in FORMAT (text, reddit, mbox),
# made with the skein-bench binary BENCH unless an earlier run left it.
generated() {
    local bench=$1 format=$2 n=$3 extension
    case $format in text) extension=txt ;; reddit) extension=json ;; *) extension=$format ;; esac
    local file=$OUT/thread-$n.$extension
    mkdir -p "$OUT"
    [[ -s $file ]] || "$bench" generate --comments "$n" --format "$format" --seed "$SEED" >"$file"
    echo "$file"
}
