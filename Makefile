# Kompetansebanken — the commands you need. `make run` and `make test` do all the set-up.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test pytest lint format migrations-check setup install clean \
	system-packages system-packages-run

# The checks `make test` runs (CI runs `make test`); each also has its own target.
LINT = $(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports
MIGRATIONS_CHECK = DJANGO_SETTINGS_MODULE=kb_site.settings.dev $(MANAGE) makemigrations --check --dry-run
PYTEST = DJANGO_SETTINGS_MODULE=kb_site.settings.test $(BIN)/pytest $(PYTEST_ARGS)
# The whole suite must cover this share of the code (pyproject.toml [tool.coverage]).
COVERAGE_MIN ?= 90
COVERAGE = --cov --cov-fail-under=$(COVERAGE_MIN)

system-packages: ## Debian packages the tests need: installs them as root, else says how
	@PYTHON=$(PYTHON) scripts/system-packages.sh test

system-packages-run: ## Debian packages the site needs (Apertium), as above
	@PYTHON=$(PYTHON) scripts/system-packages.sh run

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its test tools

setup: system-packages-run install ## Migrate and run the idempotent set-up commands
	$(MANAGE) migrate --no-input
	$(MANAGE) setup_site
	@if $(MANAGE) help setup_editorial >/dev/null 2>&1; then $(MANAGE) setup_editorial; fi
	@if $(MANAGE) help seed_demo >/dev/null 2>&1; then $(MANAGE) seed_demo; fi

run: setup ## Serve the site with demo content on http://127.0.0.1:8000
	$(MANAGE) runserver $(HOST):$(PORT)

test: system-packages install ## Lint, migrations check and the whole suite with its coverage gate (DATABASE_URL when set, SQLite otherwise)
	@status=0; \
	echo "== lint"; ( $(LINT) ) || status=1; \
	echo "== migrations-check"; ( $(MIGRATIONS_CHECK) ) || status=1; \
	echo "== pytest"; $(PYTEST) $(COVERAGE) || status=1; \
	exit $$status

pytest: system-packages install ## Only the tests, e.g. make pytest PYTEST_ARGS="tests/test_x.py -x"
	$(PYTEST)

lint: install ## ruff check, format check and the import contracts (pyproject.toml)
	$(LINT)

format: install ## Fix lint and formatting where ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install ## Fail if a model change lacks its migration
	$(MIGRATIONS_CHECK)

clean: ## Remove the venv, the SQLite database and local media
	rm -rf $(VENV) db.sqlite3 media static_collected
