"""A question that takes its claim from a source ("according to bloomberg", "what did reuters
say") is answered from that source's account, or refused, saying the articles don't cite it."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import on_index, seeded_index_fixture  # noqa: F401 - provides `seeded_index`

from assistant.answering.cited import hosted_by
from assistant.api import Assistant
from assistant.attribution import (
    as_typed,
    cited_sources,
    cites,
    display_name,
    without_document,
    written_as_name,
)


@pytest.mark.parametrize(
    ("question", "sources"),
    [
        ("according to bloomberg, how much did ftx customers lose", ["bloomberg"]),
        ("how much did ftx customers lose according to bloomberg", ["bloomberg"]),
        ("what did reuters say about the sam altman firing", ["reuters"]),
        ("how much was spent online on thanksgiving in 2019 per adobe", ["adobe"]),
        ("how many points per game did he score", []),
        ("did the washington post cover the sbf trial", ["washington post"]),
        ("cnn's take on the openai board drama", ["cnn"]),
        ("what did elon musk tweet about the cybertruck", ["elon musk"]),
        ("fortune said who broke the news to altman?", ["fortune"]),
        ("cnbc on the sbf trial - which prosecutor was questioning gary wang", ["cnbc"]),
        ("according to the fed's latest projections, will rates fall", ["fed"]),
        ("what's elon musk's take on ai", ["elon musk"]),
        ("what did rivian's rj scaringe say about the cybertruck", ["rj scaringe"]),
        # a joining word inside a name is part of it
        ("times of india's take on india v nz in the semi", ["times of india"]),
        ("according to bank of america, how much", ["bank of america"]),
        # a document is what the source wrote: whose it is names the source
        ("according to the sbf indictment, how much went to donations", ["sbf indictment"]),
        ("the athletic piece on haaland - which years did norway qualify", ["athletic piece"]),
        ("according to the report, how many", []),
        ("how wide was cinerama's screen vs the sphere's view, in degrees", []),
        # a question word before the name names nobody: the name is read after it
        ("what ign's review score for spider-man 2", ["ign"]),
        # nobody named: pronouns, and questions that cite no one
        ("does insurance cover ozempic", []),
        ("what did he say about it", []),
        ("did they report a loss", []),
        ("how much aluminium could russia supply each year", []),
        ("what did putin offer the us", []),
        ("is it true that rates stay high", []),
        # a source named before what it filed, or where the reader saw it
        ("in a straits times piece on ai, what did singapore pledge", ["straits times"]),
        # (a piece with "the" may be one on its name as often: "in the openai story")
        ("in the openai story, who was fired", []),
        ("according to a der spiegel report, how much did binance pay", ["der spiegel"]),
        ("a nikkei report said inter miami is touring asia, which countries", ["nikkei"]),
        ("there was a reuters story about revolut layoffs - how many", ["reuters"]),
        ("saw in der spiegel that the eu agreed the ai act, when", ["der spiegel"]),
        ("heard on cnn that binance paid 4bn - true?", ["cnn"]),
        ("was it in the wsj that openai hired altman back", ["wsj"]),
        ("bloomberg had a story on the uaw strike, how long did it last", ["bloomberg"]),
        ("so spiegel says binance paid a fine, how much", ["spiegel"]),
        ("der spiegel interviewed boris becker - what did he say", ["der spiegel"]),
        ("nyt story: how many people died", ["nyt"]),
        ("from the straits times: what is the ai budget", ["straits times"]),
        ("how did der spiegel describe the eu ai act", ["der spiegel"]),
        ("what was spiegel's angle on boris becker", ["spiegel"]),
        # … not which piece it is, nor a word joined by a hyphen
        ("in the earnings report, how much did nvidia make", []),
        ("a new report says rents are rising - how much", []),
        ("the company report said profits rose, by how much", []),
        ("in a recent interview musk said what about x", []),
        ("in the post-match interview what did ten hag say", ["ten hag"]),
        ("a new york times report said altman was back - when", ["new york times"]),
        # … nor a day, a place or a league, where a thing was heard or happened
        ("heard on tuesday that spotify cut jobs - how many", []),
        ("saw on black friday that prices fell, how much", []),
        ("heard it in the locker room that he quit, true?", []),
        ("in the nfl - who leads in sacks", []),
        ("is it on netflix, or prime", []),
        ("saw it in imax, was it good", []),
        ("in 2023: who won", []),
    ],
)
def test_the_sources_a_question_cites_are_read_in_lower_case(
    question: str, sources: list[str]
) -> None:
    assert cited_sources(question) == sources


def test_a_source_is_cited_by_name_surname_or_initials() -> None:
    assert cites("“We dug our own grave,” said Musk.", "elon musk")
    assert cites("The Securities and Exchange Commission alleged fraud.", "sec")
    assert not cites("The regulator alleged fraud.", "sec")
    assert not cites("Altman's firing was announced on Friday.", "reuters")
    # a photo credit is no source of what the article says
    assert not cites("He said so. Carlos Jasso | Bloomberg | Getty Images", "bloomberg")
    assert not cites("(Photo by Mario Tama/Getty Images)", "mario tama")
    assert cites("Republican lawmakers said the bill was dead.", "republicans")
    assert cites("The Federal Reserve held rates.", "fed")
    assert display_name("cnn") == "CNN" and display_name("washington post") == "Washington Post"
    assert display_name("reuters", ["Altman was fired, Reuters reported."]) == "Reuters"
    # a name of several words is said as one run of them; a body is not its last word alone
    assert cites("The Times of India reported it.", "times of india")
    assert not cites("India won; the times were good, of course.", "times of india")
    assert not cites("India's semi-final journey", "times of india")
    assert display_name("times of india") == "Times of India"
    assert display_name("le monde") == "Le Monde"


def test_a_cited_source_is_shown_as_typed_where_reading_respelt_it() -> None:
    # (reading takes "nikkei", which no article holds, for "Nikki", which some do)
    assert as_typed("Nikki", "a nikkei report said inter miami is touring asia") == "Nikkei"
    assert as_typed("Nikki asia", "i read in nikkei asia that gogoro grew") == "Nikkei Asia"
    assert as_typed("Reuters", "what did reuters say about it") == "Reuters"


def test_a_word_the_articles_write_in_lower_case_cites_nobody() -> None:
    texts = ["The latest data show insurance claims rose, experts said.", "Reuters reported it."]
    assert written_as_name("reuters", texts)
    assert written_as_name("bloomberg", texts)  # no article names it: a source they lack
    assert not written_as_name("latest data", texts)
    assert not written_as_name("experts", texts)


@pytest.fixture
def offline(seeded_index, embedder, isolated_home: Path) -> Assistant:
    return on_index(seeded_index, embedder, isolated_home, offline=True)


def test_a_source_the_articles_never_cite_is_refused_with_what_they_say(
    offline: Assistant,
) -> None:
    answer = offline.ask("what did reuters say about putin's aluminium offer")
    assert answer.abstained
    assert answer.text.startswith("The articles on this don't cite Reuters."), answer.text
    assert answer.citations  # what they do say, cited


def test_a_source_the_articles_quote_is_answered_from_its_words(offline: Assistant) -> None:
    answer = offline.ask("according to putin, how much aluminium could russia supply a year")
    assert not answer.abstained, answer.text
    assert "2 million tons" in answer.text


def test_a_document_is_its_sources() -> None:
    assert without_document("sbf indictment") == "sbf"
    assert without_document("ny ag suit") == "ny ag"
    assert without_document("report") == ""


def test_an_article_at_the_sources_site_is_its_account() -> None:
    assert hosted_by("https://theathletic.com/5065646/2023/11/16/haaland/", "athletic")
    assert not hosted_by("https://www.nytimes.com/2023/11/16/sports/haaland.html", "athletic")
    assert not hosted_by(None, "athletic")
