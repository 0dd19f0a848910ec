"""Forms the articles write otherwise than people type them: a short form of a name with more
than one letter of its last word ("uva"), a day's number without its ending ("may 22" for "May
22nd"), a name typed with its accent; figures that are part of a name ("Dimension 20") are no
amount; and pay asked as what someone is "going to be paid"."""

from __future__ import annotations

import pytest

from assistant.answering.answer_wanted import question_wants
from assistant.answering.asked_names import NameChecks
from assistant.answering.sentences import TYPE_PATTERNS, answer_stems
from assistant.answering.specifics import spelt_out
from assistant.answering.subject import said_words
from assistant.types import Passage


@pytest.mark.parametrize(
    ("short", "text", "spelt"),
    [
        ("uva", "He spoke at the University of Virginia on Tuesday.", True),
        ("nyt", "The New York Times said so.", True),
        ("msu", "Michigan State hired him.", True),
        ("uva", "United Airlines flew them home.", False),
        ("uva", "The Vatican spoke.", False),
    ],
)
def test_a_short_form_spelt_out_in_the_text(short: str, text: str, spelt: bool) -> None:
    assert spelt_out(short, text) is spelt


def test_a_days_number_is_said_without_its_ending() -> None:
    assert "22" in answer_stems("The fee rose on May 22nd of this year.")
    assert "22" in said_words("The fee rose on May 22nd of this year.")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("It backs shows like Dimension 20, Um, Actually and Game Changer.", False),
        ("The Pixel 8 is out now.", False),
        ("The Pixel 8 costs $699.", True),
        ("Arsenal 2-1 Chelsea was the result.", True),
        ("Final: Rangers 5, Diamondbacks 3.", True),
        ("It sold 20 units.", True),
    ],
)
def test_a_number_that_is_part_of_a_name_is_no_amount(sentence: str, figure: bool) -> None:
    assert bool(TYPE_PATTERNS["amount"].search(sentence)) is figure


@pytest.mark.parametrize(
    "question",
    [
        "what's jonathan smith going to be paid at michigan state per year?",
        "what is the new coach expected to be paid",
    ],
)
def test_pay_to_come_is_an_amount(question: str) -> None:
    assert question_wants(question) == "amount"


def test_a_name_typed_with_its_accent_is_said_by_the_text() -> None:
    passage = Passage("p1", "a1", "Beyoncé tops box office", "Fortune", None, 0.9,
                      "Renaissance opened with $21 million for Beyoncé.")  # fmt: skip
    unsaid = NameChecks._unsaid_in(["beyoncé", "renaissance"], [passage], [passage], frozenset())
    assert unsaid == []
    assert NameChecks._unsaid_in(["rihanna"], [passage], [passage], frozenset()) == ["rihanna"]
