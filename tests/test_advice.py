"""Requests for advice or instructions ("how do i get rid of fruit flies") are answered only from a
sentence on the very thing asked about; a piece that shares a word or two is no advice."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import one_article_home

from assistant.answering.advice import about_the_topic, asks_advice, unsaid_topic

BAKERY = (
    "The bakery's kitchen turns out 400 fruit tarts a day. Its owner said the shop would open a "
    "second branch in the spring, and that prices would stay the same for now."
)
PESTS = (
    "Fruit flies gather wherever ripe fruit is left out in a warm kitchen. To get rid of fruit "
    "flies, experts suggest a trap of cider vinegar and a drop of dish soap in a bowl."
)


@pytest.mark.parametrize(
    ("question", "advice"),
    [
        ("how do i get rid of fruit flies in my kitchen", True),
        ("easy banana bread recipe without eggs?", True),
        ("can you give me a beginner 5k training plan", True),
        ("best way to store tomatoes?", True),
        ("how did the bakery do this year", False),
        ("when can i order the steam deck oled", False),
        ("should i buy the steam deck oled", False),  # a review may answer it
    ],
)
def test_a_request_for_advice(question: str, advice: bool) -> None:
    assert asks_advice(question) is advice


def test_what_advice_is_about() -> None:
    assert unsaid_topic("easy banana bread recipe without eggs?", "Eggs were dear.") == [
        "banana",
        "bread",
        "recipe",
    ]
    # what is asked for must be said too: a pie named among favourites is no recipe for it
    pie = "Thanksgiving favourites such as stuffing and pumpkin pie."
    assert unsaid_topic("can u give me an easy pumpkin pie recipe for thanksgiving", pie) == [
        "recipe"
    ]
    assert unsaid_topic("how do i get rid of fruit flies", "Fruit flies love vinegar.") == []
    assert unsaid_topic("a 5k plan for 3 days a week", "Run 3 days a week.") == ["5k"]
    assert about_the_topic(["make", "banana", "bread"]) == ["banana", "bread"]


def test_a_piece_sharing_words_with_a_request_gives_no_advice(embedder, tmp_path: Path) -> None:
    header = "title: A bakery grows\noutlet: Ledger Daily"
    for a in one_article_home(embedder, tmp_path, header, BAKERY):
        answer = a.ask("how do i get rid of fruit flies in my kitchen")
        assert answer.abstained, answer.text
        assert answer.text.startswith("The articles on this don't mention flies."), answer.text


def test_a_piece_on_the_very_thing_answers_a_request(embedder, tmp_path: Path) -> None:
    header = "title: Beating fruit flies\noutlet: Ledger Daily"
    for a in one_article_home(embedder, tmp_path, header, PESTS):
        answer = a.ask("how do i get rid of fruit flies in my kitchen")
        assert not answer.abstained and "cider vinegar" in answer.text, answer.text


def test_a_request_names_only_what_it_is_about_as_missing(embedder, tmp_path: Path) -> None:
    header = "title: A bakery grows\noutlet: Ledger Daily"
    for a in one_article_home(embedder, tmp_path, header, BAKERY):
        answer = a.ask("how do i make a banana bread")
        assert answer.abstained, answer.text
        assert answer.text.startswith("The articles don't mention banana or bread."), answer.text
