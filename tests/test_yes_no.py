"""Yes/no questions as people type them: "Yes" only when the sentence itself says what was asked,
"No" when it says the contrary, and a question offering alternatives asks which, not whether."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import one_article_home

from assistant.answering.answer_wanted import question_wants
from assistant.answering.contraries import says_the_contrary
from assistant.answering.wording import expand_abbreviations
from assistant.answering.yes_no_asked import is_yes_no
from assistant.api import Assistant

GADGETS = (
    "Acme reported quarterly revenue of $3.1 billion, which fell short of analysts' expectations "
    "for the first time in two years. "
    "The third-gen Vista Frames come with clear, prescription or sunglass lenses. "
    "The Vista Frames cost $270 and ship in March. "
    "The regulator said its new safety rules for online platforms are voluntary for now. "
    "Acme's chief said the firm has far more stores than Brightline in the region."
)
GAME = (
    "The Jets and Raiders will start their game at 8:20 p.m. from Allegiant Stadium. "
    "The two sides traded field goals through three quarters of a defense-heavy clash. "
    "The Raiders held the Jets to just a field goal the rest of the way and picked off Zach "
    "Wilson late in a 16-12 win. "
    "Sporting News tracked all the scores and highlights from Jets vs. Raiders."
)


@pytest.fixture
def gadgets_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    header = "title: Acme's quarter and its third-gen Vista Frames\noutlet: Ledger Daily"
    yield from one_article_home(embedder, tmp_path, header, GADGETS)


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("did citigroup scrap overdraft fees", True),
        ("are the new rules mandatory or optional", False),
        ("did he sign with the jets or the giants?", False),
        ("did he sign or not?", True),
        ("is it true most kids use phones in class? or so they say", True),
    ],
)
def test_a_question_offering_alternatives_asks_which(question: str, yes_no: bool) -> None:
    assert is_yes_no(question) is yes_no


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        # (the first word a name, the question after the dash)
        ("will n jada - where did they actually get married?", False),
        ("will and jada: when did they marry", False),
        ("tesla - will it cut prices again?", True),
        ("will tesla cut prices again?", True),
        ("did tesla cut prices again - yes or no?", True),
    ],
)
def test_a_question_after_its_context_is_asked_by_its_own_words(
    question: str, yes_no: bool
) -> None:
    assert is_yes_no(question) is yes_no


def test_a_question_offering_alternatives_asks_for_no_figure() -> None:
    assert question_wants("did citigroup actually scrap overdraft fees or just loosen them?") == (
        "other"
    )


def test_a_short_form_is_spelt_out_before_a_possessive() -> None:
    assert (
        expand_abbreviations("will the govt's rules apply") == "will the government's rules apply"
    )
    assert expand_abbreviations("how many ppl’s jobs") == "how many people’s jobs"
    assert expand_abbreviations("49ers lost in wk 6") == "49ers lost in week 6"


@pytest.mark.parametrize(
    ("question", "sentence", "contrary"),
    [
        ("did nike beat revenue expectations", "Revenue fell short of expectations.", True),
        ("did nike miss estimates", "It topped estimates by 5 cents.", True),
        # a mixed quarter says both: neither settles it
        (
            "did nike beat expectations",
            "Sales fell short of expectations but it beat on EPS.",
            False,
        ),
        # beating a rival is no expectation: a missed penalty says nothing of the result
        ("did chelsea beat spurs", "Palmer missed a penalty.", False),
        ("did bitcoin rise this week", "Bitcoin fell 4% on Tuesday.", True),
        ("did the sec approve the etf", "The SEC rejected the application.", True),
        ("did the sec approve the etf", "The SEC approved it on Wednesday.", False),
        # a stance, either way
        ("is the mayor against the new stadium", "She said she was open to the stadium.", True),
        ("does the union support the deal", "The union is opposed to the deal.", True),
        ("is the mayor against it", "She spoke against the stadium and its cost.", False),
        # "against" said only as a stand taken: not "allegations against Google"
        ("are people willing to accept it", "The allegations against Google spread.", False),
        ("does the union support the deal", "The union voted strongly against it.", True),
        ("did the jets win against the bills", "Backed by their fans, the Jets won.", False),
        # done alone, or by both
        ("will the us cut tariffs on its own", "Both countries agreed to cut tariffs.", True),
        ("did they agree to a joint review", "Each side will review it alone.", True),
        ("did she go alone", "She went there in May.", False),
        # states that exclude each other, and a quality said negated
        ("did he call himself a techno pessimist", "He called himself a techno-optimist.", True),
        ("is the studio profitable", "The studio posted a loss of $2m.", True),
        ("is the store open on thanksgiving", "Its stores will be closed that day.", True),
        ("is the merger legal", "The judge called the merger illegal.", True),
        ("is a deal unlikely", "A deal is likely by Friday, he said.", True),
        ("is the drug available in the uk", "The drug is unavailable in the UK.", True),
        ("is the drug available in the uk", "The drug is available in the UK.", False),
        # (a word with a prefix that is no negation: "form", "inform")
        ("did they form a company", "They informed the company of the plan.", False),
    ],
)
def test_a_sentence_saying_the_contrary(question: str, sentence: str, contrary: bool) -> None:
    assert says_the_contrary(question, sentence) is contrary


def test_a_result_that_fell_short_answers_no(gadgets_home: Assistant) -> None:
    answer = gadgets_home.ask("did acme beat wall st revenue expectations last quarter")
    assert answer.text.startswith("No: ") and "fell short" in answer.text, answer.text
    assert answer.citations and answer.unsupported == []


@pytest.fixture
def game_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    header = "title: Jets vs. Raiders live score and highlights\noutlet: Ledger Daily"
    yield from one_article_home(embedder, tmp_path, header, GAME)


@pytest.mark.parametrize(
    ("question", "reply"),
    [("did the jets beat the raiders", "No: "), ("so did the raiders beat the jets?", "Yes: ")],
)
def test_a_result_asked_about_is_settled_by_the_result_told(
    game_home: Assistant, question: str, reply: str
) -> None:
    answer = game_home.ask(question)
    assert answer.text.startswith(reply) and "16-12 win" in answer.text, answer.text
    assert answer.citations and not answer.abstained


FEUD = (
    "Despite their rivalry, Jake Paul used her to call out Dillon Danis for a fight. "
    "This callout didn’t help much, as Jake Paul never could finalize his fight with Dillon "
    "Danis. Danis went on to fight Logan Paul in Manchester instead."
)


@pytest.fixture
def feud_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    header = "title: The feud that never came to blows\noutlet: Ledger Daily"
    yield from one_article_home(embedder, tmp_path, header, FEUD)


def test_a_sentence_saying_it_negated_in_other_words_answers_no(feud_home: Assistant) -> None:
    """ "Never could finalize his fight with Dillon Danis" denies "did he get his fight", in
    other words; a negation on something else denies nothing."""
    answer = feud_home.ask("did jake paul ever actually get his fight w dillon danis?")
    assert answer.text.startswith("No: This callout didn’t help much"), answer.text
    answer = feud_home.ask("did jake paul call out dillon danis for a fight?")
    assert not answer.text.startswith("No"), answer.text


def test_the_headline_alone_settles_no_yes(gadgets_home: Assistant) -> None:
    # the headline names the frames; no sentence says they have a camera
    answer = gadgets_home.ask("do the 3rd gen vista frames have a camera")
    assert not answer.text.startswith("Yes"), answer.text


def test_the_sentence_saying_it_settles_yes(gadgets_home: Assistant) -> None:
    answer = gadgets_home.ask("do the vista frames ship in march")
    assert answer.text.startswith("Yes: ") and "ship in March" in answer.text, answer.text


def test_alternatives_are_answered_with_the_sentence_not_yes(gadgets_home: Assistant) -> None:
    answer = gadgets_home.ask("are the regulator's new safety rules mandatory or optional")
    assert not answer.abstained and not answer.text.startswith(("Yes", "No")), answer.text
    assert "voluntary" in answer.text


def test_a_comparison_said_the_other_way_answers_no(gadgets_home: Assistant) -> None:
    answer = gadgets_home.ask("does acme's chief admit it has fewer stores than brightline?")
    assert answer.text.startswith("No: "), answer.text
    assert "far more stores than Brightline" in answer.text.split("[1]")[0]
