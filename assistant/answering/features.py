"""Whether something has a part or a feature, as a yes/no question asks it and as a review says
it lacks one: "do the echo frames have a camera": "There's no camera, no screen …"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.specifics import said_in
from assistant.answering.subject import families_of
from assistant.types import Passage
from index.terms import content_words

# "does the elite series 2 have the share button", "will the new model come with a charger"
FEATURE_ASKED = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+)?(?:does|do|did|will|would|can|could)\s+(?P<owner>.+?)\s+"
    r"(?:still\s+|even\s+|actually\s+|really\s+)?"
    r"(?:have|has|had|include|includes|come\s+with|comes\s+with|feature|features|ship\s+with)\s+"
    r"(?:a|an|any|the|its|their|his|her)?\s*"
    r"(?P<thing>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"(?=\s*(?:\?|$|\s+(?:on|in|at|for|like|anymore|too|built|or)\b))",
    re.I,
)
# Words between a negation and the thing it denies: "lacks the convenient Share button"
BETWEEN = r"(?:[\w'’-]+\s+){0,3}?"
LACKING = (
    r"\b(?:no|without|lacks?|lacking|missing|do(?:es)?n['’]t\s+have|do(?:es)?\s+not\s+have|"
    r"didn['’]t\s+have|did\s+not\s+have|do(?:es)?n['’]t\s+come\s+with|do(?:es)?\s+not\s+"
    r"come\s+with|(?:is|are)n['’]t\s+equipped\s+with|(?:is|are)\s+not\s+equipped\s+with)\s+"
)
HAVING = (
    r"\b(?:has|have|had|with|includes?|including|comes?\s+with|features?|featuring|sports?|"
    r"boasts?|adds?|added|gets?|equipped\s+with)\s+"
)
BEFORE_REACH = 400  # characters before a sentence that may name what it speaks of ("it lacks")
GENERIC = frozenset(("new", "latest", "old", "gen", "generation", "model", "version"))


def feature_asked(question: str) -> tuple[list[str], list[str]] | None:
    """The owner's words and the feature's words a yes/no question asks about; None if it
    asks no such thing."""
    match = FEATURE_ASKED.search(question)
    if match is None:
        return None
    owner = [w for w in content_words(match.group("owner")) if w not in GENERIC]
    thing = content_words(match.group("thing"))
    return (owner, thing) if owner and thing else None


def _thing_pattern(thing: Sequence[str]) -> str:
    *modifiers, head = (re.escape(w) for w in thing)
    return r"\s+".join([*modifiers, rf"{head}(?:s|es)?"]) + r"\b"


def lacking(sentence: str, thing: Sequence[str]) -> re.Match[str] | None:
    """Where the sentence says the thing is lacking: "no camera", "lacks the Share button"."""
    return re.search(LACKING + BETWEEN + _thing_pattern(thing), sentence, re.I)


def having(sentence: str, thing: Sequence[str]) -> re.Match[str] | None:
    """Where the sentence says the thing is there: "has a dedicated share button"."""
    if lacking(sentence, thing):
        return None
    return re.search(HAVING + BETWEEN + _thing_pattern(thing), sentence, re.I)


def feature_told(
    question: str,
    sentences: Sequence[Candidate],
    passages: Sequence[Passage],
    names: Mapping[str, str] | None = None,
) -> tuple[Candidate, bool] | None:
    """The first sentence saying the owner the question names has the feature it asks about,
    or lacks it, and which; None if none does, or some say one and some the other.

    The owner is named before the words that say so: earlier in the sentence, in the text
    just before it ("The Xbox Elite … is Microsoft's premium version. … it lacks the Share
    button") or in the headline; not after ("lacks the Share button found on the latest Xbox
    Wireless Controller" is said of another). It is named by its name words (`names`), or by
    all its words if it has none."""
    asked = feature_asked(question)
    if asked is None:
        return None
    owner, thing = asked
    owner = owner_words(owner, names)
    told: list[tuple[Candidate, bool]] = []
    for c in sentences:
        lacks = lacking(c.text, thing)
        match = lacks or having(c.text, thing)
        if match is None:
            continue
        after = c.text[match.end() :]
        if all(said_in(w, families_of(after), after) for w in owner):
            continue  # (said of another, where it is found: "… found on the Xbox Controller")
        if named_before(owner, c, passages[c.passage], match.start()):
            told.append((c, lacks is None))
    if not told or len({has for _, has in told}) > 1:
        return None
    return told[0]


def owner_words(words: Sequence[str], names: Mapping[str, str] | None) -> list[str]:
    """The words a sentence must say of the one a question asks about: its name words, or all
    its words but numbers if it has none ("3rd gen echo frames" is written "third-gen")."""
    return [w for w in words if w in (names or {})] or [
        w for w in words if not any(ch.isdigit() for ch in w)
    ]


def named_before(owner: Sequence[str], c: Candidate, passage: Passage, upto: int) -> bool:
    """Whether the owner's words are said before the sentence's first `upto` characters end:
    in them, in the text just before the sentence, or in its headline."""
    at = max(passage.text.find(c.text), 0)
    before = passage.text[max(0, at - BEFORE_REACH) : at]
    around = f"{passage.title or ''} {before} {c.text[:upto]}"
    families = families_of(around)
    return all(said_in(w, families, around) for w in owner)
