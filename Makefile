# make run: build and open the board on the demo data. make test: build and run every test.
SWIFT ?= swift
SYSTEM_PACKAGES := libncursesw5-dev libsqlite3-dev libpq-dev postgresql tmux sqlite3
BIN := .build/debug/handoff
RELEASE_BIN := .build/release/handoff
# make install puts the release build and what it reads under PREFIX (DESTDIR for packaging).
PREFIX ?= /usr/local
SHARE := $(DESTDIR)$(PREFIX)/share

.PHONY: run test build deps bench install uninstall clean format format-check

# Installs what the build and the tests need from Debian: with apt-get when root, otherwise it
# prints the exact command and stops, so nothing fails later with a cryptic linker error.
deps:
	@if command -v dpkg >/dev/null 2>&1; then \
		missing=""; \
		for package in $(SYSTEM_PACKAGES); do \
			dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
		done; \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then \
				echo "Installing:$$missing"; \
				apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends$$missing; \
			else \
				echo "Missing system packages:$$missing"; \
				echo "Install them with:"; \
				echo "  sudo apt-get install -y$$missing"; \
				exit 1; \
			fi; \
		fi; \
	fi

build: deps
	$(SWIFT) build

run: build
	$(BIN) demo

# The terminal tests run on the release build too (what users install), so it is built first.
# The store's tests then run a second time on PostgreSQL: each test gets a database on a throwaway
# cluster that the test process starts itself (scripts/pg-cluster) and removes when it ends.
test: build format-check
	$(SWIFT) build -c release --product handoff
	$(SWIFT) test
	HANDOFF_TEST_ENGINE=postgres $(SWIFT) test --skip-build --filter 'HandoffStoreTests|PostgresTests'

# The source as the formatter (.swift-format) writes it: `make format` writes it so.
format-check:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

# The figures of BENCHMARKS.md, at 10,000, 100,000 and 1,000,000 leads (about ten minutes).
bench: deps
	$(SWIFT) run -c release handoff-bench

# The program in bin/, the themes and demo data in share/handoff/ (where it looks beside its bin/),
# the manual page and the completion scripts where man, bash, zsh and fish look for them.
install: deps
	$(SWIFT) build -c release --product handoff
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/handoff $(SHARE)/man/man1 $(SHARE)/bash-completion/completions \
		$(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/handoff
	rm -rf $(SHARE)/handoff/themes $(SHARE)/handoff/sample-data
	cp -R themes sample-data $(SHARE)/handoff/
	$(RELEASE_BIN) manual --lang en > $(SHARE)/man/man1/handoff.1
	$(RELEASE_BIN) completion bash --lang en > $(SHARE)/bash-completion/completions/handoff
	$(RELEASE_BIN) completion zsh --lang en > $(SHARE)/zsh/site-functions/_handoff
	$(RELEASE_BIN) completion fish --lang en > $(SHARE)/fish/vendor_completions.d/handoff.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/handoff $(SHARE)/man/man1/handoff.1 $(SHARE)/bash-completion/completions/handoff \
		$(SHARE)/zsh/site-functions/_handoff $(SHARE)/fish/vendor_completions.d/handoff.fish
	rm -rf $(SHARE)/handoff

clean:
	rm -rf .build
