"""A month a question asks of in one year, answered by a sentence that tells it of another.

"How many unique visitors did chatgpt get in october 2022 according to similarweb": a piece of
November 2023 says ChatGPT "saw 140.7 million unique visitors in October", which, in a piece of
that date, is October 2023 (or, told as still to come, October 2024), never October 2022. A month
a sentence gives without its year is read by its article's date; when neither the last such month
before it nor the next one after is in the year asked, the question is refused, naming the month.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts
from index.dates import MONTHS

# Month names and short forms, longest first so "september" is read whole, not as "sep".
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
ASKED = re.compile(rf"\b({MONTH})\.?,?\s+(?:of\s+)?((?:19|20)\d{{2}})\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Each month's full name, by its number.
NAMES = {
    number: max((n for n, m in MONTHS.items() if m == number), key=len) for number in range(1, 13)
}


def years_meant(month: int, published: date) -> set[int]:
    """The years a month said without its year may be in an article of this date: the last such
    month on or before it, and the next on or after."""
    past = published.year if month <= published.month else published.year - 1
    future = published.year if month >= published.month else published.year + 1
    return {past, future}


def month_of_another_year(d: Draft, parts: Parts) -> OfflineResult | None:
    """The question's month of a year, where the answer's sentence gives that month without a
    year in a piece whose date puts it in another."""
    asked = ASKED.search(d.question)
    best = d.chosen[0]
    published = d.passages[best.passage].published
    if asked is None or not published or YEAR.search(best.text):
        return None
    month, year = MONTHS[asked.group(1).lower()], int(asked.group(2))
    said = re.search(rf"\b{NAMES[month]}\b", best.text, re.I)
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    if said is None or year in years_meant(month, day):
        return None
    result = d.refuse(best)
    result.unsaid = [f"{NAMES[month].capitalize()} {year}"]
    return result
