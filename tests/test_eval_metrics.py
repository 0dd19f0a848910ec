"""Eval scores on hand-made tables: article-level hit@k/MRR, MultiHop-RAG's official evidence
rule (Hits@4, Hits@10, MRR@10, MAP@10), answer matching, the paper's QA rule, refusals, latency."""

from __future__ import annotations

import pytest

from assistant.evaluation.metrics import (
    MRR,
    HitRate,
    answer_matches,
    evidence_scores,
    multihop_paper_correct,
    percentile,
    precision_recall,
)
from assistant.evaluation.questions import _literal

G = "gold"


@pytest.mark.parametrize(("ranking", "k", "hit", "mrr"), [
    ([G, "a", "b"], 1, 1.0, 1.0),
    (["a", G, "b"], 1, 0.0, 0.5),
    (["a", G, "b"], 4, 1.0, 0.5),
    (["a", "b", "c", G], 4, 1.0, 0.25),
    (["a", "b", "c", "d", G], 4, 0.0, 0.2),
    (["a", "b", "c", "d", G, G], 10, 1.0, 0.2),  # only the first hit counts for MRR
    ([*"abcdefghij", G], 10, 0.0, 0.0),  # rank 11 is outside the cut-off
    ([], 10, 0.0, 0.0),
])  # fmt: skip
def test_hit_rate_and_mrr(ranking: list[str], k: int, hit: float, mrr: float) -> None:
    assert HitRate(k).compute({G}, ranking) == hit
    assert HitRate(k).metric_name == f"hit@{k}"
    assert MRR(10).compute({G}, ranking) == pytest.approx(mrr)
    assert MRR(10).metric_name == "mrr@10"


def test_mrr_respects_its_own_cutoff() -> None:
    assert MRR(2).compute({G}, ["a", "b", G]) == 0.0
    assert MRR(3).compute({G}, ["a", "b", G]) == pytest.approx(1 / 3)


# --- MultiHop-RAG's official evidence rule ------------------------------------------------
FACTS = ["Alpha beta.", "Gamma\ndelta.", "Epsilon"]

# Worked MAP@10 example (the benchmark's `retrieval_evaluate.py` rule):
#   squashed facts (spaces and "\n" removed): "Alphabeta.", "Gammadelta.", "Epsilon"
#   rank 1 "nothing here"                   -> no fact: not relevant
#   rank 2 "x Alpha  beta. y Epsilon"        -> relevant; facts 1 and 3 are new: 2 / 2 = 1
#   rank 3 "Gam ma delta. and Alpha beta."   -> relevant (spaces vanish even inside words);
#                                               only fact 2 is new: 1 / 3
#   rank 4 "alpha beta. epsilon"             -> matching is case-sensitive: not relevant
#   MAP@10 = (1 + 1/3) / min(#facts = 3, 10) = 4/9; MRR@10 = 1/2 (first relevant rank 2);
#   Hits@4 = Hits@10 = 1; evidence recall = 3/3.
RANKED = [
    "nothing here",
    "x Alpha  beta. y Epsilon",
    "Gam ma\ndelta. and Alpha beta.",
    "alpha beta. epsilon",
]


@pytest.mark.parametrize(("facts", "chunks", "expected"), [
    pytest.param(FACTS, RANKED, (1.0, 1.0, 1 / 2, 4 / 9, 1.0), id="worked-example"),
    pytest.param(
        ["Alpha beta.", "Zeta"], ["a", "b", "c", "d", "Alpha beta."],
        (0.0, 1.0, 1 / 5, (1 / 5) / 2, 1 / 2), id="first-hit-at-rank-5",
    ),
    pytest.param(
        ["Alpha beta."], [*"abcdefghij", "Alpha beta."], (0.0, 0.0, 0.0, 0.0, 0.0),
        id="rank-11-does-not-count",
    ),
    pytest.param(
        ["Alpha beta."], ["Alpha beta. [A]", "Alpha beta. [B]"], (1.0, 1.0, 1.0, 1.0, 1.0),
        id="a-fact-counts-once",  # rank 2 is relevant but finds nothing new: adds 0 / 2
    ),
    pytest.param(
        ["Alpha beta.", "Alpha  beta."], ["Alpha beta."], (1.0, 1.0, 1.0, 1 / 2, 1.0),
        id="duplicate-gold-fact",  # found once, but the divisor counts both: 1 / min(2, 10)
    ),
    pytest.param(
        [f"fact {i}." for i in range(12)], [" ".join(f"fact {i}." for i in range(12))],
        (1.0, 1.0, 1.0, 12 / 10, 1.0), id="divisor-capped-at-10",  # 12 new at rank 1, / 10
    ),
    pytest.param(
        ["tab\tkept"], ["tab kept", "tabkept"], (0.0, 0.0, 0.0, 0.0, 0.0),
        id="tabs-are-not-removed",
    ),
    pytest.param(
        ["Alpha beta."], ["Alpha\r\nbeta."], (0.0, 0.0, 0.0, 0.0, 0.0),
        id="carriage-returns-are-kept",
    ),
    pytest.param(["Alpha"], [], (0.0, 0.0, 0.0, 0.0, 0.0), id="nothing-retrieved"),
    pytest.param([], ["Alpha"], (0.0, 0.0, 0.0, 0.0, 0.0), id="no-gold-facts"),
])  # fmt: skip
def test_evidence_scores(facts: list[str], chunks: list[str], expected: tuple[float, ...]) -> None:
    scores = evidence_scores(facts, chunks)
    keys = ("hits@4", "hits@10", "mrr@10", "map@10", "evidence_recall")
    assert set(scores) == set(keys)
    assert tuple(scores[k] for k in keys) == pytest.approx(expected)


# --- answers --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "alternatives", "expected"), [
    ("Russia could supply 2 million tons a year [1].", ["2 million ton"], True),
    ("It lies in SIBERIA.", ["siberia"], True),  # case-insensitive
    ("about 15% of imports", [r"15 ?(percent|%)"], True),  # a regex
    ("about 15 per cent", [r"15 ?(percent|%)"], False),
    ("companies and governmental structures", ["nobody", "governmental structures"], True),
    ("no alternatives given", [], False),
    ("the price is $5 (approx.)", ["$5 (approx."], True),  # invalid regex: plain text
    ("the price is $6", ["$5 (approx."], False),
    ("a [bracket", ["[bracket"], True),  # invalid regex, case-insensitive plain text
    ("It did not say.", [_literal("no")], False),  # MultiHop answers match whole words
    ("No, it did not.", [_literal("no")], True),
    ("Yesterday it rained.", [_literal("Yes")], False),
    ("It was Sam Bankman-Fried.", [_literal("Sam Bankman-Fried")], True),
])  # fmt: skip
def test_answer_matches(text: str, alternatives: list[str], expected: bool) -> None:
    assert answer_matches(text, alternatives) is expected


@pytest.mark.parametrize(("prediction", "gold", "expected"), [
    ("Sam Bankman-Fried was convicted", "Sam Bankman-Fried", True),
    ("YES", "Yes", True),  # lower-cased
    ("No", "no", True),
    ("Google.", "Google", False),  # whitespace tokens: punctuation stays attached
    ("The verge reported it", "The Verge", True),  # any shared token, even 'the'
    ('The answer to the question is "Google". Apple too.', "Apple", False),  # quoted part only
    ('The answer to the question is "Apple".', "apple", True),
    ("", "Yes", False),
])  # fmt: skip
def test_multihop_paper_correct(prediction: str, gold: str, expected: bool) -> None:
    assert multihop_paper_correct(prediction, gold) is expected


# --- refusals and latency -------------------------------------------------------------------
T, F = True, False


@pytest.mark.parametrize(("predicted", "actual", "precision", "recall"), [
    ([T, T, F, F], [T, F, T, F], 1 / 2, 1 / 2),
    ([T, T, T, F], [T, T, F, F], 2 / 3, 1.0),
    ([F, F, F], [T, T, F], 1.0, 0.0),  # never abstained: no false refusals, nothing caught
    ([T, F], [F, F], 0.0, 1.0),  # nothing to refuse, one false refusal
    ([], [], 1.0, 1.0),
])  # fmt: skip
def test_precision_recall(
    predicted: list[bool], actual: list[bool], precision: float, recall: float
) -> None:
    assert precision_recall(predicted, actual) == pytest.approx((precision, recall))


def test_precision_recall_needs_equal_lengths() -> None:
    with pytest.raises(ValueError):
        precision_recall([True], [True, False])


@pytest.mark.parametrize(("values", "q", "expected"), [
    ([], 50, 0.0),
    ([7.0], 95, 7.0),
    ([3.0, 1.0, 2.0, 4.0], 50, 2.5),  # unsorted input; linear interpolation
    ([1.0, 2.0, 3.0, 4.0], 95, 3.85),  # position 0.95 * 3 = 2.85
    ([1.0, 2.0, 3.0, 4.0], 0, 1.0),
    ([1.0, 2.0, 3.0, 4.0], 100, 4.0),
    ([float(v) for v in range(1, 101)], 95, 95.05),
])  # fmt: skip
def test_percentile(values: list[float], q: float, expected: float) -> None:
    assert percentile(values, q) == pytest.approx(expected)


@pytest.mark.parametrize("q", [-1, 101])
def test_percentile_rejects_out_of_range(q: float) -> None:
    with pytest.raises(ValueError, match="between 0 and 100"):
        percentile([1.0, 2.0], q)
