"""A yes/no question asking of one thing, answered "No" by a sentence that says the thing it
asks of is only another of its kind: "can my kids use it in spanish": "available in English
only"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.candidates import Candidate
from index.terms import families, family

# Words that close a list to what they name: "in English only", "exclusively on PlayStation 5",
# "a PS5 exclusive", "limited to the US".
ONLY = re.compile(r"\b(?:only|exclusive(?:ly)?|solely|limited\s+to|restricted\s+to)\b", re.I)
NOT_ONLY = re.compile(r"not\s$", re.I)
ONLY_REACH = 3  # words either side of the closing word that may name what it closes on
WORD = re.compile(r"[\w'’-]+")


def only_another(
    unsaid: Sequence[str],
    candidates: Sequence[Candidate],
    akin: Callable[[str, list[str]], bool],
) -> Candidate | None:
    """The first of `candidates` that closes a list on a name of the same kind as one of the
    question's `unsaid` names (`akin`, by the encoder: "English" for "Spanish", "PlayStation 5"
    for "ps4"), if any."""
    for c in candidates:
        if families(c.text) & {family(word) for word in unsaid}:
            continue  # ("in English and Spanish only" closes on it too)
        for match in ONLY.finditer(c.text):
            if NOT_ONLY.match(c.text[max(0, match.start() - 4) : match.start()]):
                continue  # ("not only in English": no list closed)
            before = WORD.findall(c.text[: match.start()])[-ONLY_REACH:]
            after = WORD.findall(c.text[match.end() :])[:ONLY_REACH]
            # (a name, by its capital, beside the closing word: not "kids" in "for kids only")
            named = [w.lower() for w in before + after if w[:1].isupper()]
            if named and any(akin(word.lower(), named) for word in unsaid):
                return c
    return None
