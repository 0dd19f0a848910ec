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


LATER = frozenset(map(family, ("after", "afterwards", "later", "now", "since", "today", "then")))


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
    # (a side that is only a time after the first, "before oct 7 vs after", is told by the
    # sentence going on from the first's: "That number jumped to about 1,000.")
    typed_side = {family(w) for w in re.findall(r"[a-z]+", match.group(1).lower())}
    later = bool(typed_side) and typed_side <= LATER
    if not side and not later:
        return []

    def goes_on(c: Candidate) -> bool:  # (the sentence right after the first chosen)
        return later and c.before.strip() == chosen[0].text.strip()

    def gives(c: Candidate) -> bool:
        if goes_on(c):
            return bool(typed.search(c.text))
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
            and (d.passages[c.passage].article_id == article or d.close_enough(c) or goes_on(c))
        ),
        [],
    )


def each_after_its_own(chosen: list[Candidate], extra: Sequence[Candidate]) -> list[Candidate]:
    """The chosen, each extra sentence that goes on from one of them right after it: "That
    number jumped to about 1,000." after "Before October 7, IMPA received about 100 reports a
    day …"."""
    chosen = list(chosen)
    for c in extra:
        before = next((k for k in chosen if k.text.strip() == c.before.strip()), None)
        if before is not None and before is not c and c in chosen:
            chosen.remove(c)
            chosen.insert(chosen.index(before) + 1, c)
    return chosen
