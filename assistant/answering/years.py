"""Which years a sentence can speak of, and whether one is the year a question asks about: "who
won the davis cup in 2019" is not answered by a 2023 report on this year's final."""

from __future__ import annotations

import re

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "The first man since 2019 to beat him": a year counted from is not when the sentence is.
SINCE_YEAR = re.compile(r"\b(?:since|until|till)\s+(?:[\w'’.]+\s+){0,4}?(?:19|20)\d{2}\b", re.I)
NEXT_YEAR = re.compile(r"\bnext (?:year|season)\b", re.I)
LAST_YEAR = re.compile(r"\b(?:last (?:year|season)|a year (?:ago|earlier))\b", re.I)


def question_years(question: str) -> set[int]:
    """The years a question names."""
    return {int(y) for y in YEAR.findall(question)}


def speaks_of(years: set[int], sentence: str, before: str, published: str | None) -> bool:
    """Whether the sentence can be about one of `years`: it, or the sentence before it ("It was
    Oct. 27, 2021, when …"), names one; or, naming none, its article came out that year (or the
    year after, and it says "last season"). A sentence naming other years only, or an undated
    one in an article of another time, is about another time. An undated article tells
    nothing."""
    own = _years_in(sentence)
    if (own | _years_in(before)) & years:
        return True
    if own:
        return False  # the sentence says when, and it is another year
    if not published or not YEAR.match(published[:4]):
        return True
    year = int(published[:4])
    around = {year} | ({year - 1} if LAST_YEAR.search(sentence) else set())
    around |= {year + 1} if NEXT_YEAR.search(sentence) else set()
    return bool(around & years)


def _years_in(text: str) -> set[int]:
    return {int(y) for y in YEAR.findall(SINCE_YEAR.sub(" ", text))}
