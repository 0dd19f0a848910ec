"""Whose the things a question counts are ("how many employees does rainforest have"), and
whether a sentence counts that owner's things, not another's."""

from __future__ import annotations

import re

from assistant.answering.answer_kinds import people_named, sides_named
from assistant.answering.asking import ANSWER_TYPES
from index.terms import content_words, families, family, fold_accents

# "How many employees does rainforest have": whose the things counted are
OWNER = re.compile(
    r"\bhow\s+many\s+(?:[\w-]+\s+){1,3}?(?:does|did|do)\s+(?:the\s+)?"
    r"([\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)(?:,[^,]{1,40},)?\s+"
    r"(?:have|own|employ|keep|run|operate)\b(?!\s+to\b)",  # (not "have to come in")
    re.I,
)


def owner_focus(question: str) -> tuple[str, ...]:
    """The owner of the things "how many X does Y have" counts (stemmed, accents folded)."""
    match = OWNER.search(question)
    words = content_words(fold_accents(match.group(1))) if match else []
    return tuple(family(w) for w in words if w not in ANSWER_TYPES)


def counts_owners(owner: tuple[str, ...], sentence: str, context: str, passage: str) -> bool:
    """Whether a sentence counts the owner's things: it names the owner, or it names nobody
    else and its context or passage does ("There are 157,000 speakers", in a piece on the
    Sphere; not "startup Synapse … laid off 86 people", in one on Rainforest)."""

    def said(text: str) -> bool:
        return bool(families(fold_accents(text)) & set(owner))

    others = [w for w in sides_named(sentence) + people_named(sentence) if not said(w)]
    if others and HE_OR_SHE.match(sentence):
        # (one named before, its subject: "He left Chicago with five goals … and returned from
        # Florida with nine goals", after a sentence on Bedard; the others are where he played)
        return said(f"{context} {sentence}")
    return said(sentence) if others else said(f"{context} {sentence} {passage}")


HE_OR_SHE = re.compile(r"\W*(?:he|she)\s", re.I)
