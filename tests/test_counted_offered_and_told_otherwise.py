"""Figures counted, offered or paid as people ask them; deeds told in other words; a statement
before a piece's own question; outlets by nickname; and names that are verbs (session 51)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home, unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asking import asks_what_came_of_it
from assistant.answering.contraries import hope_dashed
from assistant.answering.event_premise import deed_taken
from assistant.answering.figure_fit import figure_fit
from assistant.answering.fit import fit
from assistant.answering.owner import counts_owners
from assistant.answering.pending import figures_only_expected
from assistant.answering.phrasal_deeds import phrasal_asked, tells_phrasal, word_asked
from assistant.answering.published import asks_publication
from assistant.answering.scoring import sentences_of
from assistant.api import Assistant
from assistant.outlet_names import named_outlets
from assistant.query import missing_sources
from assistant.types import Passage

OLEDS = "how many steam deck oleds has valve sold so far?"


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a count of things is no measure of a model and no share
        (OLEDS, "The new model squeezes a 7.4-inch OLED screen into the same space.", 0.0),
        (OLEDS, "The original Steam Deck had a 7-inch 800p LCD running at 60Hz.", 0.0),
        (OLEDS, "The Steam Deck battery will last 30 to 50 percent longer.", 0.0),
        (OLEDS, "Valve has sold 3 million Steam Deck OLEDs.", 1.0),
        # "extra" is said by "additional"
        (
            "how many extra conscripts did they ask zelenskyy for?",
            "Zelenskyy said the military had asked for up to 500,000 additional conscripts.",
            1.0,
        ),
        # people are counted by a word for anyone, right after the figure
        (
            "how many people did they follow",
            "The team followed more than 110,000 participants located in the UK.",
            1.0,
        ),
        ("how many people can play", "It drew 5,000 voters.", 0.5),
        # a word asked whole is said with a hyphen
        ("how many cofounders are there?", "In fact, there are 10 co-founders.", 1.0),
        # a weight class is no sum
        (
            "how much did charlo get paid for it?",
            "He can return to the 154-pound division to defend those titles.",
            0.0,
        ),
    ],
)
def test_a_figure_counts_what_is_asked(question: str, sentence: str, expected: float) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == expected


def test_a_count_of_things_is_read_beside_a_sum() -> None:
    slot = AnswerSlot.of(OLEDS)
    assert figure_fit(slot, "Valve sold 3 million Steam Deck OLEDs for $549.", unrelated) == 1.0


@pytest.mark.parametrize(
    ("question", "wants", "money"),
    [
        ("whats she paid", "amount", True),
        ("what was he making at oregon st", "amount", True),
        ("what was apple making", "other", False),  # (a company makes things)
        ("how much is sir jim ratcliffe offering for his 25% chunk of the club?", "amount", True),
        ("how much aluminium did putin offer", "amount", False),  # (a quantity offered)
    ],
)
def test_a_wage_or_an_offer_is_asked_as_money(question: str, wants: str, money: bool) -> None:
    slot = AnswerSlot.of(question)
    assert (slot.wants, bool(slot.money)) == (wants, money)


def test_a_verb_with_its_particle_ends_the_thing_measured() -> None:
    question = "roughly what share of the festival crowd flies in from north america?"
    assert AnswerSlot.of(question).focus == ("shar", "festival", "crowd")


def test_a_pronoun_subject_counts_the_owner_named_before() -> None:
    sentence = (
        "He left Chicago with five goals in 11 games and returned from Florida with nine goals "
        "in 13 games, scoring twice against the Tampa Bay Lightning."
    )
    assert counts_owners(("bedard",), sentence, "Connor Bedard has a wicked shot.", "")
    assert not counts_owners(("bedard",), sentence, "Taylor Hall scored twice.", "")


def test_a_statement_before_the_pieces_own_question_is_a_candidate() -> None:
    text = (
        "Ratcliffe’s £1.3billion offer for a 25 per stake in the club will be high on the "
        "agenda when United’s board meet on Thursday, but how did we get to this point? "
        "What do you think?"
    )
    told = [c.text for c in sentences_of([Passage("c", "a", "T", "O", None, 1.0, text)])]
    assert told == [
        "Ratcliffe’s £1.3billion offer for a 25 per stake in the club will be high on the "
        "agenda when United’s board meet on Thursday"
    ]


@pytest.mark.parametrize(
    ("question", "names", "deed"),
    [
        # a noun ends the subject before the verb and its object
        (
            "why does the eu ai act deal ban chatgpt outright?",
            ["eu", "ai", "act", "chatgpt"],
            "ban",
        ),
        # (not a number in a name: "ten hag")
        ("why did man united sack ten hag after the draw?", ["man", "united", "hag"], "sack"),
    ],
)
def test_the_deed_is_the_verb_before_its_object(question: str, names: list[str], deed: str) -> None:
    taken = deed_taken(question, names)
    assert taken is not None and taken[0] == deed


@pytest.mark.parametrize(
    ("deed", "text"),
    [
        (phrasal_asked("bought", "into"), "SoftBank is taking a 51% stake in the startup."),
        (phrasal_asked("shut", "down"), "He canned the whole DTV department a year later."),
        (word_asked("booked"), "Gerardo Martino gets a weird yellow card from the referee."),
    ],
)
def test_a_deed_is_told_in_other_words(deed: str | None, text: str) -> None:
    assert deed is not None and tells_phrasal(deed, text)


def test_a_hope_dashed_is_read_against_what_is_asked() -> None:
    sentence = (
        "Poyer hoped ayahuasca would elevate his football performances as Rodgers believes it "
        "did his, but it hasn’t worked that way for him."
    )
    aside = (
        "has jordan poyer actually quit drinking? saw the athletic long read on him and ayahuasca"
    )
    assert not hope_dashed(aside, sentence)
    assert hope_dashed("did ayahuasca help poyer's football?", sentence)


def test_a_sum_it_would_come_to_is_only_expected() -> None:
    # (… which answers a question asking what would be, though not one asking what was)
    asked = (
        "what would the max fine for X come to if its revenue projection is right? tc did the maths"
    )
    assert not asks_what_came_of_it(asked)
    assert asks_what_came_of_it("how big was the fine the eu slapped on X in october?")
    assert figures_only_expected(
        "As an example, that would result in a fine of up to $180 million."
    )
    assert not figures_only_expected("The EU fined X $180 million.")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("in which year did the government break its deficit trend with a surplus?", False),
        ("when did the story first break?", True),
        ("when did globes publish the piece?", True),
    ],
)
def test_news_breaks_the_rest_does_not(question: str, asks: bool) -> None:
    assert asks_publication(question, "date", []) is asks


def test_an_outlet_is_named_by_its_nickname() -> None:
    outlets = ["The Independent - Life and Style", "The Verge"]
    question = "indy explainer on the clocks going back - how much do road collisions go up"
    assert named_outlets(question, outlets) == ["The Independent - Life and Style"]


def test_a_piece_the_store_has_republished_is_not_missing() -> None:
    outlets = ["Fortune", "The Verge"]
    asked = "How many schools does UNRWA run in Gaza, according to the Conversation piece"
    assert missing_sources(f"{asked}?", outlets) == ["Conversation"]
    assert missing_sources(f"{asked} that Fortune republished?", outlets) == []


NINERS = (
    "The 49ers made a splash at the trade deadline.\n\n"
    "They traded a 2024 third-round pick to get Chase Young from Washington and reunite him with "
    "his college teammate Nick Bosa.\n\n"
    "In three games since getting Chase Young, the Niners have allowed 30 points total.\n"
)
BEARS = (
    "The Bears beat the Panthers on Thursday night.\n\n"
    "The victory was a win-win for Chicago, as the franchise owns the first-round pick of the "
    "Panthers in next year's draft.\n"
)


TRIAL = (
    "The trial of Sam Bankman-Fried began this week in Manhattan.\n\n"
    "Adam Yedidia, who was the prosecution's second witness in the Bankman-Fried trial, testified "
    "on Wednesday.\n\n"
    "Marc-Antoine Julliard, a cocoa trader who lives in London, took the stand first for the "
    "prosecution.\n"
)


def _news(tmp_path: Path, embedder, articles: dict[str, tuple[str, str]]) -> Iterator[Assistant]:
    header = "title: {} news\noutlet: {}\npublished: 2023-11-24"
    named = {
        name: (header.format(name.title(), outlet), body)
        for name, (outlet, body) in articles.items()
    }
    yield from articles_home(embedder, tmp_path, named)


@pytest.fixture
def trial(tmp_path: Path, embedder) -> Iterator[Assistant]:
    yield from _news(tmp_path, embedder, {"trial": ("The Verge", TRIAL)})


@pytest.fixture
def picks(tmp_path: Path, embedder) -> Iterator[Assistant]:
    articles = {"niners": ("CBSSports.com", NINERS), "bears": ("Sporting News", BEARS)}
    yield from _news(tmp_path, embedder, articles)


def test_a_thing_numbered_in_words_is_answered_of_that_one(trial: Assistant) -> None:
    reply = trial.ask("who was the prosecution's first witness in the sbf trial?", offline=True)
    assert reply.text.startswith("Marc-Antoine Julliard")


def test_a_yes_no_question_numbering_a_thing_otherwise_is_answered_no(picks: Assistant) -> None:
    reply = picks.ask("did the niners give up a first round pick to get chase young?", offline=True)
    assert reply.text.startswith("No: They traded a 2024 third-round pick")
