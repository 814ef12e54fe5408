# Two commands for a newcomer: `make run` (install, then run the bot) and `make test`.
# `make test` is also all of CI (.ci/run): what it needs from the machine, it gets or names.
PYTHON ?= python3
# Test processes: one per CPU; each test file runs whole in one of them (its module fixtures once).
# 0 runs the suite in pytest's own process.
PYTEST_WORKERS ?= auto
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-packages suite lint catalogs clean

$(STAMP): pyproject.toml
	@$(PYTHON) -m machine_setup.packages venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/cardbot catalog compile
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cardbot run

# In order: system packages (seconds to fail), .venv, then a Redis around the slow part.
test: test-packages $(STAMP)
	$(BIN)/python -m machine_setup.redis_for_tests $(MAKE) --no-print-directory suite

test-packages:
	@$(PYTHON) -m machine_setup.packages test

# The slow part of `make test`, run once CARDBOT_TEST_REDIS_URL names a Redis that answers.
suite: $(STAMP)
	$(BIN)/cardbot catalog compile
	$(BIN)/ruff check bot handlers tests benchmarks machine_setup
	$(BIN)/mypy
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

catalogs: $(STAMP)
	$(BIN)/cardbot catalog update

clean:
	rm -rf $(VENV) build *.egg-info
	find locales -name '*.mo' -delete
