"""A role asked of an event no sentence fills: "who won the tour de france", answered only by
sentences on other races or on the race to come, has no answer."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.asked_names import named_phrases
from assistant.answering.candidates import Candidate
from assistant.answering.draft import Draft, Parts
from assistant.answering.roles import (
    ASKED_AS,
    another_stage,
    names_in_role,
    wins_a_part,
    wins_in_prospect,
)
from assistant.answering.sentences import phrase_pattern
from assistant.answering.specifics import said_in
from assistant.answering.subject import says
from assistant.types import Passage
from index.dates import CALENDAR
from index.terms import content_words, families


def nobody_in_the_role(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who won the tour de france": no sentence on it says anyone won it (the Kings, for "who
    won warriors v kings", may be named in the question)."""
    if d.role not in ASKED_AS:
        return None
    # (a name of ordinary words is said whole, by the sentence that tells the win: "World" of
    # a World Cup is not the World Series, nor is the ALCS after a sentence on it)
    words = content_words(d.question)
    succession = ASKED_AS[d.role] == "the successor"

    def named_just_before(c: Candidate, name: str) -> bool:  # (or in the headline)
        text = f"{d.passages[c.passage].title or ''} {c.before}"
        return said_in(name, families(text), text)

    phrases = [
        phrase_pattern(p)
        for p in named_phrases(words, d.passages)
        if not _of_a_day(p, words)  # ("monday night football" is when, not what, it was)
    ]
    # (the one replaced is seldom named again by the sentence naming the successor: "OpenAI
    # has appointed Emmett Shear"; the one before or the headline names him)
    named = list(d.asked_names) or (_replaced(d.question) if succession else [])
    if not any(
        names_in_role(c.text, d.role)
        and not wins_a_part(c.text, d.question)
        and not wins_in_prospect(c.text)
        and not another_stage(c.text, d.question)
        and all(
            p.search(_with_headline(d.passages[c.passage]) if succession else c.text)
            for p in phrases
        )
        # (the day or month it was is seldom said again: "on monday night"; of a successor,
        # one name of the question beside it ties it, "the company" standing for Reddit)
        and _tied(
            [
                says(c, n)
                or _says_by_opening(c, n, parts)
                or (succession and named_just_before(c, n))
                for n in named
                if n not in CALENDAR
            ],
            succession,
        )
        for c in d.candidates
    ):
        return d.refuse(d.top, ASKED_AS[d.role])
    return None


def _tied(said: list[bool], succession: bool) -> bool:
    """Whether a sentence is tied to the names asked: all of them said, or of a successor any
    (none asked: tied)."""
    return not said or (any(said) if succession else all(said))


def _replaced(question: str) -> list[str]:
    """The words for the one replaced, as typed after the verb: "jo vance" of "who will
    replace jo vance as promoter"."""
    match = re.search(r"\b(?:replac\w*|succeed\w*)\s+(.+?)(?:\s+(?:as|at|in|on)\b|[?.!]|$)",
                      question, re.I)  # fmt: skip
    return content_words(match.group(1)) if match else []


def _with_headline(passage: Passage) -> str:
    """A passage's text under its headline."""
    return f"{passage.title or ''} {passage.text}"


def _of_a_day(phrase: str, words: list[str]) -> bool:
    """Whether a name the question runs together is part of a day's: "monday night", or
    "night football" after "monday"."""
    first, second = phrase.split()
    at = words.index(first) if first in words else -1
    return first in CALENDAR or second in CALENDAR or (at > 0 and words[at - 1] in CALENDAR)


def _says_by_opening(c: Candidate, name: str, parts: Parts) -> bool:
    """Whether a sentence names the one asked by the name its longer one opens with: "Detroit
    rolled to a 26-14 victory over the Raiders" of "who won lions v raiders"."""
    text = f"{c.before} {c.text}"
    return any(
        re.search(rf"\b{re.escape(opening)}\b", text) for opening in parts.words.name_openings(name)
    )
