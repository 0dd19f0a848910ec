"""A question is answered only from articles that speak of the rarest ordinary word it asks with,
in some form or in a word for the same thing; sharing its names is not enough."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answering.predicate import settings
from assistant.api import Assistant
from tests.store_fixtures import articles_home

GAME = (
    "Kansas City beat Green Bay 27-19 on Sunday night at Arrowhead Stadium. Patrick Mahomes "
    "threw for 310 yards and two touchdowns as Kansas City moved to 9-3. The Kansas City "
    "defence held Green Bay to 80 rushing yards. Kansas City hosts Buffalo next, and the "
    "franchise said 73,000 tickets had been sold for the game."
)
CROPS = (
    "Farmers across Brazil said the rain came too late for the soybean harvest. The rain "
    "delayed planting by three weeks in Mato Grosso, the biggest growing state. Exporters said "
    "this weekend that shipments would fall by a tenth."
)
SHOPS = (
    "Discogs held a site-wide sale in late August. The sale featured just 11 of the site's "
    "largest stores, and sellers outside it said they saw fewer orders that week, in every "
    "city they ship to."
)


@pytest.fixture
def home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "game": ("title: Chiefs beat Packers\noutlet: Gridiron Daily", GAME),
            "crops": ("title: Late rain hits Brazil soy\noutlet: Farm Wire", CROPS),
            "sale": ("title: Discogs sale leaves sellers out\noutlet: Vinyl Times", SHOPS),
        },
    )


def test_a_question_on_what_its_names_articles_never_speak_of_is_refused(
    home: Assistant,
) -> None:
    answer = home.ask("is it gonna rain in kansas city this weekend")
    assert answer.abstained, answer.text
    assert "rain" in answer.text.split("What they say")[0]


def test_a_word_said_by_another_for_the_same_thing_is_spoken_of(home: Assistant) -> None:
    answer = home.ask("how many shops got included in the discogs sale")
    assert not answer.abstained, answer.text
    assert "11" in answer.text


def test_a_word_the_articles_say_lets_the_answer_stand(home: Assistant) -> None:
    answer = home.ask("how many tickets were sold for the kansas city game against buffalo")
    assert not answer.abstained, answer.text
    assert "73,000" in answer.text


def test_the_place_a_question_is_set_in_is_no_part_of_what_it_asks() -> None:
    assert settings("is it gonna rain in kansas city this weekend") == {"kansas", "city"}
    assert settings("who scored at the emirates on sunday") == {"emirates"}
    assert settings("how many shops got included in it") == set()
