"""Session 24's blind sets, read: the words people type in a chat box that a small store never
writes are no specifics ("does ru plan to ship it no matter what", "meant to nudge output up a
little bit", "high tech" for "high-technology", "and the other outlet?"); a name's letter dropped
is the name ("putn"); "what slice of" asks a share; "which of the two outlets reports" asks for
sources; what was said "abt china" must be on China; a byline is metadata; a short form's plural
says it ("VCs"); a name only of the question's setting need not be in the answer's sentence; a
reason asked for a deed no article tells is refused ("why did the FDA ban ozempic"), and "who
bought" needs a sale; "and the 87 one?" is 1987; staff are counted as workers, and a span of
time counts no crowd; the other side of a comparison gets its sentence; a sum told of several
is no one's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import on_index, seeded_index_fixture  # noqa: F401 - provides `seeded_index`

from assistant.answering.advice import asks_advice
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.collective import listed_with_others
from assistant.answering.compared import COMPARED
from assistant.answering.event_premise import deed_taken, deed_untold
from assistant.answering.figure_fit import SAID_APART, figure_fit
from assistant.answering.focus import asked_about
from assistant.answering.purchases import asks_buyer, tells_sale
from assistant.answering.said_whole import says_whole
from assistant.answering.specifics import said_in
from assistant.answering.subject import said_words
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.wording import expand_abbreviations, full_years
from assistant.api import Assistant
from assistant.outlet_names import ASKS_FOR_SOURCES
from assistant.types import Passage


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "does ru plan to ship that aluminium no matter what?",
            "does russia plan to ship that aluminium?",
        ),
        ("only meant to nudge output up a little bit", "only meant to nudge output up"),
        (
            "by how much acc to the avison young guy",
            "by how much according to the avison young guy",
        ),
        ("did he say all that and stuff?", "did he say all that?"),
        # (not a part of a phrase that goes on, nor a conference)
        ("a bit of a shock for the ACC to take", "a bit of a shock for the ACC to take"),
    ],
)
def test_chat_fillers_and_shorthand_are_read(typed: str, read: str) -> None:
    assert expand_abbreviations(typed) == read


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what did he say abt china", ["china"]),
        ("What did Putin say about Europe's role in the peace talks?", ["europe", "role"]),
        ("what did lisa su say about demand for the chips", ["demand"]),
        ("did she comment on the deal", ["deal"]),
        # a pronoun, or a day, is no topic
        ("what does it say abt them", []),
        ("what did he say about it on stage", []),
        ("what did he say on monday", []),
        # an outlet's piece on something is no one's words (a multi-hop question's claims)
        ("Did the Sporting News report on Elijah Garcia's 16th victory before The Roar", []),
        ("After the TechCrunch report on October 7, 2023, concerning Dave Clark", []),
        ("what did he say about it in october", []),
    ],
)
def test_the_topic_of_what_was_said(question: str, topic: list[str]) -> None:
    assert asked_about(question) == topic


def test_a_short_forms_plural_says_it() -> None:
    text = "Just $14.5 billion was invested by U.S.-headquartered VCs."
    assert said_in("vc", said_words(text), text)
    assert said_in("ceos", said_words("The CEO said no."), "The CEO said no.")
    assert not said_in("vc", said_words("A vice chair spoke."), "A vice chair spoke.")


def test_a_slice_is_a_share_and_which_outlets_report_asks_for_sources() -> None:
    question = "roughly what slice of americas aluminium imports was russian?"
    assert question_wants(question) == "amount"
    # (the measure takes in what it measures, as "what share of …" does)
    assert AnswerSlot.of(question).head == "imports"
    # a share asked alone is what the figure is, not a thing it is said of
    assert AnswerSlot.of("what share had actually launched significant projects").focus == ()
    assert ASKS_FOR_SOURCES.search("Which of the two outlets reports that Putin met them?")
    assert ASKS_FOR_SOURCES.search("which outlet covers the aluminium offer")
    assert ASKS_FOR_SOURCES.search("who reported it besides trt world?")
    assert not ASKS_FOR_SOURCES.search("who reported the bug to apple")


def test_a_word_that_sets_one_aside_is_no_specific() -> None:
    """ "Who reported it besides trt world": a store that never writes "besides" lacks
    nothing the question asks."""
    words = CorpusWords(lambda w: 0, common=frozenset({"report"}))
    known = frozenset({"trt", "world"})  # (the outlet's name: metadata)
    assert words.unknown_specifics("who reported it besides trt world", known) == []
    assert words.unknown_specifics("who reported it near trt world", known) == ["near"]


@pytest.fixture
def offline(seeded_index, embedder, isolated_home: Path) -> Assistant:
    return on_index(seeded_index, embedder, isolated_home, offline=True)


def test_words_a_small_store_never_writes_settle_a_yes_or_no(offline: Assistant) -> None:
    # "ru", "plan" and "no matter what" are how it is asked: the condition answers it
    answer = offline.ask("does ru plan to ship that aluminium to the us market no matter what?")
    assert not answer.abstained and answer.text.startswith("No")
    assert "if the US market reopens" in answer.text
    # "nudge" is a verb, not a name; "high tech" is the article's "high-technology"
    answer = offline.ask("is the national project only meant to nudge output of high tech goods")
    assert not answer.abstained and "several times over" in answer.text
    # … while "worth a fortune" still settles nothing
    assert offline.ask("is russian aluminium worth a fortune to the us").abstained


def test_a_stance_or_a_deed_asked_the_other_way_is_answered_no(offline: Assistant) -> None:
    # words the two articles never write ("totally", "seat", "chop"), yet the contrary settles it
    answer = offline.ask("so is putin totally against the europeans getting a seat at the talks?")
    assert answer.text.startswith("No: ") and "openness to European" in answer.text, answer.text
    answer = offline.ask("did putin suggest russia chop its military budget by itself")
    assert answer.text.startswith("No: ") and "both countries" in answer.text, answer.text


def test_what_an_outlet_said_leads_with_its_sentence(offline: Assistant) -> None:
    # AnewZ writes "aluminum", TRT World "aluminium": AnewZ's sentence first, and a quote both
    # give is said once, citing both
    answer = offline.ask("what did anewz say about the aluminium offer")
    first = answer.citations[0].passage
    assert first.outlet == "AnewZ" and "aluminum supplies" in answer.text, answer.text
    sentences = [s for s in answer.text.split(". ") if "by the way" in s]
    assert len(sentences) <= 1, answer.text


def test_a_capital_or_seat_names_its_government(offline: Assistant) -> None:
    # "Washington" is the US, as news writes it; the articles say "US"
    answer = offline.ask("what does putin want to sell washington?")
    assert not answer.abstained and "aluminium" in answer.text.lower(), answer.text


def test_a_names_letter_dropped_is_the_name(offline: Assistant) -> None:
    answer = offline.ask("where in russia does putn think american firms could team up on hydro")
    assert not answer.abstained and "Krasnoyarsk" in answer.text


def test_which_of_the_two_outlets_names_the_outlet(offline: Assistant) -> None:
    answer = offline.ask(
        "Which of the two outlets reports that Putin convened his meeting within a couple of "
        "hours of Trump's remarks?"
    )
    assert answer.text.startswith("TRT World")


def test_what_he_said_about_a_topic_the_sentence_is_not_on_is_refused(
    offline: Assistant,
) -> None:
    conversation = offline.conversation()
    conversation.ask("the kremlin put out a transcript, how did putin describe rare earths in it?")
    answer = conversation.ask("what did he say abt china")
    assert answer.abstained and "china" in answer.text.lower()


def test_a_byline_is_metadata(assistant: Assistant, tmp_path: Path) -> None:
    article = tmp_path / "biggs.txt"
    article.write_text(
        "---\nid: age-search\noutlet: The Age\nauthor: Tim Biggs\ndate: 2023-10-01\n---\n"
        "Has Google search got worse?\n\n"
        "In 2013, people were creating around 9 ZB of data every year, whereas in 2023 it is "
        "more like 120 ZB, and search engines have to index all of it constantly.\n",
        encoding="utf-8",
    )
    assistant.ingest([article])
    answer = assistant.ask(
        "tim biggs in the age on google search - how much data were ppl generating per yr in 2013",
        offline=True,
    )
    assert not answer.abstained and "9 ZB" in answer.text


@pytest.mark.parametrize(
    ("question", "advice"),
    [
        ("can you tell me how many tackles pieter steph du toit made in the final", False),
        ("give me melissa lucashenko's first book and the year it came out", False),
        ("give me a feeding schedule for a sourdough starter", True),
        ("could you tell me how to cook rice", True),
        ("can you help me write a cover letter", True),
    ],
)
def test_a_request_for_what_the_articles_say_is_no_advice(question: str, advice: bool) -> None:
    assert asks_advice(question) is advice


@pytest.mark.parametrize(
    "question",
    [
        "what's bhavik patel getting paid as mayo clinic's chief ai officer",
        "what's tepper paying him?",
        "what is he being paid",
    ],
)
def test_pay_asked_with_whats_asks_an_amount(question: str) -> None:
    assert question_wants(question) == "amount"


def test_initials_with_stops_are_the_short_form() -> None:
    slot = AnswerSlot.of("abt how many US doctors have formal AI training")
    assert says_whole(slot, "Approximately 5,000 U.S. doctors have AI and data science training")
    assert not says_whole(slot, "Approximately 5,000 doctors have AI and data science training")


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("why did the FDA ban ozempic for weight loss this autumn?", ("ban", ["fda", "ozempic"])),
        ("why did apple decide to buy beeper", ("buy", ["apple", "beeper"])),
        ("how come mayo clinic sacked its ai chief", ("sacked", ["mayo", "clinic"])),
        # a state or a change is no deed; nor is one asked of no one named
        ("why is ozempic so dear", None),
        ("why did they do it", None),
        # … nor one taken as not done, nor a light verb or one with a particle (told in other
        # words too often: "forced to vacate", "collapsed")
        ("how come apple and beeper dont open on sundays", None),
        ("why did apple have to give up the belt", None),
        ("why did the palestinian isp netstream go down during the war", None),
    ],
)
def test_the_deed_a_reason_is_asked_for(question: str, deed: tuple[str, list[str]] | None) -> None:
    names = ["fda", "ozempic", "apple", "beeper", "mayo", "clinic", "palestinian", "netstream"]
    # (a word the store never writes as a verb is part of the subject: "isp")
    assert deed_taken(question, names, lambda word: word != "isp") == deed


def test_a_reason_for_a_deed_no_article_tells_is_refused() -> None:
    passages = [
        Passage("c1", "a1", "Ozempic", "Health Daily", None, 0.9,
                "Ozempic was FDA-approved in December 2017. Doctors prescribe it widely."),
    ]  # fmt: skip
    assert deed_untold("why did the FDA ban ozempic", ["fda", "ozempic"], passages)
    banned = [
        Passage("c2", "a2", "Ozempic", "Health Daily", None, 0.9,
                "The FDA banned Ozempic ads on Monday, citing misleading claims."),
    ]  # fmt: skip
    assert not deed_untold("why did the FDA ban ozempic", ["fda", "ozempic"], banned)
    # (a ban is done to someone, by the one the question names: regulators unnamed beside it
    # tell no ban by the FDA)
    by_others = [
        Passage("c3", "a3", "Ozempic", "Health Daily", None, 0.9,
                "Regulators banned Ozempic ads on Monday. The FDA cited misleading claims."),
    ]  # fmt: skip
    assert deed_untold("why did the FDA ban ozempic", ["fda", "ozempic"], by_others)
    # (no passage on any name it gives: other checks say what is missing)
    assert not deed_untold("why did the FDA ban zyx", ["fda", "zyx"], passages[:0])


def test_a_word_the_store_writes_as_a_verb() -> None:
    texts = ["Regulators banned the ads. The plan to ban them came first.", "ISPs went down."]
    words = CorpusWords(lambda word: 1, texts_with=lambda word: texts)
    assert words.used_as_verb("ban")
    assert not words.used_as_verb("isp")  # (a plural is no verb's ending)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("and the 87 one?", "and the 1987 one?"),
        ("the '96 semi at eden gardens", "the 1996 semi at eden gardens"),
        ("what happened back in 93", "what happened back in 1993"),
        ("rates at 5.25 in 23", "rates at 5.25 in 2023"),
        # a count, a minute, a team's name stay as typed
        ("he scored 87 goals", "he scored 87 goals"),
        ("a goal in 87 minutes", "a goal in 87 minutes"),
        ("the 49ers won", "the 49ers won"),
    ],
)
def test_a_year_typed_by_its_last_two_digits(typed: str, read: str) -> None:
    assert full_years(typed) == read


def test_who_bought_asks_a_sale() -> None:
    assert asks_buyer("who ended up buying wework after it went bankrupt")
    assert asks_buyer("so who acquired activision blizzard")
    assert not asks_buyer("who runs wework now")
    assert asks_buyer("who took over twitter")
    assert not asks_buyer("who took over as interim ceo")  # (a role taken on)
    assert tells_sale("Microsoft completed its $69B acquisition of Activision Blizzard.")
    assert not tells_sale("WeWork has filed for Chapter 11 bankruptcy protection.")


def test_people_counted_by_another_word_for_them() -> None:
    slot = AnswerSlot.of("how many staff did they let go?")
    related = lambda a, b: False  # noqa: E731 - no encoder: the words alone
    assert figure_fit(slot, "Sono pivoted and laid off 300 workers.", related) == 1.0
    assert figure_fit(slot, "Sono pivoted and sold 300 cars.", related) < 1.0
    # (only right after the figure: "everyone in attendance in 1995" counts no crowd)
    crowd = AnswerSlot.of("what was the crowd at the stade de france")
    assert figure_fit(crowd, "Fans packed the ground in 1995, and attendance soared.", related) < 1


def test_a_span_of_time_counts_no_crowd() -> None:
    slot = AnswerSlot.of("what was the crowd at wembley for england v netherlands")
    related = lambda a, b: False  # noqa: E731 - no encoder: the words alone
    late = "They salvaged a match that looked cooked after 35 minutes, sustained by the crowd."
    assert figure_fit(slot, late, related) < SAID_APART
    big = "A crowd of 71,000 watched England beat the Netherlands at Wembley."
    assert figure_fit(slot, big, related) == 1.0


def test_the_other_side_of_a_comparison() -> None:
    assert COMPARED.search("median home price in aug 79 vs second quarter 1981?").group(1) == (
        "second quarter 1981"
    )
    assert COMPARED.search("how much space does he need compared to tarasenko")
    assert COMPARED.search("england v netherlands at wembley") is None


def test_a_sum_told_of_several_is_no_ones_own() -> None:
    deal = "NASCAR finalized a $7.7 billion deal with Fox Sports, NBC, Amazon, and Warner Bros."
    assert listed_with_others(deal, "amazon", {"amazon", "nascar"})
    # (the question names the others too: the sum is what it asks)
    assert not listed_with_others(deal, "amazon", {"amazon", "fox", "nbc", "warner"})
    assert not listed_with_others("Amazon paid $1 billion for the rights.", "amazon", {"amazon"})
