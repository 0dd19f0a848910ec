"""The title a question gives a person, and whether the articles give them that one or another.

"What did openai ceo ilya sutskever tell staff" calls Sutskever OpenAI's chief executive; the
articles call him "Chief Scientist Ilya Sutskever", and nobody there calls him CEO. "What did
caroline ellison, ftx's cto, say" gives her Gary Wang's title: she is "Alameda Research's former
CEO". A question resting on a title the articles give the person nowhere, when they give them
another, rests on a false premise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts
from assistant.answering.premises import told_otherwise

# Each title a question may give, with the words the articles write it in.
TITLES: dict[str, str] = {
    "ceo": r"ceo|chief\s+executive|chief\s+exec|boss|head",
    "cto": r"cto|chief\s+technology\s+officer|chief\s+technical\s+officer|technology\s+chief",
    "cfo": r"cfo|chief\s+financial\s+officer|finance\s+chief|finance\s+director",
    "coo": r"coo|chief\s+operating\s+officer",
    "president": r"president",
    "chair": r"chair|chairman|chairwoman|chairperson",
    "founder": r"founder|co-?founder|founded|co-?founded",
    "coach": r"coach|head\s+coach|manager|boss",
    "manager": r"manager|coach|boss",
    "captain": r"captain|skipper|captained|skippered",
    "owner": r"owner|co-?owner|owns|owned",
}
# How a question types each title.
TYPED = {
    "ceo": r"ceo|chief\s+executive(?:\s+officer)?|chief\s+exec",
    "cto": r"cto|chief\s+technology\s+officer",
    "cfo": r"cfo|chief\s+financial\s+officer",
    "coo": r"coo|chief\s+operating\s+officer",
    "president": r"president",
    "chair": r"chair|chairman|chairwoman",
    "founder": r"founder|co-?founder",
    "coach": r"coach|head\s+coach",
    "manager": r"manager",
    "captain": r"captain|skipper",
    "owner": r"owner",
}
ANY_TYPED = "|".join(f"(?P<{title}>{words})" for title, words in TYPED.items())
# Any title an article may give, to tell that it gives one (the word "head" aside: "head of
# state", "head injury").
ANY_TITLE = re.compile(
    r"\b(?:ceo|cto|cfo|coo|chief\s+\w+(?:\s+officer)?|president|chair(?:man|woman|person)?|"
    r"co-?founder|founder|coach|manager|captain|skipper|owner|director|chief)\b",
    re.I,
)
NAME = r"[a-z][\w'’-]*"
QUALIFIER = r"(?:(?:interim|acting|former|ex-|new|then-)\s*)?"
# The person the question gives the title, before or after it: "openai ceo ilya sutskever",
# "caroline ellison, ftx's cto,", "pick greg brockman as interim ceo".
GIVEN = (
    re.compile(rf"\b{QUALIFIER}(?:{ANY_TYPED})\s+(?P<person>(?:{NAME}\s+)?{NAME})"),
    re.compile(
        rf"(?P<person>(?:{NAME}\s+)?{NAME})\s*,\s+(?:the\s+)?(?:{NAME}['’]s\s+|{NAME}\s+)?"
        rf"{QUALIFIER}(?:{ANY_TYPED})\b"
    ),
    re.compile(rf"(?P<person>(?:{NAME}\s+)?{NAME})\s+as\s+(?:the\s+)?{QUALIFIER}(?:{ANY_TYPED})\b"),
)


def title_given(question: str, names: Mapping[str, str]) -> tuple[str, str] | None:
    """The title a question gives a person and the person's last name, as the articles write
    it ("ceo", "Sutskever"); the person must be named by words the articles write as names."""
    lowered = question.lower()
    for pattern in GIVEN:
        for match in pattern.finditer(lowered):
            words = [w.strip("'’") for w in match.group("person").split()]
            named = [w for w in words if w in names and w not in TYPED]
            # (a short form, "sbf", is seldom written beside a title: the name in full is)
            if not named or named[-1] != words[-1] or names[named[-1]].isupper():
                continue
            title = next(t for t in TYPED if match.group(t))
            return title, names[named[-1]]
    return None


def gives_title(text: str, person: str, title: str) -> bool:
    """Whether a text gives the person the title, next to their name: "CEO Sam Altman", "Sam
    Altman, OpenAI's chief executive", "Altman, who was CEO"."""
    return _attached(text, person, TITLES[title])


def gives_other_title(text: str, person: str, title: str) -> bool:
    """Whether a text gives the person a title, and not the one asked: "Chief Scientist Ilya
    Sutskever" for a question calling him CEO."""
    return not gives_title(text, person, title) and _attached(text, person, ANY_TITLE.pattern)


def _attached(text: str, person: str, title: str) -> bool:
    name = re.escape(person)
    before = rf"\b(?:{title})\b[,:]?\s+(?-i:[A-Z][\w.'’-]*\s+){{0,2}}?{name}\b"
    after = (
        rf"\b{name}\b(?:['’]s)?\s*(?:,|\(|\s+(?:is|was|as|became|remains|,\s+who\s+(?:is|was)))"
        rf"\s*(?:[\w'’.&-]+\s+){{0,5}}?(?:{title})\b"
    )
    return re.search(f"{before}|{after}", text, re.I) is not None


def titled_otherwise(question: str, names: Mapping[str, str], texts: Iterable[str]) -> int | None:
    """The index of the first text giving the person a question titles another title, when none
    gives them the title asked; None otherwise."""
    given = title_given(question, names)
    if given is None:
        return None
    title, person = given
    other = None
    for i, text in enumerate(texts):
        if gives_title(text, person, title):
            return None
        if other is None and gives_other_title(text, person, title):
            other = i
    return other


def premise_of_the_title(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "What did openai ceo ilya sutskever tell staff": the articles call him chief scientist,
    and nowhere CEO (`titles`)."""
    if d.yes_no:
        return None
    given = title_given(d.question, d.asked_names)
    if given is None:
        return None
    title, person = given
    read = parts.names.article_text
    if read is not None:
        for article in dict.fromkeys(p.article_id for p in d.passages):
            if gives_title(read(article), person, title):
                return None
    other = titled_otherwise(d.question, d.asked_names, [c.text for c in d.sentences])
    if other is None:
        return None
    return told_otherwise(d, d.sentences[other], f"{person} was {SAID_AS[title]}")


# How a refusal says each title.
SAID_AS = {
    "ceo": "CEO", "cto": "CTO", "cfo": "CFO", "coo": "COO", "president": "president",
    "chair": "chair", "founder": "a founder", "coach": "coach", "manager": "manager",
    "captain": "captain", "owner": "an owner",
}  # fmt: skip
