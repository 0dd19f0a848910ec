"""A first name many share, typed with a surname no article gives it ("adam silver"), names
nobody the articles know; a purchase asked the other way round ("when did 24 bit games buy
annapurna"), a deed told only as denied ("hadn't resigned") or of another thing ("buy another
Apple Watch", for "apple buy openai") is one the articles do not tell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fixtures import articles_home

from assistant.answering.event_premise import deed_taken, deed_untold
from assistant.answering.full_names import unknown_full_names
from assistant.answering.purchases import bought_by_another
from assistant.api import Assistant
from assistant.types import Passage

SPORT = (
    "The league's season opened on Friday with a new tournament.\n\n"
    "Reporter Adam Schefter said the league will keep the tournament next year.\n\n"
    "The receiver Adam Thielen caught two passes in the second half of the game.\n\n"
    "Coach Adam Forde said the loss hurt, and the tournament was a tall order.\n\n"
    "The Silver Slugger award went to a catcher, and the league gave out silver medals too.\n\n"
    "The winners shared a silver trophy and a cash prize of $500,000 at the tournament.\n\n"
    "The visitors tried a Hail Mary at the end, and Mary Forde's pass fell short."
)
METALS = (
    "Prices of silver and gold rose on Monday as traders sought safety.\n\n"
    "Silver climbed 2% while copper was flat, and Adam Schefter was not at the fair."
)


@pytest.fixture(scope="module")
def news(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    sport = "title: A new tournament\noutlet: Daily Planet\npublished: 2023-11-20"
    metals = "title: Metals rally\noutlet: Daily Planet\npublished: 2023-11-21"
    articles = {"sport": (sport, SPORT), "metals": (metals, METALS)}
    yield from articles_home(embedder, tmp_path_factory.mktemp("names"), articles)


def test_a_surname_no_article_gives_a_shared_first_name(news: Assistant) -> None:
    words = news.offline_answerer.words
    assert unknown_full_names("whats adam silver said about the tournament", words, []) == [
        "Adam Silver"
    ]
    # (a surname the store gives it, words that say something of the one named, and verbs)
    assert unknown_full_names("what did adam schefter say", words, []) == []
    assert unknown_full_names("when did adam first play", words, []) == []
    assert unknown_full_names("what did adam say about the loss", words, []) == []
    # (nor a thing of his, typed without the "'s": "adam trophy" owns nothing, says nothing)
    assert unknown_full_names("how big is adam silver trophy", words, []) == []
    # (a word the store never capitalises is no surname: "adam trophy")
    assert unknown_full_names("did adam trophy hunt", words, []) == []
    # (a word no article holds, after a name the store writes mostly alone: "Hail Mary")
    assert unknown_full_names("what did mary barra say to the union", words, []) == ["Mary Barra"]


def test_a_question_on_someone_unknown_is_refused_by_name(news: Assistant) -> None:
    answer = news.ask("whats adam silver said about the tournament")
    assert answer.abstained
    assert answer.text.startswith("The articles don't mention Adam Silver."), answer.text
    known = news.ask("what did adam schefter say about the tournament")
    assert not known.abstained, known.text
    assert "keep the tournament" in known.text


def test_a_purchase_asked_the_other_way_round() -> None:
    told = ["Annapurna Interactive bought South African studio 24 Bit Games in November."]
    names = ["annapurna", "interactive", "bit", "games"]
    assert bought_by_another("when did 24 bit games buy annapurna interactive", names, told) == 0
    # (told in the passive, of the buyer asked about, it is theirs)
    passive = ["Activision Blizzard was acquired by Microsoft for $69 billion."]
    names = ["microsoft", "activision", "blizzard"]
    assert bought_by_another("when did microsoft buy activision blizzard", names, passive) is None
    names = ["annapurna", "interactive", "bit", "games"]
    # (asked the way the articles tell it, it is theirs)
    assert bought_by_another("when did annapurna interactive buy 24 bit games", names, told) is None


def _passage(title: str, text: str) -> Passage:
    return Passage("c1", "a1", title, "TechCrunch", None, 0.9, text)


def test_a_deed_denied_or_done_to_another_thing_is_untold() -> None:
    names = ["apple", "openai"]
    watch = [_passage("Watch ban", "OpenAI shipped an app. You will never be able to buy "
                      "another Apple Watch in the US, Apple said.")]  # fmt: skip
    assert deed_untold("when did apple buy openai", names, watch)
    # (a purchase of the very thing, told, is told)
    bought = [_passage("Deal", "OpenAI grew fast. Apple agreed to buy OpenAI on Friday.")]
    assert not deed_untold("when did apple buy openai", names, bought)
    # (a deed of the one asked about, done to another thing than the one it names after it)
    filler = " ".join(["The market for music streaming kept growing this year."] * 8)
    beats = [_passage("Deal", f"OpenAI shipped an app. {filler} Apple agreed to buy Beats.")]
    assert deed_untold("when did apple buy openai", names, beats)
    # (denied of the one asked about: "hadn't resigned"; not "did not hesitate to", "not only")
    names = ["satya", "nadella"]
    stayed = [_passage("Microsoft", "Satya Nadella spoke. Nadella hadn't resigned by Sunday.")]
    assert deed_untold("why did satya nadella resign", names, stayed)
    names = ["apple", "beats"]
    eager = [_passage("Deal", "Beats grew fast. Not only did Apple buy Beats, it hired Dre.")]
    assert not deed_untold("why did apple buy beats", names, eager)
    names = ["fda", "ozempic"]
    banned = [_passage("FDA", "Ozempic sold well. The FDA did not hesitate to ban Ozempic.")]
    assert not deed_untold("why did the fda ban ozempic", names, banned)


def test_a_deed_asked_in_the_passive_or_by_its_participle() -> None:
    def verb(word: str) -> bool:
        return word in ("acquitted", "engaged", "convicted")

    assert deed_taken("why was sbf acquitted", ["sbf"], verb) == ("acquitted", ["sbf"])
    names = ["taylor", "swift", "travis", "kelce"]
    taken = deed_taken("when did taylor swift and travis kelce get engaged", names, verb)
    assert taken is not None and taken[0] == "engaged"
    # (a verdict told in other words: "found guilty")
    guilty = [_passage("Verdict", "Sam Bankman-Fried (SBF) was found guilty on seven counts.")]
    assert not deed_untold("why was sbf convicted", ["sbf"], guilty, verb)
    assert deed_untold("why was sbf acquitted", ["sbf"], guilty, verb)
