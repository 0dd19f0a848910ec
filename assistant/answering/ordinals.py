"""Whether the articles number a thing a question asks why or how of otherwise than it does.

"Why did spotify do its first ever round of layoffs in december" takes the round as the first;
the article on it says "This marks Spotify's third round of layoffs this year", and none calls
any round the first. The question rests on a false premise, and is refused with that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.abstention import OfflineResult
from assistant.answering.asking import asking_clause
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft, Parts
from assistant.answering.figures import NUMBERED
from assistant.answering.premises import CAUSE_ASKED, on_the_names, told_otherwise
from assistant.answering.sentences import answer_stem
from index.terms import STOPWORDS

ORDINAL = re.compile(
    rf"\b({'|'.join(NUMBERED)})(?:[\s-]+ever)?[\s-]+((?:[a-z][\w'’]*\s+){{0,3}}[a-z][\w'’]*)",
    re.I,
)
# Words an ordinal goes with in set phrases, not a thing numbered: "for the first time", "in
# the second half", "first-quarter results".
SET_PHRASES = frozenset(
    ("time", "times", "half", "quarter", "period", "place", "thing", "things", "step", "look",
     "glance", "hand", "person", "class", "team", "choice", "rate", "base", "line", "lady")
)  # fmt: skip


def numbered_thing(words: str) -> frozenset[str]:
    """The stems of the thing an ordinal numbers, in the words after it: up to the first word of
    no content but "of" ("round of layoffs in december": round, layoffs)."""
    thing: list[str] = []
    for word in words.lower().split():
        if word == "of" and thing:
            continue
        if word in STOPWORDS:
            break
        thing.append(answer_stem(word.strip("'’")))
    if not thing or thing[0] in SET_PHRASES:
        return frozenset()
    return frozenset(thing)


def numbered(text: str) -> list[tuple[int, frozenset[str]]]:
    """Each ordinal of a text with the thing it numbers."""
    out = []
    for match in ORDINAL.finditer(text):
        thing = numbered_thing(match.group(2))
        if thing:
            out.append((NUMBERED[match.group(1).lower()], thing))
    return out


Numbered = tuple[int, frozenset[str]]


def number_asked(question: str) -> Numbered | None:
    """The one thing a question numbers in words, with its number; None for none or several."""
    asked = numbered(question)
    return asked[0] if len(asked) == 1 else None


def numbers_it(asked: Numbered, text: str, same: bool = True) -> bool:
    """Whether a text numbers the thing asked (all of its words beside an ordinal) as the
    question does, or (not `same`) otherwise."""
    number, thing = asked
    return any((n == number) is same and thing <= t for n, t in numbered(text))


def numbered_otherwise(
    question: str, candidates: Sequence[Candidate], sentences: Sequence[Candidate]
) -> Candidate | None:
    """The first of the `candidates` numbering the thing the question numbers otherwise, when
    none of the `sentences` numbers it as the question does."""
    asked = number_asked(question)
    if asked is None or any(numbers_it(asked, s.text) for s in sentences):
        return None
    return next((c for c in candidates if numbers_it(asked, c.text, same=False)), None)


def premise_of_the_ordinal(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Why did spotify do its first ever round of layoffs": the articles on Spotify call it
    its third, and none the first."""
    if d.yes_no or not CAUSE_ASKED.match(asking_clause(d.question)):
        return None
    names = set(d.specific or d.asked_names)
    on_it, told = on_the_names(d, names)
    other = numbered_otherwise(d.question, on_it, told)
    return None if other is None else told_otherwise(d, other)
