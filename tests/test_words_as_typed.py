"""Words as people type them, read for what they are: a verb is no numbered kind ("haaland has
50"), a past tense ends the thing counted ("how many of those came"), "the original price" is no
outcome, a name typed without its accents is the name ("mekic")."""

from __future__ import annotations

import pytest

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asking import asks_what_came_of_it
from assistant.answering.fit import fit
from assistant.answering.scoring import unrelated
from assistant.answering.sentences import TYPE_PATTERNS
from assistant.answering.verdict import _without_given
from assistant.answering.which_one import numbered
from assistant.attribution import cites


def test_a_verb_before_a_number_is_no_numbered_kind() -> None:
    assert numbered("haaland has 50. how many came for norway?") == {}
    assert numbered("who won game 7") == {"game": {"7"}}


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("how many of those came for norway?", ()),
        ("how many goals came from set pieces", ("goal",)),
        ("what was the original price back in aug 2022?", ("original", "pric")),
    ],
)
def test_the_thing_asked_ends_before_a_verb_or_a_time(question: str, focus: tuple) -> None:
    assert AnswerSlot.of(question).focus == focus


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("what was the original price back in aug 2022?", False),
        ("what was the initial offer", False),
        ("how much did it end up paying", True),
    ],
)
def test_the_first_figure_asked_is_no_outcome(question: str, outcome: bool) -> None:
    assert asks_what_came_of_it(question) is outcome


def test_a_source_typed_without_its_accents_is_cited() -> None:
    assert cites("It was spotted last month by technologist Danny Mekić.", "mekic")
    assert not cites("It was spotted last month by technologist Danny Mekić.", "mekik")


def test_how_big_something_can_get_is_a_size_a_share_may_give() -> None:
    slot = AnswerSlot.of("under the DSA how big can penalties get?")
    assert slot.sized and slot.focus == ("penalt",)
    capped = "Penalties for breaches of the DSA can scale up to 6% of global annual turnover."
    counted = "X was named as one of 19 larger platforms under the DSA."
    assert fit(slot, capped, unrelated) > fit(slot, counted, unrelated)
    # … while a count asked is no share
    assert fit(AnswerSlot.of("how many people came"), "70% of people came.", unrelated) == 0.0


def test_a_number_the_question_gives_is_no_figure_it_asks_for() -> None:
    question = "whats the battery capacity in watt-hours on the 16-inch m3 max macbook pro?"
    text = _without_given("The 16-inch MacBook Pro with M3 Max is the most powerful yet.", question)
    assert not TYPE_PATTERNS["amount"].search(text)
    given = _without_given("Its 16-inch model holds a 100Wh battery.", question)
    assert TYPE_PATTERNS["amount"].search(given)
