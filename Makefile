# The two README commands are `make serve` and `make test`; each sets up what it needs first.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install site serve test bench fuzz screenshots chromium clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: install
	$(BIN)/digest convert seeds --out content
	$(BIN)/mkdocs build --strict

# --dirty: a save rebuilds only the pages whose content changed (digest/rebuild.py decides which)
serve: site
	$(BIN)/mkdocs serve --dirty

# Browser tests need Debian's chromium; install it when missing and we are allowed to.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium is missing: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

test: install chromium
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run.py

# At least 100,000 generated inputs over every pure entry point, then the 1/10/100 KB scaling check.
fuzz: install
	$(BIN)/python bench/fuzz.py

screenshots: install chromium
	$(BIN)/python tests/screenshots.py

clean:
	rm -rf site $(VENV)
