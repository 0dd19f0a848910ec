"""Questions put inside others ("do we know how much ubisoft paid"), sums paid by another than
the payer asked about, an amount whose verb follows "how much", names written with accents, a
giving up asked about, a live blog's heading that repeats its headline, and a thing named beside
its kind ("the law firm handling the case, Hausfeld")."""

from __future__ import annotations

import pytest

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.event_premise import deed_untold
from assistant.answering.fit import fit, names_the_head
from assistant.answering.payers import paid_by_another, payer_asked
from assistant.answering.phrasal_deeds import phrasal_asked, tells_phrasal
from assistant.answering.scoring import echoes_title, sentences_of
from assistant.answering.sentences import answer_stem
from assistant.answering.specifics import said_in
from assistant.answering.verdict import GIVING_UP_ASKED
from assistant.answering.yes_no_asked import indirect_asked, is_yes_no
from assistant.types import Passage
from index.terms import families


def _unrelated(word: str, head: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("question", "inside", "wants"),
    [
        (
            "do we know how much ubisoft paid microsoft?",
            "how much did ubisoft pay microsoft?",
            "amount",
        ),
        ("can you tell me who replaced him?", "who replaced him?", "person"),
        ("is there a figure for what ubisoft is paying?", "what is ubisoft paying?", "amount"),
        ("does the article mention when it launches", "when it launches", "date"),
        ("did they say what the team paid for him", "what did the team pay for him", "amount"),
    ],
)
def test_a_question_put_inside_another_asks_its_own(question: str, inside: str, wants: str) -> None:
    assert indirect_asked(question) == inside
    assert not is_yes_no(question)
    assert AnswerSlot.of(question).wants == wants


@pytest.mark.parametrize(
    "question", ["did they say whether ubisoft paid?", "did the verge report it?", "do they know"]
)
def test_whether_it_is_known_stays_yes_or_no(question: str) -> None:
    assert indirect_asked(question) == question
    assert is_yes_no(question)


def test_a_sum_paid_by_another_is_not_the_payers() -> None:
    names = {"ubisoft": "Ubisoft", "microsoft": "Microsoft", "brady": "Brady"}
    payer = payer_asked("what is ubisoft paying microsoft for the rights", names)
    assert payer == ["ubisoft"]
    assert payer_asked("do we know how much ubisoft paid?", names) == ["ubisoft"]
    deal = "Microsoft has sealed its deal for Activision Blizzard, and it's paid $69bn for it."
    assert paid_by_another(deal, payer)
    assert not paid_by_another("Ubisoft paid $5bn for the rights.", payer)
    # (one paid is no payer, asked or told: "how much was brady paid", "Brady was paid $55m")
    assert payer_asked("how much was brady paid", names) == []
    assert not paid_by_another("Tom Brady was paid $55 million by the exchange.", ["ftx"])
    # (nor is a subject with more than names in it: "borrowers on the save plan")
    assert payer_asked("how much will borrowers on the save plan pay", {"save": "SAVE"}) == []


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("how much ended up with sbf himself via paper bird?", ()),
        ("how much went to charity", ()),
        ("how much seed funding did it raise", ("seed", "fund")),
    ],
)
def test_a_verb_after_how_much_is_no_thing(question: str, focus: tuple[str, ...]) -> None:
    slot = AnswerSlot.of(question)
    assert slot.wants == "amount"
    assert slot.focus == focus


def test_a_name_typed_without_its_accents() -> None:
    text = "Erik ten Hag smiles when asked if André Onana can hold the midfield."
    assert said_in("andre", families(text), text)
    assert not said_in("enzo", families(text), text)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("when did musks X walk away from the eu code of practice", True),
        ("why was the trip scrapped", True),
        ("when did they pull out of the deal", True),
        ("how much did binance.us end up paying", False),
    ],
)
def test_a_giving_up_asked_about(question: str, asked: bool) -> None:
    assert bool(GIVING_UP_ASKED.search(question)) == asked


def test_a_heading_that_repeats_the_headline() -> None:
    title = "McRae reveals hidden message he carried under collar of his grand final shirt"
    heading = "McRae reveals hidden message under the collar of his grand final shirt"
    assert echoes_title(heading, title)
    assert not echoes_title(heading + ".", title)  # (a sentence, with its stop)
    assert not echoes_title("Collingwood won the flag by four points on Saturday", title)


def test_a_thing_named_beside_its_kind() -> None:
    slot = AnswerSlot.of("which law firm is running the class action against google?")
    told = "It was posted to the website of the law firm handling the case, Hausfeld."
    assert names_the_head(slot, told)
    assert names_the_head(slot, "It hired the law firm Hausfeld LLP.")
    assert not names_the_head(slot, "The firm quickly blasted the Virgin Islands for it.")
    assert not names_the_head(slot, "The firm said it would appeal.")


def test_the_words_quoted_after_the_kind_give_it() -> None:
    question = "whats the message craig mcrae had written under his collar?"
    slot = AnswerSlot.of(question, frozenset({"craig", "mcrae"}))
    quoted = "Craig McRae had the message “44 sons” written under the collar of his shirt."
    assert fit(slot, quoted, _unrelated) == 1.0
    assert fit(slot, "He spoke about the message to the players.", _unrelated) < 1.0


def _passage(text: str, chunk: str = "c", article: str = "a", title: str = "t") -> Passage:
    return Passage(chunk, article, title, "o", None, 1.0, text)


def test_a_verb_with_its_particle_is_told_in_other_words() -> None:
    assert phrasal_asked("throw", "out") == "throw out"
    assert phrasal_asked("threw", "out") == "throw out"
    assert phrasal_asked("go", "down") is None  # (told in words past knowing: "collapsed")
    assert tells_phrasal("pull out", "Microsoft withdrew from the deal in May.")
    assert tells_phrasal("pull out", "Musk pulled X out of the code earlier this year.")
    assert not tells_phrasal("pull out", "Microsoft pulled the plug on the console.")
    assert not tells_phrasal("pull out", "It is quite possible the deal closes.")  # ("quit")
    assert tells_phrasal("step down", "He retired at the end of the season.")


def test_a_reason_asked_for_a_case_thrown_out_that_goes_on() -> None:
    names = ["high", "court", "cfm", "aog", "technics"]
    question = "why did the high court throw out cfm's case against aog technics?"
    going_on = _passage(
        "CFM is pursuing a legal case against AOG Technics in the High Court. "
        "The case began on September 21 and is ongoing."
    )
    assert deed_untold(question, names, [going_on])
    dismissed = _passage("The High Court dismissed the case CFM brought against AOG Technics.")
    assert not deed_untold(question, names, [dismissed])


def test_a_deed_told_in_a_chunk_that_does_not_name_them() -> None:
    names = ["bell"]
    question = "why did bell step away from the game?"
    naming = _passage("Bell played eleven seasons for the club and won two titles.", "c1")
    telling = _passage("He retired at the end of last season, citing injuries.", "c2")
    assert not deed_untold(question, names, [naming, telling])
    # (a chunk of another article tells nothing of him)
    other = _passage("He retired at the end of last season, citing injuries.", "c3", "b")
    assert deed_untold(question, names, [naming, other])


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("in that study, when mice were missing daam1 did their intestines grow tumours?", True),
        ("after the loss did the coach get fired", True),
        ("when did the fed say it was the right time", False),
        ("when he was at psg, where did arteta live", False),
    ],
)
def test_a_yes_no_question_after_a_clause_setting_when(question: str, yes_no: bool) -> None:
    assert is_yes_no(question) == yes_no


def test_british_and_american_spellings_are_one_word() -> None:
    assert answer_stem("tumours") == answer_stem("tumors")
    assert answer_stem("labour") == answer_stem("labor")
    assert answer_stem("hour") != answer_stem("hor")


def test_a_quote_that_ends_by_asking_says_what_comes_before() -> None:
    text = (
        "“When Rnf43 was missing, the intestines grew tumors – as expected. But when Daam1 was "
        "missing, no tumors grew. We were puzzled: how can the loss of factors lead to this?”"
    )
    said = [c.text for c in sentences_of([_passage(text)])]
    assert any("no tumors grew" in s and "puzzled" not in s for s in said), said
