"""The reply to "who else covered it": another outlet's piece on what was asked, or a refusal
naming the outlets that alone covered it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.answering.abstention import OfflineResult, not_what_was_asked
from assistant.answering.outlets import outlet_lines
from assistant.answering.scoring import sentences_of, share_said, weigh_words
from assistant.types import Passage

# The share of what was asked (by weight) another outlet's article must say to count as covering
# it too
OTHERS_SHARE = 0.6


def only_those(
    aside: list[str],
    passages: Sequence[Passage],
    terms: dict[str, float],
    result: OfflineResult,
) -> OfflineResult:
    """ "Who else covered it", found too weak to answer from the other outlets' sentences
    alone: the best sentence of another outlet's article that says most of what was asked
    (its piece on the story, if not on each detail); or, when none does, a refusal naming
    those set aside, quoting the closest sentence of theirs."""
    candidates = sentences_of(passages)
    weigh_words(candidates, passages, terms)
    theirs = [c for c in candidates if passages[c.passage].outlet in aside]
    if not theirs:
        return result
    articles: dict[str, list[str]] = {}
    for p in passages:
        articles.setdefault(p.article_id, [p.title or ""]).append(p.text)
    covering = {
        a for a, texts in articles.items() if share_said(terms, " ".join(texts)) >= OTHERS_SHARE
    }
    others = [
        c
        for c in candidates
        if passages[c.passage].outlet not in aside and passages[c.passage].article_id in covering
    ]
    if others:
        other = max(others, key=lambda c: c.own)
        lines = [*outlet_lines([other], passages), other.cited(f"[{other.passage + 1}]")]
        return OfflineResult(" ".join(lines), False, result.coverage, other.score)
    best = max(theirs, key=lambda c: c.own)
    only = not_what_was_asked(terms, best, passages)
    return replace(only, only=[o for o in aside if any(p.outlet == o for p in passages)])
