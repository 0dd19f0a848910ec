"""Time asked as "how much time" is a stretch measured in any unit, per the period asked; a
word clipped from one the passages write ("conf") is theirs; a word typed with a plus is a
service's name; a refusal names what is missing as the articles write it."""

from __future__ import annotations

from store_fixtures import unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asked_names import PLUS_NAMED
from assistant.answering.fit import fit
from assistant.answering.refusals import either_as_written
from assistant.answering.specifics import clipped_from


def test_time_spent_is_a_stretch_measured_per_the_period_asked() -> None:
    slot = AnswerSlot.of("how much time do people spend on roblox a month?")
    assert slot.focus == () and slot.span == "length"
    hours = "The amount of engagement is north of 5 billion hours per month on the platform."
    assert fit(slot, hours, unrelated) == 1.0
    # (a stretch, but not per month; an age; a month said alone)
    assert fit(slot, "You got 1 million installs in five days.", unrelated) == 0.5
    age = "She is the mother of an 11-year-old developer who makes $100 a month."
    assert fit(slot, age, unrelated) == 0.0
    # (asked without a period, any stretch measured is one)
    slot = AnswerSlot.of("how much time did the battery test take?")
    assert fit(slot, "The test ran for 26 hours and 45 minutes.", unrelated) == 1.0


def test_a_word_clipped_from_one_the_passages_write() -> None:
    assert clipped_from("conf", "David Baszucki, live onstage at the Code Conference.")
    assert clipped_from("bama", "Alabama won the game.")
    assert not clipped_from("conf", "They conferred at length.")  # (no name written)


def test_a_word_typed_with_a_plus_is_a_name() -> None:
    assert PLUS_NAMED.findall("how much does amazon kids+ cost per month") == ["kids"]
    assert PLUS_NAMED.findall("is disney+ cheaper than apple tv+?") == ["disney", "tv"]
    assert PLUS_NAMED.findall("ages 18+ and c++ code") == []


def test_a_missing_name_is_shown_as_the_articles_write_it() -> None:
    assert either_as_written(["Adam Silver"], "whats Adam silver said") == "Adam Silver"
    assert either_as_written(["norway"], "what about Norway") == "Norway"


def test_a_doing_asked_how_much_of_is_measured_by_its_time() -> None:
    slot = AnswerSlot.of("how much meditating does he try to do each day")
    assert slot.span == "length"
    assert AnswerSlot.of("how much funding did the startup raise").span == ""
    assert AnswerSlot.of("how much shopping did people do online").span == ""
    assert AnswerSlot.of("how much rushing did he do").span == ""
