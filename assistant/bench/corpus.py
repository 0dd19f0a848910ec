"""Bench corpora: the MultiHop-RAG corpus as given, or scaled up by recombining its articles."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared/benchdata/multihop-rag"


def default_corpus() -> Path:
    return DEFAULT_CORPUS / "corpus.json"


def load_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON list (or JSONL) corpus."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".jsonl", ".ndjson"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    if isinstance(data, dict):
        data = data.get("articles") or data.get("data") or []
    return [r for r in data if isinstance(r, dict)]


def _body(record: dict[str, Any]) -> str:
    for name in ("body", "text", "content"):
        if isinstance(record.get(name), str):
            return str(record[name])
    return ""


def scaled_records(
    records: list[dict[str, Any]], scale: int, seed: int = 7
) -> list[dict[str, Any]]:
    """The records, plus `scale - 1` rounds of new articles recombined from them.

    Each new article takes the first half of one article's paragraphs and the second half of
    another's, shuffled per round: distinct bodies (checked by hash), own ids, titles and urls,
    and the outlet and date of its first source. Deterministic for a given seed.
    """
    out = [dict(r) for r in records]
    if scale <= 1 or len(records) < 2:
        return out
    rng = random.Random(seed)
    seen = {hashlib.sha1(_body(r).encode("utf-8")).hexdigest() for r in records}
    paragraphs = [[p for p in _body(r).split("\n\n") if p.strip()] or [_body(r)] for r in records]
    for round_ in range(1, scale):
        for i, record in enumerate(records):
            for _attempt in range(20):
                j = rng.randrange(len(records) - 1)
                j = j + 1 if j >= i else j
                head, tail = paragraphs[i], paragraphs[j]
                first = head[: max(1, (len(head) + 1) // 2)]
                second = tail[len(tail) // 2 :] or tail
                body = "\n\n".join([*first, *second])
                digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
                if digest not in seen:
                    break
            else:  # all tries collided: make it distinct by its round
                body = f"{body}\n\n(Edition {round_}.)"
                digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
            seen.add(digest)
            title = f"{record.get('title') or 'Untitled'} ({round_}-{i})"
            new = {
                "id": f"scaled-{round_}-{i}",
                "title": title,
                "source": record.get("source"),
                "published_at": record.get("published_at"),
                "category": record.get("category"),
                "url": f"https://bench.invalid/{round_}/{i}",
                "body": body,
            }
            out.append({k: v for k, v in new.items() if v is not None})
    return out


def write_corpus(records: list[dict[str, Any]], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(records, handle, ensure_ascii=False)
    return path


def bench_questions(corpus: Path, records: list[dict[str, Any]], count: int = 20) -> list[str]:
    """A fixed question set: the MultiHop-RAG dev queries beside the corpus, else the titles."""
    queries = corpus.parent / "queries-dev.json"
    if queries.exists():
        data = json.loads(queries.read_text(encoding="utf-8"))
        picked = [q["query"] for q in data if isinstance(q, dict) and q.get("query")]
        step = max(1, len(picked) // count)
        if picked:
            return picked[::step][:count]
    titles = [str(r["title"]) for r in records if r.get("title")]
    step = max(1, len(titles) // count)
    return [f"What happened: {t}?" for t in titles[::step][:count]] or ["What is the news?"]
