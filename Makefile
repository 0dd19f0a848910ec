# newsqa: routine commands. `make setup` is idempotent: it reinstalls only when the project's
# dependency files change. torch is pinned through constraints.txt (local CPU wheel).
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTHON ?= python3
SHARED ?= ../shared

.PHONY: setup test lint format chat ingest status eval-multihop clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

test: setup
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy assistant index

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The main job: the chat UI (on first run it indexes the bundled corpus, with a progress bar).
chat: setup
	$(BIN)/newsqa chat

# Index the bundled corpus, then show what the store holds.
ingest: setup
	$(BIN)/newsqa ingest
	$(BIN)/newsqa status

status: setup
	$(BIN)/newsqa status

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
