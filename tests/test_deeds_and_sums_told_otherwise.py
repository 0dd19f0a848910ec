"""Deeds, wins and sums asked in one set of words and told in another (session 49)."""

from __future__ import annotations

import pytest

from assistant.answering.answer_wanted import question_wants
from assistant.answering.event_premise import deed_teller, deed_untold
from assistant.answering.kinds_unsaid import _may_name, _titled
from assistant.answering.phrasal_deeds import tells_phrasal, word_asked
from assistant.answering.purchases import buying_taken
from assistant.answering.result_claims import claimed_result
from assistant.answering.sentences import answer_stem
from assistant.types import Passage


def _passage(text: str, chunk: str = "c", article: str = "a", title: str = "t") -> Passage:
    return Passage(chunk, article, title, "o", None, 1.0, text)


def test_a_word_for_giving_something_up_is_told_by_the_others() -> None:
    assert word_asked("quit") == "quit"
    assert word_asked("resigned") == "resigned"
    assert word_asked("painted") is None
    assert tells_phrasal("quit", "He stopped drinking altogether in 2013.")
    assert tells_phrasal("resign", "Clark stepped down from the board in May.")
    assert not tells_phrasal("quit", "He kept drinking for years after her death.")
    # (giving up a thing is no leaving)
    assert word_asked("withdrew") is None
    assert not tells_phrasal("resign", "Michigan decided to withdraw its legal challenge.")
    assert tells_phrasal("pull out", "Microsoft withdrew from the deal in May.")


def test_a_date_asked_of_a_habit_given_up_in_other_words() -> None:
    question = "when did liam neeson quit drinking?"
    names = ["liam", "neeson"]
    stopped = _passage(
        "Liam Neeson admitted to drinking too much after losing his wife. "
        "He stopped drinking altogether in 2013."
    )
    assert not deed_untold(question, names, [stopped])
    went_on = _passage("Liam Neeson admitted to drinking too much after losing his wife.")
    assert deed_untold(question, names, [went_on])
    tells = deed_teller(question, names)
    assert tells is not None
    assert tells("He stopped drinking altogether in 2013.")
    assert not tells("Liam Neeson was married to Natasha Richardson until her death in 2009.")
    assert deed_teller("how old is liam neeson?", names) is None


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("how did the jets pull off the win over the chiefs on sunday night?", ("jets", "chiefs")),
        ("why did the bucks earn a big victory against the heat", ("bucks", "heat")),
        ("how did the chiefs get the ball back", None),
    ],
)
def test_a_win_taken_in_other_words(question: str, result: tuple[str, str] | None) -> None:
    assert claimed_result(question) == result


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what would the max dsa fine for x come to in dollars if revenue is $3bn?", "amount"),
        ("what does the bill add up to", "amount"),
        ("what did it work out to per person", "amount"),
        ("what came to mind when he saw it", "other"),
        ("what comes to the club next", "other"),
    ],
)
def test_a_sum_reached_or_asked_in_a_currency(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_a_purchase_asked_with_its_sum_between() -> None:
    assert buying_taken("why did sony pay $440m for the 29 hipgnosis catalogs?") == (
        {"sony"},
        {"hipgnosis", "catalogs"},
    )
    assert buying_taken("why did the club pay for his flights") is not None
    assert buying_taken("why did the club pay its players late") is None


@pytest.mark.parametrize(
    ("sentence", "titled"),
    [
        ("Kalmus wrote a book on climate change and chained himself to a Chase bank.", False),
        ("His memoir, Friends, Lovers and the Big Terrible Thing, came out last year.", True),
        ("The album “Midnights” broke streaming records.", True),
        ("She released the Midnights album in October.", True),
        ("Taylor Swift's album broke streaming records.", False),
        ("The show drew big crowds on Friday night in Tampa.", False),
        ("Swift opened with Cruel Summer.", True),  # (no word for the work: given alone)
    ],
)
def test_a_title_is_given_beside_the_work(sentence: str, titled: bool) -> None:
    works = [answer_stem(w) for w in ("book", "memoir", "album", "show")]
    assert _titled(sentence, works) is titled


@pytest.mark.parametrize(
    ("sentence", "may_name"),
    [
        ("They met in person in July 2022.", False),
        ("The board picked a new chair on Friday.", False),
        ("Within two hours of Trump's statement, Putin chaired a meeting on Monday.", True),
        ("He was named head coach after the season.", True),
    ],
)
def test_a_sentence_that_may_name_someone(sentence: str, may_name: bool) -> None:
    assert _may_name(sentence) is may_name


def test_another_s_resignation_tells_none_of_the_one_asked() -> None:
    question = "why did jim harbaugh resign from michigan in november"
    names = ["jim", "harbaugh", "michigan"]
    another = _passage(
        "The ruling follows an investigation into Michigan, in a scandal that led to the "
        "resignation of staffer Connor Stallions on Nov. 3. Harbaugh will be allowed to coach."
    )
    assert deed_untold(question, names, [another])
    withdrew = _passage(
        "Jim Harbaugh coaches Michigan. The University of Michigan decided to withdraw its legal "
        "challenge against the conference."
    )
    assert deed_untold(question, names, [withdrew])
    stepped = _passage("Jim Harbaugh stepped down as Michigan coach in November.")
    assert not deed_untold(question, names, [stepped])
