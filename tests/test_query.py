"""Reading questions: words (any script), outlets named, dates, and per-outlet claims."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.query import analyse, content_words

OUTLETS = ["The Verge", "TechCrunch", "The Guardian", "Sporting News"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How much aluminium could Russia supply?", ["aluminium", "russia", "supply"]),
        ("What did Москва say about Tromsø?", ["москва", "say", "tromsø"]),
        ("Putin's offer to the U.S.", ["putin", "offer", "u.s"]),
    ],
)
def test_content_words(text: str, expected: list[str]) -> None:
    assert content_words(text) == expected


def test_outlets_named_in_the_question_are_found_case_insensitively() -> None:
    analysis = analyse("As reported by the verge and TECHCRUNCH, who was on trial?", OUTLETS)
    assert analysis.outlets == ["The Verge", "TechCrunch"]


def test_month_and_year_become_a_date_window() -> None:
    (window,) = analyse("What happened in October 2023?", OUTLETS).dates
    assert datetime.fromtimestamp(window.start, UTC).date().isoformat() == "2023-10-01"
    assert datetime.fromtimestamp(window.end, UTC).date().isoformat() == "2023-10-31"
    assert analyse("What may happen next?", OUTLETS).dates == []


def test_claims_split_per_outlet() -> None:
    question = (
        "Does 'The Guardian' article suggest that the club won, in contrast to the "
        "'Sporting News' article which implies that it lost?"
    )
    claims = analyse(question, OUTLETS).claims
    assert "club won" in claims["The Guardian"] and "lost" not in claims["The Guardian"]
    assert "it lost" in claims["Sporting News"] and "club won" not in claims["Sporting News"]
    one_claim = "Who was on trial, as reported by both The Verge and TechCrunch?"
    assert analyse(one_claim, OUTLETS).claims == {}
