"""Other words a count of the thing asked is told by: outfits that do what those counted do
("29% of global manufacturing companies" for manufacturers), and those a mailing goes out to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.answering.figure_words import RECEIVING
from assistant.answering.sentences import answer_stem

if TYPE_CHECKING:
    from assistant.answering.answer_slot import AnswerSlot


def received(slot: AnswerSlot) -> bool:
    """Whether the question asks how many get something: "get", "read", "reach", or what "goes
    out to" them ("how many ppl does the newsletter go out to")."""
    going_out = bool(slot.asked & {"go", "goes", "went", "sent"}) and "out" in slot.asked
    return bool(slot.asked & RECEIVING) or going_out


def doing_outfits(slot: AnswerSlot, tokens: list[str], j: int) -> bool:
    """Whether a word and the next name outfits that do what the thing counted does: "global
    manufacturing companies" for "manufacturers", "banking groups" for "bankers"."""
    head = answer_stem((slot.head or "").lower())
    doing = answer_stem(tokens[j].lower())
    return (
        len(head) > AGENT_END + 3
        and head.endswith(("er", "or"))
        and doing == head[:-AGENT_END]
        and tokens[j + 1 : j + 2] != []
        and tokens[j + 1].lower() in OUTFITS
    )


AGENT_END = 2  # letters of "-er" or "-or"
OUTFITS = frozenset(
    ("companies", "company", "firms", "firm", "businesses", "groups", "outfits", "enterprises",
     "organisations", "organizations", "plants", "brands", "operators")
)  # fmt: skip
