"""Scores: retrieval (article level and MultiHop-RAG's official evidence rule), answers, refusals.

Retrieval metrics follow LlamaIndex's shape: a tiny class with a `metric_name` and a
`compute(expected_ids, retrieved_ids)`. The MultiHop-RAG ones follow the benchmark's own script
(see ../shared/benchdata/multihop-rag/SOURCE.md): a retrieved chunk is relevant when a gold fact,
with spaces and newlines removed, is a substring of the chunk text with the same removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HitRate:
    """1 if any expected id is in the first k retrieved, else 0."""

    k: int

    @property
    def metric_name(self) -> str:
        return f"hit@{self.k}"

    def compute(self, expected_ids: set[str], retrieved_ids: Sequence[str]) -> float:
        return float(any(r in expected_ids for r in retrieved_ids[: self.k]))


@dataclass(frozen=True)
class MRR:
    """1/rank of the first expected id within the first k, else 0."""

    k: int = 10

    @property
    def metric_name(self) -> str:
        return f"mrr@{self.k}"

    def compute(self, expected_ids: set[str], retrieved_ids: Sequence[str]) -> float:
        for rank, rid in enumerate(retrieved_ids[: self.k], start=1):
            if rid in expected_ids:
                return 1.0 / rank
        return 0.0


def _squash(text: str) -> str:
    return text.replace(" ", "").replace("\n", "")


EVIDENCE_RANKS = 10  # the official script only looks at ranks 1-10


def evidence_scores(facts: Sequence[str], chunks: Sequence[str]) -> dict[str, float]:
    """MultiHop-RAG's official Hits@4, Hits@10, MRR@10 and MAP@10 for one query, plus evidence
    recall (the share of distinct gold facts found in the top 10).

    As in the benchmark's `retrieval_evaluate.py`: facts and chunks lose spaces and newlines only
    (case and other whitespace are kept); a chunk is relevant when any gold fact is a substring of
    it; MAP@10 adds, at each relevant rank r <= 10, (gold facts first found at r) / r, and divides
    by min(number of gold facts, 10). A fact repeated in the gold list counts once when found, but
    twice in that divisor. A query without gold facts scores 0 (the benchmark skips such queries).
    """
    gold = [_squash(f) for f in facts]
    if not gold:
        return dict.fromkeys(("hits@4", "hits@10", "mrr@10", "map@10", "evidence_recall"), 0.0)
    ranked = [_squash(c) for c in chunks[:EVIDENCE_RANKS]]
    first: int | None = None
    found: list[str] = []
    average = 0.0
    for rank, chunk in enumerate(ranked, start=1):
        if not any(g in chunk for g in gold):
            continue
        if first is None:
            first = rank
        new = 0
        for g in gold:
            if g in chunk and g not in found:
                found.append(g)
                new += 1
        average += new / rank
    return {
        "hits@4": float(first is not None and first <= 4),
        "hits@10": float(first is not None),
        "mrr@10": 1.0 / first if first else 0.0,
        "map@10": average / min(len(gold), EVIDENCE_RANKS),
        "evidence_recall": len(found) / len(set(gold)),
    }


def answer_matches(text: str, alternatives: Sequence[str]) -> bool:
    """Any alternative (a case-insensitive regex; plain text works too) found in the answer."""
    for alternative in alternatives:
        try:
            if re.search(alternative, text, re.I):
                return True
        except re.error:
            if alternative.lower() in text.lower():
                return True
    return False


PAPER_ANSWER = re.compile(r'The answer to the question is "(.*?)"')


def multihop_paper_correct(prediction: str, gold: str) -> bool:
    """The MultiHop-RAG QA script's rule (`qa_evaluate.py`): take the quoted part of `The answer
    to the question is "…"` when present, then correct when the lower-cased prediction and gold
    share at least one whitespace-separated token (punctuation stays attached)."""
    match = PAPER_ANSWER.search(prediction)
    if match:
        prediction = match.group(1)
    return bool(set(prediction.lower().split()) & set(gold.lower().split()))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between the closest ranks (numpy's
    default); 0 for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be between 0 and 100, not {q}")
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of `predicted` against `actual` (1.0 when there is nothing to find)."""
    tp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and a)
    fp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and not a)
    fn = sum(1 for p, a in zip(predicted, actual, strict=True) if not p and a)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall
