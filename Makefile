# Kompetansebanken — the commands you need. `make run` and `make test` do all the set-up.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrations-check setup install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its test tools

setup: install ## Migrate and run the idempotent set-up commands
	$(MANAGE) migrate --no-input
	$(MANAGE) setup_site
	@if $(MANAGE) help setup_editorial >/dev/null 2>&1; then $(MANAGE) setup_editorial; fi
	@if $(MANAGE) help seed_demo >/dev/null 2>&1; then $(MANAGE) seed_demo; fi

run: setup ## Serve the site with demo content on http://127.0.0.1:8000
	$(MANAGE) runserver $(HOST):$(PORT)

COVERAGE_MIN ?= 90

test: install ## The whole test suite with its coverage gate (DATABASE_URL when set, SQLite otherwise)
	DJANGO_SETTINGS_MODULE=kb_site.settings.test $(BIN)/pytest --cov --cov-fail-under=$(COVERAGE_MIN) $(PYTEST_ARGS)

lint: install ## ruff check, format check and the import contracts (pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install ## Fix lint and formatting where ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install ## Fail if a model change lacks its migration
	DJANGO_SETTINGS_MODULE=kb_site.settings.dev $(MANAGE) makemigrations --check --dry-run

clean: ## Remove the venv, the SQLite database and local media
	rm -rf $(VENV) db.sqlite3 media static_collected
