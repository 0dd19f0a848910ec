"""A stretch of time is told in a unit ("a two-year deal"), not by any figure ("a 3-0 defeat");
a deed of one's own told of another named in its sentence is not told of the one asked about."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import one_article_home

from assistant.answering.deed_doers import done_by_another
from assistant.answering.event_premise import FOUNDING
from assistant.answering.sentences import TYPE_PATTERNS
from assistant.api import Assistant


@pytest.mark.parametrize(
    ("sentence", "stretch"),
    [
        ("He signed a two-year deal in June.", True),
        ("The Steelers drove 44 yards for the score.", True),
        ("It extended a 10-game winning streak.", True),
        ("She has been in the job for a couple of seasons.", True),
        ("The film runs 206 minutes.", True),
        ("He has run the club since 2019.", True),  # (a stretch from when)
        ("A 3-0 defeat was only the eighth time they lost at home.", False),
        ("The club was docked 10 points by the commission.", False),
    ],
)
def test_a_stretch_of_time_is_a_figure_of_a_unit(sentence: str, stretch: bool) -> None:
    assert (TYPE_PATTERNS["length"].search(sentence) is not None) is stretch
    # (how often is still any count: "twice", "three times a week")
    assert TYPE_PATTERNS["frequency"].search("He trains three times.") is not None


CLUB = (
    "Greenfield manager Tom Hale watched his side beat Ashford 3-0 on Saturday. It was only the "
    "eighth time Greenfield have scored more than twice in a league match this term. Hale "
    "said the players had shown real spirit after a difficult spell at the club."
)


@pytest.fixture
def club(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Greenfield beat Ashford\noutlet: Football Daily\npublished: 2023-11-20"
    yield from one_article_home(embedder, tmp_path, header, CLUB)


def test_how_long_a_contract_is_not_answered_by_a_score(club: Assistant) -> None:
    answer = club.ask("how long is tom hale's contract at greenfield?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        (
            "Michigan football analyst Connor Stalions, the focus of the NCAA's investigation, "
            "resigned on Friday night.",
            True,
        ),
        ("Bloomberg reported that Jones resigned.", True),
        ("According to Bloomberg, he resigned.", False),  # (who reports it did not do it)
        ("The school said on Friday that he resigned.", False),
        ("Then he resigned.", False),  # (a capital that only opens the sentence)
        ("ESPN reported that Harbaugh resigned.", False),
    ],
)
def test_a_deed_of_ones_own_told_of_another(sentence: str, another: bool) -> None:
    assert done_by_another(sentence, {"resign"}, ["jim", "harbaugh"]) is another


SCANDAL = (
    "Michigan coach Jim Harbaugh was suspended for the final three games of the regular season "
    "on Friday. Harbaugh had denied any knowledge of the scheme. Michigan football analyst "
    "Connor Stalions, the focus of the investigation, resigned on Friday night, the university "
    "confirmed. Harbaugh will be allowed to coach during the week."
)


@pytest.fixture
def scandal(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Harbaugh suspended\noutlet: College Daily\npublished: 2023-11-10"
    yield from one_article_home(embedder, tmp_path, header, SCANDAL)


def test_why_one_resigned_is_refused_when_another_did(scandal: Assistant) -> None:
    answer = scandal.ask("why did jim harbaugh resign from michigan in november")
    assert answer.abstained, answer.text
    answer = scandal.ask("why did connor stalions resign")
    assert not answer.abstained, answer.text


def test_a_deed_told_of_the_subject_by_another_of_its_names() -> None:
    """ "When did britain first start doing the clock change": "The UK first introduced
    Daylight Saving Time in 1916" tells it of Britain (and introducing is starting)."""
    sentence = "The UK first introduced Daylight Saving Time in 1916."
    assert not done_by_another(sentence, {"start"} | FOUNDING, ["britain"])
    sentence = "The drug was approved in the US and Japan, where it has been launched."
    assert done_by_another(sentence, {"start"} | FOUNDING, ["britain"])


def test_a_noun_tells_no_doer_before_it() -> None:
    """A word of the deed that is a noun ("those belts") tells no one doing it."""
    sentence = "As soon as I get in the ring with Canelo, all of those belts will come to me."
    assert not done_by_another(sentence, {"belt"}, ["david", "benavidez"])
    assert done_by_another("Then Canelo belted him.", {"belt"}, ["david", "benavidez"])
