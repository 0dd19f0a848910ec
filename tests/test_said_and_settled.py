"""What someone said about a topic is answered only where the topic is said in the text, not in a
heading linking another story; a yes/no question the text settles with the contrary state is a
"No"; a quote that opens with a question is never quoted as an answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import one_article_home

from assistant.answering.scoring import sentences_of
from assistant.answering.unsettled import NOT_GIVEN
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
    "Dale said a second study of the cravings is planned, but he would not say when it will "
    "begin.\n\n"
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


def test_what_a_sentence_says_was_kept_back_is_refused_with_it(study_home: Assistant) -> None:
    answer = study_home.ask("when will the second study of the cravings begin")
    assert answer.abstained and "would not say when" in answer.text, answer.text
    assert answer.citations


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


FRAMEWORK = (
    "In a new document, Northwind discusses its updated Safeguard Framework, retooled after a "
    "board shake-up in November.\n\n"
    + " ".join(
        f"Paragraph {n} of the piece goes over how the company weighs the harms of its systems, "
        "who reviews them, and what the board can veto before anything ships."
        for n in range(1, 14)
    )
    + "\n\nThe first two teams have an easy rubric. Their teams rate each model on four risk "
    "categories: cybersecurity, persuasion, model autonomy and chemical threats."
)


@pytest.fixture(scope="module")
def framework_home(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    header = "title: Northwind buffs its safety team and gives the board a veto\noutlet: Ledger"
    yield from one_article_home(embedder, tmp_path_factory.mktemp("framework"), header, FRAMEWORK)


def test_a_thing_of_the_owner_a_piece_is_on_is_answered_from_it(framework_home: Assistant) -> None:
    """The framework is named once, in another chunk; the piece is on its owner."""
    answer = framework_home.ask(
        "Under Northwind's Safeguard Framework, how many risk categories is each model rated on?"
    )
    assert not answer.abstained and "four risk categories" in answer.text, answer.text


PREVIEW = (
    "Back fit again, Liam Kerr faces Ohio's Montana Dove in San Francisco on December 9 on the "
    "undercard of the title bout.\n\n"
    "Kerr won his last fight in May, a points decision in Brisbane.\n\n"
    "Dove has fought twice this year.\n\n"
    "Kerr's gym hired Ben Ruiz to replace his old trainer Al Pike in the summer.\n\n"
    "Promoter Jo Vance stepped down from the card last month."
)


@pytest.fixture(scope="module")
def preview_home(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    header = "title: Kerr returns against Dove in San Francisco\noutlet: Ledger"
    yield from one_article_home(embedder, tmp_path_factory.mktemp("preview"), header, PREVIEW)


def test_who_won_a_meeting_still_to_come_is_refused(preview_home: Assistant) -> None:
    answer = preview_home.ask("who won kerr vs dove?")
    assert answer.abstained and answer.text.startswith("The articles don't say who won."), (
        answer.text
    )
    assert "faces" in answer.text and answer.citations


def test_who_replaced_someone_is_answered_only_by_a_successor(preview_home: Assistant) -> None:
    answer = preview_home.ask("who will replace jo vance")
    assert answer.abstained and "successor" in answer.text, answer.text
    named = preview_home.ask("who replaced al pike as kerrs trainer")
    assert not named.abstained and "Ben Ruiz" in named.text, named.text


@pytest.mark.parametrize(
    ("sentence", "kept_back"),
    [
        ("He couldn't disclose where it would wind up.", True),
        ("The company would not say when it will ship.", True),
        ("The terms were not disclosed.", True),
        # (a thing not shared is no detail kept back from the reader)
        ("The app doesn't share your location with advertisers.", False),
        # (nor a rule that does not say: what the text of a policy leaves out)
        ("The policy does not say the removals count as strikes.", False),
    ],
)
def test_a_detail_kept_back(sentence: str, kept_back: bool) -> None:
    assert bool(NOT_GIVEN.search(sentence)) is kept_back
