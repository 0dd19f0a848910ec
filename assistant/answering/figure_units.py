"""A figure's unit in the forms it is written ("km", "kilometres"), and a figure told as a
difference ("30 grams less than"), which answers only a question asking one."""

from __future__ import annotations

import re

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.focus import COMPARATIVES

# Words of a question that asks how two things differ: "how much lighter is it", "the gap".
ASKS_A_DIFFERENCE = COMPARATIVES | frozenset(("than", "difference", "gap", "margin", "compared"))
DIFFERENCE_REACH = 3  # words after a figure to the comparative that makes it a difference
# … as the text goes on after a measure: " less than the original model"
DIFFERENCE_AFTER = re.compile(
    rf"\W+(?:[\w-]+\W+){{0,{DIFFERENCE_REACH - 1}}}(?:{'|'.join(sorted(COMPARATIVES))})\s+than\b",
    re.I,
)


def in_unit(unit: str, word: str) -> bool:
    """Whether the word after a figure is the unit asked, in any of its common forms."""
    low = word.lower()
    return (
        low == unit
        or low.rstrip("s") == unit.rstrip("s")
        or (unit in UNIT_NAMES and low in UNIT_NAMES[unit])
    )


# Units asked by one form and written in another.
UNIT_NAMES = {
    "km": {"kilometers", "kilometres", "km", "kms"}, "kms": {"kilometers", "kilometres", "km"},
    "kilometers": {"km", "kilometres"}, "kilometres": {"km", "kilometers"},
    "lbs": {"pounds", "lb"}, "pounds": {"lbs", "lb"}, "kg": {"kilograms", "kilos", "kgs"},
    "ft": {"feet", "foot"}, "feet": {"ft", "foot"}, "mp": {"megapixels", "megapixel"},
    "megapixels": {"mp"}, "w": {"watts", "watt"}, "watts": {"w", "watt"},
    "tons": {"tonnes", "ton", "tonne"}, "tonnes": {"tons", "ton", "tonne"},
    "meters": {"metres", "m"}, "metres": {"meters", "m"}, "kcal": {"calories"},
}  # fmt: skip


def unasked_difference(slot: AnswerSlot, after: str) -> bool:
    """Whether a figure, by what follows it (`after`), is by how much one thing differs from
    another ("30 grams less than", "$200 more than the base model", "20% cheaper than"), when
    the question asks no difference ("how much lighter is it" does)."""
    return not slot.asked & ASKS_A_DIFFERENCE and DIFFERENCE_AFTER.match(after) is not None
