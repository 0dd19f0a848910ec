"""The way a question takes a figure to have gone ("usage started slipping … by how much"): a
sentence telling it that way before one telling the contrary."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts
from assistant.answering.premises import DIRECTIONS

# … and the gentler ways down a question may say ("started slipping"), which no premise is
# refused on: what slipped is often said to have fallen.
SLIPPING = re.compile(r"\b(?:slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|declin(?:e|es|ed|ing))\b")
WAYS = (
    (DIRECTIONS[0][0], re.compile(f"{DIRECTIONS[0][1].pattern}|{SLIPPING.pattern}")),
    *DIRECTIONS[1:],
)


def of_the_change_taken(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Usage started slipping by june. by roughly how much month over month?": "User numbers
    had declined nearly 10 percent month-over-month", if close enough, before "ChatGPT's usage
    climbed nearly 13 percent month-over-month" (a question taking both ways takes neither)."""
    if d.wants not in ("amount", "number") or d.yes_no:
        return None
    asked = d.question.lower()
    for up, down in WAYS:
        for taken, other in ((up, down), (down, up)):
            if not taken.search(asked) or other.search(asked):
                continue
            if not _told(other, taken, d.candidates[0].text.lower()):
                return None
            typed = d.typed
            way = [
                c
                for c in d.candidates
                if _told(taken, other, c.text.lower()) and (typed is None or typed.search(c.text))
            ]
            if way and d.close_enough(way[0]):
                d.lead(way)
            return None
    return None


def _told(way: re.Pattern[str], contrary: re.Pattern[str], text: str) -> bool:
    """Whether a text tells a change one way and not the contrary."""
    return way.search(text) is not None and contrary.search(text) is None
