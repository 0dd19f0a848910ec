"""The outlets a question names: as written, by another of their names ("SMH", "TRT World",
"BusinessLine"), with evidence that a word names an outlet and not a thing; and the outlets a
follow-up sets aside ("who else reported it besides the Independent")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.terms import content_words

# Evidence that a word names an outlet rather than a thing: an attribution around it ("according
# to fortune", "techcrunch reported", "the guardian piece"). Without one, a lower-case word is a
# word: "apple's rivals", "the age of the universe", "a fortune", "in time", "from time to time".
_BEFORE_SOURCE = re.compile(
    r"\b(?:according to|reported by|published by|written by|reporting by|per|via)\s+(?:the\s+)?$"
)
_AFTER_SOURCE = re.compile(
    r"^(?:\s*/\s*[\w.'’-]+)?"  # "the nyt/athletic piece"
    # ("the ft's kishida 'reassess our economy' piece")
    r"(?:(?:'s|’s)\s+(?:[\w'’\"“”-]+\s+){0,5}?(?:article|piece|story|report|reporting|coverage|"
    # (not "the star's interview", "the sun's feature": anyone gives those)
    r"review|list|analysis|write-?up|recap|column|op-ed|editorial|explainer|breakdown|"
    r"round-?up|rundown|newsletter|liveblog)\b|"
    r"\s+(?:both\s+|also\s+|all\s+)?(?:reported|reports|report|reporting|said|says|say|wrote|"
    r"writes|write|published|publish|covered|cover|covers|ran|run|"
    r"claimed|noted|article|articles|piece|pieces|story|stories|coverage|review|op-ed|column|"
    r"editorial|newsletter|podcast|headline|interview|explainer)\b)"
)
# "Which outlets reported …", "what news sources covered …", "who else reported it?": the answer
# is a list of sources. Narrow on purpose: "which organizations were fined", "what sources of
# revenue" or "who reported the flaw" ask for something else.
# What says an outlet the store has ran another's piece: "the nyt piece the age reran".
REPUBLISHED = re.compile(r"\b(?:republish\w*|re-?ran|re-?run|syndicat\w*|reprint\w*)\b", re.I)
ASKS_FOR_SOURCES = re.compile(
    r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:outlets?|sources?|"
    r"publications?|newspapers?|papers?|magazines?|sites?|websites?)\s+(?:\w+\s+){0,2}?"
    r"(?:reported|reports?|covered|covers?|published|publish(?:es)?|wrote|writes?|ran|runs?|"
    r"carried|said|says|say|mentioned|mention|noted|notes?|claimed|claims?|quoted|stated|"
    r"states?|described|describes?|had|has|have|gives?|offers?|provides?|includes?|carries|"
    r"carry|mentions|quotes?)\b|\bwho\s+else\s+(?:has\s+|had\s+)?(?:reported|covered)\b"
    # ("who reported it besides trt world", "who else has covered the story")
    r"|\bwho\s+(?:else\s+)?(?:has\s+|had\s+|also\s+)?(?:reported|covered|published|ran)\s+"
    r"(?:it|this|that|the\s+(?:story|news|piece))\b",
    re.I,
)


def name_words(name: str) -> set[str]:
    """The words a name is matched by: its own, and the parts of dotted or possessive ones
    ("cbssports" for "CBSSports.com")."""
    words = set(content_words(name))
    return words | {part for w in words for part in re.split(r"[.'’]", w) if part}


def named_outlets(question: str, known_outlets: list[str], any_mention: bool = False) -> list[str]:
    """The known outlets the question names ("the Verge" or "Verge" for "The Verge").

    A mention counts only with evidence that it names the outlet: it is capitalised as the
    outlet is ("on the verge of" and "how much time" name neither The Verge nor Time), or an
    attribution surrounds it ("according to techcrunch", "the guardian piece"), or the question
    asks about sources ("which outlets reported …").
    """
    rule = "any" if any_mention or ASKS_FOR_SOURCES.search(question) else "evidence"
    named = [o for o in known_outlets if outlet_mentions(question, o, rule)]
    # An outlet's sections ("The Independent - Sports", "Cnbc | World Business News Leader")
    # are named by its name alone ("the independent says …"), where no full name is written.
    rest = question
    for outlet in named:
        for start in outlet_mentions(question, outlet):
            rest = rest[:start] + " " * len(outlet) + rest[start + len(outlet) :]
    return named + [
        o
        for o in known_outlets
        if o not in named
        and any(outlet_mentions(rest, alias, rule, by_spelling=False) for alias in aliases(o))
    ]


CAMEL_JOIN = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")
# The edition a name ends with, which people leave out: "Globes English", "Al Jazeera English".
EDITIONS = frozenset(("english", "online", "digital", "international", "edition", "global"))


def aliases(outlet: str) -> list[str]:
    """What people call an outlet besides its full name: without its section or strapline
    ("The Independent" for "The Independent - Sports"), by its initials ("SMH", "NYT"), or by
    the short form that opens it ("BBC" for "BBC News - Technology"), or without its edition
    ("Globes" for "Globes English"), or written apart ("TRT World" for "TRTWorld") or together
    ("BusinessLine" for "Business Line"), or by the initials of its parts ("TC" for
    "TechCrunch")."""
    short = re.split(r"\s+[-|–:]\s+|:\s+", outlet, maxsplit=1)[0].strip()
    words = [w for w in short.split() if w.lower() != "the"]
    out = [short] if short != outlet else []
    initials = "".join(w[0] for w in words if w[:1].isupper())
    # (of two words too, "FT": such short initials count only as evidence says, `outlet_mentions`)
    if len(initials) == len(words) and (
        len(words) >= 3 or (len(words) == 2 and not any(w.isupper() for w in words))
    ):
        out.append(initials)
    if len(words) > 1 and re.fullmatch(r"[A-Z]{2,}", words[0]):
        out.append(words[0])
    if len(words) > 1 and words[-1].lower() in EDITIONS:  # "Globes" for "Globes English"
        out.append(" ".join(words[:-1]))
    if len(words) > 1 and len("".join(words)) >= 8:  # written together: "BusinessLine"
        out.append("".join(words))
    if len(words) == 1:  # a name run together, written apart: "TRT World" for "TRTWorld"
        bare = re.sub(r"\.(?:com|net|org|co\.uk|com\.au)$", "", words[0])
        apart = CAMEL_JOIN.sub(" ", bare)
        if apart != bare and all(len(part) >= 2 for part in apart.split()):
            out.append(apart)
        if re.fullmatch(r"(?:[A-Z][a-z]{2,}){2}", bare):  # "TC" for "TechCrunch"
            out.append("".join(c for c in bare if c.isupper()))
    # … or by the nickname readers know it by ("Indy" for "The Independent")
    out += [nick for nick, name in NICKNAMES.items() if " ".join(words).lower() == name]
    return out


# The nicknames of outlets by the name they stand for (without "The").
NICKNAMES = {"Indy": "independent", "WaPo": "washington post", "Beeb": "bbc news"}


def one_publication(outlets: list[str]) -> str:
    """The publication, when the outlets are one ("The Verge") or its sections ("BBC News" for
    "BBC News - Technology" and "BBC News - Entertainment & Arts"); "" otherwise."""
    if len(outlets) == 1:
        return outlets[0]
    names = {(aliases(o) or [o])[0] for o in outlets}
    return names.pop() if len(names) == 1 and outlets else ""


# "Who else covered it besides the Independent": an outlet the question sets aside.
SET_ASIDE = re.compile(
    r"\b(?:besides|other than|apart from|aside from|except(?:\s+for)?|excluding|not counting)\s+"
    r"(.+?)(?=[?!.,;]|\s+(?:and|or|but)\b|$)",
    re.I,
)


def outlets_set_aside(
    question: str,
    known_outlets: list[str],
    earlier: Sequence[str] = (),
    cited_before: Sequence[str] = (),
) -> list[str]:
    """The outlets a question about sources sets aside ("which sites ran it other than CNBC"):
    not to be searched for, nor given as an answer. "Who else reported it", after a question
    naming TRT World (`earlier`, most recent first), sets TRT World aside; after one naming
    none, the outlets the answer to it cited (`cited_before`)."""
    if not ASKS_FOR_SOURCES.search(question):
        return []
    aside = [
        outlet
        for match in SET_ASIDE.finditer(question)
        for outlet in named_outlets(match.group(1), known_outlets, any_mention=True)
    ]
    if ELSE.search(question):
        before = named_outlets(earlier[0], known_outlets) if earlier else []
        aside += [o for o in before or cited_before if o not in aside]
    return aside


ELSE = re.compile(r"\b(?:else|other|others|too|also|another)\b", re.I)


def outlet_mentions(
    text: str, outlet: str, rule: str = "any", by_spelling: bool = True
) -> list[int]:
    """Where `text` names the outlet, whole words, with or without a leading "the". `rule`:
    "any" mention; "evidence": written with a capital where the name has one, or attributed,
    or (`by_spelling`) a name no ordinary word spells. What people call an outlet ("FOX",
    "SMH") may be a word ("the quick brown fox"): it needs the capitals or the attribution."""
    lowered = text.lower()
    starts = []
    for variant in filter(None, {outlet.lower(), outlet.lower().removeprefix("the ")}):
        for match in re.finditer(r"(?<!\w)" + re.escape(variant) + r"(?!\w)", lowered):
            a, b = match.span()
            if len(variant) <= SHORT_INITIALS:
                # (two letters are many words' and units': "It says", "did he DM her", "the
                # 30 ft piece"; only "the FT reported", "per the ft", "the ft's piece")
                if _short_initials(lowered, a, b):
                    starts.append(a)
                continue
            capitalised = outlet == outlet.lower() or text[a:b] != lowered[a:b]
            distinctive = by_spelling and _distinctive(outlet)
            if rule == "any" or capitalised or distinctive or _attributed(lowered, a, b):
                starts.append(a)
    return starts


SHORT_INITIALS = 2  # letters of an outlet's initials too short to name it without attribution


def _short_initials(lowered: str, start: int, end: int) -> bool:
    """Whether two letters name the outlet they are the initials of: attributed, after "the"
    ("the FT reported", "per the ft"; not "what did HR say"), and after no figure."""
    before = lowered[:start]
    return _attributed(lowered, start, end) and before.endswith("the ")


def _distinctive(outlet: str) -> bool:
    """A name no ordinary word spells: an inner capital or a digit ("TechCrunch", "AnewZ", "TRT
    World", "CNET"), so "techcrunch" typed in lower case still names it; "The Verge", "Fortune"
    and "Time" are words too."""
    return any(any(c.isupper() or c.isdigit() for c in word[1:]) for word in outlet.split())


def _attributed(lowered: str, start: int, end: int) -> bool:
    return bool(_BEFORE_SOURCE.search(lowered[max(0, start - 30) : start])) or bool(
        _AFTER_SOURCE.match(lowered[end : end + 60])
    )
