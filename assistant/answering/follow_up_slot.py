"""What a question leaves open, with what a follow-up carries from the turns before: "what about
lyft's numbers", after "uber q3 net income?", asks an amount again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.refusals import ELLIPTICAL, WHAT_ABOUT
from assistant.answering.yes_no_asked import is_yes_no

FIGURES_ASKED = re.compile(r"\b(?:figures|stats|statistics|numbers|tally)\b", re.I)


def slot_asked(
    question: str,
    query: str | None,
    earlier: Sequence[str],
    names: frozenset[str] = frozenset(),
) -> AnswerSlot:
    """What the question leaves open, with what a follow-up carries from the turns before;
    `names` are the question's name words, typed in lower case or not."""
    slot = AnswerSlot.of(question, names)
    if query and not slot.focus:  # "and how many do they have": what the turn before
        # counted, as the condensed query carries it
        asked_before = AnswerSlot.of(query)
        if asked_before.wants == slot.wants and asked_before.focus:
            slot = replace(slot, focus=asked_before.focus, head=asked_before.head)
    if (
        slot.wants == "other"
        and (WHAT_ABOUT.match(question) or ELLIPTICAL.match(question))
        and not is_yes_no(question)  # ("so putin reckons it would make prices jump?")
    ):
        # "what about lyft's numbers" after "uber q3 net income?": an amount again, for
        # Lyft; "and the guy playing dodi?" after "who plays diana": someone again; "and
        # zaheer's bowling figures?" after "who top scored": figures, whatever came before
        if FIGURES_ASKED.search(question):
            return replace(slot, wants="number")
        kinds = (AnswerSlot.of(q) for q in earlier)
        last_kind = next((k for k in kinds if k.wants != "other"), None)
        if last_kind is not None:
            slot = replace(slot, wants=last_kind.wants, money=last_kind.money, paid=last_kind.paid)
    return slot
