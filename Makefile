# Two commands: `make build` builds the site from the seeds, `make test` runs every test.
# Both set themselves up: they create .venv and install chronik into it when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test serve bench lint clean browser mypy bytecode

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Byte-compile chronik up front: with PYTHONDONTWRITEBYTECODE set (as on CI machines), every run would
# otherwise compile its sources again (0.15-0.2 s of a cold `chronik parse`). Up-to-date files are skipped.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q -j0 chronik

build: $(STAMP) bytecode
	$(BIN)/chronik build --strict

# Browser tests need Debian's Chromium; install it when missing (CI runs as root).
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Chromium missing: run 'sudo apt-get install chromium' (browser tests will be skipped)"; fi; }

test: $(STAMP) bytecode browser
	$(BIN)/ruff check chronik tests
	$(BIN)/python -m pytest

# Type-check chronik (not part of `make test`).
mypy: $(STAMP)
	$(BIN)/python -m mypy chronik

serve: $(STAMP)
	$(BIN)/chronik serve

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf build build-artifacts
