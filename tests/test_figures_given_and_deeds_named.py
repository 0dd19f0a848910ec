"""What a sentence gives though it says something else too: a figure beside another matter kept
back or under investigation, a dollar named by its country, a sum got ("wins $50,000" for a
winner's payout), a show's name given anew ("rebooted as …"); a deed told by its noun ("her
retirement"); a focus said another way ("employees" for "workers"); a name typed as a
possessive without its apostrophe; a clause that tells what happened is no source."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import unrelated
from test_rivals_seats_and_settings import answer_of, passage

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.contraries import says_the_contrary
from assistant.answering.event_premise import deed_taken, deed_untold
from assistant.answering.fit import fit, names_the_head
from assistant.answering.sentences import cased_names
from assistant.answering.whole_sentences import quoted_whole
from assistant.attribution import cited_sources

HEADER = "title: Premier League charges\nsource: The Guardian\npublished_at: 2023-11-18"


def test_a_figure_is_given_beside_another_matter_kept_back(embedder, tmp_path: Path) -> None:
    body = (
        "Everton were docked ten points on Friday.\n\nDyche declined to comment on the"
        " implications for Manchester City, who have been charged with 115 financial breaches by"
        " the Premier League, and Chelsea, who are also under investigation by the authorities."
    )
    text = answer_of(
        embedder,
        tmp_path,
        HEADER,
        body,
        "how many financial breaches has man city been charged with?",
    )
    assert "115" in text and not text.startswith("The articles don't")


def test_a_deal_broken_off_beside_its_figure_is_still_unsettled(embedder, tmp_path: Path) -> None:
    body = (
        "The chain was up for sale all year.\n\nA rival offered $1.1 billion to buy the chain,"
        " but the deal collapsed in the spring."
    )
    text = answer_of(
        embedder, tmp_path, HEADER, body, "how much did the rival end up paying for the chain?"
    )
    assert text.startswith("The articles don't say")


@pytest.mark.parametrize(
    ("question", "sentence", "score"),
    [
        # a dollar named by its country after the sign
        ("how much did they pay for the auction", "They paid $US44 million for it.", 1.0),
        # a sum got, for a payout
        (
            "what was the winners payout",
            "The winning driver, David Gravel, wins $50,000 for the night.",
            1.0,
        ),
        ("what was the winners payout", "The track holds 50,000 people.", 0.0),
    ],
)
def test_sums_are_read_as_written(question: str, sentence: str, score: float) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == score


def test_a_payout_asks_for_money() -> None:
    assert AnswerSlot.of("what was the winners payout").money
    assert AnswerSlot.of("how much is the rent on it").money


def test_a_name_given_anew_is_given_as_the_name() -> None:
    slot = AnswerSlot.of("whats the new show called")
    assert names_the_head(slot, "The old show was rebooted as Very Important People.")
    assert names_the_head(slot, "It is a show we're calling Very Important People.")
    assert not names_the_head(slot, "We rebooted the show last year.")


def test_what_happens_asks_no_kind_of_thing() -> None:
    assert AnswerSlot.of("what happens when you swipe to the last card?").kind is None
    assert AnswerSlot.of("what score did ign give it").kind == "score"


def test_a_deed_is_told_by_its_noun() -> None:
    question = "why did richelle cranston have to retire"
    told = passage("Richelle Cranston was chaired off after announcing her retirement.")
    assert not deed_untold(question, ["richelle", "cranston"], [told])
    untold = passage("Richelle Cranston kicked two goals on Saturday.")
    assert deed_untold(question, ["richelle", "cranston"], [untold])


def test_a_possessive_typed_without_its_apostrophe_names_its_owner() -> None:
    texts = ["Harbaugh will have a hearing on Nov. 17.", "The ban on Harbaugh stands."]
    assert cased_names("harbaughs sideline ban - when is the hearing", texts) == {
        "harbaughs": "Harbaugh"
    }


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("bears won 12-10 on mnf in minnesota - who kicked the game winner", []),
        ("cnbc on the sbf trial - which prosecutor spoke first", ["cnbc"]),
    ],
)
def test_a_clause_telling_what_happened_is_no_source(question: str, cited: list[str]) -> None:
    assert cited_sources(question) == cited


def test_a_denial_settles_an_admission_asked() -> None:
    question = "did savannah montano ever admit she hooked up w jake paul"
    assert says_the_contrary(question, "So she denied the accusations of hooking up with Paul.")
    assert not says_the_contrary(question, "She denied the fight rumours but admitted the date.")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Credit: Bloomberg The occasion was the first meeting of the board, on August 14.",
            "The occasion was the first meeting of the board, on August 14.",
        ),
        ("Credit: Getty Images He said no.", "He said no."),
        # (the sentence opens at the first capitalised word before one in lower case)
        (
            "Credit: Bloomberg Businessweek Musk pumped money into the lab.",
            "Musk pumped money into the lab.",
        ),
        (
            "Credit: AP Between 2011 and 2016, he valued it higher.",
            "Between 2011 and 2016, he valued it higher.",
        ),
        ("Credit: Getty Images The Lions were at risk.", "The Lions were at risk."),
        ("Advertisement The club said it was sad.", "The club said it was sad."),
        # (a credit alone stays whole, a caption)
        ("Credit: Las Vegas Review-Journal via AP", "Credit: Las Vegas Review-Journal via AP"),
    ],
)
def test_a_photo_credit_run_on_before_a_sentence_is_set_apart(sentence: str, kept: str) -> None:
    assert quoted_whole(f"Larry Page at Google. {sentence}")[-1] == [kept]


def test_when_a_deed_was_done_takes_it_as_done() -> None:
    names = ["big", "ten", "michigan"]
    question = "when did the big ten strip michigan of its conference title?"
    assert deed_taken(question, names) == ("strip", ["big", "ten", "michigan"])
    told = passage("The Big Ten stripped Michigan of its title on Friday.")
    assert not deed_untold(question, names, [told])
    untold = passage("The Big Ten approached Michigan State about the allegations.")
    assert deed_untold(question, names, [untold])
