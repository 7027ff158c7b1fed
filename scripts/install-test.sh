#!/usr/bin/env bash
# `make install` into a temporary DESTDIR, use what was installed there as a user would (no source tree
# in reach: the binary finds its themes and sample from its own place), then `make uninstall`, which must
# leave no file behind. Run by hand or by CI after the tests: scripts/install-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dest=$(mktemp -d /tmp/skein-install.XXXXXX)
socket=skein-install-$$
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$dest"; }
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

# The bundled sample with the installed themes, in tmux: T cycles through all five.
tmux -L "$socket" -f /dev/null new-session -d -s app -x 100 -y 30 \
    "env -u NO_COLOR -u SKEIN_THEMES_DIR -u XDG_CONFIG_HOME HOME=$dest TERM=xterm-256color LANG=C.UTF-8 $bin"
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

# Each completion script loads in its shell, where the shell is installed.
bash -c "source '$prefix/share/bash-completion/completions/skein' && complete -p skein" >/dev/null || fail "bash completion"
# --theme completes the installed themes, asked of the installed binary as the shell would ask it.
offered=$(PATH="$prefix/bin:$PATH" bash -c "source '$prefix/share/bash-completion/completions/skein'
    COMP_WORDS=(skein read --theme ''); COMP_CWORD=3; COMP_LINE='skein read --theme '; COMP_POINT=\${#COMP_LINE}
    _skein skein '' --theme; printf '%s ' \"\${COMPREPLY[@]}\"")
[[ $offered == "default gruvbox light monochrome solarized-dark " ]] || fail "--theme completes to: $offered"
echo "bash completion: loads; --theme offers $offered"
if command -v zsh >/dev/null; then
    zsh -c "autoload -U compinit && compinit -u && source '$prefix/share/zsh/site-functions/_skein'" || fail "zsh completion"
    echo "zsh completion: loads"
fi
if command -v fish >/dev/null; then
    fish -c "source '$prefix/share/fish/vendor_completions.d/skein.fish'" || fail "fish completion"
    echo "fish completion: loads"
fi

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
