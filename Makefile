# Every target installs what it needs into .venv first, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HASH := $(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
# Two installs: `make run` needs only the cleaner and its runtime dependencies (RUN_STAMP);
# tests, lint and the rest also need the dev tools and every extra (Ray, datasets, datatrove).
RUN_STAMP := $(VENV)/.installed-run-$(HASH)
STAMP := $(VENV)/.installed-dev-$(HASH)

.PHONY: install run test lint imports clean eval bench rule-report ceiling gold-passthrough noise-report idempotence compiled test-compiled languages browser

install: $(STAMP)

$(RUN_STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	rm -f $(VENV)/.installed-run-*
	touch $@

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,ray,datasets,datatrove]'
	rm -f $(VENV)/.installed-*
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)  ## clean the bundled sample into out/ and print the summary (installs no extras)
	$(BIN)/cleaner clean sample -o out

test: $(STAMP)  ## the whole test suite, doctests included
	$(BIN)/python -m pytest -q

# Debian's Chromium for tests/test_report_browser.py (the `cleaner report` page in a real browser,
# headless); that test skips without it. Installing needs root (or sudo) and apt; .ci/run does it.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:  ## install Debian's chromium for the report's browser test, unless it is already there
	test -x /usr/bin/chromium || { $(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

lint: $(STAMP)
	$(BIN)/ruff format --check cleaner tests scripts build_backend setup.py
	$(BIN)/ruff check cleaner tests scripts build_backend setup.py
	$(BIN)/mypy

imports:  ## the package's import graph from the sources' syntax trees; fails on an import circle
	$(PYTHON) scripts/import_graph.py

clean:
	rm -rf out build *.egg-info .pytest_cache .mypy_cache .ruff_cache

DATA ?= ../shared/bench/wcxb-dev
eval: $(STAMP)  ## cleaner and its peers on the WCXB dev set; writes docs/eval.md (skips without data)
	$(BIN)/python scripts/eval.py $(DATA)

# The wheel `pip install .` builds (the core compiled with mypyc; build_backend/backend.py),
# unpacked into build/compiled; the dev venv's editable install stays pure Python.
COMPILED := build/compiled
compiled: $(STAMP)  ## build the wheel users get and unpack it into build/compiled
	# build/lib.* too: setuptools copies what it finds there into the wheel, so a module renamed
	# or removed since the last build would otherwise ship again (and fail to import).
	rm -rf build/wheel build/lib.* build/bdist.* $(COMPILED)
	# Built by the bootstrap Python, not the dev venv's: like a user's `pip install .`, its build
	# then sees none of the runtime dependencies (mypy would otherwise find them in .venv).
	CLEANER_COMPILE=1 $(PYTHON) -m pip wheel --quiet --disable-pip-version-check --no-deps -w build/wheel .
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --target $(COMPILED) build/wheel/cleaner-*.whl

# The tests (not the doctests, which pytest collects from the sources) against the compiled wheel:
# the pytest script, unlike `python -m pytest`, does not put the sources ahead of PYTHONPATH.
test-compiled: compiled  ## the test suite against the compiled wheel
	CLEANER_EXPECT_COMPILED=1 PYTHONPATH=$(abspath $(COMPILED)) $(BIN)/pytest -q -p no:cacheprovider -o addopts=--strict-markers tests

# BENCH_ARGS="--memory-gb 0" skips the 1 GB memory run (about 2 of the 5 minutes on 2 cores);
# "--repeat 1" times each system once instead of taking the fastest of three.
BENCH_ARGS ?= --memory-gb 1
bench: compiled  ## speed and memory: cleaner -j1/-j2, cat, jusText, trafilatura; writes docs/bench.md
	$(BIN)/python scripts/bench.py $(DATA) --compiled $(COMPILED) $(BENCH_ARGS)

rule-report: $(STAMP)  ## per rule: noise and article lines and words it removes on the dev set
	$(BIN)/python scripts/rule_report.py $(DATA)

languages: $(STAMP)  ## per language pack: noise removed, article lost and detection on its fixtures
	$(BIN)/python scripts/languages.py tests/fixtures/languages

ceiling: $(STAMP)  ## the best a cleaner that keeps the article could score (reader labels of kept lines)
	$(BIN)/python scripts/ceiling.py $(DATA)

gold-passthrough: $(STAMP)  ## clean the dev gold texts as input: lines removed, per rule and reader label
	$(BIN)/python scripts/gold_passthrough.py $(DATA)

idempotence: $(STAMP)  ## the dev set's texts and the fixtures whose clean output a second cleaning changes
	$(BIN)/python scripts/idempotence.py $(DATA)

noise-report: $(STAMP)  ## reader-labelled noise removed and article lost, per rule and class; HTML snippet rates
	$(BIN)/python scripts/noise_report.py $(DATA) --html
