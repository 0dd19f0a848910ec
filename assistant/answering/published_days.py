"""A day a question names that is an article's publication day, which its text seldom says."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.types import Passage
from index.dates import MONTHS

# A day of a month typed without its year: "from nov 6", "on 20 october", "oct. 20th".
MONTH_DAY = re.compile(
    r"\b(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?![,\s]*\d{4}|[:.]\d)|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?![,\s]*\d{4})",
    re.I,
)


def dates_published(question: str, read: Sequence[Passage]) -> str:
    """The question without the days it names that an article read was published on ("the smh
    asx preview from nov 6"): the day is its metadata, which its text seldom says."""
    days = set()
    for p in read:
        found = re.match(r"\d{4}-(\d{2})-(\d{2})", p.published or "")
        if found:
            days.add((int(found.group(1)), int(found.group(2))))

    def dropped(match: re.Match[str]) -> str:
        month = MONTHS[(match.group("m1") or match.group("m2")).lower()[:3]]
        day = int(match.group("d1") or match.group("d2"))
        near = {(month, day), (month, day - 1), (month, day + 1)}  # (a day's slip of time zones)
        return " " if near & days else match.group()

    return MONTH_DAY.sub(dropped, question)
