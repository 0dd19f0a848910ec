"""A word no article holds, which the sentences chosen speak of in no akin word, is what the
articles do not mention ("maui", of a piece on another fire); one they speak of in other words
("gig", of a concert) is not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import articles_home

from assistant.api import Assistant

FIRE = (
    "Firefighters worked through the night in the hills above the town.\n\n"
    "Four people died in the fire, which destroyed 200 homes, officials said on Monday.\n\n"
    "The blaze started near a power line and spread quickly in strong winds."
)
CONCERT = (
    "The band played to a sold-out arena on Saturday night.\n\n"
    "Some 20,000 people attended the concert, the promoter said.\n\n"
    "Tickets for the tour sold out within an hour of going on sale."
)


@pytest.fixture(scope="module")
def news(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    fire = "title: Hill fire kills four\noutlet: Daily Planet\npublished: 2023-08-20"
    concert = "title: Band plays sold-out arena\noutlet: Daily Planet\npublished: 2023-08-21"
    articles = {"fire": (fire, FIRE), "concert": (concert, CONCERT)}
    yield from articles_home(embedder, tmp_path_factory.mktemp("unheld"), articles)


def test_a_word_no_article_holds_is_not_mentioned(news: Assistant) -> None:
    answer = news.ask("how many people died in the maui fires")
    assert answer.abstained
    assert answer.text.startswith("The articles don't mention maui."), answer.text
    assert news.ask("how many people died in the fire").text.startswith("Four people died")


def test_a_word_said_in_other_words_is_no_gap(news: Assistant) -> None:
    answer = news.ask("how many people attended the gig")
    assert not answer.abstained, answer.text
    assert "20,000" in answer.text
