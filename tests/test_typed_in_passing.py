"""Questions typed with a clause of context first, shorthand, a word for the piece read, or an
aside: what they ask is read as meant, and nothing typed in passing is a name the articles
must hold."""

from __future__ import annotations

import pytest
from store_fixtures import unrelated

from assistant.answering.asking import asking_clause, asks_what_came_of_it, question_wants
from assistant.answering.candidates import Candidate
from assistant.answering.fit import AnswerSlot, fit
from assistant.answering.focus import focus_phrase
from assistant.answering.specifics import said_in
from assistant.answering.subject import article_says
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.wording import expand_abbreviations
from assistant.query import aliases
from assistant.types import Passage
from index.terms import families


@pytest.mark.parametrize(
    ("question", "clause", "wants"),
    [
        # a dash opens the clause that asks; the relative "where" before it asks nothing
        (
            "that aita post where the bride chose her mum — how old was she when she asked",
            "how old was she when she asked",
            "number",
        ),
        ("the verge story - which university was she at", "which university was she at", "other"),
        # "sit down with" is a meeting, not a place in the table
        ("where did the blue jays sit down w ohtani", None, "place"),
        ("where do the jets sit in the table", None, "rank"),
    ],
)
def test_the_clause_after_a_dash_asks(question: str, clause: str | None, wants: str) -> None:
    assert asking_clause(question) == (clause or question)
    assert question_wants(question) == wants


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("how many people actually showed up", "people"),
        ("how many fans eventually got in", "fans"),
        ("how many daily users does it have", "daily users"),
    ],
)
def test_an_adverb_ends_the_thing_counted(question: str, phrase: str) -> None:
    assert focus_phrase(question) == phrase


@pytest.mark.parametrize(
    ("question", "sentence", "score"),
    [
        # an age asked: a figure given as an age, not any figure
        ("how old was she when she first asked", "She was 15 when she told me.", 1.0),
        ("how old was she when she first asked", "Smith, aged 34, said so.", 1.0),
        ("how old was she when she first asked", "The first one was if she asked.", 0.0),
        ("how old was she when she first asked", "Revenue was 15% higher.", 0.0),
        # people counted by what they are, or by a headcount; not any word for people near a
        # figure, nor a share of them
        ("how many staff did epic cut", "Epic fired 830 people, or 16 percent of its staff.", 1.0),
        ("how many players did he call up", "He named a bloated 36-man squad.", 1.0),
        ("how many people actually showed up", "Rain kept fans away as only 20,800 came.", 0.5),
        ("how many people showed up", "Over 70% of its people were young.", 0.0),
        # the thing counted named further from the figure: less than beside it
        (
            "how much training compute makes a model count",
            "The act cites the compute used in the models, and sets the bar at 10^25 FLOPs.",
            0.75,
        ),
        ("how many years is her contract", "She will earn $2 million per year.", 0.5),
    ],
)
def test_a_figure_of_the_kind_asked(question: str, sentence: str, score: float) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == score


def test_make_asks_money_only_of_no_other_thing() -> None:
    assert AnswerSlot.of("how much did canelo make from that fight").money
    assert AnswerSlot.of("how much revenue did nike make").money
    assert not AnswerSlot.of("how much training compute makes a model count as high impact").money


def test_a_plan_or_a_span_so_far_asks_nothing_that_came_of_it() -> None:
    assert asks_what_came_of_it("how much did binance end up paying")
    assert not asks_what_came_of_it("when was the gpt store meant to launch originally")
    assert not asks_what_came_of_it("how long has the campaign been running")


def test_shorthand_and_words_for_the_piece_are_no_names() -> None:
    assert expand_abbreviations("u2 tix") == "u2 tickets"
    assert expand_abbreviations("the bills cb") == "the bills cornerback"
    assert expand_abbreviations("net debt incl leases") == "net debt including leases"
    assert expand_abbreviations("his td to pick ratio") == "his touchdown to pick ratio"
    common = frozenset({"what", "did", "the", "say", "shake", "write", "get", "club", "who"})
    store = {"verge", "board", "club", "say", "hipgnosis"}
    words = CorpusWords(lambda w: int(w in store), common=common)
    # a verb and its particle typed as one, a word for a kind of piece, a participle
    assert words.unknown_specifics("the hipgnosis board shakeup") == []
    assert words.unknown_specifics("what did the verge longread say") == []
    assert words.unknown_specifics("who gets bonked w the club") == []
    # a name is still a name: two words run together are no particle's
    assert words.unknown_specifics("what did albertsons say") == ["albertsons"]
    assert words.unknown_specifics("what did the vinted board say") == ["vinted"]


def test_a_year_typed_short_and_initials_typed_without_stops_are_said() -> None:
    text = "Malicious emails rose 1,265% since Q4 of 2022."
    assert said_in("22", families(text), text)
    assert not said_in("23", families(text), text)
    passage = Passage("c1", "a1", None, None, None, 0.9, "But bettors should watch C.J. Stroud.")
    assert article_says(Candidate(0, "He leads the league."), [passage])("cj")


def test_an_outlet_is_named_without_its_edition() -> None:
    assert "Globes" in aliases("Globes English | Israel Business Arena")
    assert "BBC" in aliases("BBC News - Technology")
