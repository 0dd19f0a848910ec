"""Question sets: newsqa's YAML/JSONL format, and MultiHop-RAG's (recognised by its keys)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class QuestionSetError(Exception):
    """A question set that cannot be read; the message names the file and the record."""


TURN_FIELDS = ("question", "answer", "articles", "answerable")
RECORD_FIELDS = ("id", "type", "note", *TURN_FIELDS)
CONVERSATION_FIELDS = ("id", "type", "note", "turns")


@dataclass
class Turn:
    question: str
    answers: list[str] = field(default_factory=list)  # regex alternatives, any may match
    articles: list[str] = field(default_factory=list)  # gold article ids, paths or urls
    answerable: bool = True
    evidence: list[str] = field(default_factory=list)  # gold facts (MultiHop-RAG)
    evidence_titles: list[str] = field(default_factory=list)


@dataclass
class Question:
    """One scored item: a single question, or the turns of a conversation (the last is scored)."""

    id: str
    turns: list[Turn]
    type: str = "default"
    benchmark: str | None = None  # "multihop-rag" for that benchmark's records
    gold_answer: str | None = None  # the benchmark's literal answer, for its own scoring rule

    @property
    def final(self) -> Turn:
        return self.turns[-1]


def load_questions(path: str | Path) -> list[Question]:
    """Read a question set, whatever its format; errors name the file and record number."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QuestionSetError(f"{path}: cannot read: {exc.strerror}") from None
    records = _parse(path, text)
    if not records:
        raise QuestionSetError(f"{path}: no questions")
    first = records[0][1]
    if isinstance(first, dict) and "query" in first and "evidence_list" in first:
        return [_multihop(path, i, r, at) for i, (at, r) in enumerate(records, start=1)]
    questions = [_ours(path, i, r, at) for i, (at, r) in enumerate(records, start=1)]
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise QuestionSetError(f"{path}: duplicate question id {q.id!r}")
        seen.add(q.id)
    return questions


def _parse(path: Path, text: str) -> list[tuple[str, Any]]:
    """The records, each with where it is ('record N', or 'line N' in JSONL)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        out = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                out.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                message = f"{path}: line {number}: malformed JSON ({exc.msg})"
                raise QuestionSetError(message) from None
        return out
    try:
        data = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise QuestionSetError(f"{path}: not valid {suffix.lstrip('.').upper()}: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("questions"), list):
        data = data["questions"]
    if not isinstance(data, list):
        raise QuestionSetError(f"{path}: expected a list of questions")
    return [(f"record {number}", record) for number, record in enumerate(data, start=1)]


def _strings(value: Any, where: str, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, bool) or (
        isinstance(value, list) and any(isinstance(v, bool) for v in value)
    ):
        raise QuestionSetError(f"{where}: field '{name}' must be a string or a list of strings")
    if isinstance(value, (str, int, float)):
        return [str(value)]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    raise QuestionSetError(f"{where}: field '{name}' must be a string or a list of strings")


def _check_fields(record: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    """Unknown fields are errors: a typo ('answers:') would otherwise go unscored silently."""
    unknown = [str(k) for k in record if k not in allowed]
    if unknown:
        raise QuestionSetError(
            f"{where}: unknown field '{unknown[0]}' (expected: {', '.join(allowed)})"
        )


def _turn(record: Any, where: str, allowed: tuple[str, ...] = TURN_FIELDS) -> Turn:
    if not isinstance(record, dict):
        raise QuestionSetError(f"{where}: expected a mapping with a 'question'")
    _check_fields(record, allowed, where)
    question = record.get("question")
    if question is None:
        raise QuestionSetError(f"{where}: missing field 'question'")
    if not isinstance(question, str) or not question.strip():  # "question: 42", "question:"
        raise QuestionSetError(f"{where}: field 'question' must be non-empty text")
    answerable = record.get("answerable", True)
    if not isinstance(answerable, bool):
        raise QuestionSetError(f"{where}: field 'answerable' must be true or false")
    return Turn(
        question=question.strip(),
        answers=_strings(record.get("answer"), where, "answer"),
        articles=_strings(record.get("articles"), where, "articles"),
        answerable=answerable,
    )


def _ours(path: Path, number: int, record: Any, at: str) -> Question:
    where = f"{path}: {at}"
    if not isinstance(record, dict):
        raise QuestionSetError(f"{where}: expected a mapping")
    ident = str(record.get("id") or f"q{number}")
    where = f"{path}: {at} ({ident})"
    if "turns" in record:
        _check_fields(record, CONVERSATION_FIELDS, where)
        turns_raw = record["turns"]
        if not isinstance(turns_raw, list) or not turns_raw:
            raise QuestionSetError(f"{where}: 'turns' must be a non-empty list")
        turns = [_turn(t, f"{where} turn {i}") for i, t in enumerate(turns_raw, start=1)]
        kind = str(record.get("type") or "follow-up")
    else:
        turns = [_turn(record, where, RECORD_FIELDS)]
        kind = str(record.get("type") or ("unanswerable" if not turns[0].answerable else "single"))
    return Question(id=ident, turns=turns, type=kind)


def _multihop(path: Path, number: int, record: Any, at: str) -> Question:
    where = f"{path}: {at}"
    if not isinstance(record, dict) or record.get("query") is None:
        raise QuestionSetError(f"{where}: missing field 'query'")
    if not isinstance(record["query"], str) or not record["query"].strip():
        raise QuestionSetError(f"{where}: field 'query' must be non-empty text")
    evidence = record.get("evidence_list")
    if not isinstance(evidence, list):
        raise QuestionSetError(f"{where}: field 'evidence_list' must be a list")
    kind = str(record.get("question_type") or "unknown")
    answer = str(record.get("answer") or "")
    answerable = kind != "null_query"
    facts = [str(e.get("fact", "")) for e in evidence if isinstance(e, dict)]
    titles = [str(e.get("title", "")) for e in evidence if isinstance(e, dict)]
    urls = [str(e.get("url", "")) for e in evidence if isinstance(e, dict) and e.get("url")]
    turn = Turn(
        question=record["query"],
        answers=[_literal(answer)] if answer.strip() and answerable else [],
        articles=urls + titles,
        answerable=answerable,
        evidence=facts,
        evidence_titles=titles,
    )
    return Question(
        id=f"mh-{number}", turns=[turn], type=kind, benchmark="multihop-rag", gold_answer=answer
    )


def _literal(text: str) -> str:
    """The benchmark's answer as a regex matching it as whole words: 'no' must not match
    'not', nor 'Yes' 'yesterday'."""
    return rf"(?<!\w){re.escape(text.strip())}(?!\w)"
