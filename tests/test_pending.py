"""An event the articles only expect is not answered as done: "what date did the SEC approve
the first spot bitcoin ETF" gets "The articles don't say that happened", with the expectation
they do report, cited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import one_article_home

from assistant.answering.pending import expected_only
from assistant.api import Assistant

EXPECTING = "U.S. regulators are expected to soon approve the first spot bitcoin ETFs."


@pytest.mark.parametrize(
    ("question", "sentences", "found"),
    [
        (
            "what date did the sec approve the first spot bitcoin etf",
            ["In April, the SEC charged Bittrex.", EXPECTING],
            1,
        ),
        # said as done somewhere: the expectation is not all there is
        (
            "when did the sec approve it",
            [EXPECTING, "The SEC approved the funds on January 10."],
            None,
        ),
        (
            "when did the sec approve it",
            [EXPECTING, "The approval of the funds came in January."],
            None,
        ),
        # a hypothetical mention is no fact
        (
            "when did the sec approve it",
            [EXPECTING, "Regulatory approval would open up new avenues."],
            0,
        ),
        (
            "when did the sec approve it",
            [EXPECTING, "The funds are pending approval by the SEC."],
            0,
        ),
        # what the question itself asks as expected
        ("what did trump say would take place", ["Trump said deals would take place soon."], None),
        ("when did the sec charge bittrex", ["In April, the SEC charged Bittrex."], None),
        # what was said, planned or set is asked as an expectation
        ("what did the fed say about rate cuts", ["The Fed signaled it could cut rates."], None),
        ("when was the launch scheduled for", ["SpaceX will launch Starship on Friday."], None),
        # done, in words that look like an expectation
        (
            "when did the sec approve it",
            [EXPECTING, "The first to be approved began trading."],
            None,
        ),
        ("when did biden sign the bill", ["The president in May signed the bill."], None),
    ],
)
def test_an_event_only_expected(question: str, sentences: list[str], found: int | None) -> None:
    assert expected_only(question, sentences) == found


ETF = (
    "Shares of Coinbase rose 60% this quarter. U.S. regulators are expected to soon approve the "
    "first spot bitcoin exchange-traded funds, which would let investors buy bitcoin through "
    "their brokers. In April, the SEC charged Bittrex and its former chief executive with running "
    "an unregistered exchange. Regulatory approval would open up many more ways to buy bitcoin."
)


@pytest.fixture
def etf(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = "title: Coinbase rallies on ETF hopes\noutlet: Market Wire\npublished: 2023-11-20"
    yield from one_article_home(embedder, tmp_path, header, ETF)


def test_a_date_for_an_event_only_expected_is_refused_with_the_expectation(etf: Assistant) -> None:
    answer = etf.ask("what date did the sec approve the first spot bitcoin etf")
    assert answer.abstained, answer.text
    assert answer.text.startswith("The articles don't say that happened."), answer.text
    assert "expected to soon approve" in answer.text and answer.citations


def test_a_date_for_an_event_said_as_done_is_given(etf: Assistant) -> None:
    answer = etf.ask("when did the sec charge bittrex")
    assert not answer.abstained and "April" in answer.text, answer.text
