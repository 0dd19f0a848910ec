"""Each thing of one kind a question asks gets a sentence: "how many yds did he have and how
many straight 125+ yd games is that" needs one for each figure."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import clauses_asking
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft

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
        pick = next(
            (
                c
                for c in d.candidates
                if c not in chosen
                and c not in extra
                and fit_of(slot, c) >= 1.0
                and (d.close_enough(c) or d.passages[c.passage].article_id == article)
            ),
            None,
        )
        if pick is not None:
            extra.append(pick)
    return extra
