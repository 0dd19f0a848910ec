"""What a figure counts and what a sentence refers back to: a multiple, a model's measure or a
number word made one with another word is no count; a fall in a sum may be told as a share; a
short form may hold an initialism of a name ("jpm"); a sum's figure is said without its unit; a
sentence going on about what the one before went on about is read with both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import one_article_home

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.candidates import Candidate
from assistant.answering.figure_fit import figure_fit
from assistant.answering.fit import fit
from assistant.answering.focus import question_focus
from assistant.answering.scoring import weigh_words
from assistant.answering.specifics import spelt_out
from assistant.answering.subject import said_words
from assistant.api import Assistant
from assistant.types import Passage


def unrelated(a: str, b: str) -> bool:
    return False


def test_a_count_is_no_multiple_measure_or_compound() -> None:
    slot = AnswerSlot.of("how many steam deck oleds has valve sold so far?")
    assert not figure_fit(slot, "Valve's new Steam Deck OLED is a double surprise.", unrelated)
    assert not figure_fit(slot, "The OLED model is a half-step toward a new Steam Deck.", unrelated)
    assert not figure_fit(slot, "The 512GB Steam Deck OLED is the model to get.", unrelated)
    assert figure_fit(slot, "Valve has sold 3 million Steam Deck OLEDs.", unrelated) == 1.0
    # (a number word joined to what is counted still counts it)
    games = AnswerSlot.of("how many games was he banned for?")
    assert figure_fit(games, "He was handed a three-game ban on Monday.", unrelated) == 1.0


def test_a_fall_in_a_sum_may_be_a_share() -> None:
    slot = AnswerSlot.of("if the rate went to 9%, how much would that knock off the fund's value")
    sentence = "Raising it would reduce the fair value of the portfolio by 7.9%."
    assert figure_fit(slot, sentence, unrelated) > 0
    paid = AnswerSlot.of("how much did flexport pay for deliverr")
    assert not figure_fit(paid, "Flexport's shares made up 7.9% of the deal.", unrelated)


def test_a_sum_paid_to_another_is_not_their_pay() -> None:
    slot = AnswerSlot.of("how much was dave clark being paid as flexport ceo, salary-wise?")
    context = "Dave Clark was Flexport's CEO for a year."
    nelly = "The company paid rapper Nelly $150,000 to perform at the event."
    assert fit(slot, nelly, unrelated, context) == 0.5
    assert fit(slot, "Flexport paid Clark $1 million a year.", unrelated, context) == 1.0


def test_a_short_form_may_hold_an_initialism() -> None:
    assert spelt_out("jpm", "One of its closest watchers has been JP Morgan and its analyst.")
    assert not spelt_out("jpm", "JP said Morgan was right.")


def test_a_sums_figure_is_said_without_its_unit() -> None:
    assert "42.5" in said_words("Chelsea forked out £42.5m.")
    assert "42.5" not in said_words("Chelsea forked out £4.25m.")


def test_a_vague_word_asks_for_no_thing() -> None:
    assert question_focus("what extras did clark squeeze out of shopify") is None
    assert question_focus("how much copper did they offer") == "copper"


def test_a_sentence_going_on_twice_is_scored_with_the_one_that_named_it() -> None:
    team = "The team led by Ana Lindqvist has pinpointed a gene, Kref7."
    gene = "This gene is critical for the formation of secretory cells."
    found = "This breakthrough was documented in the November 24 issue of Science Advances."
    passage = Passage("c1", "a1", "Gut cells", "Science Daily", None, 0.9, f"{team} {gene} {found}")
    candidates = [
        Candidate(0, team),
        Candidate(0, gene, before=team),
        Candidate(0, found, before=gene),
    ]
    terms = {"kref7": 7.0, "lindqvist": 7.0, "journal": 5.0, "publish": 3.0}
    weigh_words(candidates, [passage], terms)
    # (the team's sentence, two back, speaks for the breakthrough: 0.8 of its 14 of 22)
    assert candidates[2].own == pytest.approx(0.8 * 14 / 22)


STUDY = (
    "Stem cells replace dying cells throughout the gut, but how they choose what to become is a "
    "puzzle.\n\nThe research team led by Ana Lindqvist at the Nordic Institute has pinpointed a "
    "previously unknown gene, Kref7. This gene is critical for activating the formation of "
    "secretory cells in the intestines.\n\nThis breakthrough, documented in the November 24 "
    "issue of Science Advances, heralds a new chapter in the understanding of cancer.\n\nMuch "
    "like cars that need constant upkeep, the gut lining renews itself every few days."
)


@pytest.fixture
def study(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: A gene that steers gut cells\noutlet: Science Daily\npublished: 2023-11-28"
    yield from one_article_home(embedder, tmp_path, header, STUDY)


def test_a_date_told_by_a_sentence_going_on_about_the_study(study: Assistant) -> None:
    answer = study.ask("the kref7 gut stem cell study from lindqvists team - what date was it out")
    assert not answer.abstained, answer.text
    assert answer.text.startswith("This breakthrough, documented in the November 24"), answer.text
