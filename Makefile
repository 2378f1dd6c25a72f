# The two commands of the README: `make site` and `make test`.
# Both set up .venv from pyproject.toml first (again only when it changed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: site test serve bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# axe-core, injected into pages by the browser tests.
$(NODE_STAMP): package.json
	npm install --no-audit --no-fund --silent
	touch $(NODE_STAMP)

site: $(STAMP)
	scripts/install-system-packages.sh
	$(BIN)/briefing build

test: $(STAMP) $(NODE_STAMP)
	scripts/install-system-packages.sh test
	$(BIN)/briefing generate --check --quiet
	$(BIN)/pytest -q

serve: $(STAMP)
	$(BIN)/briefing serve

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site build
