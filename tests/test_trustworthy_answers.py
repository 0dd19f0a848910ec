"""Answers people can trust, on questions typed as people type them: refusals on evidence and
saying why, yes/no answers, word forms, dates and outlets read from metadata, nothing quoted that
does not state something."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import on_index, seeded_index_fixture  # noqa: F401 - provides `seeded_index`

from assistant.answering.candidates import Candidate, markers_of
from assistant.answering.llm import CorpusFacts
from assistant.answering.refusals import Scope, is_refusal, refusal_text
from assistant.answering.sentences import name_phrases
from assistant.answering.statements import is_statement
from assistant.answering.wording import expand_abbreviations, typo_neighbours
from assistant.api import Assistant
from assistant.query import analyse
from assistant.types import Passage
from index.terms import content_words, family

SEED_OUTLETS = ["AnewZ", "TRT World"]


@pytest.fixture
def offline(seeded_index, embedder, isolated_home: Path) -> Assistant:
    return on_index(seeded_index, embedder, isolated_home, offline=True)


# --- ordinary phrasings are neither refused nor read as naming an outlet ----------------------
ORDINARY = [
    "how much aluminium could russia supply each year",
    "what did putin offer the us",
    "whats the deal putin proposed on rare earths",
    "How much aluminium could Russia supply each year, according to the TRT World report of "
    "February 24, 2025?",
    "What did Putin say about Europe's role in the peace talks?",
    "what did the report by the kremlin say about rare earths",
    "which region did putin suggest for hydropower and aluminium production",
]


@pytest.mark.parametrize("question", ORDINARY)
def test_ordinary_questions_are_answered(offline: Assistant, question: str) -> None:
    answer = offline.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations and answer.unsupported == []


@pytest.mark.parametrize(
    "question",
    [
        "apple's rivals in the phone market",
        "what is the age of the universe",
        "is it worth a fortune",
        "the report by openai on safety",
        "what did the study published in nature find",
        "what happened in the story from ukraine",
    ],
)
def test_ordinary_phrasings_name_no_outlet_and_no_missing_source(question: str) -> None:
    outlets = ["Fortune", "The Age", "Rivals", "TechCrunch", "The Verge"]
    analysis = analyse(question, outlets)
    assert analysis.outlets == [] and analysis.missing_outlets == []


def test_the_date_in_a_question_counts_as_the_articles_metadata(offline: Assistant) -> None:
    """The publication date is in no article's body; it must not make the question unknown."""
    answer = offline.ask(
        "How much aluminium could Russia supply each year, according to the TRT World report "
        "of February 24, 2025?"
    )
    assert not answer.abstained and "2 million tons" in answer.text
    assert answer.citations[0].passage.outlet == "TRT World"


# --- refusals say why --------------------------------------------------------------------------
def test_a_name_no_article_mentions_is_named(offline: Assistant) -> None:
    answer = offline.ask("How much aluminium does Norway export to the US?")
    assert answer.abstained
    assert answer.text.startswith("The articles don't mention Norway.")
    assert "They cover 2 articles from AnewZ, TRT World" in answer.text


def test_a_lower_case_name_no_article_holds_is_named(offline: Assistant) -> None:
    answer = offline.ask("what did zelensky say about the aluminium offer")
    assert answer.abstained and answer.text.startswith("The articles don't mention zelensky.")


def test_a_refusal_names_the_filters_in_force(offline: Assistant) -> None:
    answer = offline.ask("What did Putin offer?", outlets=["TRT World"], since="2025-03-01")
    assert answer.abstained
    assert answer.text.startswith("There are no TRT World articles after 2025-03-01.")


def test_a_refusal_that_says_what_the_articles_do_say(offline: Assistant) -> None:
    """Asked for an amount of something they never give, the articles' nearest word is cited,
    and the reply is still a refusal."""
    answer = offline.ask("How much copper did Putin offer to supply to the United States?")
    assert answer.abstained and is_refusal(answer.text)
    assert answer.text.startswith("The articles don't mention copper. What they say: ")
    assert answer.citations and answer.unsupported == []


def test_refusal_wording_is_a_sentence_not_an_echo() -> None:
    facts = CorpusFacts("2025-02-24", "2025-02-24", "AnewZ", 1)
    text = refusal_text("What did Putin offer the US?", facts)
    assert text == (
        "The articles don't say anything that answers this question. They cover 1 article from "
        "AnewZ, 2025-02-24 to 2025-02-24."
    )
    assert refusal_text("Who won the final?", facts).startswith(
        "The articles don't say who won the final."
    )
    scope = Scope(("TRT World",), "2025-03-01", None)
    assert refusal_text("Who won?", facts, scope=scope, found_nothing=True).startswith(
        "There are no TRT World articles after 2025-03-01."
    )
    assert refusal_text("Who won?", facts, missing_outlets=["Bloomberg"]).startswith(
        "None of the articles is from Bloomberg."
    )


# --- yes/no questions ----------------------------------------------------------------------------
def test_a_yes_no_question_settled_the_other_way_is_answered_no(offline: Assistant) -> None:
    answer = offline.ask("Did Putin offer copper?")
    assert not answer.abstained
    assert answer.text.startswith("No, the articles don't mention copper; they say: ")
    assert "aluminium" in answer.text and answer.citations and answer.unsupported == []


def test_a_yes_no_question_asked_in_words_no_article_uses_is_not_answered_no(
    offline: Assistant,
) -> None:
    # "worth a fortune" is how it is asked, not a thing offered: the articles don't say
    answer = offline.ask("is russian aluminium worth a fortune to the us")
    assert answer.abstained and answer.citations
    assert answer.text.startswith("The articles don't mention worth or fortune. What they say: ")
    # … but one asked in words akin to theirs is answered: "not a concern", "rare earth metals"
    answer = offline.ask("is moscow worried about a us-ukraine minerals deal?")
    assert not answer.abstained, answer.text
    assert answer.text.startswith("No") and "not a concern" in answer.text


def test_a_verb_framing_the_claim_is_not_a_word_the_articles_must_use(offline: Assistant) -> None:
    # "claim" frames what is asked; the sentence says the supplies "will not significantly
    # affect price formation"
    answer = offline.ask(
        "Did Putin claim that Russian aluminium would significantly change US prices?"
    )
    assert not answer.abstained and answer.text.startswith("No")
    assert "not significantly affect" in answer.text


def test_a_yes_no_question_the_evidence_settles_is_answered_yes(offline: Assistant) -> None:
    answer = offline.ask("Did AnewZ report on the rare earth offer?")
    assert answer.text.startswith("Yes: ") and answer.citations[0].passage.outlet == "AnewZ"


# --- reading the articles ---------------------------------------------------------------------
def test_word_forms_match(offline: Assistant) -> None:
    assert family("european") == family("europe") and family("russian") == family("russia")
    assert family("cultivation") == family("cultivating") and family("nation") != family("nate")
    assert content_words("two AAs and three EVs") == ["two", "aa", "three", "ev"]
    answer = offline.ask("What did Putin say about Europe's role?")
    assert not answer.abstained and "European involvement" in answer.text


def test_a_quotation_is_never_cut_in_half(offline: Assistant) -> None:
    answer = offline.ask(
        "What effect did Putin say Russian aluminium supplies would have on prices?"
    )
    assert "will not significantly affect price formation" in answer.text
    assert "restraining influence" in answer.text


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Who will pay for it?", False),
        ("BREAKING: PRICES SOAR AFTER DEAL", False),
        ("Russia Offers US Aluminium Deal", False),
        ("Photo: AP Archive", False),
        ("How Mikaela Shiffrin's parents fell in love through skiing", False),
        ("How the deal was done, he said.", True),
        # a post embedded in the article
        (
            "Welcome, Emma! pic.twitter.com/WYn6Sg9RmX — U.S. Soccer (@USWNT) November 14, 2023",
            False,
        ),
        ("Read more at https://example.com/story today.", False),
        ("MORE: How Dodgers' 2024 payroll looks after handing out a monster deal", False),
        # a photo credit run on to the sentence before it
        ("He also said it will invest abroad. Carlos Jasso | Bloomberg | Getty Images", False),
        ("Putin said the offer stands.", True),
        ('He said: "we will see"', True),
    ],
)
def test_only_statements_are_quoted(sentence: str, statement: bool) -> None:
    assert is_statement(sentence) is statement


def test_people_type_shorthand_and_slips() -> None:
    assert expand_abbreviations("whats the avg price in q3") == (
        "what the average price in third quarter"
    )
    assert "november" in typo_neighbours("novmber")
    assert name_phrases("Who won the 2024 Super Bowl in Las Vegas?") == [
        "2024 Super Bowl",
        "Las Vegas",
    ]


def test_overlapping_chunks_give_one_card() -> None:
    """A sentence in the overlap of two chunks of one article is cited once; the same fact from
    another outlet still gets its own card."""
    sentence = "Russian companies could supply up to 2 million tons of aluminium a year."

    def passage(chunk: str, article: str, outlet: str) -> Passage:
        return Passage(chunk, article, "Offer", outlet, "2025-02-24", 1.0, sentence)

    passages = [
        passage("trt:0", "trt", "TRT World"),
        passage("trt:1", "trt", "TRT World"),  # the next chunk, overlapping the first
        passage("anewz:0", "anewz", "AnewZ"),
    ]
    candidates = [Candidate(i, sentence) for i in range(3)]
    assert markers_of(candidates[0], candidates, passages) == "[1][3]"
    assert markers_of(candidates[0], candidates[:2], passages[:2]) == "[1]"


# --- the answer's sentence is about the one the question names ---------------------------------
HOCKEY = (
    "The Minnesota Wild fired head coach Dean Evason on Monday after a poor start. The Wild will "
    "be on the hook for the remainder of Evason's contract, which runs through 2024-25 at just "
    "under $2 million per season. John Hynes, formerly of the Nashville Predators, was named the "
    "new head coach of the Wild on Tuesday. {terms} Players said the change came as no surprise."
)


@pytest.mark.parametrize(
    ("terms", "answered"),
    [
        ("Terms of his deal with the team were not disclosed.", False),
        ("He will earn $3 million per season over three years.", True),
    ],
)
def test_a_figure_said_of_someone_else_is_not_the_answer(
    embedder, tmp_path: Path, terms: str, answered: bool
) -> None:
    """Typed in lower case, the question's names are read from how the articles write them; the
    sentence holding the amount must say (or follow one that says) who it is about."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "wild.md").write_text(
        "---\ntitle: Wild replace Evason with Hynes\noutlet: Rink Daily\npublished: 2023-11-28\n"
        "---\n" + HOCKEY.format(terms=terms),
        encoding="utf-8",
    )
    a = Assistant.open(home=tmp_path / "home", offline=True, embedder=embedder)
    try:
        a.ingest([folder])
        answer = a.ask("how much is the wild paying john hynes per season")
    finally:
        a.close()
    if answered:
        assert not answer.abstained and "$3 million" in answer.text, answer.text
    else:
        assert answer.abstained and "don't say this of" in answer.text, answer.text
        assert "Hynes. What they say" in answer.text
        assert "Evason" in answer.text  # what they do say, cited


def test_names_in_a_lower_case_question_are_read_from_the_articles() -> None:
    from assistant.answering.sentences import cased_names

    texts = [
        "The Wild fired Dean Evason. Coach Hynes was named by the CMA panel.",
        "Prices swung in wild ways, and the Wild lost. Hynes said the season was long.",
    ]
    found = cased_names("how much is the wild paying hynes, said the cma coach", texts)
    assert found == {"hynes": "Hynes", "cma": "CMA"}  # "wild": capitalised 2 of 3 times
