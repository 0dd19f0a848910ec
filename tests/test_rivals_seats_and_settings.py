"""What a question takes as done and whose place it asks about: a deed after a setting clause
("in the video, why did suzie quit"), a name of ordinary words that runs on ("capitol music
group"), a deed done to someone ("drop ice spice"), a verb told by who does it ("he quit");
a seat taken is a successor asked for; a year in a clause setting out when is a clue, not the
time asked; games are counted as encounters too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home

from assistant.answering.event_premise import deed_taken, deed_untold, names_run_on
from assistant.answering.vocabulary import CorpusWords
from assistant.api import Assistant
from assistant.types import Passage

LABEL = (
    "For the record, that dinner led to the signing of Ice Spice by Capitol Music Group. Capitol"
    " Music Group president Arjun Pulijal praised her. Ice Spice dropped her new single in May."
)


def passage(text: str) -> Passage:
    return Passage(
        chunk_id="c1",
        article_id="a1",
        title="Ice Spice",
        outlet="Billboard",
        published="2023-12-01",
        score=1.0,
        text=text,
    )


def test_a_name_of_ordinary_words_runs_on_as_the_articles_write_it() -> None:
    names = ["capitol", "ice", "spice"]
    question = "why did capitol music group drop ice spice"
    assert names_run_on(question, names, [LABEL]) == ["music", "group"]
    # (written so once is not a name: "the music group" elsewhere in lower case)
    assert names_run_on(question, names, ["Capitol Music Group signed her."]) == []
    deed, named = deed_taken(question, [*names, "music", "group"]) or ("", [])
    assert deed == "drop" and named == ["capitol", "music", "group", "ice", "spice"]
    assert deed_taken(question, names)[0] == "music"  # (read without it: no deed at all)


def test_dropping_someone_is_told_only_of_the_one_who_did_it() -> None:
    names = ["capitol", "music", "group", "ice", "spice"]
    question = "why did capitol music group drop ice spice"
    # her single dropped is no label dropping her
    assert deed_untold(question, names, [passage(LABEL)])
    told = passage("Capitol Music Group dropped Ice Spice in May after a dispute.")
    assert not deed_untold(question, names, [told])


def test_a_deed_after_a_setting_clause_is_taken_as_done() -> None:
    question = (
        "in the mrbeast 100 days in a room video, why did suzie and bailey quit before the end?"
    )
    assert deed_taken(question, ["mrbeast", "suzie", "bailey"]) == ("quit", ["suzie", "bailey"])


@pytest.mark.parametrize(
    ("texts", "verb"),
    [
        (["Musk pushed back, and he quit the next day."], True),
        (["A cough that won't quit."], True),
        (["She would never quit."], True),
        (["Press quit to leave the menu."], False),
    ],
)
def test_a_verb_is_told_by_who_does_it(texts: list[str], verb: bool) -> None:
    words = CorpusWords(lambda word: 1, texts_with=lambda word: texts)
    assert words.used_as_verb("quit") is verb


REDDIT = (
    "Alexis Ohanian spoke at the University of Virginia on Tuesday about social media. The"
    " founder notably resigned from Reddit's board in 2020 over moderation. He asked for his"
    " board seat to go to a Black board member. The company agreed, appointing its first Black"
    " board member with Y Combinator partner Michael Seibel."
)
DERBY = (
    "Liverpool host Everton on Saturday in the Merseyside derby. Klopp has lost one of his 17"
    " encounters with Everton. Everton sit tenth in the table, having won four and lost as many"
    " from their opening eight games."
)


@pytest.fixture
def stories(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "reddit": (
                "title: Ohanian on social media\noutlet: TechCrunch\npublished: 2023-10-25",
                REDDIT,
            ),
            "derby": (
                "title: Liverpool v Everton\noutlet: The Guardian\npublished: 2023-10-20",
                DERBY,
            ),
        },
    )


def test_a_seat_taken_asks_for_the_successor_whatever_year_sets_it_out(stories: Assistant) -> None:
    question = (
        "when alexis ohanian stepped down from reddits board in 2020, who ended up taking his seat?"
    )
    answer = stories.ask(question, offline=True)
    assert not answer.abstained, answer.text
    assert answer.text.startswith("The company agreed, appointing"), answer.text


def test_games_are_counted_as_encounters_too(stories: Assistant) -> None:
    answer = stories.ask(
        "klopp vs everton over the years, how many of those games has he lost?", offline=True
    )
    assert answer.text.startswith("Klopp has lost one of his 17 encounters"), answer.text
