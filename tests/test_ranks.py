"""A yes/no question on a rank bound ("is kd in the top 10 all time") is settled by the rank a
sentence gives ("ranking 11th": No), and the bound is no figure the articles must say."""

from __future__ import annotations

import pytest

from assistant.answering.asked_names import NOT_A_SPECIFIC
from assistant.answering.ranks import bound_asked, within_bound


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("is kd in the top 10 all time for regular season points", 10),
        ("is kd top 10 all time", 10),
        ("is he a top-five qb", 5),
        ("did he crack the top ten", 10),
        ("what are the top 3 reasons", None),
        ("did he score 10 points", None),
    ],
)
def test_the_bound_a_question_asks(question: str, bound: int | None) -> None:
    assert bound_asked(question) == bound


def test_a_rank_given_settles_the_bound_either_way() -> None:
    question = "is kd in the top 10 all time"
    assert within_bound(question, "Durant has 27,393 points, ranking 11th in NBA history.") is False
    assert within_bound(question, "He has 4,878 points, placing him 7th on the all-time list.")
    assert within_bound(question, "Durant scored 30 points on Sunday.") is None
    assert within_bound("did he score 30 points", "ranking 11th in NBA history") is None
    # (of two ranks, which is whose the sentence may not say; a pick is no rank)
    assert (
        within_bound("is the iphone top 3", "The Pixel ranks 2nd and the iPhone sits 4th.") is None
    )
    assert within_bound("is he top 3", "He was the No. 1 pick.") is None


def test_the_bound_is_no_figure_to_find() -> None:
    assert "10" not in NOT_A_SPECIFIC.sub(" ", "is kd in the top 10 all time")


def test_a_short_quality_is_contrary_to_its_negated_form() -> None:
    from assistant.answering.contraries import _negated_form

    said = "i think it’s a fair result. we were close."
    assert _negated_form("did pep reckon the 4-4 was an unfair result for city", said)
    assert _negated_form("was the result fair", "it was an unfair result")
    assert not _negated_form("was the result fair", "it was a fair result")
    assert _negated_form("is the drug safe", "regulators called it unsafe")
    assert not _negated_form("did he clear his ankle injury", "his status remains unclear")
