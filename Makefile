# Two commands for a newcomer: `make run` (install, then run the bot) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint catalogs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/cardbot catalog compile
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cardbot run

test: $(STAMP)
	$(BIN)/cardbot catalog compile
	$(BIN)/ruff check bot handlers tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

catalogs: $(STAMP)
	$(BIN)/cardbot catalog update

clean:
	rm -rf $(VENV) build *.egg-info
	find locales -name '*.mo' -delete
