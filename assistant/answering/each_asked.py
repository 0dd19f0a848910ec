"""Each thing of one kind a question asks gets a sentence: "how many yds did he have and how
many straight 125+ yd games is that" needs one for each figure."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import clauses_asking
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft
from index.terms import content_words, families, family

# The kinds of answer a sentence can be seen to give by its shape (a reason or an account
# cannot).
SHOWN = frozenset(("amount", "number", "date", "time", "place", "person", "rank", "name"))

FitOf = Callable[[AnswerSlot, Candidate], float]


def parts_asked(question: str, names: frozenset[str]) -> list[AnswerSlot]:
    """The slots of a question asking two or more things, each of a kind a sentence shows;
    none for a question asking one."""
    clauses = clauses_asking(question)
    if len(clauses) < 2:
        return []
    slots = [AnswerSlot.of(clause.strip(" ,;:-–—&"), names) for clause in clauses]
    return [slot for slot in slots if slot.wants in SHOWN]


def for_each_part(d: Draft, chosen: list[Candidate], fit_of: FitOf) -> list[Candidate]:
    """For each thing asked of the kind the question asks first that no chosen sentence gives,
    the best sentence that does (from the best one's article, or close enough to it)."""
    article = d.passages[chosen[0].passage].article_id
    extra: list[Candidate] = []
    for slot in parts_asked(d.question, frozenset(d.asked_names)):
        # (a thing of another kind is looked for by its shape alone: `offline._other_kind`)
        if slot.wants != d.wants or any(fit_of(slot, c) >= 1.0 for c in [*chosen, *extra]):
            continue

        def fits(c: Candidate, slot: AnswerSlot = slot) -> bool:
            return fit_of(slot, c) >= 1.0

        pick = _best_giving(d, [*chosen, *extra], article, fits)
        if pick is not None:
            extra.append(pick)
    return extra or _each_named(d, chosen, fit_of)


def _best_giving(
    d: Draft, taken: list[Candidate], article: str, gives: Callable[[Candidate], bool]
) -> Candidate | None:
    """The best candidate not yet taken that gives what is missing, from the best sentence's
    `article` or close enough to it."""
    return next(
        (
            c
            for c in d.candidates
            if c not in taken
            and gives(c)
            and (d.close_enough(c) or d.passages[c.passage].article_id == article)
        ),
        None,
    )


# "what did leon black and jpmorgan each pay": a figure for each of the two named.
EACH_OF_TWO = re.compile(
    r"\b(?:did|do|does|will|would|could|has|have|had|are|were|is|was)\s+((?:[\w.'’-]+\s+){0,3}?"
    r"[\w.'’-]+)\s+and\s+((?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+each\b",
    re.I,
)


def _each_named(d: Draft, chosen: list[Candidate], fit_of: FitOf) -> list[Candidate]:
    """For each of two the question asks a figure of ("what did leon black and jpmorgan each
    pay") that no chosen sentence fitting the slot names, the best such sentence that does
    (from the best one's article, or close enough to it)."""
    match = EACH_OF_TWO.search(d.question)
    if match is None or d.wants not in SHOWN:
        return []
    article = d.passages[chosen[0].passage].article_id
    extra: list[Candidate] = []
    for name in match.groups():
        # (by its last word: "Black" of "leon black", "JPMorgan" of "JPMorgan Chase")
        words = content_words(name)[-1:]
        if not words:
            continue

        def names_it(c: Candidate, word: str = words[0]) -> bool:
            return family(word) in families(c.text) and fit_of(d.slot, c) >= 1.0

        if any(names_it(c) for c in [*chosen, *extra]):
            continue
        pick = _best_giving(d, [*chosen, *extra], article, names_it)
        if pick is not None:
            extra.append(pick)
    return extra
