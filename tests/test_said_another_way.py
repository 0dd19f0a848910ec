"""Session 25's blind sets, read: a person a question names by the name people call him
("ninja") is the one a sentence names by his surname ("Blevins"); "how big was the crowd" asks
a number said of the crowd; a question asking for a list gets more of the things listed; a
hedge ("a possible deal") is no word the articles must use; an outlet goes by the initials of
its parts ("TC"); of a question asking two things, each clause has its own focus; a share asked
after the thing is no sum; what one assumes, asked, is a yes or no; the unit an answer is asked
in names nothing a follow-up is on."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import on_index, seeded_index_fixture  # noqa: F401 - provides `seeded_index`

from assistant.answering.aliases import aliases, also_called
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asked_names import NameChecks
from assistant.answering.asking import asking_clauses, asks_reason
from assistant.answering.candidates import Candidate
from assistant.answering.fit import fit
from assistant.answering.focus import HEDGES
from assistant.answering.lists import asks_for_list
from assistant.answering.names_typed import cased_phrase
from assistant.answering.scoring import unrelated
from assistant.answering.specifics import apposed
from assistant.answering.yes_no_asked import asked_as_yes_no
from assistant.api import Assistant
from assistant.conversation import needs_context
from assistant.outlet_names import aliases as outlet_aliases
from assistant.query import missing_sources
from assistant.types import Passage


def test_the_names_people_go_by() -> None:
    known = aliases(
        [
            "A fateful kill against Tyler “Ninja” Blevins back in 2019 made him famous.",
            "Dwayne 'The Rock' Johnson said so.",
            "Ye, also known as Kanye West, spoke.",
            "He said “Great” Things.",  # (a quoted word after a verb names nobody)
        ]
    )
    assert also_called("Blevins, by himself, commanded a $1 million payday.", known) == "Ninja"
    assert "Tyler Blevins" in also_called("Ninja streamed it.", known)
    assert also_called("Johnson starred.", known) == "The Rock"
    assert also_called("Kanye West toured.", known) == "Ye"
    assert "said" not in known and "the" not in known
    assert also_called("Things went well.", known) == ""


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("how big was the crowd in durban for the semi", ("crowd",)),
        ("how tall is the tower in dubai", ("tower",)),
        ("how big was the shaw deal", ("shaw", "deal")),
    ],
)
def test_how_big_asks_of_the_thing_measured(question: str, focus: tuple[str, ...]) -> None:
    slot = AnswerSlot.of(question)
    assert slot.wants == "number" and slot.focus == focus and slot.tied


def test_who_beat_them_asks_for_a_side_named_in_a_word() -> None:
    slot = AnswerSlot.of("who beat them in last years final")
    assert slot.contest
    told = "Australia, who lost last year's final to Canada, has enjoyed a soft run."
    assert fit(slot, told, unrelated) == 1.0
    assert fit(slot, "Australia has enjoyed a soft run in the final.", unrelated) == 0.0
    # (whoever directed it is someone named in full)
    slot = AnswerSlot.of("who directed the film")
    assert not slot.contest and fit(slot, "It was directed by Canada, they say.", unrelated) == 0.0


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("list every area putin floated for cooperation", True),
        ("what are all the reasons he gave", True),
        ("which partners provide the content? name them all", True),
        ("give me the list", True),
        ("who beat the jets", False),
        ("did all the players show up", False),  # (a yes or no)
        ("what did all three say", False),
    ],
)
def test_a_question_asking_for_a_list(question: str, listed: bool) -> None:
    assert asks_for_list(question) is listed


@pytest.fixture
def offline(seeded_index, embedder, isolated_home: Path) -> Assistant:
    return on_index(seeded_index, embedder, isolated_home, offline=True)


def test_a_hedge_is_how_it_is_asked_not_a_thing_unsaid(offline: Assistant) -> None:
    """ "a possible deal": "possible" is no word the articles must use to settle it."""
    assert "possible" in HEDGES and "potential" in HEDGES
    answer = offline.ask("does a possible us ukraine rare earths deal worry the kremlin at all")
    assert not answer.abstained and "is not a concern" in answer.text
    assert "possible" not in answer.text.split(";")[0]


def test_a_list_asked_gets_the_things_listed(offline: Assistant) -> None:
    answer = offline.ask("list every area putin floated for russia-us business cooperation")
    assert not answer.abstained and "hydropower" in answer.text and "aluminium" in answer.text


def test_of_a_question_asking_two_things_each_has_its_own_clause() -> None:
    # the year asked first is no thing the sum is said of
    slot = AnswerSlot.of("braun sold the masters. what year was that, and roughly for how much?")
    assert slot.wants == "amount" and slot.focus == ()
    slot = AnswerSlot.of("what set that off, and how long was she kept there?")
    assert slot.wants == "number" and slot.span == "length" and slot.focus == ()


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("whats the biggest fine X could get, as a share of turnover?", False),
        ("how much did sales fall in percent", False),
        ("how big was the rise in malicious emails since q4 of 22, pct?", False),
        ("how much was the fine", True),
    ],
)
def test_a_share_asked_after_the_thing_is_no_sum(question: str, money: bool) -> None:
    assert AnswerSlot.of(question).money is money


def test_an_outlet_by_the_initials_of_its_parts() -> None:
    assert "TC" in outlet_aliases("TechCrunch")
    assert outlet_aliases("Fortune") == [] and outlet_aliases("The Verge") == []


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Adam Grant is a bestselling author now, so I assume he sailed through the writing "
         "test when he got to Harvard?", True),
        ("so i take it the deal closed in march?", True),
        ("I assume you know what he paid?", False),
        ("i guess when did he arrive?", False),
    ],
)  # fmt: skip
def test_what_one_assumes_asked_to_be_confirmed(question: str, yes_no: bool) -> None:
    assert asked_as_yes_no(question) is yes_no


def test_the_unit_asked_in_names_nothing() -> None:
    assert needs_context("whats the battery capacity in mah?")
    assert not needs_context("how tall is the eiffel tower in metres")


@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        ("Onana earns £120,000 a week at United.", 1.0),
        ("Onana is on a £120,000-a-week contract.", 1.0),
        ("Bought for £47.2m, Onana arrived on a ticket of being a high-grade shot-stopper.", 0.5),
    ],
)
def test_a_sum_asked_by_the_period_is_told_by_it(sentence: str, fits: float) -> None:
    slot = AnswerSlot.of("how much is onana earning a week at man united?")
    assert slot.rate and slot.money
    assert fit(slot, sentence, unrelated) == fits


def test_the_thing_owned_is_what_a_figure_is_said_of() -> None:
    # (its period is no thing: "annual revenue" is revenue)
    assert AnswerSlot.of("whats talon cyber security's annual revenue").focus == ("reven",)
    assert AnswerSlot.of("what was nvidia's revenue in q3").focus == ("reven",)
    assert AnswerSlot.of("whats his salary").focus == ()
    # (a reason asked of a figure, and a thing owned that is no figure, name no focus)
    assert AnswerSlot.of("what drove spotify's first operating profit in a yr").focus == ()
    assert AnswerSlot.of("whats his agency's rule for hiring seos").focus == ()


def test_a_word_set_out_as_a_name() -> None:
    assert apposed("how many employees does rainforest, the payments startup, have?") == [
        "rainforest"
    ]
    assert apposed("what did he say, the article claims?") == []


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("which countries does the commission say buyers lean on", True),
        ("what kids is charlie raising", True),
        ("what does he say", False),
        ("what news did they report", False),
    ],
)
def test_a_kind_asked_in_the_plural_is_a_list(question: str, listed: bool) -> None:
    assert asks_for_list(question) is listed


def test_a_publication_typed_in_lower_case_is_a_source_the_store_may_lack() -> None:
    known = ["The New York Times", "TechCrunch"]
    question = "what did the south china morning post say about the xi-biden meeting?"
    assert missing_sources(question, known) == ["South China Morning Post"]
    assert missing_sources("what did the new york times say about it", known) == []
    assert missing_sources("the blog post says he quit", known) == []
    # … cited in passing: a paper's name of two words or more
    assert missing_sources("did the straits times cover the cop28 deal", known) == ["Straits Times"]
    assert missing_sources("per the straits times, how many died", known) == ["Straits Times"]
    assert missing_sources("did the new york times cover it", known) == []
    assert missing_sources("did the times cover it", known) == []


def test_a_request_asks_by_its_question_word() -> None:
    question = "guardian's roundup says bayern have a game in hand on leverkusen rn - explain why?"
    assert asking_clauses(question) == ["why?"] and asks_reason(question)
    assert asking_clauses("tell me what song she played that night") == [
        "what song she played that night"
    ]


def test_the_things_counted_are_the_owners() -> None:
    slot = AnswerSlot.of("how many employees does rainforest, the payments startup, have?")
    assert slot.owner == ("rainforest",)
    other = "Banking-as-a-service startup Synapse confirmed that it laid off 86 employees."
    assert fit(slot, other, unrelated) == 0.5
    assert fit(slot, "Rainforest now has 120 employees.", unrelated) == 1.0
    # (what people have to do is no possession)
    assert AnswerSlot.of("how many days a week do amazon staff have to come in").owner == ()


def test_a_name_is_said_with_its_accents_and_by_the_articles_other_chunks() -> None:
    question = "lautaro martinez came on as a sub at salernitana and scored how many?"
    text = "Salernitana held on, but Martínez came on to bag four goals in 27 minutes."
    read = Passage("c1", "a1", "Roundup", "The Guardian", None, 1.0, text)
    chosen = [Candidate(0, "Martínez came on to bag four goals in 27 minutes.")]
    names = {"lautaro": "Lautaro", "martinez": "Martinez", "salernitana": "Salernitana"}
    alone = NameChecks(lambda w: 1.0, lambda w: False, lambda: [])
    assert alone.unsaid(question, chosen, [read], frozenset(), names) == ["lautaro"]
    whole = {"a1": "Inter's Lautaro Martínez started on the bench. " + read.text}
    checks = NameChecks(lambda w: 1.0, lambda w: False, lambda: [], article_text=whole.get)
    assert checks.unsaid(question, chosen, [read], frozenset(), names) == []


def test_how_old_is_he_takes_an_age_beside_whoever_it_is() -> None:
    slot = AnswerSlot.of("how old is he?")
    assert fit(slot, "Kalmus, 49, thinks civilization is on the path to break down.", unrelated)
    assert not fit(slot, "He has personally seen six cases of demonic oppression.", unrelated)
    # … while a name asked of is the one the age must stand beside
    slot = AnswerSlot.of("how old is brus")
    assert not fit(slot, "Bawendi, 62, was asleep.", unrelated)


def test_a_compound_joined_by_related_counts_its_thing() -> None:
    slot = AnswerSlot.of("how many ouija-related cases has he seen himself")
    assert slot.focus == ("ouij", "cas")
    told = "He has personally seen six cases of demonic oppression that stemmed from Ouija boards."
    assert fit(slot, told, unrelated) == 1.0


def test_words_that_only_look_like_an_age_or_a_rate() -> None:
    # "the old one" asks no age; "first in a yr" is a span, no rate
    assert not AnswerSlot.of("and how big of an increase is the deal over the old one").age
    assert not AnswerSlot.of("what drove spotify's first operating profit in a yr").rate
    slot = AnswerSlot.of("their chairman died a month earlier - how old was he")
    assert fit(slot, "Bill Kenwright has died at the age of 78.", unrelated) == 1.0


def test_a_sentence_naming_someone_else_counts_their_things() -> None:
    slot = AnswerSlot.of("how many speakers does the vegas sphere have")
    piece = "The Sphere opened in Las Vegas. There are 157,000 speakers."
    assert fit(slot, "There are 157,000 speakers.", unrelated, "", piece) == 1.0
    slot = AnswerSlot.of("how many employees does rainforest have")
    told = "Startup Synapse said it laid off 86 employees."
    assert (
        fit(slot, told, unrelated, "How Rainforest aims to win", f"Rainforest grew. {told}") == 0.5
    )


def test_a_name_is_shown_with_the_word_it_is_joined_to() -> None:
    texts = ["The Ray-Ban Meta glasses are here.", "Ray-Ban Meta smart glasses"]
    assert cased_phrase("ban meta", texts) == "Ray-Ban Meta"
