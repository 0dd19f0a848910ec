"""Questions read as they are meant: an agency photo's caption is no answer; a deed told in an
irregular past ("first sold"); a role told through a pronoun ("He had managed the Guardians");
names that close a phrase start a clause ("how much cfpb made them pay"); chat asides, clipped
first names, asides in brackets, years and owners inside the thing asked; money raised, which a
price is not; "did anyone … or …" asks whether; a heading with a colon sets the context."""

from __future__ import annotations

import pytest

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asking import asking_clauses
from assistant.answering.event_premise import deed_untold
from assistant.answering.figure_fit import figure_fit
from assistant.answering.names_typed import clipped_in
from assistant.answering.role_premise import _sentences, role_told
from assistant.answering.sentences import answer_stems
from assistant.answering.statements import is_statement
from assistant.answering.wording import expand_abbreviations
from assistant.answering.yes_no_asked import is_yes_no
from assistant.outlet_names import named_outlets
from assistant.types import Passage


def _passage(text: str, title: str = "t") -> Passage:
    return Passage("c", "a", title, "o", None, 1.0, text)


def _unrelated(word: str, head: str) -> bool:
    return False


@pytest.mark.parametrize(
    "caption",
    [
        "Good chemistry: President Donald Trump and Russian President Vladimir Putin shake hands "
        "during a joint press conference after their summit on July 16, 2018 in Helsinki, Finland.",
        "Bob Swan, then-interim chief executive officer of Intel Corp., reacts during the "
        "inauguration of the company's facility in Bengaluru, India, on November 15, 2018.",
        "Ukrainian servicemen take part in a military training exercise not far from the front "
        "line in the Donetsk region on June 8, 2023.",
        "A Ukrainian soldier is seen inside an artillery vehicle near Kharkiv on November 20, "
        "2023.",
        # … nor a question reported without its quotes
        "Why did he make such a deal with the government, she asked.",
    ],
)
def test_a_caption_or_a_reported_question_is_no_statement(caption: str) -> None:
    assert not is_statement(caption)


@pytest.mark.parametrize(
    "prose",
    [
        "Apple holds its annual event on September 12, 2023.",  # a date ahead
        "Biden spoke at the summit on November 5, 2023.",  # the past
        "The Fed holds rates steady and signals cuts next year.",  # the present, no full date
        "Kohli celebrates his 49th century as India beat South Africa.",
        "Who won, he said, was not the point.",
        "The decision is seen as a major victory for Trump, who was indicted on August 1, 2023.",
        "Experts warn the virus poses a serious risk, the WHO said on January 5, 2024.",
        "Heat waves swept across Texas and Mexico on June 20, 2023, killing dozens.",
        "The project looks on track to open on March 1, 2025, officials said.",
    ],
)
def test_prose_on_a_day_stays_a_statement(prose: str) -> None:
    assert is_statement(prose)


def test_a_deed_told_in_an_irregular_past() -> None:
    text = (
        "Ocean Spray cranberry sauce remains its signature product. The company first sold its "
        "cranberry sauce nationally in 1941."
    )
    question = "why did ocean spray first sell its cranberry sauce nationally?"
    assert not deed_untold(question, ["ocean", "spray"], [_passage(text)])
    assert deed_untold(question, ["ocean", "spray"], [_passage(text.replace("sold", "made"))])
    # (a past that is often no deed only before what it is done to)
    kane = ["harry", "kane", "tottenham"]
    asked = "why did harry kane leave tottenham"
    assert deed_untold(asked, kane, [_passage("Harry Kane was left out of the Tottenham squad.")])
    assert deed_untold(asked, kane, [_passage("Harry Kane, left, celebrates with Tottenham.")])
    assert not deed_untold(asked, kane, [_passage("Harry Kane left Tottenham for Bayern.")])


def test_a_role_told_through_a_pronoun() -> None:
    text = (
        "After an 11-year tenure with Cleveland, Terry Francona announced his resignation. The "
        "record made him the winningest manager in franchise history. He had managed the "
        "Guardians till the conclusion of the 2023 season."
    )
    holder = ["terry", "francona"]
    told = _sentences([_passage(text)], holder)
    assert any(role_told(holder, "manager", ["guardians"], t) for t in told)
    # (not of another named in the sentence, nor "her" as hers: "Her boss at Acme, Tom Lee")
    for another in (
        "Jane Smith joined Acme. Tom Lee, the founder, said he had been CEO of Acme for a decade.",
        "Jane Smith joined Acme. Her boss at Acme, Tom Lee, praised the hire.",
    ):
        told = _sentences([_passage(another)], ["jane", "smith"])
        assert not any(role_told(["jane", "smith"], "ceo", ["acme"], t) for t in told)
    other = text.replace("The record made him", "Stephen Vogt called him")
    told = _sentences([_passage(other.replace("He had", "Vogt had"))], holder)
    assert not any(role_told(holder, "manager", ["guardians"], t) for t in told)


def test_names_closing_the_thing_asked_start_a_clause() -> None:
    slot = AnswerSlot.of(
        "menendez quizzed the bank ceos on how much cfpb made them pay back to customers - whats "
        "the number for bank of america?",
        frozenset({"menendez", "cfpb", "bank", "america"}),
    )
    assert slot.focus == () and slot.money
    slot = AnswerSlot.of(
        "what was the internal name alameda research had before that one",
        frozenset({"alameda", "research"}),
    )
    assert slot.focus == ("internal", "nam")
    assert AnswerSlot.of("how many iphones apple sold", frozenset({"apple"})).head == "iphones"
    # (a name alone before a helper verb is the thing: "how many bitcoin did he buy")
    assert AnswerSlot.of("how many bitcoin did he buy", frozenset({"bitcoin"})).focus == (
        "bitcoin",
    )
    slot = AnswerSlot.of("how many Democrats voted for the bill", frozenset({"democrats"}))
    assert slot.focus == ("democrat",)
    slot = AnswerSlot.of("how many new iPhones did Apple sell", frozenset({"iphones", "apple"}))
    assert slot.head == "iphones"


def test_asides_owners_and_years_are_not_the_thing_asked() -> None:
    assert "lol" not in AnswerSlot.of("so what was the name before that lol").focus
    slot = AnswerSlot.of(
        "how many employees does rainforest (the atlanta payments startup) have?",
        frozenset({"rainforest", "atlanta"}),
    )
    assert slot.owner == ("rainforest",)
    slot = AnswerSlot.of(
        "how big was the philippines' 2022 national budget, in pesos?", frozenset({"philippines"})
    )
    assert slot.focus == ("national", "budget")
    # (a possessive of no name is a kind: "children's hospitals")
    assert AnswerSlot.of("how many children's hospitals will close").focus == (
        "children",
        "hospital",
    )
    # (brackets with a figure or a unit stay: "(out of 1,500 staff)", "(in mah)")
    assert AnswerSlot.of("how many did they lay off (out of 1,500 staff)").given == {1500.0}
    assert AnswerSlot.of("whats the battery capacity (in mah)").unit == "mah"


def test_money_raised_is_told_by_a_raising() -> None:
    slot = AnswerSlot.of("how much has daye raised from investors so far?", frozenset({"daye"}))
    price = "For a further £29 they can also get a consultation about their results."
    raised = "In January, it raised $3.5 million from investors."
    assert figure_fit(slot, price, _unrelated) < figure_fit(slot, raised, _unrelated)
    brought = "The campaign brought in $111.8 million in the second quarter."
    assert figure_fit(slot, brought, _unrelated) == figure_fit(slot, raised, _unrelated)
    # (a price raised is told by the price)
    slot = AnswerSlot.of("how much did netflix raise prices by", frozenset({"netflix"}))
    assert figure_fit(slot, "Netflix hiked its basic plan by $2 to $11.99.", _unrelated) > 0


def test_words_as_typed_and_as_written() -> None:
    assert "prime ministers" in expand_abbreviations("how many pms are in it?")
    assert clipped_in(
        "russ", "russ wilson's line in the loss?", [_passage("Russell Wilson went 25-of-37.")]
    )
    stems = answer_stems("On Nov. 8, he tried to pull out his cash.")
    assert {"november", "try"} <= stems
    assert answer_stems("he was trying in november") >= {"november", "try"}


def test_a_writeup_attributes_its_outlet() -> None:
    question = "fortune's day 2 sbf trial writeup says the first witness was a cocoa trader"
    assert named_outlets(question, ["Fortune", "TechCrunch"]) == ["Fortune"]
    assert named_outlets("apple's rivals in the phone blog market", ["Rivals"]) == []
    assert named_outlets("what did the star's interview with oprah reveal", ["The Star"]) == []


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("did anyone at the academy get disciplined or lose their job over it?", True),
        ("is there any word on whether the match is on saturday or sunday?", False),
        ("did anybody know whether it was red or blue?", False),
        ("did he sign with the jets or the giants?", False),
        ("are the rules mandatory or optional?", False),
    ],
)
def test_anyone_or_anything_asks_whether(question: str, yes_no: bool) -> None:
    assert is_yes_no(question) is yes_no


def test_a_heading_with_a_colon_sets_the_context() -> None:
    question = (
        "businessworld op-ed on the 2024 deficit budget: when did the govt break the deficit "
        "trend, and how big was it?"
    )
    assert asking_clauses(question)[0].startswith("when did the govt")
    assert asking_clauses("who said this quote: what goes around comes around")[0].startswith("who")


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("how much is the m3 max macbook pro?", True),
        ("how much are the tickets", True),
        ("how much is the difference?", False),
        ("how much is the rise in prices", False),
    ],
)
def test_how_much_is_a_thing_asks_its_price(question: str, money: bool) -> None:
    assert AnswerSlot.of(question).money is money


def test_pounds_that_weigh_are_no_money() -> None:
    slot = AnswerSlot.of("how much is the m3 max macbook pro?")
    assert figure_fit(slot, "At 4.7 pounds, it is heavier than the Air.", _unrelated) == 0.0
    assert figure_fit(slot, "It weighs 250 pounds.", _unrelated) == 0.0
    assert figure_fit(slot, "It sold for 500 pounds.", _unrelated) > 0
    assert figure_fit(slot, "It sold for 4.5 million pounds.", _unrelated) > 0
    assert figure_fit(slot, "At 4.7/4.8 pounds, it is heavier than the Air.", _unrelated) == 0.0
    for thing in ("turnout", "population of texas", "tariffs on chinese steel"):
        assert not AnswerSlot.of(f"how much is the {thing}").money


def test_a_sum_asked_in_its_kind() -> None:
    slot = AnswerSlot.of("how much are they seeking in damages?")
    assert slot.money and slot.focus == ("damag",)
    assert AnswerSlot.of("how much did the startup raise in funding?").focus == ()
