"""Reading a news question: its content words, the outlets it names, the dates it mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from assistant.attribution import DESCRIBING, cited_sources
from assistant.outlet_names import REPUBLISHED, named_outlets, outlet_mentions, outlets_set_aside
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
# The last word of a newspaper's name, typed in lower case.
_PAPER = r"(?:times|post|journal|herald|tribune|gazette|chronicle|telegraph|observer)"
# … and typed in lower case, a publication's name saying or writing something: "what did the
# south china morning post say about …", "the new york times reported" (not "the blog post says")
# (not a post of some kind, nor times: "the blog post", "the first times")
_NO_PAPER = (
    r"(?:blog|instagram|facebook|linkedin|social|media|twitter|reddit|x|latest|recent|original|"
    r"viral|new|first|last|same|other|this|that)\s+(?:post|times)\b"
)
LOWER_SOURCE_MENTION = re.compile(
    r"\bthe\s+((?!" + _NO_PAPER + r")"
    r"(?:[a-z][\w'’-]*\s+){1,4}"
    + _PAPER
    + r")\s+(?:say|said|says|saying|report|reported|reports|reporting|write|wrote|writes|"
    r"piece|article|story|column|claim|claimed|claims|review|reviews|reviewed|editorial|"
    r"coverage|analysis|op-ed|interview)\b"
)
# … or opening the question, with what it wrote: "washington post review of the steam deck"
LEADING_SOURCE_MENTION = re.compile(
    r"^\s*((?!(?:what|which|who|how|why|when|where|did|does|do|is|was|are|were|has|have|can|"
    r"the|a|an|this|that|my|our|your|blog|latest|recent|new|first|last)\b)"
    # (a name of its own words: not "smh ran the telegraph")
    r"(?:(?!(?:the|a|an|ran|runs|said|says|in|on|of|from)\b)[a-z][\w'’-]*\s+){1,3}"
    + _PAPER
    + r")\s+"
    r"(?:piece|article|story|column|review|editorial|coverage|analysis|op-ed|interview|report)\b"
)
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
    mentions = [(p, False) for p in [*strong, LOWER_SOURCE_MENTION, LEADING_SOURCE_MENTION]]
    mentions += [(p, True) for p in WEAK_SOURCE_MENTIONS]
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
                if set(key.split()) <= DESCRIBING:  # (which piece, not whose: "a Christmas piece")
                    continue
                if re.search(r"\b" + _NO_PAPER, key):  # ("the openai blog post says")
                    continue
                if _known_key(key, keys):
                    continue
                missing.setdefault(name.title() if name.islower() else name, None)
    # … and a paper cited in passing, typed in lower case: "did the straits times cover …",
    # "per the straits times, …" (a name of two words or more that ends as a paper's does)
    for name in cited_sources(question):
        key = _source_key(name)
        if (
            len(key.split()) >= 2
            and _PUBLICATION_WORD.search(name.title())
            # (someone's post is no paper: "the musk post", "the openai blog post")
            and not key.endswith(" post")
            and not re.search(r"\b" + _NO_PAPER, key)
            and _KNOWN.lower() not in key
            and not _known_key(key, keys)
        ):
            missing.setdefault(name.title() if name.islower() else name, None)
    if missing and _KNOWN in question and REPUBLISHED.search(question):
        return []  # (a piece the store has as republished: "the Conversation piece that Fortune
        # republished")
    return list(missing)


def _known_key(key: str, keys: Iterable[str]) -> bool:
    """Whether a source's key is a store outlet's, or the start of one ("the age" of "the age
    sport"), or one starts it."""
    return any(key == k or k.startswith(key + " ") or key.startswith(k + " ") for k in keys)


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
            (start, outlet) for outlet in outlets for start in outlet_mentions(part, outlet)
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
