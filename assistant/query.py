"""Reading a news question: its content words, the outlets it names, the dates it mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from index.dates import MONTHS, WEEKDAYS
from index.terms import STOPWORDS, content_words

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# (a short form too, longest first: with a day and a year around it, "feb 24 2025" is a date)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_YEAR = re.compile(
    r"\b(" + _MONTH_NAMES + r")\.?(?:\s+(?:of\s+)?(\d{4}))?\b",
    re.I,
)


@dataclass
class DateWindow:
    """A period a question names: [start, end] in epoch seconds."""

    start: int
    end: int
    day: bool = False  # a single day ("published on November 9, 2023"), not a month
    words: list[str] = field(default_factory=list)  # the question's words that name it


@dataclass
class QueryAnalysis:
    """What retrieval needs to know about a question beyond its words."""

    text: str
    terms: list[str]
    outlets: list[str] = field(default_factory=list)  # canonical names found in the text
    dates: list[DateWindow] = field(default_factory=list)
    claims: dict[str, str] = field(default_factory=dict)  # outlet -> the part of the question on it
    # outlet -> (day, the part of the question naming both): "the TechCrunch report published on
    # October 2, 2023"
    outlet_days: dict[str, list[tuple[DateWindow, str]]] = field(default_factory=dict)
    missing_outlets: list[str] = field(default_factory=list)  # named sources the store lacks


# Evidence that a word names an outlet rather than a thing: an attribution around it ("according
# to fortune", "techcrunch reported", "the guardian piece"). Without one, a lower-case word is a
# word: "apple's rivals", "the age of the universe", "a fortune", "in time", "from time to time".
_BEFORE_SOURCE = re.compile(
    r"\b(?:according to|reported by|published by|written by|reporting by|per|via)\s+(?:the\s+)?$"
)
_AFTER_SOURCE = re.compile(
    r"^(?:\s*/\s*[\w.'’-]+)?"  # "the nyt/athletic piece"
    r"(?:(?:'s|’s)\s+(?:article|piece|story|report|reporting|coverage|review|list|analysis)|"
    r"\s+(?:both\s+|also\s+|all\s+)?(?:reported|reports|report|reporting|said|says|say|wrote|"
    r"writes|write|published|publish|covered|cover|covers|ran|run|"
    r"claimed|noted|article|articles|piece|pieces|story|stories|coverage|review|op-ed|column|"
    r"editorial|newsletter|podcast|headline|interview)\b)"
)
# "Which outlets reported …", "what news sources covered …", "who else reported it?": the answer
# is a list of sources. Narrow on purpose: "which organizations were fined", "what sources of
# revenue" or "who reported the flaw" ask for something else.
ASKS_FOR_SOURCES = re.compile(
    r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:outlets?|sources?|"
    r"publications?|newspapers?|papers?|magazines?|sites?|websites?)\s+(?:\w+\s+){0,2}?"
    r"(?:reported|report|covered|cover|published|wrote|ran|carried|said|says|say|mentioned|"
    r"mention|noted|claimed|quoted|stated|described|had)\b|\bwho\s+else\s+(?:has\s+|had\s+)?(?:reported|covered)\b",
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
    named = [o for o in known_outlets if _outlet_mentions(question, o, rule)]
    # An outlet's sections ("The Independent - Sports", "Cnbc | World Business News Leader")
    # are named by its name alone ("the independent says …"), where no full name is written.
    rest = question
    for outlet in named:
        for start in _outlet_mentions(question, outlet):
            rest = rest[:start] + " " * len(outlet) + rest[start + len(outlet) :]
    return named + [
        o
        for o in known_outlets
        if o not in named
        and any(_outlet_mentions(rest, alias, rule, by_spelling=False) for alias in aliases(o))
    ]


CAMEL_JOIN = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")
# The edition a name ends with, which people leave out: "Globes English", "Al Jazeera English".
EDITIONS = frozenset(("english", "online", "digital", "international", "edition", "global"))


def aliases(outlet: str) -> list[str]:
    """What people call an outlet besides its full name: without its section or strapline
    ("The Independent" for "The Independent - Sports"), by its initials ("SMH", "NYT"), or by
    the short form that opens it ("BBC" for "BBC News - Technology"), or without its edition
    ("Globes" for "Globes English"), or written apart ("TRT World" for "TRTWorld") or together
    ("BusinessLine" for "Business Line")."""
    short = re.split(r"\s+[-|–:]\s+|:\s+", outlet, maxsplit=1)[0].strip()
    words = [w for w in short.split() if w.lower() != "the"]
    out = [short] if short != outlet else []
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 3 and len(initials) == len(words):
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
    return out


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
    question: str, known_outlets: list[str], earlier: Sequence[str] = ()
) -> list[str]:
    """The outlets a question about sources sets aside ("which sites ran it other than CNBC"):
    not to be searched for, nor given as an answer. "Who else reported it", after a question
    naming TRT World (`earlier`, most recent first), sets TRT World aside."""
    if not ASKS_FOR_SOURCES.search(question):
        return []
    aside = [
        outlet
        for match in SET_ASIDE.finditer(question)
        for outlet in named_outlets(match.group(1), known_outlets, any_mention=True)
    ]
    if earlier and ELSE.search(question):
        aside += [o for o in named_outlets(earlier[0], known_outlets) if o not in aside]
    return aside


ELSE = re.compile(r"\b(?:else|other|others|too|also|another)\b", re.I)


def _outlet_mentions(
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
            capitalised = outlet == outlet.lower() or text[a:b] != lowered[a:b]
            distinctive = by_spelling and _distinctive(outlet)
            if rule == "any" or capitalised or distinctive or _attributed(lowered, a, b):
                starts.append(a)
    return starts


def _distinctive(outlet: str) -> bool:
    """A name no ordinary word spells: an inner capital or a digit ("TechCrunch", "AnewZ", "TRT
    World", "CNET"), so "techcrunch" typed in lower case still names it; "The Verge", "Fortune"
    and "Time" are words too."""
    return any(any(c.isupper() or c.isdigit() for c in word[1:]) for word in outlet.split())


def _attributed(lowered: str, start: int, end: int) -> bool:
    return bool(_BEFORE_SOURCE.search(lowered[max(0, start - 30) : start])) or bool(
        _AFTER_SOURCE.match(lowered[end : end + 30])
    )


def analyse(
    question: str,
    known_outlets: list[str],
    default_year: int | None = None,
    profile: str = "general",
) -> QueryAnalysis:
    """Terms, outlet mentions (matched against the store's outlets) and date windows. The
    "multihop" profile reads sources as MultiHop-RAG's question templates name them."""
    aside = outlets_set_aside(question, known_outlets)
    outlets = [o for o in named_outlets(question, known_outlets) if o not in aside]
    return QueryAnalysis(
        text=question,
        terms=content_words(question),
        outlets=outlets,
        dates=_date_windows(question, default_year),
        claims=_claims_by_outlet(question, outlets),
        outlet_days=_days_by_outlet(question, outlets),
        missing_outlets=missing_sources(question, known_outlets, broad=profile == "multihop"),
    )


# A publication the question attributes something to: "a Bloomberg article", "a piece by
# Wired", "the Reuters column". Deliberately narrow: articles, pieces and columns are written by
# outlets, while reports, stories, studies and reviews come as often from companies, agencies,
# journals and places ("the report by OpenAI", "the study published in Nature", "the story from
# Ukraine", "the report from Congress"). Those count only for a name that reads as a publication
# (see `_PUBLICATION_WORD`), unless the MultiHop-RAG profile is on (`missing_sources(broad=True)`).
_PUBLICATION = r"(?:article|articles|piece|pieces|column|op-ed|editorial|coverage|newsletter)"
_WRITING = r"(?:article|report|piece|story|review|column|feature|coverage|op-ed|editorial)s?"
_SOURCE_NAME = r"([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for)){0,5})"
SOURCE_MENTIONS = [
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+{_SOURCE_NAME}\s+{_PUBLICATION}\b"),
    re.compile(
        rf"\b{_PUBLICATION}\s+(?:from|by|in|published by|published in)\s+(?:the\s+)?{_SOURCE_NAME}"
    ),
]
# The MultiHop-RAG templates' wider phrasing ("a TechCrunch report", "the report from X", "as
# reported by X", "and another by X"): every name after them is a source there, not in general.
BROAD_SOURCE_MENTIONS = [
    re.compile(rf"\b(?:[Aa]n?)\s+{_SOURCE_NAME}\s+(?:report|review|feature|story)\b"),
    re.compile(
        rf"\b{_WRITING}\s+(?:from|by|in|published by|published in)\s+(?:the\s+)?{_SOURCE_NAME}"
    ),
    re.compile(rf"\b(?:another|one|the other)\s+(?:from|by|in)\s+(?:the\s+)?{_SOURCE_NAME}"),
    re.compile(rf"\b(?:reported|published|written)\s+(?:by|in)\s+(?:the\s+)?{_SOURCE_NAME}"),
]
# Weaker cues ("highlighted by X", "updates from X", "a story in X") count only for a name that
# reads as a publication, ending in a word like "Times" or "Post": "the Washington Post", "The
# Economic Times"; not "Elon Musk", "Google", "Congress" or "the White House Press Secretary".
_PUBLICATION_WORD = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Chronicle|Magazine|Daily|Weekly|"
    r"Reporter|Telegraph|Standard|Observer|Guardian|Independent|Express|Mirror|Wire|Press)$"
)
WEAK_SOURCE_MENTIONS = [
    re.compile(rf"\b(?:by|from|in|according to)\s+(?:the\s+)?{_SOURCE_NAME}"),
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+{_SOURCE_NAME}\s+{_WRITING}\b"),
]
_KNOWN = "Knownoutlet"  # stands in for an outlet of the store while the question is scanned
_CALENDAR = frozenset(MONTHS) | WEEKDAYS


def _source_key(name: str) -> str:
    key = re.sub(r"[^\w]+", " ", name.lower().replace("’", "'")).strip()
    return key.removeprefix("the ").strip()


def _outlet_keys(outlets: list[str]) -> set[str]:
    """Each outlet's name, and its first part: "The Independent - Sports" answers to both."""
    keys = set()
    for outlet in outlets:
        keys.add(_source_key(outlet))
        for sep in (" | ", " - ", " — ", ": "):
            if sep in outlet:
                keys.add(_source_key(outlet.split(sep)[0]))
    keys.discard("")
    return keys


def missing_sources(question: str, known_outlets: list[str], broad: bool = False) -> list[str]:
    """Publications the question cites as sources that are not among the store's outlets.

    "Did a Bloomberg article say …" cannot be answered from a store with no Bloomberg articles,
    however well the rest of the question matches. A store without outlet metadata knows no
    outlets, so nothing is reported missing there.
    """
    if not known_outlets:
        return []
    keys = _outlet_keys(known_outlets)
    for outlet in sorted(known_outlets, key=len, reverse=True):  # "Live Science: The Most …"
        question = re.sub(r"(?<!\w)" + re.escape(outlet) + r"(?!\w)", _KNOWN, question, flags=re.I)
    missing: dict[str, None] = {}
    strong = SOURCE_MENTIONS + (BROAD_SOURCE_MENTIONS if broad else [])
    mentions = [(p, False) for p in strong] + [(p, True) for p in WEAK_SOURCE_MENTIONS]
    for pattern, weak in mentions:
        for match in pattern.finditer(question):
            for name in re.split(r"\s+(?:and|&)\s+", match.group(1)):
                name = re.sub(r"(?:'s|’s)$", "", name.strip())
                name = re.sub(r"\s+(?:of|and|&|for)$", "", name).strip(" .,")
                if weak and not _PUBLICATION_WORD.search(name):
                    continue
                key = _source_key(name)
                if not key or key in STOPWORDS or key.split()[0] in _CALENDAR or _KNOWN in name:
                    continue
                if any(
                    key == k or k.startswith(key + " ") or key.startswith(k + " ") for k in keys
                ):
                    continue
                missing.setdefault(name, None)
    return list(missing)


# Where a question that joins several claims splits into them.
CLAIM_BREAK = re.compile(
    r",\s*(?:while|whereas|and|but|or)\s+|;\s*|\s+(?:in contrast to|compared to|compared with|"
    r"while|whereas|after|before|and did|and does|and is|and was|and has)\s+",
    re.I,
)


def _claims_by_outlet(question: str, outlets: list[str]) -> dict[str, str]:
    """For a question joining claims from several outlets, each outlet's own part of it.

    "Did The Verge report X, while TechCrunch said Y?" gives The Verge "Did The Verge report X"
    and TechCrunch "TechCrunch said Y", so each outlet is searched for its own claim.
    """
    if len(outlets) < 2:
        return {}
    parts = [p for p in CLAIM_BREAK.split(question) if p and p.strip()]
    if len(parts) < 2:
        return {}
    claims: dict[str, str] = {}
    for outlet in outlets:
        names = {outlet.lower(), outlet.lower().removeprefix("the ")}
        mine = [p for p in parts if any(n and n in p.lower() for n in names)]
        if mine and len(mine) < len(parts):
            claims[outlet] = " ".join(mine)
    return claims


# Words that make the day after them a publication day: "published on October 2, 2023", "the
# report of", "an article from"; not "the lawsuit filed on September 5".
PUBLICATION_CUE = re.compile(
    r"\b(?:published|posted|dated|released|written|reports?|reported|articles?|stor(?:y|ies)|"
    r"pieces?|coverage|column|editorial|review)\s+(?:on|of|from)?\s*$",
    re.I,
)


def _days_by_outlet(question: str, outlets: list[str]) -> dict[str, list[tuple[DateWindow, str]]]:
    """The publication days the question ties to an outlet, each with the part of the question
    that names both: within one part (see `CLAIM_BREAK`), a day named right after a publication
    word ("published on", "the report of") belongs to the nearest outlet named before it."""
    if not outlets:
        return {}
    days: dict[str, list[tuple[DateWindow, str]]] = {}
    for part in CLAIM_BREAK.split(question):
        if not part or not part.strip():
            continue
        mentions = sorted(
            (start, outlet) for outlet in outlets for start in _outlet_mentions(part, outlet)
        )
        if not mentions:
            continue
        for match in FULL_DATE.finditer(part):
            before = [m for m in mentions if m[0] < match.start()]
            if not before or not PUBLICATION_CUE.search(part[: match.start()]):
                continue
            outlet = before[-1][1]
            for window in _day_windows(match.group()):
                days.setdefault(outlet, []).append((window, part.strip()))
    return days


FULL_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES})\.?,?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b",
    re.I,
)
DAY_SLOP = 12 * 3600  # a day named in one time zone overlaps the next/previous in another


def _day_windows(question: str) -> list[DateWindow]:
    """Single days the question names: "November 9, 2023", "9 November 2023", "2023-11-09"."""
    windows = []
    for match in FULL_DATE.finditer(question):
        g = match.groupdict()
        year = int(g["y1"] or g["y2"] or g["y3"])
        name = g["m1"] or g["m2"]
        month = MONTHS[name.lower()] if name else int(g["m3"])
        try:
            day = datetime(year, month, int(g["d1"] or g["d2"] or g["d3"]), tzinfo=UTC)
        except ValueError:
            continue  # "February 30"
        start = int(day.timestamp())
        windows.append(
            DateWindow(
                start - DAY_SLOP,
                start + 86400 - 1 + DAY_SLOP,
                day=True,
                words=content_words(match.group()),
            )
        )
    return windows


def _date_windows(question: str, default_year: int | None) -> list[DateWindow]:
    windows = _day_windows(question)
    years = [int(m.group()) for m in YEAR.finditer(question)]
    for match in MONTH_YEAR.finditer(question):
        name = match.group(1).lower().rstrip(".")
        if name == "may" and not match.group(2):
            continue  # "may" is far more often a verb
        if len(name) <= 4 and name != "june" and name != "july" and not match.group(2):
            continue  # bare abbreviations ("mar", "dec") are too ambiguous without a year
        year = int(match.group(2)) if match.group(2) else (years[0] if years else default_year)
        if year is None:
            continue
        month = MONTHS[name]
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
        windows.append(
            DateWindow(
                int(start.timestamp()),
                int(end.timestamp()) - 1,
                words=content_words(match.group()),
            )
        )
    return windows
