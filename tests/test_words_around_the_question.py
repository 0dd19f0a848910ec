"""The words around what is asked: a statement typed before the question sets its context and
asks nothing ("… back to customers. whats the figure for bank of america"), "an old crash"
asks no age, "money laundering" no money; hedges ("what exactly") name no kind; a change the
question takes may be told the other way ("raised" against "lowered"); a comparison asked is
settled by a comparison; a role names the speaker ("the Russian leader emphasized"); and
chat shorthand, sign-up forms, bylines, weights, fees in percent and names one letter off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import articles_home

from assistant.answering.advice import asks_advice
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.asking import asking_clauses
from assistant.answering.candidates import Candidate
from assistant.answering.cited import in_their_words
from assistant.answering.contraries import says_the_contrary
from assistant.answering.fit import fit
from assistant.answering.focus import subject_focus
from assistant.answering.names_typed import slipped_beside
from assistant.answering.premises import contrary_premise
from assistant.answering.scoring import Meaning
from assistant.answering.sentences import AMOUNT
from assistant.answering.statements import is_statement
from assistant.answering.wording import expand_abbreviations
from assistant.answering.yes_no import says_what_was_asked
from assistant.api import Assistant
from assistant.types import Passage


def same(word: str, head: str) -> bool:
    return word == head


def test_a_statement_before_the_question_asks_nothing() -> None:
    question = (
        "menendez quizzed the bank ceos on what the cfpb made them pay back to customers. "
        "what is the figure for bank of america"
    )
    assert asking_clauses(question) == ["what is the figure for bank of america"]
    assert question_wants(question) == "amount"
    # (a question before a question still asks; a title's full stop ends no statement)
    assert asking_clauses("who won? and by how much") == ["who won? and by how much", "how much"]
    assert len(asking_clauses("who is Dr. Smith and how old is he")) == 2


def test_what_the_context_says_is_not_what_is_asked() -> None:
    bolts = "Three of the four bolts holding the fin in place were counterfeit."
    crash = "an old crash off denmark in 1989. how many of the bolts were counterfeit"
    assert not AnswerSlot.of(crash).age  # "an old crash" asks no age
    assert fit(AnswerSlot.of(crash), bolts, same) == 1.0
    assert AnswerSlot.of("how old was she when she won").age
    laundering = (
        "the head of israel's money laundering authority: by how much did terror-financing "
        "reports jump"
    )
    assert not AnswerSlot.of(laundering).money
    assert AnswerSlot.of("how much did the us pay for it").money


def test_a_hedge_or_an_object_names_no_kind() -> None:
    assert AnswerSlot.of("what exactly did putin offer the americans").kind is None
    assert AnswerSlot.of("how many shops actually got included").focus == ("shop",)
    assert AnswerSlot.of("asos profits jumped, what drove it?").focus == ()
    assert AnswerSlot.of("what score did ign give it").kind == "score"


def test_a_weight_a_fee_in_percent_and_a_number_in_words() -> None:
    weighed = AnswerSlot.of("how much do the carrera cruiser echo frames weigh")
    assert fit(weighed, "They are made of acetate weighing 46.3g.", same) == 1.0
    assert fit(weighed, "A pair costs $389.99.", same) == 0.0
    fee = AnswerSlot.of("what's the ongoing management fee simply homes takes")
    assert fit(fee, "It takes a 3% fee on an ongoing basis.", same) == 1.0
    assert fit(fee, "Some 3% of homes are empty.", same) == 0.0
    assert AMOUNT.search("We've increased game time by eight minutes per match.")
    assert not AMOUNT.search("It was one of the best games.")


def test_whose_figure_may_be_written_by_its_initials() -> None:
    asked = "how much does the bank of england estimate its bond buying will cost"
    assert "boe" in subject_focus(asked)
    slot = AnswerSlot.of(asked)
    context = "The clearest depiction is in the UK, where the BOE secured an indemnity."
    sentence = "Over the next decade, it estimates, its purchases will cost over £200 billion."
    assert fit(slot, sentence, same, context) == 1.0
    assert fit(slot, sentence, same, "The Fed kept rates on hold.") == 0.5


def test_chat_shorthand_and_requests_to_write() -> None:
    assert expand_abbreviations("wat did he say wud happen") == "what did he say would happen"
    assert expand_abbreviations("a 7.7 bil deal") == "a 7.7 billion deal"
    assert asks_advice("write me a python function that reverses a linked list")
    assert not asks_advice("what did the writer say about the function")


def test_a_sign_up_form_and_a_byline_are_no_statements() -> None:
    form = "Sign Up for The Cheat Sheet Weekly updates. Client key* E-mail Address* Go"
    assert not is_statement(form)
    assert not is_statement("Thank you for signing up!")
    assert not is_statement("Published by Globes, Israel business news - on October 12, 2023.")
    assert is_statement("The bill was published by the committee on Monday.")


def test_a_comparison_asked_is_settled_by_a_comparison() -> None:
    asked = "does putin admit russia has fewer rare earth resources than ukraine?"
    more = '"We have significantly more resources of this kind than Ukraine," Putin added.'
    assert says_the_contrary(asked, more)
    assert not says_the_contrary(asked, "He said it was fewer than Ukraine had.")
    passage = Passage("c", "a", "t", "AnewZ", None, 1.0, more)
    unrelated = Candidate(0, "A deal on rare earths with Ukraine is not a concern for Russia.")
    terms = {"russia": 1.0, "rare": 1.0, "earth": 1.0, "ukrain": 1.0}
    compared = "does russia have more rare earths than ukraine?"
    assert not says_what_was_asked(compared, unrelated, [passage], terms)


def test_a_role_names_whom_it_stands_for() -> None:
    said = Candidate(
        0,
        "However, the Russian leader emphasized that Brussels had declined to engage.",
        before="Additionally, Putin expressed openness to European involvement.",
    )
    other = Candidate(0, "The Russian leader emphasized it.", before="Trump spoke first.")
    assert in_their_words([said, other], [], ["putin"]) == [said]


def test_a_name_one_letter_off_the_one_written_beside_its_other_name() -> None:
    passage = Passage("c", "a", "t", "o", None, 1.0, "Eylon Levy, a spokesman, went viral.")
    assert slipped_beside("levi", "eylon levi, the spokesman - how many followers", [passage])
    assert not slipped_beside("levi", "who is levi", [passage])
    assert not slipped_beside("lev", "eylon lev", [passage])  # too short to tell


def test_a_change_told_the_other_way() -> None:
    lowered = Candidate(0, "Palo Alto Networks lowered its billings forecast for the year.")
    asked = "why did palo alto networks raise its billings forecast"
    names = {"palo", "alto", "networks"}
    assert contrary_premise(asked, [lowered], [lowered], names) is lowered
    raised = Candidate(0, "Palo Alto Networks raised its billings forecast in May.")
    assert contrary_premise(asked, [lowered], [lowered, raised], names) is None
    other = Candidate(0, "Fortinet lowered its margin guidance.")  # not what was changed
    assert contrary_premise(asked, [other], [other], names) is None


def test_word_vectors_past_the_cache_are_learnt_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    import assistant.answering.scoring as scoring

    monkeypatch.setattr(scoring, "WORD_CACHE", 2)
    meaning = Meaning(lambda words: np.ones((len(words), 3)), lambda text: np.ones(3))
    meaning._learn(["a", "b", "c"])
    meaning._learn(["a", "d"])  # the cache is cleared: "a" must be there after
    assert {"a", "d"} <= set(meaning._word_vectors)


DEAL = """Palo Alto Networks lowered its billings forecast for the fiscal year, citing the cost of
money. Its shares fell 7% after the report.

Naguib works at Tulane University in New Orleans. He made the world's first MXene in 2011, a
titanium carbide. More than 50 MXenes are known now.
"""


@pytest.fixture(scope="module")
def newsroom(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    header = "title: Chips and sponges\noutlet: Deskwire\npublished: 2023-11-20"
    yield from articles_home(embedder, tmp_path_factory.mktemp("premise"), {"deal": (header, DEAL)})


def test_a_premise_told_the_other_way_is_refused_with_what_was_told(newsroom: Assistant) -> None:
    answer = newsroom.ask("why did palo alto networks raise its billings forecast?")
    assert answer.abstained
    assert "lowered its billings forecast" in answer.text
    told = newsroom.ask("why did palo alto networks lower its billings forecast?")
    assert not told.abstained


def test_who_he_is_comes_with_the_sentence_that_says_what_he_did(newsroom: Assistant) -> None:
    answer = newsroom.ask("who made the very first mxene?")
    assert not answer.abstained
    assert answer.text.index("Naguib") < answer.text.index("He made the world")


def test_the_words_asking_for_sources_are_the_metadata(newsroom: Assistant) -> None:
    conversation = newsroom.conversation()
    conversation.ask("why did palo alto networks lower its billings forecast?")
    answer = conversation.ask("which outlet reported it?")
    assert not answer.abstained
    assert "Deskwire" in answer.text


def test_a_title_taken_by_the_other_side_tells_the_other_result() -> None:
    from assistant.answering.taken_results import TITLE_ASKED, took_title

    assert TITLE_ASKED.search("how did kyle larson beat ryan blaney for the cup championship")
    assert took_title("Last Sunday, Ryan Blaney secured his first-ever championship.", ["blaney"])
    assert took_title("Blaney was crowned the Cup Series champion.", ["blaney"])
    assert not took_title("Blaney is expected to win the title.", ["blaney"])
    assert not took_title("Ryan Blaney secured his first-ever championship.", ["larson"])


def test_a_follow_up_that_goes_on_from_the_last_turn() -> None:
    from assistant.conversation import needs_context

    assert needs_context("and when does the website actually go offline")
    assert needs_context("ok and what date does it launch in the us")
    assert not needs_context("when does the pebble website go offline for good, per techcrunch")


def test_initials_name_what_the_question_spells_out() -> None:
    from assistant.answering.subject import initials_said

    asked = "what time is best, per the space weather prediction center"
    assert initials_said(asked, "weather", '"Within an hour of midnight," the SWPC reported.')
    assert not initials_said(asked, "weather", "The NWS said so.")
    assert not initials_said("what did space x do", "space", "SX did it.")  # two letters


def test_a_time_of_night_a_date_of_its_own_and_a_change_in_price() -> None:
    assert question_wants("what time of night is best") == "time"
    assert question_wants("what time of year is best") == "other"
    slot = AnswerSlot.of("what date does it launch in the us")
    assert fit(slot, "It launched last year in the UK.", same) == 0.0
    assert fit(slot, "It launches in the US on March 3.", same) == 1.0
    rise = AnswerSlot.of("how much does he expect home prices to be up by the end of 2024")
    assert not rise.money
    assert fit(rise, "He sees a 3.5% increase by the end of 2024.", same) == 1.0


def test_ending_up_paying_is_no_change_in_price() -> None:
    assert AnswerSlot.of("how much did the us end up paying russia for the deal").money
    assert not AnswerSlot.of("how much did the price go up").money


def test_which_outlets_names_every_piece_saying_the_same(
    embedder, tmp_path_factory: pytest.TempPathFactory
) -> None:
    one = (
        "Brightline said on Monday it would open a station in Orlando next spring. The company "
        "runs trains between Miami and West Palm Beach, and ridership rose through the summer."
    )
    two = (
        "Brightline said on Monday that it would open a station in Orlando next spring. Fares "
        "for the longer trip were not announced, and local officials welcomed the plan."
    )
    pieces = {
        "one": ("title: Brightline's Orlando plan\noutlet: Deskwire\npublished: 2023-11-20", one),
        "two": ("title: A new station\noutlet: Railtalk\npublished: 2023-11-21", two),
    }
    for a in articles_home(embedder, tmp_path_factory.mktemp("outlets"), pieces):
        conversation = a.conversation()
        conversation.ask("what did brightline say it would open in orlando?")
        answer = conversation.ask("which outlet reported that?")
        assert "Deskwire published" in answer.text and "Railtalk published" in answer.text


def test_a_crowd_or_a_size_asks_a_figure() -> None:
    assert question_wants("what was the crowd size at phoenix for the race") == "amount"
    assert question_wants("what was the crowd at the stade de france") == "amount"
    assert question_wants("what was the crowd chanting") == "other"
