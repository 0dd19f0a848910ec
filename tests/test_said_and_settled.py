"""What someone said about a topic is answered only where the topic is said in the text, not in a
heading linking another story; a yes/no question the text settles with the contrary state is a
"No"; a quote that opens with a question is never quoted as an answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import one_article_home

from assistant.answering.scoring import sentences_of
from assistant.api import Assistant
from assistant.types import Passage

STUDY = (
    "A new study from the University of Westfield suggests that snack cravings can be a sign of "
    "addiction.\n\n"
    "Researchers reviewed 190 studies from 30 countries, finding that 11% of adults showed signs "
    "of addiction to ultra-processed snacks.\n\n"
    "SWEETENERS NOT ADVISED FOR WEIGHT LOSS, SAYS HEALTH AGENCY\n\n"
    '"Being hooked on snacks veers into unhealthy territory," dietitian Mara Quint told the '
    "Ledger.\n\n"
    "Quint noted that many countries have banned snacks with certain additives.\n\n"
    "Lead researcher Omar Dale said the snack maker Crunchco posted a loss last year.\n\n"
    '"What do you want to know? Ask the panel your question, and be patient," said the '
    "study's website."
)


@pytest.fixture(scope="module")
def study_home(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    header = "title: Snacks could be as addictive as tobacco, study suggests\noutlet: Ledger"
    yield from one_article_home(embedder, tmp_path_factory.mktemp("study"), header, STUDY)


def test_a_topic_said_only_in_a_heading_is_not_what_was_said(study_home: Assistant) -> None:
    answer = study_home.ask("what did quint say about sweeteners")
    assert answer.abstained, answer.text
    assert "sweeteners" in answer.text.lower() and answer.citations, answer.text
    said = study_home.ask("what did quint say about additives")
    assert not said.abstained and "banned" in said.text, said.text


def test_the_contrary_state_settles_a_yes_no_question(study_home: Assistant) -> None:
    answer = study_home.ask("was crunchco profitable last year")
    assert answer.text.startswith("No: ") and "loss" in answer.text, answer.text
    assert not answer.abstained and answer.citations


def test_a_quote_opening_with_a_question_is_no_statement() -> None:
    text = (
        "The board game is made by Hasbro today. "
        '"What do you want to know? Ask your question with a friend, and be patient," said '
        "the website."
    )
    passage = Passage("p1", "a1", "Boards", "Ledger", None, 0.9, text)
    sentences = [c.text for c in sentences_of([passage])]
    assert sentences == ["The board game is made by Hasbro today."]
