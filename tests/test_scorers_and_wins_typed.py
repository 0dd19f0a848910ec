""" "Who scored" is answered by a sentence on the game the question names ("goals from …", "a
header"), not by another game's scorer in a round-up; results taken the other way round are
read however they are typed ("won vs", "got eliminated by", "the all blacks"); "what is it
valued at" asks an amount, and "what did she earn as ceo" a wage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home

from assistant.answering.asking import question_wants
from assistant.answering.doers import deed_told
from assistant.answering.measures import WAGE_ASKED
from assistant.api import Assistant


@pytest.fixture
def cup_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "roundup": (
                "title: Newcastle crush United to reach the cup quarter-finals\noutlet: Ledger "
                "Sport",
                "Newcastle will travel to Chelsea in the quarter-finals of the cup. Eddie Howe's "
                "side followed up their victory over City with a 3-0 win over United with goals "
                "from Miguel Almirón, Lewis Hall and Joe Willock. The Magpies will now face "
                "Chelsea, who beat Blackburn thanks to goals from Benoît Badiashile and Raheem "
                "Sterling at Stamford Bridge. Blackburn’s fortunes have dipped since Andy Cole "
                "scored the winning goal in the final of this competition twenty years ago.",
            ),
        },
    )


def test_who_scored_is_answered_from_the_game_the_question_names(cup_home: Assistant) -> None:
    answer = cup_home.ask("chelsea beat blackburn in the cup, who scored")
    assert not answer.abstained, answer.text
    first = answer.text.split(" [")[0]
    assert "Badiashile" in first, answer.text


def test_the_result_typed_the_other_way_round_is_refused(cup_home: Assistant) -> None:
    answer = cup_home.ask("blackburn won vs chelsea in the cup, what was the score")
    assert answer.abstained, answer.text
    assert "Chelsea, who beat Blackburn" in answer.text, answer.text


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Chelsea beat Blackburn thanks to goals from Benoît Badiashile.", True),
        ("A Nemanja Gudelj header from a corner put Sevilla back in it.", True),
        ("Balogun netted a fierce finish.", True),
        ("Theo Hernandez almost scored.", False),
        ("The two sides drew a big crowd.", False),
    ],
)
def test_a_goal_is_told_in_any_word_for_one(sentence: str, told: bool) -> None:
    assert deed_told(sentence, "scored") is told


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what is flexport valued at", "amount"),
        ("what was the company valued at then?", "amount"),
        ("what is flexport's strategy", "other"),
    ],
)
def test_what_a_thing_is_valued_at_is_an_amount(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_earned_in_a_job_is_a_wage_and_earned_by_a_film_is_not() -> None:
    assert WAGE_ASKED.search("what did caroline ellison earn as alameda ceo")
    assert WAGE_ASKED.search("how much does he make as head coach")
    assert not WAGE_ASKED.search("how much did the film earn in its opening weekend")
    assert not WAGE_ASKED.search("what did uber earn in q3")


def _truck(extender: str) -> dict[str, tuple[str, str]]:
    return {
        "truck": (
            "title: Tesla prices the Cybertruck\noutlet: Ledger Motors",
            "Tesla has finally priced its Cybertruck after years of delays. The Cyberbeast has "
            "an estimated 320-mile range and a $99,990 price tag. The company is also going to "
            f"offer a range extender that fits in a third of the truck bed. {extender}",
        )
    }


def test_a_sum_beside_another_thing_is_no_price_of_the_thing_asked(
    embedder, tmp_path: Path
) -> None:
    for a in articles_home(embedder, tmp_path, _truck("Deliveries start this week.")):
        answer = a.ask("whats the price of the cybertruck range extender")
        assert answer.abstained, answer.text
        assert "range extender" in answer.text, answer.text


def test_a_sum_said_of_the_thing_asked_answers(embedder, tmp_path: Path) -> None:
    for a in articles_home(embedder, tmp_path, _truck("The range extender costs $16,000.")):
        answer = a.ask("whats the price of the cybertruck range extender")
        assert not answer.abstained, answer.text
        assert "$16,000" in answer.text.split(" [")[0], answer.text
