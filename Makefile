# minutebook: two commands set up a fresh machine (see README).
#   make run   installs everything, loads the seeds into SQLite and serves the web app
#   make test  installs everything and runs the whole test suite
SHELL := /bin/bash
PY := .venv/bin/python
MB := .venv/bin/minutebook
PORT ?= 8000
SEEDS ?= $(firstword $(wildcard ../shared/seeds) $(wildcard seeds))
# the demo deployment's authority, printed on the site and on every paper (README, "The authority")
MINUTEBOOK_AUTHORITY ?= London Borough of Bromley

.PHONY: install run test test-sqlite test-postgres bench

.venv/.installed: pyproject.toml package.json scripts/install-system.sh
	bash scripts/install-system.sh
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	npm install --no-audit --no-fund --silent
	touch $@

install: .venv/.installed

run: install
	MINUTEBOOK_AUTHORITY="$(MINUTEBOOK_AUTHORITY)" $(MB) demo --seeds "$(SEEDS)" --port $(PORT)

test: install
	bash scripts/test.sh

bench: install
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) benchmarks/ingest.py && $(PY) benchmarks/cycle.py && $(PY) benchmarks/web.py
