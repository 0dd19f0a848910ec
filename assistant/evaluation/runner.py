"""Running a question set through the public API and scoring every answer.

The harness calls the same `Assistant` methods as the CLI and the chat UI: what it scores is what
users get.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.api import Assistant
from assistant.citations import MARKER, parse_marker, strip_markers
from assistant.evaluation.metrics import (
    MRR,
    HitRate,
    answer_matches,
    evidence_scores,
    multihop_paper_correct,
    percentile,
    precision_recall,
)
from assistant.evaluation.questions import Question
from assistant.types import Answer, Passage

RETRIEVAL_METRICS = (HitRate(1), HitRate(4), HitRate(10), MRR(10))  # article level
# MultiHop-RAG's official evidence scores, prefixed so they never mix with the article-level ones.
EVIDENCE_KEYS = {
    "hits@4": "mh_hits@4",
    "hits@10": "mh_hits@10",
    "mrr@10": "mh_mrr@10",
    "map@10": "mh_map@10",
    "evidence_recall": "evidence_recall",
}
COUNTS = ("dangling_markers", "dropped_markers", "unsupported_sentences")

Progress = Callable[[int, int], None]


@dataclass
class EvalOptions:
    top_k: int | None = None
    offline: bool | None = None
    limit: int | None = None
    types: list[str] = field(default_factory=list)
    retrieve_k: int = 10


def gold_match(passage: Passage, gold: Sequence[str]) -> bool:
    """Whether a passage comes from one of the gold articles (ids, paths, urls or titles)."""
    for g in gold:
        if not g:
            continue
        if g in (passage.article_id, passage.url, passage.title):
            return True
        if passage.path and (passage.path == g or Path(passage.path).stem == g):
            return True
    return False


def run_eval(
    assistant: Assistant,
    questions: Sequence[Question],
    options: EvalOptions | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Answer and score every question; returns the results document (`--out` JSON)."""
    options = options or EvalOptions()
    chosen = [q for q in questions if not options.types or q.type in options.types]
    if options.limit:
        chosen = chosen[: options.limit]
    records = []
    for number, question in enumerate(chosen, start=1):
        records.append(_run_one(assistant, question, options))
        if progress:
            progress(number, len(chosen))
    return {
        "settings": _settings(assistant, options, questions),
        "totals": summarise(records),
        "by_type": {
            kind: summarise([r for r in records if r["type"] == kind])
            for kind in sorted({r["type"] for r in records})
        },
        "questions": records,
    }


def _run_one(assistant: Assistant, question: Question, options: EvalOptions) -> dict[str, Any]:
    conversation = assistant.conversation()
    for turn in question.turns[:-1]:
        conversation.ask(turn.question, top_k=options.top_k, offline=options.offline)
    final = question.final
    started = time.perf_counter()
    answer = conversation.ask(final.question, top_k=options.top_k, offline=options.offline)
    latency = time.perf_counter() - started
    # Scored at retrieve_k with the query the answer was searched with (condensed only once:
    # with an LLM, condensing is a model call).
    query = answer.standalone_query or final.question
    retrieved = assistant.retrieve(query, k=options.retrieve_k)
    record: dict[str, Any] = {
        "id": question.id,
        "type": question.type,
        "question": final.question,
        "standalone_query": query,
        "answerable": final.answerable,
        "expected": final.answers,
        "gold_answer": question.gold_answer,  # the benchmark's literal answer (MultiHop-RAG)
        "answer": answer.text,
        "abstained": answer.abstained,
        "answerer": answer.answerer,
        "citations": [
            {"marker": c.marker, "article_id": c.passage.article_id, "chunk_id": c.passage.chunk_id}
            for c in answer.citations
        ],
        "retrieved": [p.chunk_id for p in retrieved],
        "latency": round(latency, 4),
        "scores": _scores(question, answer, retrieved),
    }
    return record


def _scores(
    question: Question, answer: Answer, retrieved: list[Passage]
) -> dict[str, float | None]:
    turn = question.final
    scores: dict[str, float | None] = {}
    if turn.answerable and turn.articles:
        ranked = ["gold" if gold_match(p, turn.articles) else p.chunk_id for p in retrieved]
        for metric in RETRIEVAL_METRICS:
            scores[metric.metric_name] = metric.compute({"gold"}, ranked)
    if turn.answerable and turn.evidence:  # null queries are not scored for retrieval
        official = evidence_scores(turn.evidence, [p.text for p in retrieved])
        scores.update({EVIDENCE_KEYS[k]: v for k, v in official.items()})
    if turn.answerable and turn.answers:
        correct = (not answer.abstained) and answer_matches(answer.text, turn.answers)
        scores["answer_accuracy"] = float(correct)
    if question.benchmark == "multihop-rag":
        gold = question.gold_answer or ""
        if turn.answerable:  # our [n] markers are not part of the prediction
            prediction = strip_markers(answer.text)
            paper = (not answer.abstained) and multihop_paper_correct(prediction, gold)
        else:
            paper = answer.abstained
        scores["paper_accuracy"] = float(paper)
    if not answer.abstained and answer.citations:
        good = [
            gold_match(c.passage, turn.articles)
            or (bool(turn.answers) and answer_matches(c.passage.text, turn.answers))
            for c in answer.citations
        ]
        scores["citation_precision"] = sum(good) / len(good)
    shown = {n for m in MARKER.finditer(answer.text) for n in parse_marker(m.group(1))}
    scores["dangling_markers"] = float(len(shown - {c.marker for c in answer.citations}))
    scores["dropped_markers"] = float(len(answer.dropped_markers))
    scores["unsupported_sentences"] = float(len(answer.unsupported))
    return scores


def summarise(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Means of every score over the questions that have it, refusals, latency."""
    sums: dict[str, list[float]] = defaultdict(list)
    for record in records:
        for key, value in record["scores"].items():
            if value is not None:
                sums[key].append(value)
    totals: dict[str, Any] = {"questions": len(records)}
    for key, values in sorted(sums.items()):
        if key in COUNTS:
            totals[key] = int(sum(values))
        else:
            totals[key] = round(sum(values) / len(values), 4)
            totals[f"{key}_n"] = len(values)
    predicted = [bool(r["abstained"]) for r in records]
    actual = [not r["answerable"] for r in records]
    if any(actual):
        precision, recall = precision_recall(predicted, actual)
        if any(predicted):  # with nothing refused, a precision would be made up
            totals["refusal_precision"] = round(precision, 4)
        totals["refusal_recall"] = round(recall, 4)
    answered = [r for r in records if r["answerable"]]
    if answered:
        totals["false_refusals"] = sum(1 for r in answered if r["abstained"])
    latencies = [r["latency"] for r in records]
    totals["latency_p50"] = round(percentile(latencies, 50), 4)
    totals["latency_p95"] = round(percentile(latencies, 95), 4)
    return totals


def _settings(
    assistant: Assistant, options: EvalOptions, questions: Sequence[Question]
) -> dict[str, Any]:
    status = assistant.status()
    # The articles' contents, not their ids: ids come from file paths, which differ between
    # two copies of the same corpus.
    digest = hashlib.sha256()
    for content_hash in assistant.index.catalog.content_hashes():
        digest.update(f"{content_hash}\n".encode())
    return {
        "answerer": assistant.engine(offline=options.offline).answerer_name,
        "model": assistant.settings.model,
        "embedding_model": status["embedding_model"],
        "top_k": options.top_k or assistant.settings.top_k,
        "profile": assistant.settings.profile,
        "retrieve_k": options.retrieve_k,
        "chunking": "sentence-aware, <= 256 model tokens incl. header",
        "corpus_hash": digest.hexdigest()[:16],
        "articles": status["articles"],
        "chunks": status["chunks"],
        "home": status["home"],
        "questions_in_set": len(questions),
        "limit": options.limit,
        "types": options.types,
    }
