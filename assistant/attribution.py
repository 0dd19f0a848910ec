"""Whom a question takes its claim from: "according to bloomberg", "what did reuters say about",
"cnn's take on", "did the washington post cover".

Typed in lower case, such a name is told by the attribution around it, not by its capitals. An
answer to "what did Reuters say about the firing" must be Reuters' account: a sentence that
cites Reuters, or a Reuters article. Other articles on the firing say something else.
"""

from __future__ import annotations

import re

from index.terms import STOPWORDS

_NAME = r"((?:[a-z0-9][\w&.'’-]*\s+){0,2}[a-z0-9][\w&.'’-]*?)"
_SAYING = (
    r"(?:say|said|says|write|wrote|writes|written|report|reported|reports|publish|published|"
    r"cover|covered|covers|claim|claimed|claims|tweet|tweeted|think|thinks|thought)"
)
_PIECE = (
    r"(?:take|view|views|article|piece|story|report|reporting|coverage|review|analysis|op-ed|"
    r"column|editorial|write-?up|interview|podcast|list)"
)
_NAME_END = (
    r"(?=\s*(?:[,?!:;]|$|[-–—]\s)|\s+(?:how|what|who|when|where|why|which|did|does|is|was)\b)"
)
ATTRIBUTIONS = [
    re.compile(r"\baccording to\s+(?:the\s+)?" + _NAME + r"(?:['’]s\b[^,?]*?)?" + _NAME_END, re.I),
    # "… on thanksgiving in 2019 per adobe", "per the ft, …"; not "per game" (see `RATES`)
    re.compile(r"(?:^|[,;]\s*|\s)per\s+(?:the\s+)?" + _NAME + r"(?=\s*(?:[,?!.]|$))", re.I),
    # "what did reuters say about", "did the washington post cover", "has cnn reported"
    re.compile(
        r"\b(?:did|does|do|has|have|had)\s+(?:the\s+)?" + _NAME + r"\s+" + _SAYING + r"\b", re.I
    ),
    # "cnn's take on", "the guardian's review"
    re.compile(r"(?:^|\b(?:the|in|on|from|per)\s+)" + _NAME + r"['’]s\s+" + _PIECE + r"\b", re.I),
    # "fortune said who broke the news", "the sec says …"
    re.compile(r"^(?:the\s+)?" + _NAME + r"\s+" + _SAYING + r"\b", re.I),
    # "cnbc on the sbf trial - which prosecutor …"
    re.compile(r"^(?:the\s+)?" + _NAME + r"\s+on\s+[^?]*?\s[-–—:]\s", re.I),
]
# What names nobody: "what did he say", "did they report".
PRONOUNS = frozenset(
    ("he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "this", "that", "these",
     "those", "anyone", "anybody", "someone", "somebody", "everyone", "people", "one", "who")
)  # fmt: skip

# What "per" divides by: "points per game", "$4 per share".
RATES = frozenset(
    ("game", "games", "match", "season", "year", "annum", "month", "week", "day", "hour", "minute",
     "second", "share", "cent", "capita", "person", "head", "unit", "mile", "kilometre", "km",
     "gallon", "litre", "liter", "kg", "kilo", "pound", "ton", "tonne", "barrel", "night",
     "ticket", "seat", "user", "subscriber", "household", "customer", "employee", "order")
)  # fmt: skip


def cited_sources(question: str) -> list[str]:
    """The names a question attributes its claim to, as typed: "bloomberg" in "according to
    bloomberg, how much did ftx customers lose", "reuters" in "what did reuters say about it"."""
    found: dict[str, None] = {}
    for pattern in ATTRIBUTIONS:
        for match in pattern.finditer(question.strip()):
            name = match.group(1).strip(" .,'’")
            words = name.lower().split()
            if not words or any(w in STOPWORDS or w in PRONOUNS or w in RATES for w in words):
                continue
            found.setdefault(name, None)
    return list(found)


INITIALS_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|&|for|the)\s+)*[A-Z][\w'’-]*)+")


def cites(text: str, source: str) -> bool:
    """Whether a text names a source: its words, or the last of them ("Musk said" for "elon
    musk"), or its initials ("the Securities and Exchange Commission" for "sec")."""
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    wanted = re.findall(r"[a-z0-9]+", source.lower())
    if wanted and (all(w in words for w in wanted) or wanted[-1] in words):
        return True
    short = source.replace(".", "").lower()
    return len(wanted) == 1 and any(
        "".join(w[0] for w in run.split() if w[0].isupper() and w != "The").lower() == short
        for run in INITIALS_RUN.findall(text)
    )


def display_name(source: str) -> str:
    """A source typed in lower case, as it is written: "CNN", "Reuters", "Washington Post"."""
    if source != source.lower():
        return source
    return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in source.split())
