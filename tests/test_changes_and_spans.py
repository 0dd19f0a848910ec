""" "How big an increase" asks the size of a change, which a share gives ("a 1,265% increase");
a year a span starts from ("since q4 2022") is no time the answer must be about."""

from __future__ import annotations

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.candidates import Candidate
from assistant.answering.fit import fit
from assistant.answering.which_one import on_the_one_asked
from assistant.types import Passage

RISE = "Per a report by SlashNext, there’s been a 1,265% rise in phishing since Q4 of 2022."


def test_the_size_of_a_change_is_given_by_a_share() -> None:
    slot = AnswerSlot.of("how big an increase did it find since q4 2022")
    assert slot.sized
    assert fit(slot, RISE, lambda a, b: a == b) == 1.0
    assert not AnswerSlot.of("how big an audience did it find").sized  # (a count, not a change)


def test_a_year_a_span_starts_from_is_no_time_asked() -> None:
    passages = [Passage("c1", "a1", "ChatGPT timeline", "TechCrunch", "2023-11-20", 0.9, RISE)]
    candidates = [Candidate(0, RISE)]
    chosen, lacks = on_the_one_asked(
        "how big an increase did slashnext find since q4 2022", candidates, passages, lambda c: True
    )
    assert chosen and not lacks
    # (a year asked outright is still one the answer must be about)
    chosen, lacks = on_the_one_asked(
        "how big an increase did slashnext find in 2021", candidates, passages, lambda c: True
    )
    assert lacks == "2021"


def test_a_kind_asked_ends_before_the_verb_said_of_it() -> None:
    from assistant.answering.focus import focus_phrase

    assert focus_phrase("which commissioner said art is human") == "commissioner"
    assert focus_phrase("which team won the title") == "team"
