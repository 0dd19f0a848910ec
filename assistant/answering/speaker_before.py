"""Who a sentence's "he", "she" or quote is, when the sentence before it says: "He made the
world's first MXene in 2011", after one naming him."""

from __future__ import annotations

import re

from assistant.answering.answer_kinds import named_before, people_named
from assistant.answering.candidates import Candidate
from assistant.answering.statements import is_statement


def quoted_unnamed(c: Candidate) -> bool:
    """Whether a quote's speaker is only "he" or "she", and the sentence before it names
    someone, who says it."""
    return (
        UNNAMED_SPEAKER.search(c.text) is not None
        and bool(c.before)
        and is_statement(c.before)
        and bool(people_named(c.before))
    )


# A quote's speaker told only as "he" or "she": "…,” he wrote, also on LinkedIn."
UNNAMED_SPEAKER = re.compile(
    r"[,.!?][”\"]\s*(?:(?:he|she)\s+(?:said|says|wrote|writes|added|told|posted|tweeted)|"
    r"(?:said|says|wrote|added)\s+(?:he|she))\b"
)


def named_by_the_one_before(c: Candidate) -> bool:
    """Whether a sentence names someone only as "he", "she" or by what they do ("the wide
    receiver"), and the one before it in its passage is there to say who."""
    return (
        not people_named(c.text)
        and bool(c.before)
        and is_statement(c.before)
        and (bool(re.match(r"(?:he|she)\b", c.text, re.I)) or bool(named_before(c.text, c.before)))
    )
