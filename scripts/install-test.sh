#!/usr/bin/env bash
# `make install` into a temporary DESTDIR, use what was installed there as a user would (no source tree
# in reach: the binary finds its themes and sample from its own place), then `make uninstall`, which must
# leave no file behind. Run by hand or by CI after the tests: scripts/install-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dest=$(mktemp -d /tmp/skein-install.XXXXXX)
scratch=$(mktemp -d /tmp/skein-install-home.XXXXXX)  # HOME for the shells, outside what uninstall must empty
socket=skein-install-$$
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$dest" "$scratch"; }
trap cleanup EXIT
fail() { echo "install test: $*" >&2; exit 1; }

make install DESTDIR="$dest" PREFIX=/usr/local >/dev/null
prefix=$dest/usr/local
bin=$prefix/bin/skein

# The Swift runtime is linked in: only system libraries are left to load.
if ldd "$bin" | grep -q -i swift; then fail "links Swift libraries: $(ldd "$bin" | grep -i swift)"; fi
echo "links only system libraries: $(ldd "$bin" | awk '{print $1}' | tr '\n' ' ')"

# It starts with nothing of Swift in reach: an empty environment, no toolchain on the paths.
env -i PATH=/usr/bin:/bin "$bin" --version >/dev/null || fail "does not start without the toolchain"
version=$("$bin" --version)
[[ $version != unknown* ]] || fail "--version says '$version'"
echo "installed skein --version: $version"

# The bundled sample with the installed themes, in tmux: T cycles through all five. What it remembers goes
# to the scratch home, not into DESTDIR, which uninstall must leave empty.
tmux -L "$socket" -f /dev/null new-session -d -s app -x 100 -y 30 \
    "env -u NO_COLOR -u SKEIN_THEMES_DIR -u XDG_CONFIG_HOME HOME=$dest XDG_STATE_HOME=$scratch/state TERM=xterm-256color LANG=C.UTF-8 $bin"
status() { tmux -L "$socket" capture-pane -p -t app | tail -1; }
for _ in $(seq 50); do status | grep -q "sample thread" && break; sleep 0.1; done
status | grep -q "sample thread" || fail "the sample did not open: $(status)"
seen=()
for _ in 1 2 3 4 5; do
    seen+=("$(status | awk -F ' │ ' '{print $(NF-1)}')")
    tmux -L "$socket" send-keys -t app T
    sleep 0.3
done
themes=$(printf '%s\n' "${seen[@]}" | sort -u | tr '\n' ' ')
[[ $themes == "default gruvbox light monochrome solarized-dark " ]] || fail "T cycled through: $themes"
echo "themes cycled: $themes"
tmux -L "$socket" send-keys -t app q

# The man page renders without warnings; its keys are the reader's.
warnings=$(MANWIDTH=80 man --warnings -l "$prefix/share/man/man1/skein.1" 2>&1 >/dev/null) || true
[[ -z $warnings ]] || fail "man warns: $warnings"
MANWIDTH=80 man -l "$prefix/share/man/man1/skein.1" 2>/dev/null | grep -q "copy this comment's text" || fail "no key table in the man page"
echo "man page: no warnings"

# Each shell completes as a user's shell would, from the installed scripts, asking the installed binary (first on
# PATH) with no user themes, in the installed share folder (so its files are sample-thread.txt, themes/, version).
# The reader is skein's default subcommand: a bare `skein --theme` completes as `skein read --theme` does, and a
# bare `skein` offers files beside the subcommands. Each helper prints the words offered for the line given, the
# cursor at its end.
share=$prefix/share/skein
in_share() { (cd "$share" && env -u SKEIN_THEMES_DIR -u XDG_CONFIG_HOME HOME="$scratch" PATH="$prefix/bin:$PATH" "$@"); }
# bash: the function `complete -p skein` names, called as bash calls it.
offered_bash() {
    in_share bash -c 'source "$1"; line=$2
        read -ra COMP_WORDS <<< "$line"; [[ $line == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=$line; COMP_POINT=${#line}
        function=$(complete -p skein | sed -E "s/.* -F ([^ ]+) .*/\1/")
        "$function" skein "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/skein" "$1"
}
# zsh: an interactive zsh in zsh's own pseudo-terminal (zpty), with compinit finding _skein on fpath; the line
# is typed and Tab pressed, and compadd prints each word it is given before adding it.
offered_zsh() {
    in_share timeout 60 zsh -f -c '
        zmodload zsh/zpty && zpty shell zsh -f -i || exit 1
        zpty -w shell "PS1= PROMPT_EOL_MARK=; unsetopt zle_bracketed_paste; fpath=(${(q)1} \$fpath)"
        zpty -w shell "autoload -U compinit && compinit -u -D && bindkey \"^I\" complete-word"
        # The markers are typed split in two so that the echo of these lines holds neither.
        zpty -w shell "compadd() {
            [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]] && { builtin compadd \"\$@\"; return; }
            local -a offered; builtin compadd -A offered \"\$@\"; print -rl -- \"<off\"\"ered>\"\${^offered}
            builtin compadd \"\$@\"
        }"
        zpty -w shell "comppostfuncs=(finished); finished() { print -r -- \"<fini\"\"shed>\"; compstate[list]= }"
        zpty -w -n shell "$2"$'"'"'\t'"'"'
        while zpty -r shell out; do
            [[ $out == *"<finished>"* ]] && break
            word=${${out##*<offered>}//[[:cntrl:]]/}
            [[ $out == *"<offered>"* && -n $word ]] && print -r -- "$word"
        done
        zpty -d shell' _ "$prefix/share/zsh/site-functions" "$1"
}
# fish: an interactive fish in tmux (outside one, fish 3.6 refuses `commandline -C`, which the script asks for the
# cursor); the line is typed and a key bound to `complete -C` writes what fish would offer to a file.
offered_fish() {
    local out=$scratch/fish-offered
    rm -f "$out"
    printf '%s\n' "source '$prefix/share/fish/vendor_completions.d/skein.fish'" \
        "function offered; complete -C > $out.part; mv $out.part $out; end" 'bind \cx offered' > "$scratch/init.fish"
    tmux -L "$socket" new-session -d -s fish -x 200 -y 50 -c "$share" \
        "env -u SKEIN_THEMES_DIR -u XDG_CONFIG_HOME HOME=$scratch PATH=$prefix/bin:$PATH fish --no-config -C 'source $scratch/init.fish'"
    tmux -L "$socket" send-keys -t fish -l "$1"
    for _ in $(seq 50); do tmux -L "$socket" send-keys -t fish C-x; sleep 0.1; [[ -e $out ]] && break; done
    tmux -L "$socket" kill-session -t fish
    [[ -e $out ]] && cut -f1 "$out"
}
themes="default gruvbox light monochrome solarized-dark "
for shell in bash zsh fish; do
    if ! command -v $shell >/dev/null; then echo "$shell completion: $shell is not installed"; continue; fi
    for check in "skein read --theme |$themes" "skein --theme |$themes" "skein sample-thread.txt --theme |$themes" \
            "skein |dump help keys read sample-thread.txt search themes threads version " "skein --th|--theme --thread " \
            "skein dump --format |json text "; do
        line=${check%%|*} expected=${check#*|}
        offered=$(offered_$shell "$line" | sed 's:/$::' | sort -u | tr '\n' ' ') || true  # a hang or failure: no words
        # bash also offers the root's options for an empty first word, as swift-argument-parser's script does.
        [[ $shell == bash && $line == "skein " ]] && expected="--help --version -h $expected"
        [[ $offered == "$expected" ]] || fail "$shell completes '$line' to: $offered"
        [[ $line == "skein " ]] && files=$offered
    done
    echo "$shell completion: 'skein read --theme ', 'skein --theme ' and 'skein FILE --theme ' offer ${themes% };" \
        "'skein ' offers ${files% }; 'skein --th' and 'skein dump --format ' theirs"
done

make uninstall DESTDIR="$dest" PREFIX=/usr/local >/dev/null
left=$(find "$dest" -type f)
[[ -z $left ]] || fail "left behind: $left"
echo "uninstalled: no file left"

# The archive for another machine: unpacked anywhere, its skein runs with nothing of Swift in reach.
archive=$(make -s dist | tail -1)
mkdir "$dest/unpacked" && tar -C "$dest/unpacked" -xzf "$archive" && rm -f "$archive"
unpacked=$(find "$dest/unpacked" -path '*/bin/skein')
env -i PATH=/usr/bin:/bin "$unpacked" --version >/dev/null || fail "the unpacked archive's skein does not start"
env -i PATH=/usr/bin:/bin "$unpacked" --list-themes | grep -q "^light" || fail "the unpacked archive's skein has no themes"
echo "make dist: $archive unpacks and runs"
