# The two commands of the README: `make demo` and `make test`. Both set the machine up first
# (tools/setup.sh only does what is missing, so it is quick the second time).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
# the store tests run against this database as well as SQLite (tools/ensure-services.sh makes it work)
ZWGK_TEST_PG_URL ?= postgresql+psycopg://zwgk:zwgk@127.0.0.1:5432/zwgk_test
PYTEST_ARGS ?=
# the benchmarks themselves; gen_portal.py and serve.py in benchmarks/ are their helpers
BENCHES := $(wildcard benchmarks/accuracy.py benchmarks/bench_*.py)

.PHONY: help setup demo test lint bench

help:
	@echo "make demo   set up, then inspect the bundled demo portal and write an HTML report"
	@echo "make test   set up, start PostgreSQL where needed, run the test suite"
	@echo "make lint   ruff, mypy and hadolint"
	@echo "make bench  run the benchmarks (benchmarks/accuracy.py, benchmarks/bench_*.py)"
	@echo "make setup  only the set-up (Debian packages, .venv)"

setup:
	@bash tools/setup.sh

demo: setup
	$(BIN)/zwgk-robot demo

test: setup
	@ZWGK_TEST_PG_URL='$(ZWGK_TEST_PG_URL)' bash tools/ensure-services.sh
	ZWGK_TEST_PG_URL='$(ZWGK_TEST_PG_URL)' $(BIN)/pytest -q $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy robot
	$(BIN)/hadolint Dockerfile

bench: setup
	@if [ -z "$(BENCHES)" ]; then echo "no benchmarks in benchmarks/"; fi
	@for b in $(BENCHES); do echo "== $$b"; $(BIN)/python "$$b"; done
