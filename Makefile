# newsqa: routine commands. `make setup` is idempotent: it reinstalls only when the project's
# dependency files change. torch is pinned through constraints.txt (local CPU wheel).
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTHON ?= python3
SHARED ?= ../shared

.PHONY: setup test lint format chat ingest status eval-seeds eval-freeform eval-freeform-check \
	eval-freeform-probe eval-freeform-holdout eval-freeform-probe2 eval-freeform-answerable \
	eval-freeform-probe3 eval-freeform-probe4 eval-freeform-probe5 eval-freeform-probe6 \
	eval-freeform-probe7 eval-freeform-probe8 eval-freeform-probe9 \
	eval-multihop clean

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

# The seed question set on its own store (offline answerer), compared with the committed baseline:
# fails when a score drops by more than 0.02. Refresh the baseline (when a change is meant) with
#   NEWSQA_HOME=$$(mktemp -d) .venv/bin/newsqa eval corpus/questions/seeds.yaml --offline \
#     --out corpus/questions/seeds-baseline.json -q
eval-seeds: setup
	$(BIN)/newsqa --home out/seeds-home eval corpus/questions/seeds.yaml --offline \
		--out out/seeds-results.json --report out/seeds-report.md \
		--baseline corpus/questions/seeds-baseline.json

# MultiHop-RAG's development split (609 articles, 802 queries; see $(SHARED)/benchdata/multihop-rag).
# The first run ingests the corpus into out/multihop-home; later runs reuse it. Takes a while.
eval-multihop: setup
	$(BIN)/newsqa --home out/multihop-home eval $(SHARED)/benchdata/multihop-rag/queries-dev.json \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/multihop-results.json --report out/multihop-report.md

# Free-form questions over the MultiHop-RAG corpus, typed the way people type (corpus/questions/
# freeform.yaml), offline, against the committed baseline: fails when a score drops by more than
# 0.02. Shares out/multihop-home with eval-multihop (the same 609 articles, ingested once).
eval-freeform: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-results.json --report out/freeform-report.md \
		--baseline corpus/questions/freeform-baseline.json

# A second free-form set, written blind by a helper that read neither the answering code nor the
# answers (corpus/questions/freeform-check.yaml, other articles than freeform.yaml): how the
# answerer does on questions nobody looked at while writing it. No baseline: a measure, not a gate.
eval-freeform-check: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-check.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-check-results.json --report out/freeform-check-report.md

# Two more sets written the same way, each over articles none of the others uses: the probe set,
# whose misses were read while working on answers, and the holdout set, kept blind (read only its
# scores). Measures, not gates.
eval-freeform-probe: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe-results.json --report out/freeform-probe-report.md

eval-freeform-holdout: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-holdout.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json --out out/freeform-holdout-results.json

# Session 13's two sets, written the same way: probe2 (60 records; only its scores were read, but
# 20 of its articles are also the answerable set's) and the answerable set (100 answerable single
# questions, misses read: which sentence is picked, and refusals of questions that have answers).
eval-freeform-probe2: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe2.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json --out out/freeform-probe2-results.json

eval-freeform-answerable: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-answerable.yaml \
		--offline --corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-answerable-results.json --report out/freeform-answerable-report.md

# Session 15's set, written the same way, blind, over articles no other set uses: its misses were
# read while working on answers (the sample of what unseen questions did at the time).
eval-freeform-probe3: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe3.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe3-results.json --report out/freeform-probe3-report.md

# Session 16's, the same way again, on the articles left after probe3.
eval-freeform-probe4: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe4.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe4-results.json --report out/freeform-probe4-report.md

# Session 16's second, kept blind like the holdout set: only its scores are read.
eval-freeform-probe5: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe5.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe5-results.json --report out/freeform-probe5-report.md

# Session 18's two, written the same way (74 records each, shaped like the held-out test): scored
# once blind, then their misses were read.
eval-freeform-probe6: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe6.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe6-results.json --report out/freeform-probe6-report.md

eval-freeform-probe7: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe7.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe7-results.json --report out/freeform-probe7-report.md

eval-freeform-probe8: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe8.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe8-results.json --report out/freeform-probe8-report.md

eval-freeform-probe9: setup
	$(BIN)/newsqa --home out/multihop-home eval corpus/questions/freeform-probe9.yaml --offline \
		--corpus $(SHARED)/benchdata/multihop-rag/corpus.json \
		--out out/freeform-probe9-results.json --report out/freeform-probe9-report.md

# Speed benches at 1x on MultiHop-RAG (docs/performance.md): raw encoder, newsqa ingest, the
# LlamaIndex peer, unchanged re-ingest, query latency, cold `newsqa ask`. Writes out/bench.json and
# out/bench.md and prints the table. Quick run: make bench BENCH_ARGS="--limit 100".
.PHONY: bench
BENCH_CORPUS ?= $(SHARED)/benchdata/multihop-rag/corpus.json
BENCH_ARGS ?=
bench: setup
	rm -f out/bench.json out/bench.md
	$(BIN)/newsqa bench ingest --corpus $(BENCH_CORPUS) --scale 1 --out out $(BENCH_ARGS) >/dev/null
	$(BIN)/newsqa bench query --corpus $(BENCH_CORPUS) --scale 1 --out out $(BENCH_ARGS) >/dev/null
	@cat out/bench.md

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
