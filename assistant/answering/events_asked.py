"""An event or a contest a question asks the time, place or winner of, when the sentences
chosen speak of something else: "when and where is bill kenwright's funeral", answered by
sentences on his illness; "so who won the final", by a win in the semi-final."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.asking import ANSWER_TYPES
from assistant.answering.draft import Draft, Parts
from index.terms import STOPWORDS, families, family

# "When and where is bill kenwright's funeral": the event asked the time or place of, ending
# a question put with "is" or "was" (not "when was it announced", "when is it due").
EVENT_ASKED = re.compile(
    r"^(?:when|where)(?:\s+and\s+(?:when|where))?(?:\s+(?:is|was|are|were)|['’]?s)\s+.*?"
    r"\b([a-z]{4,})\s*[?.!]*\s*$",
    re.I,
)
NO_EVENT = re.compile(r"(?:ed|ing|en|ly)$|^(?:open|due|over|back|held|then|there|now|today)$")
# "Where is tiktok testing its ad free tier": a deed in progress, its object ending the question,
# is no event asked of ("when is the opening of the stadium" is one).
DEED_IN_PROGRESS = re.compile(
    r"\b[a-z]{3,}ing(?:\s+(?:out|up|off|on|back|down))?\s+(?:its|the|a|an|their|his|her|this|"
    r"that|these|those|them|it|our|my|your)\b",
    re.I,
)
# "So who won the final": the contest won, when it is one a sentence telling its winner names
# ("Sinner served out for a famous win" was the semi-final's); not "the game", which a result
# need not say ("the Chiefs beat the Jets 23-20").
WON_ASKED = re.compile(
    r"^(?:so\s+|and\s+)?who\s+(?:won|wins|took)\s+.*?\b([a-z]{4,})\s*[?.!]*\s*$", re.I
)
WON_EVENTS = frozenset(
    ("final", "finals", "semifinal", "election", "race", "award", "title", "trophy",
     "championship", "cup", "prize", "tournament", "primary", "vote", "pennant", "medal")
)  # fmt: skip


def event_unspoken(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "When and where is bill kenwright's funeral": sentences on his illness and his years at
    Everton give a time, not the funeral's; "so who won the final", a win in the semi-final."""
    event = _event_unspoken(d, parts)
    if not event:
        return None
    result = d.refuse(d.chosen[0])
    result.unsaid = [event]
    return result


def _event_unspoken(d: Draft, parts: Parts) -> str:
    question = d.question.strip()
    won = WON_ASKED.match(question)
    if won and won.group(1).lower() in WON_EVENTS:
        # (said as it is: any sentence telling a win has a word akin to "final")
        contest = won.group(1).lower()
        said = families(" ".join(c.text for c in d.chosen))
        return "" if family(contest) in said else contest
    asked = EVENT_ASKED.match(question)
    event = asked.group(1).lower() if asked else ""
    if (
        not event
        or event in STOPWORDS  # ("the last time frankfurt did that kind of damage to them")
        or NO_EVENT.search(event)
        or event in d.asked_names
        or event in ANSWER_TYPES
        or DEED_IN_PROGRESS.search(question)
        # (the sentence itself: "has died", before it, gives no funeral's date)
        or parts.meaning.speaks_of(event, [c.text for c in d.chosen])
    ):
        return ""
    return event
