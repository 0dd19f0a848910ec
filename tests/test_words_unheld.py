"""A word no article of a large store holds, which the sentences chosen speak of in no akin word,
is what the articles do not mention ("maui", of a piece on another fire); one they speak of in
other words ("gig", of a concert) is not, nor, in a store of a few articles, an ordinary word
they happen not to use ("remarks")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import one_article_home

from assistant.answering.vocabulary import CorpusWords
from assistant.answering.words_unheld import WORDS_TOLD, words_unheld
from assistant.api import Assistant

HELD = {"people", "died", "fire", "fires", "attended", "many", "hire"}
WORDS = CorpusWords(
    lambda w: int(w in HELD),
    common=frozenset({"people", "died", "fire", "attended", "gig", "maui", "many", "hire"}),
    texts_with=lambda w: ["They will hire staff."] if w == "hire" else [],
)


def test_a_word_no_large_store_holds_and_nothing_akin_says() -> None:
    def akin(word: str) -> bool:
        return word == "gig"  # (said as "concert")

    question = "how many people died in the maui fires"
    assert words_unheld(question, frozenset(), WORDS, akin, WORDS_TOLD) == ["maui"]
    assert words_unheld("how many people attended the gig", frozenset(), WORDS, akin, 5000) == []
    # (a small store's absent words tell nothing; nor do a verb's, nor the metadata's)
    assert words_unheld(question, frozenset(), WORDS, akin, WORDS_TOLD - 1) == []
    assert words_unheld("did they rehire people", frozenset(), WORDS, akin, 5000) == []
    assert words_unheld(question, frozenset({"maui"}), WORDS, akin, 5000) == []


BODY = (
    "Russia's President Vladimir Putin chaired a meeting on rare earth metals on Monday.\n\n"
    "In a transcript posted by the Kremlin, Putin said rare earths were a priority sector."
)


@pytest.fixture(scope="module")
def news(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    header = "title: Putin on rare earths\noutlet: Daily Planet\npublished: 2025-02-24"
    yield from one_article_home(embedder, tmp_path_factory.mktemp("few"), header, BODY)


def test_an_ordinary_word_a_few_articles_lack_is_no_gap(news: Assistant) -> None:
    answer = news.ask("Who posted a transcript of Putin's remarks on rare earths?")
    assert not answer.abstained, answer.text
    assert "Kremlin" in answer.text
