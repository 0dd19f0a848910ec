"""A plea or a verdict a question takes that the articles tell the other way: "why did gary wang
plead not guilty", where "Gary Wang … pleaded guilty in December 2022" (and Bankman-Fried, not
he, "pleaded not guilty")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts
from assistant.answering.premises import told_otherwise
from assistant.answering.specifics import said_in
from index.terms import families

# "plead not guilty", "pleaded guilty", "was found not guilty", "found guilty"
PLEA = re.compile(
    r"\b(?:plead|pleads|pleaded|pled|pleading|(?:was|were|is|be|been)\s+found|found)\s+"
    r"(not[\s-]+)?guilty\b",
    re.I,
)


def plea_told_otherwise(
    question: str, names: Sequence[str], sentences: Sequence[str]
) -> int | None:
    """The index of a sentence telling the other plea (or verdict) of one the question names,
    when none tells the one it takes; None otherwise (or when it takes none)."""
    taken = PLEA.search(question)
    if taken is None or not names:
        return None
    other = None
    for i, sentence in enumerate(sentences):
        for told in PLEA.finditer(sentence):
            # (of the one named in its clause, before it: "Gary Wang, and … Caroline Ellison,
            # both pleaded guilty", not "In January, Bankman-Fried pleaded not guilty")
            clause = re.split(r"[;.]", sentence[: told.start()])[-1]
            said = families(clause)
            if not any(said_in(name, said, clause) for name in names):
                continue
            if bool(told.group(1)) == bool(taken.group(1)):
                return None
            other = i if other is None else other
    return other


def premise_of_the_plea(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Why did gary wang plead not guilty": the articles tell him pleading guilty."""
    if d.yes_no:
        return None
    sentences = d.sentences
    other = plea_told_otherwise(d.question, list(d.asked_names), [c.text for c in sentences])
    return None if other is None else told_otherwise(d, sentences[other])
