"""Ranking candidate sentences: a shortlist for the encoder, then words, meaning and fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.answering.aliases import also_called
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asking import set_in_context
from assistant.answering.candidates import Candidate
from assistant.answering.draft import TYPE_RATIO
from assistant.answering.fit import fit
from assistant.answering.scoring import Meaning, unrelated
from assistant.answering.sentences import answer_stems
from assistant.answering.yes_no_asked import is_yes_no
from assistant.types import Passage
from index.terms import families, family

SHORTLIST = 32  # sentences scored by meaning as well as words, and as many filling the slot
# A sentence that gives the kind of answer asked for, about the thing asked about, outranks one
# that only shares more of the question's topic words (`fit.fit`).
FIT_WEIGHT = 0.15


def shortlist(
    candidates: list[Candidate],
    passages: Sequence[Passage],
    named: list[str],
    slot: AnswerSlot,
    aka: dict[str, str],
) -> list[Candidate]:
    """The sentences worth the encoder's time (it is the slow part): the best by words (and
    rank), each named outlet's best, and the best that fill the slot by shape."""
    candidates.sort(key=lambda c: (-c.lexical, c.passage))
    chosen = candidates[:SHORTLIST]
    for outlet in named:  # each outlet the question names gets its best sentence a chance
        if all(passages[c.passage].outlet != outlet for c in chosen):
            chosen += [c for c in candidates if passages[c.passage].outlet == outlet][:1]
    rest = candidates[SHORTLIST:]
    fits = [c for c in rest if fit_in_place(slot, c, unrelated, passages, aka)]
    if slot.head and slot.wants not in ("amount", "number"):  # (those that say the kind
        # asked first: "the law firm handling the case, Hausfeld", before any sentence
        # naming someone new; a figure's fit already holds its thing)
        head = family(slot.head)
        fits.sort(key=lambda c: head not in families(c.text))
    chosen += fits[:SHORTLIST]
    return chosen


def rank(
    meaning: Meaning,
    question: str,
    query: str | None,
    candidates: list[Candidate],
    passages: Sequence[Passage],
    slot: AnswerSlot,
    typed_now: dict[str, float],
    aka: dict[str, str],
) -> None:
    """Score the shortlist by words, meaning and fit to the slot, best first."""
    headlines = [passages[c.passage].title or "" for c in candidates]
    meaning.score(question, candidates, query, headlines=headlines, asking=set_in_context(question))
    related = meaning.relatedness(slot, candidates)
    for c in candidates:
        c.fit = fit_in_place(slot, c, related, passages, aka)
        rank_prior = 0.05 / (1 + c.passage)
        c.score = 0.45 * c.lexical + 0.55 * c.dense + FIT_WEIGHT * c.fit + rank_prior
        # The floors were set on a sentence's own words (and a person's name for "who"):
        # its article's must not lift it, nor its shape for other kinds of answer.
        lift = FIT_WEIGHT * c.fit if slot.wants == "person" else 0.0
        c.own = 0.45 * c.own + 0.55 * c.whole + lift + rank_prior
    candidates.sort(key=lambda c: -c.score)
    if query and query != question:  # "is he going to pitch next season", after two
        # turns on his contract: a sentence that says the rarest word asked now, if one is
        # close enough, before those on the earlier turns' words alone
        rarest = max(typed_now, key=typed_now.__getitem__, default="")
        speaking = [c for c in candidates if rarest in answer_stems(f"{c.before} {c.text}")]
        if speaking and speaking[0].score >= TYPE_RATIO * candidates[0].score:
            # (all of them, for a yes or no: a sentence on the contract settles nothing)
            lead = speaking if is_yes_no(question) else speaking[:1]
            candidates[:] = lead + [c for c in candidates if c not in lead]


def fit_in_place(
    slot: AnswerSlot,
    c: Candidate,
    related: Callable[[str, str], bool],
    passages: Sequence[Passage],
    aka: dict[str, str],
) -> float:
    """How well a sentence fills the slot (`fit`), read under its context and passage."""
    passage = passages[c.passage].text
    return fit(slot, c.text, related, _context(c, passages, aka), passage, c.before)


def _context(c: Candidate, passages: Sequence[Passage], aka: dict[str, str]) -> str:
    """What a sentence is read under: its article's headline, the sentence before and the
    other names of the people it names ("Blevins" is "Ninja")."""
    return f"{passages[c.passage].title or ''} {c.before} {also_called(c.text, aka)}"
