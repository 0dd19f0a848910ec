"""Questions nobody tuned for, read the way people type them: a common word the store writes
as a name ("qatar", "andrea") is a name; "the Bavarian giants" do not name the Giants; a heading's
one capital makes no name; a long name typed with a slip is still known; a short form written out
in full counts each time; "which exec" asks for someone; a kind of answer no sentence speaks of
("what score") is refused; a quote never runs into the next paragraph; the question after a full
stop is the one asked; "a month" is said as "monthly"; "what happened to his wife" is about her."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.asked_names import NameChecks
from assistant.answering.candidates import Candidate
from assistant.answering.focus import focus_phrase
from assistant.answering.refusals import either_as_written
from assistant.answering.sentences import answer_stem, cased_names
from assistant.answering.specifics import times_spelt_out
from assistant.answering.subject import on_any, says
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.whole_sentences import quoted_whole
from assistant.answering.wording import expand_abbreviations
from assistant.api import Assistant
from assistant.types import Passage


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("which google exec defended them on the company blog", "person"),
        ("which michigan o-lineman broke his leg", "person"),
        ("which judge ruled against thaler", "person"),
        ("which reporters broke the astros story", "person"),
        ("which company bought it", "name"),
        ("whats the title of her new book about colonial brisbane", "name"),
        ("a 26 yr old who cant afford xmas. how much does she pay back a month", "amount"),
        ("which vc led the round", "name"),
    ],
)
def test_which_person_asks_for_someone(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_a_name_is_said_with_its_capital() -> None:
    bavarian = Candidate(0, "He steered the Bavarian giants to the title.")
    new_york = Candidate(0, "Daniel Jones is sacked at the Giants 15-yard line.")
    assert not says(bavarian, "giants", "Giants")
    assert says(new_york, "giants", "Giants")
    assert says(bavarian, "giants")  # a word with no written form: any case


def test_a_heading_capital_makes_no_name_of_an_ordinary_word() -> None:
    ordinary = {"delivering", "wild"}.__contains__
    once = ["Pharmacy news: Amazon Delivering drones soon."]
    assert "delivering" not in cased_names("delivering", once, ordinary)
    twice = ["The Wild fired Evason.", "The Wild hired Hynes."]
    assert cased_names("wild", twice, ordinary) == {"wild": "Wild"}
    assert "kroger" in cased_names("kroger", ["Shares of Kroger rose."], ordinary)


def store_texts(word: str) -> list[str]:
    """The store's texts that hold a word (a tiny store, read as the retriever would)."""
    texts = [
        "The Oregon department's spokesperson Andrea Cantu-Schomus said so.",
        "Cast: Nicolas Cage, Andrea Riseborough.",
        "A streaming site called Kick signed him.",
        "Prices kick in next week, and the new rules kick off in May.",
        "It will be a kick in the teeth for savers.",
    ]
    return [t for t in texts if word in t.lower()]


def test_the_store_tells_how_a_word_is_written() -> None:
    words = CorpusWords(lambda w: 1, common=frozenset({"andrea", "kick"}), texts_with=store_texts)
    assert words.name("andrea") == "Andrea"
    assert words.name("kick") == ""  # "Kick" once, as a site; mostly an ordinary word


def test_a_name_no_passage_read_holds_is_unsaid() -> None:
    words = CorpusWords(lambda w: 1, common=frozenset({"andrea", "kick"}), texts_with=store_texts)
    checks = NameChecks(lambda w: 1.0, words.ordinary, lambda: [], words.name)
    read = [Passage("c1", "a1", "Swift and Kelce", "Wire", None, 1.0, "Donna Kelce cheered.")]
    assert checks.unread_names("what did swifts mom andrea say", {}, read) == ["andrea"]
    assert checks.unread_names("what did donna kelce say", {}, read) == []


def test_a_long_name_typed_with_a_slip_is_known() -> None:
    corpus = {"galatasaray", "copenhagen"}
    texts = ["Copenhagen drew with Galatasaray, and then Galatasaray lost."]
    words = CorpusWords(
        lambda w: int(w in corpus), common=frozenset({"scored"}), texts_with=lambda w: texts
    )
    assert words.unknown_specifics("who scored for copenhagen v galatasary") == []
    # a short one is not: "kroger" is one slip from "roger"
    corpus = {"roger", "make"}
    words = CorpusWords(lambda w: int(w in corpus), common=frozenset({"roger", "make"}))
    assert words.unknown_specifics("how much did kroger make") == ["kroger"]


def test_a_short_form_written_out_counts_each_time() -> None:
    text = "The Champions League draw. United's Champions League exit. The league is over."
    assert times_spelt_out("cl", text) == 2
    assert times_spelt_out("nfl", text) == 0


def test_a_name_typed_in_lower_case_is_shown_as_the_articles_write_it() -> None:
    assert either_as_written(["London"], "drone deliveries in london") == "London"
    assert either_as_written(["norway"], "what about Norway") == "Norway"


DRONES = (
    "title: Amazon drones\noutlet: Wire Daily\npublished: 2023-10-20",
    "Amazon Pharmacy will deliver prescriptions by drone. Starting this year, customers in "
    "College Station, Texas, will be able to get medications delivered via drone within an hour.",
)
LONDON = (
    "title: London transport fares\noutlet: City Paper\npublished: 2023-10-21",
    "Fares on London buses will rise in March. London commuters face higher costs, the mayor "
    "said. The London Underground will keep its prices.",
)


def test_a_place_the_answering_article_never_names_is_refused(news_home: Assistant) -> None:
    answer = news_home.ask("when did amazon start delivering prescriptions by drone in london")
    assert answer.abstained, answer.text
    assert "London" in answer.text, answer.text
    answer = news_home.ask("where can amazon customers get prescriptions by drone")
    assert not answer.abstained and "College Station" in answer.text, answer.text


def test_a_quote_never_runs_into_the_next_paragraph() -> None:
    text = (
        '"He told me about the club and I am grateful.\n\n"He was a special soul. We will miss '
        'him."\n\nFrom the cobbles to the box\n\nKenwright started as an actor. "This will not '
        'affect prices. However, it would restrain them," he said.'
    )
    assert quoted_whole(text) == [
        ['"He told me about the club and I am grateful.'],
        ['"He was a special soul.', 'We will miss him."'],
        ["From the cobbles to the box"],
        ["Kenwright started as an actor."],
        ['"This will not affect prices.', 'However, it would restrain them," he said.'],
    ]


GAMES = (
    "title: Super Mario Bros. Wonder reviewed\noutlet: Game Desk\npublished: 2023-10-20",
    "Wonder is the first side-scrolling 2D Mario game in a decade. Each level hides a Wonder "
    "Flower that changes the stage. Critics praised its charm, and sales were strong in Japan.",
)


@pytest.fixture
def news_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    articles = {"drones": DRONES, "london": LONDON, "games": GAMES}
    yield from articles_home(embedder, tmp_path, articles)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what score did ign give super mario bros wonder", "score"),
        ("whats the weather looking like in brisbane this weekend", "weather"),
        ("what happened to his wife", "wife"),
        # any answer is one of these: no sentence need say the word
        ("what word did will smith make up to describe the marriage", None),
        ("what was the result of the pier vote in port ellan?", None),
        ("what's the latest on the strike", None),
        ("which company bought it", None),
    ],
)
def test_the_kind_an_answer_must_speak_of(question: str, kind: str | None) -> None:
    assert AnswerSlot.of(expand_abbreviations(question)).kind == kind


def test_a_kind_of_answer_no_sentence_speaks_of_is_refused(news_home: Assistant) -> None:
    answer = news_home.ask("what score did the critics give super mario bros wonder")
    assert answer.abstained and "score" in answer.text, answer.text
    answer = news_home.ask("what flower does each wonder level hide")
    assert not answer.abstained and "Wonder Flower" in answer.text, answer.text


def test_what_happened_to_someone_is_about_them() -> None:
    assert focus_phrase("what happened to his wife") == "wife"
    assert AnswerSlot.of("what happened to the deal?").head == "deal"


def test_a_rate_is_said_by_its_period() -> None:
    assert answer_stem("monthly") == answer_stem("month")
    assert answer_stem("weekly") == answer_stem("week")


def test_a_follow_up_adds_only_sentences_on_its_subject() -> None:
    poet = Passage(
        "c1", "a1", "The poet's carol", "Life Desk", None, 1.0, "Longfellow's wife died."
    )
    other = Passage("c2", "a2", "A tormentor", "Tech Desk", None, 0.9, "Sinha told his wife.")
    wife, sinha = Candidate(0, "Longfellow's wife died."), Candidate(1, "Sinha told his wife.")
    assert on_any([wife, sinha], {"longfellow": "Longfellow"}, [poet, other]) == [wife]
