# Builds, installs and packages skein. `make install PREFIX=… DESTDIR=…`, `make uninstall`, `make dist`.
# The binary links the Swift runtime in (--static-swift-stdlib), so nothing of Swift is needed where it runs.
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= .build-release
BIN := $(BUILD)/release/skein
# Beside the folder the binary really is in (SwiftPM's `release` is a link): where it looks for its version.
SHARE = "$$(dirname "$$(realpath $(BIN))")/../share/skein"
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo "unknown (not built from git)")
TARNAME := skein-$(shell git describe --tags --always 2>/dev/null || echo unknown)-linux-$(shell uname -m)

# Every installed file, relative to $(DESTDIR)$(PREFIX): `make uninstall` removes exactly these.
FILES := bin/skein share/skein/version share/skein/sample-thread.txt \
	$(patsubst Themes/%,share/skein/themes/%,$(wildcard Themes/*.toml)) \
	share/man/man1/skein.1 share/bash-completion/completions/skein share/zsh/site-functions/_skein \
	share/fish/vendor_completions.d/skein.fish

.PHONY: all build man completions install uninstall dist clean-dist
all: build man completions

build:
	swift build -c release --static-swift-stdlib --scratch-path $(BUILD) --product skein
	mkdir -p $(SHARE) && echo '$(VERSION)' > $(SHARE)/version

# The man page: swift-argument-parser's from the command definitions, with the key table from the same
# bindings as `?` and the README, and the sections a man page needs that commands do not say.
man: build
	# The plugin builds the commands its own way: in a folder of its own, not over the static binary.
	swift package --scratch-path $(BUILD)-manual plugin generate-manual
	gen=$(BUILD)-manual/plugins/GenerateManual/outputs/skein/skein.1; \
	{ sed '/^\.Sh "EXIT STATUS"/,$$d' $$gen; XDG_CONFIG_HOME=/nonexistent HOME=/nonexistent $(BIN) keys --man; \
	  cat docs/skein.1.environment; sed -n '/^\.Sh "EXIT STATUS"/,$$p' $$gen; cat docs/skein.1.examples; } > $(BUILD)/skein.1

completions: build
	mkdir -p $(BUILD)/completions
	$(BIN) --generate-completion-script bash > $(BUILD)/completions/skein.bash
	$(BIN) --generate-completion-script zsh > $(BUILD)/completions/_skein
	$(BIN) --generate-completion-script fish > $(BUILD)/completions/skein.fish

install: all
	install -Dm755 $(BIN) $(DESTDIR)$(PREFIX)/bin/skein
	install -Dm644 $(SHARE)/version $(DESTDIR)$(PREFIX)/share/skein/version
	install -Dm644 Sources/skein/Resources/sample-thread.txt $(DESTDIR)$(PREFIX)/share/skein/sample-thread.txt
	for theme in Themes/*.toml; do install -Dm644 $$theme $(DESTDIR)$(PREFIX)/share/skein/themes/$$(basename $$theme); done
	install -Dm644 $(BUILD)/skein.1 $(DESTDIR)$(PREFIX)/share/man/man1/skein.1
	install -Dm644 $(BUILD)/completions/skein.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/skein
	install -Dm644 $(BUILD)/completions/_skein $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_skein
	install -Dm644 $(BUILD)/completions/skein.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/skein.fish

uninstall:
	for file in $(FILES); do rm -f $(DESTDIR)$(PREFIX)/$$file; done
	-rmdir $(DESTDIR)$(PREFIX)/share/skein/themes $(DESTDIR)$(PREFIX)/share/skein 2>/dev/null

# One archive to copy to another machine: the binary, themes, sample, man page and completions.
dist: all
	rm -rf $(BUILD)/dist && $(MAKE) install DESTDIR=$(CURDIR)/$(BUILD)/dist PREFIX=/$(TARNAME)
	tar -C $(BUILD)/dist -czf $(TARNAME).tar.gz $(TARNAME)
	@echo $(TARNAME).tar.gz
