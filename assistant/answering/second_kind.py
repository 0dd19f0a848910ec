"""A second thing asked of another kind: "who started the paper and where" wants a place as well
as a person, and gets the best sentence that gives one when the chosen give none."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.answer_kinds import people_named
from assistant.answering.answer_wanted import kinds_asked
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft
from assistant.answering.place_words import PLACE
from assistant.answering.sentences import TYPE_PATTERNS


def other_kind(d: Draft, chosen: list[Candidate], most: int) -> list[Candidate]:
    """ "Who started the paper and where", "when was the last time …, and who was it": for
    a second thing asked of another kind, the best sentence that gives one, when the chosen
    give none (from the best one's article, or close enough to it)."""
    kinds = [k for k in kinds_asked(d.question) if k != d.wants and k in OTHER_KINDS]
    if not kinds or len(chosen) >= most:
        return []
    gives = OTHER_KINDS[kinds[0]]
    if any(gives(c.text) for c in chosen):
        return []
    # (the second clause says little itself: "and where" is told of the same thing, in the
    # same article, or by a sentence close enough)
    article = d.passages[chosen[0].passage].article_id
    giving = [
        c
        for c in d.candidates
        if c not in chosen
        and gives(c.text)
        and (d.close_enough(c) or d.passages[c.passage].article_id == article)
    ]
    # (the story goes on after the sentence that told the first thing, in its passage: "The
    # occasion was the first meeting …, on August 14, 2015. … The members convened … at
    # SpaceX."; not "When Musk invested in DeepMind", before it)
    first = chosen[0]

    def after(c: Candidate) -> int:
        # (in a passage holding both: passages of one article overlap)
        if d.passages[c.passage].article_id != article:
            return NOT_AFTER
        text = d.passages[c.passage].text
        at, where = text.find(first.text), text.find(c.text)
        return where - at if at >= 0 and where > at else NOT_AFTER

    giving.sort(key=lambda c: (after(c) == NOT_AFTER, after(c)))
    return giving[:1]


NOT_AFTER = 1 << 30  # (the place in the text of a sentence not after the first one chosen)


# What shows an answer of a second kind asked ("… and where", "… and for how much").
OTHER_KINDS: dict[str, Callable[[str], bool]] = {
    "amount": lambda text: TYPE_PATTERNS["amount"].search(text) is not None,
    "number": lambda text: TYPE_PATTERNS["number"].search(text) is not None,
    "date": lambda text: TYPE_PATTERNS["date"].search(text) is not None,
    "time": lambda text: TYPE_PATTERNS["time"].search(text) is not None,
    "place": lambda text: PLACE.search(text) is not None,
    "person": lambda text: bool(people_named(text)),
}
