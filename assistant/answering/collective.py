"""A figure told of several together is no one's own: "how much is amazon paying" is not answered
by "a $7.7 billion deal with Fox Sports, NBC, Amazon, and Warner Bros"."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts

# Three or more names in a row: "Fox Sports, NBC, Amazon, and Warner Bros".
NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
LISTED = re.compile(rf"{NAME}(?:,\s+{NAME}){{1,}},?\s+(?:and|&)\s+{NAME}")
# … unless the figure is each one's: "each", "apiece", "respectively".
EACH = re.compile(r"\b(?:each|apiece|a\s+piece|respectively|per\s+(?:team|club|company|side))\b")


def listed_with_others(text: str, name: str, asked: set[str]) -> bool:
    """Whether a text names `name` in a list of three or more, most of which the question does
    not name (`asked`: its name words, in lower case)."""
    for match in LISTED.finditer(text):
        members = [m.strip() for m in re.split(r",\s*|\s+(?:and|&)\s+", match.group()) if m]
        words = [set(re.findall(r"[a-z0-9]+", m.lower())) for m in members]
        if not any(name in w for w in words):
            continue
        others = [w for w in words if name not in w and not w & asked]
        if len(others) >= 2:
            return True
    return False


def share_of_several(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "How much of that is amazon paying": the best sentence gives one sum for Amazon and two
    or more others the question does not name; the articles give no share of Amazon's."""
    if d.wants != "amount" or not d.slot.money:
        return None
    best = d.chosen[0]
    if EACH.search(best.text):
        return None
    asked = set(d.asked_names)
    named = next((n for n in asked if listed_with_others(best.text, n, asked)), None)
    if named is None:
        return None
    return d.refuse(best, f"{d.asked_names[named]}'s share")
