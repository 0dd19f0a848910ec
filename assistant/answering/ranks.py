"""Whether a rank a sentence gives falls within the bound a yes/no question asks ("is kd in the
top 10 all time": "ranking 11th in NBA history" says no; "placing him 7th" says yes)."""

from __future__ import annotations

import re

from assistant.answering.specifics import NUMBER_WORDS

_COUNT = r"(\d{1,3}|" + "|".join(w for w in NUMBER_WORDS.values() if w != "zero") + r")"
# "in the top 10", "is kd top 10", "a top-five pick"; not "the top 3 reasons".
BOUND_ASKED = re.compile(
    rf"\b(?:in|inside|among|within|into|make|makes|made|crack|cracks|cracked)\s+the\s+"
    rf"top[- ]{_COUNT}\b|(?<!\bthe\s)\btop[- ]{_COUNT}\b",
    re.I,
)
# "ranking 11th", "placing him 7th", "sits 12th".
# (not "No. 2", which is as often a draft pick or a seed as a rank)
RANK_GIVEN = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|sits?|sat|sitting|lies|lying|stands?|"
    r"standing|is|was|are|were|at|finish(?:ed|es)?|came|comes)\s+(?:him|her|them|it|in\s+)?\s*"
    r"(\d{1,3})(?:st|nd|rd|th)\b",
    re.I,
)


def bound_asked(question: str) -> int | None:
    """The rank a yes/no question asks someone to be within ("top 10": 10), if any."""
    match = BOUND_ASKED.search(question)
    if match is None:
        return None
    count = (match.group(1) or match.group(2)).lower()
    if count.isdigit():
        return int(count)
    return next(n for n, word in NUMBER_WORDS.items() if word == count)


def within_bound(question: str, text: str) -> bool | None:
    """Whether the rank a sentence gives is within the question's bound: True, False, or None
    when the question asks no bound or the sentence gives no rank."""
    bound = bound_asked(question)
    if bound is None:
        return None
    # (one rank only: of two, which is whose the sentence may not say, "the Pixel ranks 2nd
    # and the iPhone sits 4th")
    ranks = [int(rank) for rank in RANK_GIVEN.findall(text)]
    if len(ranks) != 1:
        return None
    return ranks[0] <= bound
