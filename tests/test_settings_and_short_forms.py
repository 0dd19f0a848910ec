"""A question's setting is not what it asks: a year a statement before it gives, a result it
takes as context, "whats up with X -" before the question; a ticker typed for a company
("msft"), a preposition a name opens with ("beyond"), a figure asked before its verb ("what net
profit did …")."""

from __future__ import annotations

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asking import asking_clause
from assistant.answering.outcome import claimed_result
from assistant.answering.sentences import cased_names
from assistant.answering.specifics import contracts, spelt_out
from assistant.answering.which_one import speaks_of
from assistant.answering.wording import expand_abbreviations


def test_a_ticker_is_its_company_cut_to_its_consonants() -> None:
    assert contracts("msft", "Microsoft") and contracts("mgmt", "Management")
    assert not contracts("msft", "Mindset") and not contracts("nvda", "Nevada")


def test_last_year_said_just_before_dates_a_sentence() -> None:
    before = "The Trump Organization was convicted of tax fraud last year."
    fined = "The company was fined $1.6 million."
    assert speaks_of({2022}, fined, before, "2023-10-02")
    assert not speaks_of({2022}, fined, "The trial opened on Monday.", "2023-10-02")


def test_a_deed_done_to_one_is_no_result() -> None:
    assert claimed_result("why did asu's ed woods get tossed from the game?") is None
    assert claimed_result("how did the padres get soto from the yankees") == ("padres", "yankees")


def test_what_is_up_with_someone_leads_in() -> None:
    question = (
        "whats up with andy robertson ahead of the derby - what injury and how long is he out?"
    )
    assert asking_clause(question) == "what injury and how long is he out?"
    assert asking_clause("whats up with the apple watch ban") == "whats up with the apple watch ban"


def test_a_preposition_is_no_name() -> None:
    texts = ["Beyond Meat fell. Shares of Beyond Meat rose. Beyond Meat said so."]
    assert "beyond" not in cased_names("how many beyond the 14k accounts", texts)


def test_a_figure_asked_before_its_verb() -> None:
    assert AnswerSlot.of("what net profit did azrieli group report for q3 2023?").wants == "amount"
    assert AnswerSlot.of("what sort of fine did the ftc impose").wants != "amount"


def test_a_title_spelt_out_in_lower_case() -> None:
    assert spelt_out("ceo", "Rolf Habben Jansen, chief executive officer of Hapag-Lloyd")
    assert spelt_out("cfo", "said the chief financial officer")
    assert not spelt_out("ceo", "could easily outpace")  # (an officer's title only)


def test_pro_after_a_name_is_the_models_not_professional() -> None:
    assert expand_abbreviations("how much is the apple vision pro") == (
        "how much is the apple vision pro"
    )
    assert "airpods pro" in expand_abbreviations("airpods pro discount")
    assert expand_abbreviations("is he a pro athlete") == "is he a professional athlete"
    assert expand_abbreviations("when did he turn pro") == "when did he turn professional"
    assert expand_abbreviations("how many pro players") == "how many professional players"
