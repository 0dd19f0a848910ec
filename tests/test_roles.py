"""A "who" question asks for someone in a role ("who directed it", "who won"): a sentence that
names someone new beside that role answers it, and "who won" is not answered by a sentence that
says nobody won."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import one_article_home

from assistant.answering.role_filled import _of_a_day
from assistant.answering.roles import (
    names_in_qualified_role,
    names_in_role,
    plays_role,
    role_of,
    role_qualifiers,
)
from assistant.api import Assistant


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who ended up directing the five nights at freddys movie", "direct"),
        ("who's the football australia boss that stuck by graham arnold", "bos"),
        ("who is openai's ceo", "ceo"),
        ("who won the tour de france this year", "win"),
        ("who replaced hayes as coach", "replac"),
        ("who will win the election", "win"),
        ("who is winning the election", "win"),
        ("who co-founded openai", "found"),
        ("whos in charge untill she arrives", "run"),
        ("who led arizona in tackles", "lead"),  # (who did most: no title answers it)
        # a role taken on, up to a clause of when
        ("who took over as interim ceo after altman was pushed out", "ceo"),
        ("who stepped in as head coach", "coach"),
        # a role someone is put in, or comes to hold: the role, not the putting
        ("who got made interim ceo of openai after altman was pushed out", "ceo"),
        ("who was named the new coach", "coach"),
        ("who was hired as coach", "coach"),
        ("who became chairman", "chairm"),
        ("who named the baby", None),  # (not put in any role)
        # no role: anyone, a pronoun, or "who did X hire" (X is the subject, not a role)
        ("who is he", None),
        ("who else reported it", None),
        ("who did the wild hire", None),
        # … unless it took them on to fill another's place, as one taking a seat does
        ("who did the minnesota wild hire to replace dean evason", "replac"),
        ("when ohanian stepped down from reddits board, who ended up taking his seat", "replac"),
        ("who filled her job", "replac"),
        ("who will they pick", None),
        ("what did putin offer", None),
    ],
)
def test_the_role_a_who_question_asks_about(question: str, role: str | None) -> None:
    assert role_of(question) == role


def test_a_role_is_said_by_its_agent_and_by_other_words() -> None:
    assert plays_role("director", "direct") and plays_role("co-founder", "found")
    assert plays_role("beat", "win") and plays_role("champion", "win")
    assert not plays_role("directly", "win")
    asked = frozenset({"five", "nights", "freddy's", "movie"})
    assert names_in_role("Finally, under director Emma Tammi, the film opens.", "direct", asked)
    assert not names_in_role("Emma Tammi loved the game as a child.", "direct", asked)
    assert names_in_role("Verstappen won the race.", "win")  # a name that opens the sentence
    # the holder named in a clause of its own
    sentence = "The winning driver, who in this case was David Gravel, wins $50,000."
    assert names_in_role(sentence, "win")
    assert not names_in_role("The winning driver, who was proud, wins $50,000.", "win")
    assert names_in_role("Director Christopher Nolan spoke.", "director")
    # a deed told by a clause of its own after a comma, of the subject
    wharton = "Chiefs DT Tershawn Wharton was quick to react, jumping on the ball."
    assert names_in_role(wharton, "jump")
    assert not names_in_role("The ball was loose for a while, jumping around.", "jump")
    assert names_in_role("Goldin was awarded the Nobel Prize.", "win")
    # starting a thing is said as founding, creating or launching it (not "found" as in "find")
    started = role_of("who started the site in the first place")
    assert started is not None and names_in_role("It was created by Kevin Lewandowski.", started)
    founded = role_of("who founded discogs")
    assert founded is not None and names_in_role("Its founder, Kevin Lewandowski, spoke.", founded)
    assert not plays_role("found", founded)  # ("Lewandowski found a buyer")
    assert not names_in_role("says Doug Martin, who started selling on it", started)
    # running a thing is said by a title that heads it
    runs = role_of("who runs the mozilla foundation")
    assert runs is not None and names_in_role("Mark Surman, its president, said so.", runs)
    assert not names_in_role("Mark Surman said so.", runs)
    assert not names_in_role("Power sits with a Big Tech CEO in charge.", runs)  # (nobody)
    assert names_in_role("Apple CEO Tim Cook said so.", runs)  # (whose title, then who)


def test_a_role_set_apart_is_named_only_with_what_sets_it_apart() -> None:
    """An interim CEO is not the CEO: the sentence naming the one asked says "interim" with
    the role, however far the name is from it."""
    question = "who got made interim ceo of openai after altman was pushed out"
    assert role_qualifiers(question) == {"interim"} and not role_qualifiers("who is the ceo")
    asked = frozenset({"openai", "altman", "interim", "ceo"})
    murati = (
        "Mira Murati, OpenAI's chief technology officer, will take over as interim CEO "
        "effective immediately, the company said."
    )
    assert names_in_qualified_role(murati, "ceo", frozenset({"interim"}), asked)
    amodei = "The board asked Dario Amodei, the CEO of Anthropic, to replace Altman as CEO."
    assert not names_in_qualified_role(amodei, "ceo", frozenset({"interim"}), asked)
    alone = "Altman was replaced by an interim CEO on Friday."  # (nobody new named)
    assert not names_in_qualified_role(alone, "ceo", frozenset({"interim"}), asked)


BOARD = (
    "The board of Lakeside Robotics said on Friday it had fired its chief executive, Tom Reyes, "
    "after a review of his conduct. Investors said the company's CEO, who founded it in 2015, "
    "had lost the trust of the board, and Lakeside's largest backer, Dana Cole, who is CEO of "
    "Harbor Capital, called the decision overdue. Lena Park, the company's finance chief, will "
    "serve as interim CEO while the board searches for a permanent replacement."
)


@pytest.fixture
def board(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Lakeside Robotics fires its CEO\noutlet: Tech Daily\npublished: 2023-11-17"
    yield from one_article_home(embedder, tmp_path, header, BOARD)


def test_who_was_made_interim_ceo_is_answered_by_the_interim_one(board: Assistant) -> None:
    answer = board.ask("who got made interim ceo at lakeside after reyes was fired?")
    assert not answer.abstained, answer.text
    assert answer.text.startswith("Lena Park"), answer.text


RACE = (
    "The Kings beat the Warriors 124-123 in the quarter-final of the In-Season Tournament on "
    "Tuesday night, with Malik Monk scoring five points in the final 37 seconds. The final of "
    "the tournament will be played in Las Vegas next month, and tickets are already sold out. "
    "Fans of both sides said the new event had brought a playoff feeling to December."
)


@pytest.fixture
def race(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Kings edge Warriors\noutlet: Court Daily\npublished: 2023-12-05"
    yield from one_article_home(embedder, tmp_path, header, RACE)


def test_who_won_is_answered_by_the_sentence_that_says_who_won(race: Assistant) -> None:
    answer = race.ask("who won the warriors kings quarter-final")
    assert not answer.abstained and "The Kings beat the Warriors" in answer.text, answer.text


def test_who_won_is_refused_when_no_sentence_says_anyone_won(race: Assistant) -> None:
    answer = race.ask("who won the final of the in-season tournament in las vegas")
    assert answer.abstained, answer.text
    assert answer.text.startswith("The articles don't give the winner asked for."), answer.text


SERIES = (
    "The Diamondbacks have won Game 2 of the 2023 World Series, and the World Series heads to "
    "Arizona tied. The Rangers just need one more win to become World Series champions. "
    "Elsewhere, Australia beat India to win the 2023 World Cup. The World Cup drew record "
    "crowds, and the World Series drew its best ratings in years."
)


@pytest.fixture
def series(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Diamondbacks level the series\noutlet: Diamond Daily\npublished: 2023-10-30"
    yield from one_article_home(embedder, tmp_path, header, SERIES)


def test_who_won_a_contest_still_going_is_refused(series: Assistant) -> None:
    """A win of one game, a win still to come, and a win of another "World" contest: none
    names the winner of the World Series."""
    answer = series.ask("who won the 2023 world series")
    assert answer.abstained, answer.text
    answer = series.ask("who won the 2023 world cup")
    assert not answer.abstained and "Australia beat India" in answer.text, answer.text


def test_a_name_of_a_day_is_when_not_what() -> None:
    """ "Who won lions v raiders on monday night football": the sentence that tells the win
    need not say "Monday Night" (a name the passages write so), as it must say "World Series"."""
    words = ["won", "lions", "raiders", "monday", "night", "football"]
    assert _of_a_day("monday night", words) and _of_a_day("night football", words)
    assert not _of_a_day("world series", ["won", "2023", "world", "series"])


DRIVE = (
    "The Saints tied the game with two fourth-quarter touchdowns, and the momentum had shifted. "
    "That was until Christian Kirk came through for the Jaguars. "
    "After the two sides exchanged punts, the wide receiver broke loose for a 44-yard touchdown, "
    "re-taking the lead for Jacksonville with 3:08 to go. "
    "Brandon McManus added the extra point."
)


@pytest.fixture
def drive(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Jaguars hold off Saints\noutlet: Gridiron Daily\npublished: 2023-10-20"
    yield from one_article_home(embedder, tmp_path, header, DRIVE)


def test_who_is_told_by_the_sentence_before_one_that_does_not_name_them(drive: Assistant) -> None:
    """ "The wide receiver broke loose for a 44-yard touchdown": the answer, with the sentence
    before it that says who he is."""
    answer = drive.ask("who scored the late go-ahead td for jacksonville")
    assert not answer.abstained, answer.text
    assert answer.text.startswith("That was until Christian Kirk came through"), answer.text
    assert "44-yard touchdown" in answer.text.split("[1]")[1], answer.text
