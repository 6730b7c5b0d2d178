# make run: build and open the board on the demo data. make test: build and run every test.
SWIFT ?= swift
SYSTEM_PACKAGES := libncursesw5-dev libsqlite3-dev tmux sqlite3
BIN := .build/debug/handoff

.PHONY: run test build deps bench clean

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
				apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing; \
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
test: build
	$(SWIFT) build -c release --product handoff
	$(SWIFT) test

# The figures of BENCHMARKS.md, at 10,000, 100,000 and 1,000,000 leads (about ten minutes).
bench: deps
	$(SWIFT) run -c release handoff-bench

clean:
	rm -rf .build
