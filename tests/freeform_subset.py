"""The corpus the free-form gate runs on: the free-form set's gold articles and a fixed sample of
the others from MultiHop-RAG's corpus (the whole corpus takes minutes to ingest on two cores).

Regenerate the gate's baseline after an intended change:
    .venv/bin/python tests/freeform_subset.py out/freeform-subset.json
    NEWSQA_HOME=$(mktemp -d) .venv/bin/newsqa eval corpus/questions/freeform.yaml --offline \\
        --corpus out/freeform-subset.json --out corpus/questions/freeform-gate-baseline.json -q
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FREEFORM = ROOT / "corpus" / "questions" / "freeform.yaml"
MULTIHOP_CORPUS = ROOT.parent / "shared" / "benchdata" / "multihop-rag" / "corpus.json"
OTHERS = 150  # articles beside the gold ones: enough to mislead retrieval and the answerer


def gold_urls() -> set[str]:
    records = yaml.safe_load(FREEFORM.read_text(encoding="utf-8"))
    turns = [t for r in records for t in r.get("turns", [r])]
    return {url for t in turns for url in t.get("articles", [])}


def write_subset(target: Path) -> int:
    """Write the subset as a JSON list of MultiHop-RAG records; returns how many."""
    if not MULTIHOP_CORPUS.exists():
        raise FileNotFoundError(f"{MULTIHOP_CORPUS} is missing (the shared bench data)")
    articles = json.loads(MULTIHOP_CORPUS.read_text(encoding="utf-8"))
    gold = gold_urls()
    others = sorted(
        (a for a in articles if a["url"] not in gold),
        key=lambda a: hashlib.sha1(a["url"].encode()).hexdigest(),
    )[:OTHERS]
    chosen = [a for a in articles if a["url"] in gold] + others
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(chosen), encoding="utf-8")
    return len(chosen)


if __name__ == "__main__":
    print(write_subset(Path(sys.argv[1])), "articles")
