"""Which one a question asks about, its year ("the davis cup in 2019") or its number ("game 7",
"q3", "iphone 15"), and which sentences speak of that one: "who won game 7" is not answered by
"they have won Game 2", nor "who won in 2019" by a 2023 report on this year's final."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.subject import article_text
from assistant.query import YEAR
from assistant.types import Passage
from index.dates import MONTHS, WEEKDAYS
from index.terms import families

# "The first man since 2019 to beat him": a year counted from is not when the sentence is.
# (a span's bound, not a year told of; but "until 2019, when the company had net assets of …"
# tells of 2019)
SINCE_YEAR = re.compile(
    r"\b(?:since|until|till)\s+(?:[\w'’.]+\s+){0,4}?(?:19|20)\d{2}\b(?!,?\s+when\b)", re.I
)
# A year named only as what a figure is set against: "dropped by 73% compared to the same
# period in 2022" is about this year's figure.
COMPARED_YEAR = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:[\w'’.]+\s+){0,5}?"
    r"(?:19|20)\d{2}\b",
    re.I,
)
# A year a relative clause tells of a thing the sentence names: "EA later cut jobs at
# Codemasters, which it purchased in 2021" dates the purchase, not the cuts.
RELATIVE_YEAR = re.compile(
    r"(?:,\s+(?:which|who|whom|whose)\b|\b(?:that|which)\s+(?=(?:it|they|he|she|"
    r"[A-Z][\w'’-]*)\s+[a-z]+ed\b))(?P<told>[^,;:()–—]{0,60}?)\bin\s+(?:19|20)\d{2}\b"
)
NEXT_YEAR = re.compile(r"\bnext (?:year|season)\b", re.I)
LAST_YEAR = re.compile(r"\b(?:last (?:year|season)|a year (?:ago|earlier))\b", re.I)
MOVES_ON = re.compile(
    r"\b(?:\w+\s+(?:years?|months?|decades?|seasons?)\s+(?:later|on)|the\s+following\s+year)\b",
    re.I,
)
SECTION_REACH = 1500  # characters before a sentence that may set the year its stretch is on
SENTENCE_OPENING = 60  # characters of a sentence that find it in its article


def question_years(question: str) -> set[int]:
    """The years a question names."""
    return {int(y) for y in YEAR.findall(question)}


def speaks_of(
    years: set[int],
    sentence: str,
    before: str,
    published: str | None,
    article: str = "",
    whole: str = "",
    asked: frozenset[str] = frozenset(),
) -> bool:
    """Whether the sentence can be about one of `years`: it, or the sentence before it ("It was
    Oct. 27, 2021, when …"), names one; or, naming none, its article came out that year (or the
    year after, and it says "last season"), or looks back on that year (`looks_back_on`), or
    the stretch of the `whole` article it sits in does (`_year_of_section`). A
    sentence naming other years only, or an undated one in an article of another time, is about
    another time; a year of a relative clause that tells of something other than the words
    `asked` (as word families) is no time of the sentence's. An undated article tells
    nothing."""
    own = _years_in(_told_apart(sentence, asked))
    if own & years:
        return True
    if _years_in(_told_apart(before, asked)) & years:
        # (not one that moves on from it: "Eight years later, they were again in last four at
        # the 2011 World Cup", after one on 2003, is on 2011)
        return not (own and MOVES_ON.search(sentence))
    if own:
        return False  # the sentence says when, and it is another year
    if looks_back_on(years, article) or _year_of_section(sentence, whole or article) in years:
        return True
    if not published or not YEAR.match(published[:4]):
        return True
    year = int(published[:4])
    # (said of it, or of the sentence it goes on from: "… was convicted of tax fraud last
    # year." then "The company was fined $1.6 million.")
    told = f"{before} {sentence}"
    around = {year} | ({year - 1} if LAST_YEAR.search(told) else set())
    around |= {year + 1} if NEXT_YEAR.search(told) else set()
    return bool(around & years)


def _told_apart(sentence: str, asked: frozenset[str]) -> str:
    """A sentence without the years its relative clauses tell of other deeds than those
    `asked` (`RELATIVE_YEAR`)."""
    return RELATIVE_YEAR.sub(lambda m: m.group() if families(m["told"]) & asked else " ", sentence)


def _year_of_section(sentence: str, article: str) -> int | None:
    """The year that heads the stretch of an article a sentence sits in, not far before it, with
    no other year named since: the year a look back's section is on ("1996 Wills World Cup,
    against Sri Lanka", then "… umpires decided to call off the match when India were reeling
    at 120 for eight"; so too "In 1996, …" opening a paragraph)."""
    at = article.find(sentence[:SENTENCE_OPENING])
    if at <= 0:
        return None
    stretch = article[max(0, at - SECTION_REACH) : at]
    heads = list(HEADING_YEAR.finditer(stretch))
    if not heads:
        return None
    head = heads[-1]
    if any(y.group() != head.group(1) for y in ANY_YEAR.finditer(stretch, head.end())):
        return None
    return int(head.group(1))


# A year that opens a line (a heading: "1996 Wills World Cup") or a paragraph ("In 1996, …").
HEADING_YEAR = re.compile(r"^[ \t]*(?:In\s+)?((?:19|20)\d{2})\b", re.M)
ANY_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def looks_back_on(years: set[int], article: str) -> bool:
    """Whether an article is about one of `years`, whenever it came out: it names that year more
    than once, and no other year as often ("30 years since Manchester United's most famous trip
    to Istanbul", a 2023 piece on 1993)."""
    named = [int(y) for y in YEAR.findall(SINCE_YEAR.sub(" ", article))]
    if not named:
        return False
    top = max(named.count(y) for y in years)
    return top > 1 and all(named.count(y) <= top for y in set(named) - years)


def _years_in(text: str) -> set[int]:
    return {int(y) for y in YEAR.findall(COMPARED_YEAR.sub(" ", SINCE_YEAR.sub(" ", text)))}


# A word and the number after it that tells one of its kind from the others ("game 7", "q3");
# days ("october 31"), years, sums, shares, measures ("31-yard"), scores and records ("beat
# miami 4-1") and ordinals are not.
NUMBERED = re.compile(
    r"\b([a-z][a-z'’-]*?)[\s-]?(\d{1,3})\b(?![.,]\d|%|[-–][a-z\d]|\s*(?:st|nd|rd|th)\b)", re.I
)
NOT_A_KIND = frozenset(
    ["top", "under", "over", "about", "around", "nearly", "almost", "than", "to", "of", "at",
     "in", "on", "by", "for", "from", "and", "or", "the", "a", "an", "up", "only", "just", "to",
     "was", "is", "were", "are", "be", "been", "with", "after", "before", "since", "until",
     "per", "all", "some", "his", "her", "their", "its", "our", "my", "your", "no",
     # (a verb is no kind: "haaland has 50")
     "has", "have", "had", "got", "gets", "get", "scored", "scores", "made", "makes", "hit",
     "hits", "reached", "reaches", "won", "wins", "lost", "loses"]
)  # fmt: skip


def numbered(text: str) -> dict[str, set[str]]:
    """The numbered kinds a text names, each with its numbers ("game": {"7"}; "q": {"3"})."""
    out: dict[str, set[str]] = {}
    for match in NUMBERED.finditer(text):
        kind, number = match.group(1).lower(), match.group(2)
        if kind not in NOT_A_KIND and kind not in MONTHS and kind not in WEEKDAYS:
            out.setdefault(kind, set()).add(number.lstrip("0") or "0")
    return out


def another_one(asked: dict[str, set[str]], sentence: str, article: str) -> bool:
    """Whether the sentence speaks of another of a numbered kind the question asks about: it
    names others of the kind and not the one asked ("Game 2" for "game 7"), or, naming none,
    its article does ("Welcome to the World Series" in a piece on Game 2)."""
    return _another_in(asked, numbered(sentence), numbered(article))


def _another_in(
    asked: dict[str, set[str]], said: dict[str, set[str]], written: dict[str, set[str]]
) -> bool:
    for kind, numbers in asked.items():
        if kind in said:
            if not numbers & said[kind]:
                return True
        elif kind in written and not numbers & written[kind]:
            return True
    return False


def on_the_one_asked(
    question: str,
    candidates: list[Candidate],
    passages: Sequence[Passage],
    close_enough: Callable[[Candidate], bool],
    check_years: bool = True,
    check_numbers: bool = True,
    whole: Callable[[str], str] | None = None,
) -> tuple[list[Candidate], str]:
    """The candidates that speak of the year and the numbered ones the question asks about, or
    none when the best of them is not `close_enough` to the best of all; with what they lack
    ("2019", "game 7")."""
    # (a year a span starts from is no time asked about, as in a sentence: "since q4 2022")
    years = question_years(SINCE_YEAR.sub(" ", question)) if check_years else set()
    if years:
        asked = frozenset(families(question))
        texts: dict[str, tuple[str, str]] = {}  # each article's, read once, and all of it
        for c in candidates:
            article = passages[c.passage].article_id
            if article not in texts:
                texts[article] = (
                    article_text(article, passages),
                    whole(article) if whole is not None else "",
                )
        timely = [
            c
            for c in candidates
            if speaks_of(
                years,
                c.text,
                c.before,
                passages[c.passage].published,
                *texts[passages[c.passage].article_id],
                asked,
            )
        ]
        if not timely or not close_enough(timely[0]):
            return [], " or ".join(str(y) for y in sorted(years))
        candidates = timely
    ones = numbered(YEAR.sub(" ", question)) if check_numbers else {}
    if ones:
        written: dict[str, dict[str, set[str]]] = {}  # each article's, read once
        for c in candidates:
            article = passages[c.passage].article_id
            if article not in written:
                written[article] = numbered(article_text(article, passages))
        same = [
            c
            for c in candidates
            if not _another_in(
                ones, numbered(f"{c.before} {c.text}"), written[passages[c.passage].article_id]
            )
        ]
        if not same or not close_enough(same[0]):
            return [], " or ".join(f"{kind} {n}" for kind, ns in ones.items() for n in sorted(ns))
        candidates = same
    return candidates, ""
