"""A role a question takes someone to hold, of a named organisation ("when did mira murati become
ceo of microsoft"), is borne out only by a sentence saying them beside that role and that
organisation; a side knocked out, only by the win that put it out ("to eliminate Atlanta"), not
by a game of the series."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import one_article_home

from assistant.answering.outcome import contrary_result
from assistant.answering.role_premise import role_taken, role_told
from assistant.api import Assistant
from assistant.types import Passage

MURATI = "Mira Murati, OpenAI's CTO and now interim CEO, was told on Thursday night."
NAMES = ["mira", "murati", "microsoft", "openai"]


def test_the_role_a_question_takes() -> None:
    assert role_taken("when did mira murati become ceo of microsoft", NAMES) == (
        ["mira", "murati"],
        "ceo",
        ["microsoft"],
    )
    assert role_taken(
        "how long has emma hayes been england manager", ["emma", "hayes", "england"]
    ) == (
        ["emma", "hayes"],
        "manager",
        ["england"],
    )
    # (no organisation named, or no role: nothing taken)
    assert role_taken("when did mira murati become ceo", NAMES) is None
    assert role_taken("when did mira murati join microsoft", NAMES) is None
    # (before the role, a name only: not "team captain")
    assert role_taken("when did kane serve as team captain", ["kane"]) is None


def test_a_role_told_of_the_one_and_the_organisation() -> None:
    assert role_told(["mira", "murati"], "ceo", ["openai"], MURATI)
    assert not role_told(["mira", "murati"], "ceo", ["microsoft"], MURATI)
    # (the role said of another in the sentence, far from the one asked about)
    brockman = (
        "Greg Brockman, who co-founded OpenAI as Altman did, will step down as chairman of the "
        "board and report to the newly appointed interim CEO, Mira Murati."
    )
    assert not role_told(["greg", "brockman"], "ceo", ["openai"], brockman)
    assert role_told(["sundar", "pichai"], "ceo", ["google"], "Google CEO Sundar Pichai spoke.")
    # (in other words: "chief executive")
    assert role_told(["pichai"], "ceo", ["google"], "Pichai, Google's chief executive, spoke.")


def test_a_side_knocked_out_is_told_by_the_win_that_ended_it() -> None:
    report = Passage(
        "c1", "a1", "NLDS", "Sporting News", None, 0.9,
        "The Braves beat the Phillies in Game 2 of the NLDS. When the Phillies beat the Braves "
        "in Game 4 to eliminate Atlanta and advance to the NLCS, the clubhouse celebrated.",
    )  # fmt: skip

    def names(side: str) -> list[str]:
        return ["atlanta"] if side == "braves" else []

    told = contrary_result("when did the braves eliminate the phillies", [report], names)
    assert told is not None and "Game 4" in told.text
    assert contrary_result("when did the phillies eliminate the braves", [report], names) is None
    # (a game's win tells no knock-out either way)
    games = Passage(
        "c2", "a2", "NLDS", "Sporting News", None, 0.9,
        "The Phillies beat the Braves in Game 2. The Braves beat the Phillies 3-1 in Game 4, "
        "ending Philadelphia's season.",
    )  # fmt: skip
    assert contrary_result("when did the braves eliminate the phillies", [games], names) is None
    # (a game's win is told by a game's win)
    assert contrary_result("how did the braves beat the phillies", [report], names) is None


@pytest.fixture(scope="module")
def news(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    header = "title: OpenAI ousts Altman\noutlet: Daily Planet\npublished: 2023-11-18"
    body = (
        "OpenAI's board fired Sam Altman on Friday.\n\n"
        "Mira Murati, OpenAI's CTO and now interim CEO, was told on Thursday night.\n\n"
        "Microsoft, OpenAI's biggest investor, learned of the move minutes before it was public."
    )
    yield from one_article_home(embedder, tmp_path_factory.mktemp("role"), header, body)


def test_a_role_the_articles_give_another_organisation_is_refused(news: Assistant) -> None:
    answer = news.ask("when did mira murati become ceo of microsoft")
    assert answer.abstained
    assert answer.text.startswith("The articles don't say that happened."), answer.text
    assert "interim CEO" in answer.text  # (what they say instead)
    assert not news.ask("when did mira murati become interim ceo of openai").abstained
