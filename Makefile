# Desert Compute: `make help` lists the targets. Each target bootstraps .venv by itself.
.DEFAULT_GOAL := brief
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml requirements-lock.txt | sha256sum | cut -c1-12)
CORPUS ?= seeds

$(STAMP): pyproject.toml requirements-lock.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -c 'import sys; assert (3, 11) <= sys.version_info[:2] <= (3, 13), "Python 3.11-3.13 needed, got " + sys.version' \
	  || { echo "Set PYTHON=/path/to/python3.11 (or 3.12, 3.13)"; exit 1; }
	@# pip 23 (what venv bundles with Python 3.11) fails to resolve the bench extra (duplicate lxml extras)
	$(PY) -m pip install --quiet --disable-pip-version-check "pip==26.3"
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements-lock.txt -e '.[dev,dask]'
	@rm -f $(VENV)/.installed-* && touch $@

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

.PHONY: env
env: $(STAMP) ## create or update .venv (pip, same pins as environment.yml)

.PHONY: brief
brief: $(STAMP) ## write tables/, run the notebooks, write figures/ and brief/ (CORPUS=dir TITLE="..." for your own)
	$(PY) -m helpers build --corpus $(CORPUS) $(if $(TITLE),--title "$(TITLE)")

.PHONY: test
test: $(STAMP) ## unit tests, then re-run the committed notebooks with nbval and compare outputs
	$(PY) -m pytest -q tests
	$(PY) -m pytest -q --nbval --nbval-current-env notebooks

.PHONY: lint
lint: $(STAMP) ## ruff check (rules in pyproject.toml)
	$(PY) -m ruff check src tests benchmarks

.PHONY: lab
lab: $(STAMP) ## open JupyterLab on notebooks/ (the notebooks use the standard "python3" kernel)
	$(PY) -m jupyter lab notebooks

.PHONY: sync
sync: $(STAMP) ## after editing a notebook's .py twin (or the .ipynb), bring the pair back in step
	$(PY) -m jupytext --sync notebooks/[0-9][0-9]_*.ipynb

.PHONY: bench
bench: $(STAMP) ## run benchmarks/ (installs the peer tools of the `bench` extra)
	$(PY) -m pip install --quiet -c requirements-lock.txt -e '.[bench]'
	$(PY) benchmarks/run.py

.PHONY: lock
lock: $(STAMP) ## rewrite requirements-lock.txt from the current .venv
	$(PY) -m pip freeze --exclude-editable | grep -v '^desert-compute' > requirements-lock.txt

.PHONY: clean
clean: ## remove .venv and caches (never touches seeds/, figures/ or brief/)
	rm -rf $(VENV) .pytest_cache src/*.egg-info
