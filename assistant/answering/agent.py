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


# "When did he join world rugby", "what year did horne join": the time of a deed asked.
ASKS_WHEN_DONE = re.compile(
    r"^(?:so\s+|and\s+)?(?:when|(?:in\s+)?what\s+(?:year|month|day|date))\s+(?:did|does|do|has|"
    r"have|had|will|would)\s+(.+)$",
    re.I,
)
# Who a clause's subject may be without a name of its own.
STANDING_IN = frozenset(("he", "she", "they", "it", "we", "i", "you"))


def deed_timed(clause: str, names: dict[str, str]) -> str | None:
    """The verb of a "when did X verb" clause ("join"), its subject a name or a pronoun; None
    when it asks no deed's time."""
    match = ASKS_WHEN_DONE.match(clause.strip())
    if match is None:
        return None
    tokens = [t.lower().removesuffix("'s").removesuffix("’s") for t in TOKEN.findall(match[1])]
    rest = list(tokens)
    while rest and (rest[0] in names or rest[0] in STANDING_IN or rest[0] in ("the", "a", "an")):
        rest = rest[1:]
    if len(rest) == len(tokens) or not rest or rest[0] in STOPWORDS or len(rest[0]) < 3:
        return None
    return rest[0]


def tells_deed(sentence: str, verb: str) -> bool:
    """Whether a sentence says the verb, in any form ("joined" for "join")."""
    root = family(verb)
    return any(family(t.lower()) == root for t in TOKEN.findall(sentence))
