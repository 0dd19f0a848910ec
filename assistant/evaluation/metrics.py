"""Scores: retrieval (article level and MultiHop-RAG's official evidence rule), answers, refusals.

Retrieval metrics follow LlamaIndex's shape: a tiny class with a `metric_name` and a
`compute(expected_ids, retrieved_ids)`. The MultiHop-RAG ones follow the benchmark's own script
(see ../shared/benchdata/multihop-rag/SOURCE.md): a retrieved chunk is relevant when a gold fact,
with spaces and newlines removed, is a substring of the chunk text with the same removed.
"""

from __future__ import annotations

import re
import statistics
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


def evidence_scores(facts: Sequence[str], chunks: Sequence[str], k: int = 10) -> dict[str, float]:
    """MultiHop-RAG's official Hits@4, Hits@10, MRR@10, MAP@10, plus evidence recall@k."""
    gold = [_squash(f) for f in facts if f.strip()]
    ranked = [_squash(c) for c in chunks[:k]]
    relevant = [any(g in c for g in gold) for c in ranked]
    first = next((i for i, r in enumerate(relevant, start=1) if r), None)
    found: set[int] = set()
    average = 0.0
    for rank, chunk in enumerate(ranked, start=1):
        new = [i for i, g in enumerate(gold) if i not in found and g in chunk]
        if new:
            found.update(new)
            average += len(new) / rank
    denominator = min(len(gold), 10) or 1
    return {
        "hits@4": float(any(relevant[:4])),
        "hits@10": float(any(relevant[:10])),
        "mrr@10": 1.0 / first if first else 0.0,
        "map@10": average / denominator,
        "evidence_recall": len(found) / len(gold) if gold else 0.0,
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


def multihop_paper_correct(prediction: str, gold: str) -> bool:
    """The MultiHop-RAG QA script's rule: lower-cased prediction and gold share a token."""
    return bool(set(prediction.lower().split()) & set(gold.lower().split()))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    if len(values) == 1:
        return float(values[0])
    return float(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1])


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of `predicted` against `actual` (1.0 when there is nothing to find)."""
    tp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and a)
    fp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and not a)
    fn = sum(1 for p, a in zip(predicted, actual, strict=True) if not p and a)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall
