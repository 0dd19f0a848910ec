"""A result asked of a meeting no sentence tells the result of: "who won paro vs love", over a
piece saying Paro faces Love on December 9, is refused with that sentence."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts
from assistant.answering.outcome import TOLD_WON
from assistant.answering.specifics import said_in
from assistant.answering.taken_results import FORECAST
from index.terms import families

# "Who won paro vs love": a result asked, which only a sentence telling one answers.
WHO_WON = re.compile(
    r"^\W*(?:so\s+|and\s+|ok\s+)?who\s+(?:(?:ended\s+up|eventually|finally|actually)\s+)?"
    r"(?:won|wins|win|winning|came\s+out\s+on\s+top|prevailed)\b",
    re.I,
)
RESULT_WORDS = re.compile(
    rf"{TOLD_WON}|\b(?:won|wins|win|victory|victorious|lost|loses|loss|defeat|triumph\w*|drew|"
    r"draw|tied|stopped|knockout|ko|tko|decision|champion|\d+\s?[-–]\s?\d+)\b",
    re.I,
)
MEETING = re.compile(r"\b([\w'’-]+)\s+(?:vs\.?|v\.?|versus|against|and)\s+([\w'’-]+)", re.I)
# A meeting still to come: "Paro faces Montana Love … on December 9".
TO_COME = re.compile(
    r"\b(?:faces?|will\s+(?:face|meet|take\s+on|fight|play)|takes?\s+on|set\s+to|scheduled|"
    r"is\s+slated|are\s+slated|upcoming|next\s+(?:week|month|saturday|sunday)|preview)\b",
    re.I,
)


def result_to_come(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Who won paro vs love", over a piece saying Paro faces Love on December 9: no
    sentence on the sides tells a result, and the best tells the meeting still to come."""
    if not WHO_WON.match(d.question):
        return None
    meeting = MEETING.search(d.question)
    sides = [m.lower() for m in meeting.groups()] if meeting else list(d.asked_names)
    if not sides:
        return None
    # (a result of this meeting names both sides, when the question names two: not "Paro, who
    # won his last fight")
    needed = min(2, len(sides))

    def on_both(text: str) -> bool:
        said = families(text)
        return sum(said_in(w, said, text) for w in sides) >= needed

    preview = next((c for c in d.chosen if TO_COME.search(c.text) and on_both(c.text)), None)
    if preview is None:
        return None
    for c in d.sentences:
        # (not the preview itself, for an earlier result it tells: "Australia will face an
        # Italy team …, who beat Djokovic … in their semi-final")
        if c.text == preview.text:
            continue
        if on_both(c.text) and RESULT_WORDS.search(c.text) and not FORECAST.search(c.text):
            return None
    result = d.refuse(preview)
    result.untold = "who won"
    return result
