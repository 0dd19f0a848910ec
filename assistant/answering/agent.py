"""Whether a sentence has the one a "what did X do" question names doing what it asks.

"What did putin offer" is answered by "Putin extended an offer …" or "Putin has offered …",
not by "The offer follows a statement from Trump", which shares the word and the story but
says what followed the offer, not what it was.
"""

from __future__ import annotations

import re

from index.terms import STOPWORDS, family

ASKS_DOING = re.compile(
    r"^(?:so\s+|and\s+)?what\s+(?:did|does|do|has|have|had|will|would|is|was|are|were)\s+(.+)$",
    re.I,
)
TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
REACH = 6  # words from the subject's name to its verb: "Putin | extended an offer"


def subject_and_verb(clause: str, names: dict[str, str]) -> tuple[frozenset[str], str] | None:
    """The name words of a "what did X verb" clause's subject and its verb ("putin", "offer");
    None when it names no one before its verb."""
    match = ASKS_DOING.match(clause.strip())
    if match is None:
        return None
    tokens = [t.lower().removesuffix("'s").removesuffix("’s") for t in TOKEN.findall(match[1])]
    subject = []
    for token in tokens:  # (a name after a determiner modifies a noun: "the trump team")
        if token not in names:
            break
        subject.append(token)
    rest = tokens[len(subject) :]
    if not subject or not rest or rest[0] in STOPWORDS or len(rest[0]) < 3:
        return None
    return frozenset(subject), rest[0]


def does(sentence: str, subject: frozenset[str], verb: str) -> bool:
    """Whether the sentence names the subject with the verb (or its noun) a few words on."""
    tokens = [t.lower().removesuffix("'s").removesuffix("’s") for t in TOKEN.findall(sentence)]
    root = family(verb)
    for i, token in enumerate(tokens):
        if token in subject and any(family(w) == root for w in tokens[i + 1 : i + 1 + REACH]):
            return True
    return False
