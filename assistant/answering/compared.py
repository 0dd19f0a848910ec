"""The other side of a comparison asked for ("the median home price in aug 79 vs q2 1981"): when
the chosen sentences give the first side's figure only, the sentence that gives the second's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft
from index.terms import content_words, families, family

# "… vs q2 1981", "… versus last year", "… compared to tarasenko"
COMPARED = re.compile(r"\s(?:vs\.?|versus|compared\s+(?:to|with))\s+(.+?)\s*[?.!]*\s*$", re.I)


def other_side(d: Draft, chosen: Sequence[Candidate]) -> list[Candidate]:
    """The best sentence giving a figure of the side after "vs" that the chosen leave out (its
    own words, those of the first side aside), from the best one's article or close enough to
    it; none when the chosen give it, or the question compares nothing."""
    typed = d.typed
    match = COMPARED.search(d.question)
    if match is None or typed is None or not chosen:
        return []
    first = {family(w) for w in content_words(d.question[: match.start()])}
    side = {family(w) for w in content_words(match.group(1))} - first
    if not side:
        return []

    def gives(c: Candidate) -> bool:
        # (its figures, a year above all, or most of its words: "q2 1981", not "the second
        # quarter" of another year)
        said = families(f"{c.before} {c.text}")
        numbers = {w for w in side if w.isdigit()}
        needed = numbers or side
        return bool(typed.search(c.text)) and len(needed & said) * 2 > len(needed)

    if any(gives(c) for c in chosen):
        return []
    article = d.passages[chosen[0].passage].article_id
    return next(
        (
            [c]
            for c in d.candidates
            if c not in chosen
            and gives(c)
            and (d.passages[c.passage].article_id == article or d.close_enough(c))
        ),
        [],
    )
