"""What a sentence tells through its neighbours or its shape: a year the sentence before gives
("patented the following year"), a history told by dates and firsts, the refusal of "who else
covered it" when no other outlet did, and the word forms that match "supply" and "supplied"."""

from __future__ import annotations

from assistant.answering.answer_kinds import dated_before
from assistant.answering.candidates import Candidate
from assistant.answering.kinds_unsaid import SHOWN_BY
from assistant.answering.llm import CorpusFacts
from assistant.answering.refusals import refusal_text
from assistant.outlet_names import outlets_set_aside
from index.terms import family, stem


def test_a_time_told_from_the_sentence_before_is_read_with_it() -> None:
    dated = Candidate(0, "The board was patented the following year.", before="It began in 1890.")
    assert dated_before(dated)
    # (one that gives its own year, or follows none, stands alone)
    assert not dated_before(
        Candidate(0, "It was patented the following year, 1891.", before="It began in 1890.")
    )
    assert not dated_before(Candidate(0, dated.text, before="It began as a parlour game."))


def test_a_history_is_told_by_dates_and_firsts() -> None:
    history = SHOWN_BY["history"]
    assert history.search("The Ouija board was patented the following year.")
    assert history.search("The game was first developed in the late 19th century.")
    assert not history.search("Today, the board is produced by Hasbro.")


def test_who_else_sets_aside_what_was_cited_when_the_question_before_named_no_outlet() -> None:
    outlets = ["AnewZ", "TRT World"]
    earlier = ["how much aluminium could russia supply each year?"]
    assert outlets_set_aside("who else covered that?", outlets, earlier, ["TRT World"]) == [
        "TRT World"
    ]
    # (an outlet the question before named is what "else" sets aside)
    named = ["what did trt world say about the aluminium"]
    assert outlets_set_aside("who else reported it?", outlets, named, ["AnewZ"]) == ["TRT World"]
    # (and a question that asks no sources sets none aside)
    assert outlets_set_aside("what else did he offer?", outlets, earlier, ["TRT World"]) == []


def test_the_refusal_of_who_else_names_the_outlets_that_did() -> None:
    facts = CorpusFacts("2023-10-01", "2023-12-01", "FOX News - Lifestyle, Fortune", 2)
    text = refusal_text("who else covered it?", facts, only=["FOX News - Lifestyle"])
    assert text.startswith("None of the articles found on this is from an outlet other than ")
    assert "FOX News - Lifestyle" in text


def test_supply_and_its_forms_are_one_family() -> None:
    assert {family(w) for w in ("supply", "supplies", "supplied", "supplying")} == {"suppl"}
    assert family("germany") == family("german")
    # an adverb's "-ly" goes; the end of "supply", "italy" or "early" stays
    assert stem("quickly") == "quick"
    assert [stem(w) for w in ("supply", "italy", "early", "family")] == [
        "supply",
        "italy",
        "early",
        "family",
    ]
