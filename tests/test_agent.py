"""A "what did X do" question is answered by a sentence with X doing it ("Putin extended an
offer"), not by one on the deed alone ("The offer follows a statement from Trump")."""

from __future__ import annotations

import pytest

from assistant.answering.agent import does, subject_and_verb

NAMES = {"putin": "Putin", "trump": "Trump", "vladimir": "Vladimir"}


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        ("what did putin offer on feb 24 2025", (frozenset({"putin"}), "offer")),
        ("What did Vladimir Putin propose?", (frozenset({"vladimir", "putin"}), "propose")),
        ("what did the trump team say", None),  # no name first: a team, not Trump
        ("what did he offer", None),
        ("what is the offer", None),
    ],
)
def test_the_subject_and_its_verb(clause: str, asked: tuple[frozenset[str], str] | None) -> None:
    assert subject_and_verb(clause, NAMES) == asked


@pytest.mark.parametrize(
    ("sentence", "doing"),
    [
        ("Russian President Vladimir Putin extended an offer to the United States.", True),
        ("Russia's President Vladimir Putin has offered the US joint exploration.", True),
        ("The offer follows a statement from Trump, who met Putin.", False),
        ("Putin chaired a meeting with his ministers and economic advisers on Monday.", False),
    ],
)
def test_a_sentence_with_the_subject_doing_it(sentence: str, doing: bool) -> None:
    assert does(sentence, frozenset({"putin"}), "offer") is doing
