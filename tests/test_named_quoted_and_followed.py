"""Names typed as people type them, who does a deed, quotes that answer their own question,
and counts of the dead (session 53)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import outlets_home

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.deed_doers import done_by_another
from assistant.answering.event_premise import _deed_roots
from assistant.answering.phrasal_deeds import word_asked
from assistant.answering.scoring import sentences_of
from assistant.answering.vocabulary import has_other_forms
from assistant.api import Assistant
from assistant.attribution import cites
from assistant.types import Passage


def test_a_word_of_the_vocabulary_in_no_other_form_is_a_name() -> None:
    common = frozenset({"gallery", "galleries", "park", "parked", "putin", "london"})
    assert has_other_forms("gallery", common) and has_other_forms("park", common)
    assert not has_other_forms("putin", common) and not has_other_forms("london", common)


def test_a_source_of_one_word_is_cited_as_a_name() -> None:
    assert not cites("The politics of the strike have roiled Detroit.", "politico")
    assert cites("Politico first reported the memo.", "politico")
    assert cites("Republican lawmakers said no.", "republicans")


def test_who_does_a_deed_a_sentence_tells() -> None:
    roots = {"offer"}
    # (a noun of the deed after a verb that makes one: "extended an offer")
    extended = "Russian President Vladimir Putin extended an offer to the United States."
    assert done_by_another(extended, roots, ["us"])
    assert not done_by_another(extended, roots, ["putin"])
    # (a quote's "we" is its speaker, when the one asked about is who it is done to)
    quoted = "“We would be ready to offer our American partners a deal,” Putin said on TV."
    assert done_by_another(quoted, roots, ["us"]) and not done_by_another(quoted, roots, ["putin"])
    # (… and a spokesman's "we" may be the company asked about)
    spoken = "“We offered a refund to every buyer,” Tim Cook said."
    assert not done_by_another(spoken, roots, ["apple"])


def test_deeds_told_by_their_nouns_and_other_words() -> None:
    assert "suspend" in _deed_roots("while serving a month-long suspension after a meme")
    assert "decid" in _deed_roots("the decision came late")
    assert word_asked("scrap") == "scrap" and word_asked("cancel") == "cancel"


def test_a_quote_answering_its_own_question_is_read_from_its_answer() -> None:
    text = (
        "Craig spoke to the magazine. “Isn't there an old adage that if you die rich, you've "
        "failed? I think Andrew Carnegie gave away about 11 billion dollars,” he said."
    )
    passage = Passage("p1", "a1", "Craig", "FOX News", None, 0.9, text)
    sentences = [c.text for c in sentences_of([passage])]
    assert any("11 billion dollars" in s and "adage" not in s for s in sentences)


def test_a_change_over_a_period_is_no_thing_measured() -> None:
    slot = AnswerSlot.of("capitol music group's market share grew how much year over year?")
    assert slot.head != "year"


NEWS = {
    "witness": (
        "Fortune",
        "The first witness at the SBF trial was Marc-Antoine Julliard, a Paris-born cocoa "
        "trader who lives in London.\n\n"
        "He tried to withdraw his money from FTX on November 8th. How much did he try to get "
        "out? Almost $100,000, he said.\n",
    ),
    "investors": (
        "TechCrunch",
        "Within two years, more than 80 investors provided about $2 billion in capital to FTX, "
        "helping Bankman-Fried build it.\n",
    ),
    "rights": (
        "The Verge",
        "Trump spoke to autoworkers outside Detroit.\n\n"
        "The politics of the strike have roiled Detroit for two weeks.\n",
    ),
    "owners": (
        "TechCrunch",
        "OpenAI signed a deal with Axel Springer, which owns Business Insider and Politico.\n",
    ),
    "quarter": (
        "Seeking Alpha",
        "Hollenbeck is proud that four of the top executives at Check Point are women.\n\n"
        "Check Point has made three recent acquisitions to expand its offerings.\n",
    ),
    "agency": (
        "TechCrunch",
        "California's privacy agency released draft rules on automated decisionmaking.\n\n"
        "“The Agency Board will provide feedback on these proposed regulations at the December "
        "8, 2023, board meeting,” the agency said.\n\n"
        "Effective Date Notice Date Release Date\n",
    ),
}


@pytest.fixture
def news(tmp_path: Path, embedder) -> Iterator[Assistant]:
    yield from outlets_home(embedder, tmp_path, NEWS)


def test_questions_people_type_are_answered_or_refused_as_they_should(news: Assistant) -> None:
    # (the piece on the one the setting describes, whose other names it says)
    witness = news.ask(
        "the first witness at the sbf trial was some paris-born cocoa trader living in london. "
        "how much was he trying to get out of ftx?",
        offline=True,
    )
    assert not witness.abstained and "100,000" in witness.text, witness.text
    # (an outlet no article cites, though a word like it is said)
    politico = news.ask("what did politico report about trump's speech to autoworkers?")
    assert politico.abstained and "Politico" in politico.text, politico.text
    # (a count of the dead asked, where the articles count other things)
    killed = news.ask("how many check point employees have been killed?", offline=True)
    assert killed.abstained, killed.text
    # (the kind asked for is no name, however a heading writes it)
    date = news.ask("what date was the agency board meant to give feedback?", offline=True)
    assert not date.abstained and "December" in date.text, date.text
