"""Results a text tells as something taken: a title won ("Blaney was crowned the Cup Series
champion") or a sum paid by a side ("Binance agreed to pay about $4.3 billion"); with the gaps and
the forecast words every result pattern shares."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answering.result_claims import MADE_TO


def gap_of(most: int) -> str:
    """Up to `most` characters within a sentence ("$32.5 million" in it), as few as will do."""
    return rf"(?:[^.;!?]|(?<=\d)\.(?=\d)|(?<=\bNo)\.){{0,{most}}}?"  # ("No. 22 Utah")


GAP = gap_of(40)
TOLD_PAID = r"\b(?:pay|pays|paid|paying)\b"
FORECAST = re.compile(
    r"\b(?:to|will|would|could|can|should|might|may|must|not|never)\s+(?:beat|defeat|win|lose|"
    r"top|upset)\b|\b(?:(?:picks?|picked)(?!\s+(?:off|up|out)\b)|predict\w*|expect\w*|odds|"
    r"favou?red|projected|forecast\w*)\b",
    re.I,
)


TITLE_ASKED = re.compile(r"\b(?:championship|title|crown|grand\s+final|premiership)\b", re.I)
TITLE_TAKEN = (
    r"\b(?:won|wins|win|winning|secured|secures|clinched|clinches|claimed|claims|captured|took|"
    r"lifted)\b"
    + gap_of(30)
    + r"\b(?:championship|title|crown|premiership|grand\s+finals?)\b|\bcrowned\b"
    + gap_of(30)
    + r"\bchampions?\b"
)
# The title as the side's own: "Jeremy Howe celebrating Collingwood's premiership"; not
# "Collingwood's premiership hopes".
TITLE_OWNED = (
    r"['’]s\s+(?:(?!(?:first|next|last)\b)\w+\s+)?(?:championship|title|crown|premiership)\b"
    # (won, not sought or held: "Tottenham's title ambitions", "Verstappen's championship
    # lead", "Arsenal's title rivals")
    r"(?!['’-]|\s+(?:hopes?|chances?|bids?|aspirations?|ambitions?|window|odds|credentials|"
    r"defen[cs]es?|race|push|charge|challenges?|challengers?|favou?rites?|contenders?|"
    r"contention|drought|dreams?|hangover|lead|leads|rivals?|rivalry|shots?|fights?|chase|"
    r"battles?|tilt|pursuit|run|quest|hunt|credentials|prospects?|path|picture|race|winning|"
    r"hopefuls?|tussle|showdown|bout|game|match|clash|decider|opponents?)\b)"
)


def took_title(text: str, side: Iterable[str]) -> bool:
    """Whether a text says a side took the title: "Ryan Blaney secured his first-ever
    championship", "Blaney was crowned the Cup Series champion"; not a forecast."""
    if FORECAST.search(text):
        return False
    return any(
        re.search(rf"\b{re.escape(name)}(?:\b{GAP}(?:{TITLE_TAKEN})|{TITLE_OWNED})", text, re.I)
        for name in side
    )


LONG_GAP = gap_of(80)  # (past an aside: "Binance, the world's largest …, has")
SENTENCE_GAP = gap_of(200)  # (the rest of a sentence)
PAYMENT_TAKEN = re.compile(rf"\b{MADE_TO}(?:pay|pays|paid|paying)\b", re.I)


# (a clause of its own, whose subject is another)
ANOTHER_CLAUSE = re.compile(r",\s+(?:and|but|so)\s+(?:it|he|she|they|we)\b|\bwhich\b|\bwho\b", re.I)


def pays_a_sum(text: str, payer: Iterable[str]) -> bool:
    """Whether a text says one side pays (or agreed to pay) a sum: "Binance … agreed to pay
    about $4.3 billion"; not that it is paid one ("Tom Brady (who was paid $55 million)")."""
    if FORECAST.search(text):
        return False
    return any(
        (
            match := re.search(
                rf"\b{re.escape(side)}\b{LONG_GAP}(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)"
                rf"(?<!be\s)(?<!get\s)(?<!got\s)(?<!gets\s){TOLD_PAID}\s+(?:about|around|nearly|roughly|almost|"
                rf"more\s+than|over|up\s+to|some)?\s*[$£€¥]\s?\d",
                text,
                re.I,
            )
        )
        # (the payer is the subject, not the object of another's deal: "Microsoft has sealed
        # its deal for Activision Blizzard, and it's paid $69bn")
        and not ANOTHER_CLAUSE.search(match.group())
        for side in payer
    )
