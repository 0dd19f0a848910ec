"""Whom a sentence's "he" or "she" stands for: the person its passage named last before it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from assistant.answering.asking import asking_clause
from assistant.answering.candidates import Candidate
from assistant.answering.scoring import PRONOUN_ELSEWHERE as PERSONAL
from assistant.types import Passage
from index.dates import CALENDAR
from index.terms import STOPWORDS, family

# How far back a pronoun is read: the few sentences a reader keeps in mind.
LOOK_BACK = 600
# A verb of speaking, after or before the name: "Kelly said", "said Kelly".
SPOKE = r"(?:said|says|told|tells|added|explained|wrote|testified|recalled|admitted|insisted)"


def stands_for_another(
    candidate: Candidate,
    key: str,
    names: Mapping[str, str],
    passages: Sequence[Passage],
    article: str,
    question: str,
) -> bool:
    """Whether a sentence that says the one asked about by no name of theirs is on another
    person: one it names who speaks in its article ("About a year ago, … Kelly’s Twitch income
    was a little over $1,000 per month"), or, when it names nobody, the one its "she" or "he"
    stands for, the person named last before it ("That prompted her to start streaming on Kick,
    where she said she makes over $1,000 per month" goes on about Kelly, not Ice Poseidon).

    Only of one asked about as a person, by "his" or "her" after their name in the clause that
    asks (a company speaks too, and what a spokesman says of its deal is the company's)."""
    if not asked_as_person(question, key):
        return False
    person = spoken_of(candidate, passages, article, {family(key)})
    if person is None:
        return False
    bare = person.lower()
    # (… by any name the question gives, as typed or as the articles write it: "niasary",
    # written "Niasari")
    written = {form.lower() for form in names.values()}
    if bare in names or bare in written or family(bare) == family(key):
        return False
    # (… nor the other half of the full name the key is part of: "Niasari" of "Noora Niasari",
    # asked of noora)
    full = rf"\b{re.escape(key)}\s+{re.escape(bare)}\b|\b{re.escape(bare)}\s+{re.escape(key)}\b"
    return re.search(full, article, re.I) is None


@lru_cache(maxsize=256)  # (read for each sentence weighed against one question)
def asked_as_person(question: str, key: str) -> bool:
    """Whether the clause that asks says "he", "his", "she" or "her" after the key's name ("how
    much is kick paying ice poseidon … under his streaming deal"); not of another the question
    describes ("the 10 yr old in pittsburgh who needs a second liver transplant - what
    condition was he born with")."""
    clause = asking_clause(question).lower()
    named = re.search(rf"\b{re.escape(key)}", clause)
    return named is not None and PERSONAL.search(clause, named.end()) is not None


def spoken_of(
    candidate: Candidate, passages: Sequence[Passage], article: str, asked: set[str]
) -> str | None:
    """The person a sentence is on: the first it names who speaks in its article, or the one
    its "he" or "she" stands for; a name of those `asked` (as word families) counts as one."""
    named = _persons(candidate.text, article, asked)
    if named:
        return named[0]
    if not PERSONAL.search(candidate.text):
        return None
    before = _persons(_text_before(candidate, passages), article, asked)
    return before[-1] if before else None


def _text_before(candidate: Candidate, passages: Sequence[Passage]) -> str:
    """The article's text just before the sentence, a few sentences of it, from whichever of
    its chunks read holds the most (a chunk may open on the sentence)."""
    opening = (candidate.parts or [candidate.text])[0]
    article = passages[candidate.passage].article_id
    before = ""
    for passage in passages:
        at = passage.text.find(opening) if passage.article_id == article else -1
        if at > len(before):
            before = passage.text[max(0, at - LOOK_BACK) : at]
    return before


def _persons(text: str, article: str, asked: set[str]) -> list[str]:
    """The persons a text names, in order: capitalised words its article has speak
    (`_speaker`), or the names asked of."""
    words = re.findall(r"\b[A-Z][a-z][\w-]*", text)
    return [
        w
        for w in words
        if w.lower() not in STOPWORDS
        and w.lower() not in CALENDAR
        and (family(w.lower()) in asked or _speaker(w, article))
    ]


@lru_cache(maxsize=4096)
def _speaker(word: str, article: str) -> bool:
    """Whether an article has a word speak ("Kelly said", "said Kelly"): a person, mostly
    (a company speaks too, which is why the one asked about must be called "he" or "she")."""
    name = re.escape(word)
    return re.search(rf"\b{name}\s+{SPOKE}\b|\b{SPOKE}\s+{name}\b", article) is not None
