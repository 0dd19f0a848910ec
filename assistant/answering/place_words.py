"""The wordings that tell where: a place, a seat, a birthplace, or whom money goes to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.answering.answer_slot import AnswerSlot

# "Headquartered in Hangzhou", "based at Cambridge", "a Hangzhou-based maker": a place given.
PLACE = re.compile(
    r"\b(?:in|at|from|near|outside|based in|headquartered in)\s+(?:the\s+)?"
    # (not "U.S.-Russia peace talks" nor "from U.S. President Donald Trump", of which it is
    # no place)
    r"(?:[A-Z][a-z]{2,}|(?:U\.S\.|U\.K\.|(?:US|UK|EU|UAE|NYC|DC)\b)(?!-|\s+[A-Z]))|"
    r"\b[A-Z][a-z]{2,}-(?:based|speaking)\b|"
    # ("piloting the plan in a single market"): a place by its kind
    r"\bin\s+(?:a|an|one|two|three|some|several|the|its|their)\s+(?:\S+\s+){0,2}?"
    r"(?:markets?|countr(?:y|ies)|cit(?:y|ies)|states?|regions?|provinces?|towns?|villages?)\b|"
    # … or a kind of building or ground people stay in ("staying in UNRWA schools", "sleeping
    # in tents", "living in shelters")
    r"\b(?:in|at)\s+(?:the\s+|makeshift\s+|temporary\s+)?(?:[A-Z]{2,}\s+|[A-Z][a-z]+\s+)?"
    r"(?:schools|shelters|tents|camps|hospitals|hotels|churches|mosques|stadiums|warehouses)\b|"
    # … or a spot of a home or ground one is at ("sitting on a log in his mother's backyard",
    # "at home", "on the porch")
    r"\b(?:in|on|at|inside)\s+(?:(?:the|a|an|his|her|their|my|our|its)\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:backyard|back\s+garden|garden|kitchen|living\s+room|bedroom|basement|garage|driveway|"
    r"porch|balcony|rooftop|home|house|apartment|farm|ranch|cabin|log|bench|beach|boat|couch|"
    r"sofa)\b"
)
# Where money goes: to whom it is given.
MONEY_GOING = frozenset(
    ("money", "proceeds", "funds", "funding", "cash", "profits", "donations", "revenue", "fine")
)
GOES = frozenset(("go", "goes", "going", "went", "gone"))
GIVEN_TO = re.compile(
    r"\b(?:donat\w+|given|give[sn]?|go(?:es|ing)?|went|paid|sent|allocated|directed|earmarked|"
    r"channell?ed|handed|pledged|used)\s+(?:\w+\s+){0,2}?(?:to|towards?|for)\s+(?:the\s+|its\s+)?"
    r"(?:[A-Z]\w+|fund|support|pay|help|charit|schools?|victims|families|research)",
)
# Where something is, as against where things happen to it.
LOCATED = frozenset(
    ("based", "headquartered", "headquarters", "hq", "located", "situated", "home", "live")
)
SITED = re.compile(
    r"\b(?:based|headquartered|headquarters|located|situated|home)\s+(?:is\s+)?(?:in|at|near|"
    r"outside)\s+(?:the\s+)?[A-Z]|\b[A-Z][a-z]{2,}-based\b|\b(?:lives?|living)\s+in\s+[A-Z]",
    re.I,
)
# A birthplace said as one, not where someone is now: "born in Dublin", "a native of".
BIRTHPLACE = re.compile(
    r"\b(?:born|raised|grew\s+up|growing\s+up|native\s+of|hails?\s+from|hometown)\b", re.I
)


def asks_recipient(slot: AnswerSlot) -> bool:
    """ "Where does the money go", "where will the proceeds go": to whom it is given."""
    return slot.wants == "place" and bool(slot.asked & MONEY_GOING) and bool(slot.asked & GOES)
