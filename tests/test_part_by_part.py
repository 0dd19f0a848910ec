"""A question asking two things gets each answered ("how much did they put in and would they have
invested if they'd known"); a yes/no reply says "No" only for a negation of what was asked;
"what was she paid" asks for an amount and "how much room" a length; short forms spelt out with
their small words ("totk", "doj"); and purchases and results a question takes, told otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home, one_article_home, unrelated

from assistant.answering.abstention import OfflineResult
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.contraries import says_the_contrary
from assistant.answering.fit import fit, names_the_head
from assistant.answering.outcome import claimed_result, tells_win
from assistant.answering.part_by_part import parts_of, questions_in, with_each_part
from assistant.answering.pending import figures_only_expected
from assistant.answering.purchases import bought_by_another, buying_taken
from assistant.answering.specifics import spelt_out
from assistant.answering.verdict import GAME_SCORE
from assistant.answering.yes_no import negates_what_was_asked, undoes_what_was_asked
from assistant.api import Assistant
from index.terms import family


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "how much did they put into ftx and would they have invested if they'd known",
            ["how much did they put into ftx", "would they have invested if they'd known"],
        ),
        (
            "what was ellison paid as ceo and did sbf give her any equity",
            ["what was ellison paid as ceo", "did sbf give her any equity"],
        ),
        ("where did he finish and who won", ["where did he finish", "who won"]),
        # (a yes/no question set off before the one that asks on)
        (
            "the launch event - did nelly end up performing, and how much was he paid?",
            ["did nelly end up performing", "how much was he paid?"],
        ),
        ("peter kalmus - has he been arrested", []),
        ("how much did the ceo make last year", []),
        ("did the raiders beat the jets", []),
        ("is it red or blue", []),
    ],
)
def test_a_question_is_cut_where_each_part_asks(question: str, parts: list[str]) -> None:
    assert parts_of(question) == parts


def test_each_part_keeps_what_the_question_sets_out_first() -> None:
    question = (
        "the third point guy at sbf's trial - how much did they put in and did they regret it"
    )
    assert questions_in(question) == [
        "the third point guy at sbf's trial - how much did they put in",
        "the third point guy at sbf's trial - did they regret it",
    ]


def test_a_part_answered_on_its_own_adds_its_first_sentence_once() -> None:
    whole = OfflineResult("It made a $60 million investment [1].", False, 1.0, 1.0)
    parts = [
        OfflineResult("It made a $60 million investment [1]. More [2].", False, 1.0, 1.0),
        OfflineResult("No: Had he known, they would not have invested [1]. Also [3].", False, 1, 1),
        OfflineResult("The articles don't say.", True, 0.0, 0.0),
    ]
    text = with_each_part(whole, parts).text
    assert text == (
        "It made a $60 million investment [1]. No: Had he known, they would not have invested [1]."
    )
    assert with_each_part(whole, parts[:1]) is whole


FUND = (
    "Third Point testified at the trial of the exchange's founder. Robert Boroujerdi, a "
    "managing director of the hedge fund Third Point, said the partnership resulted in a $60 "
    "million investment in the exchange. He said Third Point was unaware of the special "
    "relationship between the exchange and its sister trading firm. Had he known of such a "
    "relationship, he testified that Third Point would not have invested in the first place. "
    "The trial continues next week with testimony from former employees."
)


@pytest.fixture
def fund(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    header = (
        "title: Hedge fund testifies at crypto trial\noutlet: Court Wire\npublished: 2023-10-12"
    )
    yield from one_article_home(embedder, tmp_path, header, FUND)


def test_each_part_of_a_question_is_answered(fund: Assistant) -> None:
    answer = fund.ask(
        "the third point guy who testified - how much did they put in and would they have "
        "invested if they'd known about the relationship",
        offline=True,
    )
    assert not answer.abstained
    assert "$60 million" in answer.text
    assert "would not have invested" in answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "negated"),
    [
        (
            "does it run the ai live on the device",
            "The processing is not happening in real time on the device.",
            True,
        ),
        ("has he actually been arrested", "Twice, he has been arrested without incident.", False),
        ("did he deny the claims", "He denied the claims on Tuesday.", False),
        ("is the phone waterproof", "Not only is the phone waterproof, it floats.", False),
        ("do the frames have a camera", "There is no camera on the frames.", True),
        ("did the deal close", "The deal closed, although no date was given.", False),
        # (a name of the question, capitalised in the sentence, shares the negation's clause)
        (
            "does the five nights at freddys movie have a post credits scene",
            "As for a true post-credits scene, Five Nights at Freddy’s doesn’t have one.",
            True,
        ),
    ],
)
def test_a_reply_is_no_only_when_what_was_asked_is_negated(
    question: str, sentence: str, negated: bool
) -> None:
    assert negates_what_was_asked(question, sentence) is negated


@pytest.mark.parametrize(
    ("question", "sentence", "undone"),
    [
        (
            "did nelly end up performing",
            "Petersen opted to squash the performance because the optics were bad.",
            True,
        ),
        ("did the concert go ahead", "The concert was called off on Friday.", True),
        ("did the concert go ahead", "The concert was called a triumph.", False),
        ("did nelly end up performing", "The company cancelled its job offers.", False),
    ],
)
def test_a_deed_called_off_answers_no(question: str, sentence: str, undone: bool) -> None:
    assert undoes_what_was_asked(question, sentence) is undone


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what was caroline ellison paid as alameda ceo", "amount"),
        ("what were the players paid", "amount"),
        ("what was the house paid for", "other"),
        ("what was paid off", "other"),
    ],
)
def test_what_someone_was_paid_is_an_amount(question: str, wants: str) -> None:
    assert question_wants(question) == wants


@pytest.mark.parametrize(
    ("short", "text", "spelt"),
    [
        ("totk", "Tears of the Kingdom was released in May.", True),
        ("doj", "The Department of Justice said on Monday.", True),
        ("doj", "The Justice Department said on Monday.", True),
        ("mod", "The Defence Ministry said so.", True),
        ("doj", "Joe Doe said so.", False),
        ("tot", "Tears of the Kingdom was released in May.", False),
    ],
)
def test_a_short_form_is_spelt_out_with_its_small_words(short: str, text: str, spelt: bool) -> None:
    assert spelt_out(short, text) is spelt


def test_how_much_room_is_answered_by_a_length() -> None:
    slot = AnswerSlot.of("how much room does he need to pull the puck in?")
    assert fit(slot, "Tarasenko takes 18 inches to pull the puck in.", unrelated) == 1.0
    assert fit(slot, "Tarasenko scored 18 goals last season.", unrelated) < 1.0


@pytest.mark.parametrize(
    ("question", "buyer", "thing"),
    [
        ("how much did sony end up paying for activision blizzard", {"sony"}, {"activision"}),
        ("why did google decide to buy irobot", {"google"}, {"irobot"}),
    ],
)
def test_a_purchase_the_question_takes(question: str, buyer: set[str], thing: set[str]) -> None:
    taken = buying_taken(question)
    assert taken is not None
    assert buyer <= taken[0] and thing <= taken[1]


def test_a_sale_told_of_another_buyer_settles_who_bought_it() -> None:
    sentences = [
        "Microsoft has sealed its long-awaited deal for Activision Blizzard, and it's paid $69bn.",
        "Activision Blizzard shares rose.",
    ]
    question = "how much did sony end up paying for activision blizzard"
    assert bought_by_another(question, ["activision", "blizzard"], sentences) == 0
    # (a sale told twice, the buyer asked about never beside it)
    told = [
        "Amazon has already lowered its acquisition price for iRobot by 15%.",
        "Regulators raised concerns over the proposed acquisition of iRobot.",
    ]
    assert bought_by_another("why did google buy irobot", ["irobot"], told) == 0
    assert bought_by_another("why did amazon buy irobot", ["irobot"], told) is None
    beside = [*told, "Google and iRobot both make smart home devices."]
    assert bought_by_another("why did google buy irobot", ["irobot"], beside) is None


def test_a_side_knocked_out_is_a_result_taken() -> None:
    question = "after the warriors knocked the kings out of the tournament who did they play next"
    assert claimed_result(question) == ("warriors", "kings")
    told = "The Warriors suffered a disastrous collapse to the Kings on Tuesday."
    assert tells_win(told, ["kings"], ["warriors"])


def test_whose_figure_is_read_by_any_word_of_their_name() -> None:
    names = frozenset({"letitia", "james", "trump"})
    slot = AnswerSlot.of("how much is letitia james seeking from trump", names)
    assert family("james") in slot.subject
    said = "James is seeking $250 million in penalties and a ban on Trump doing business."
    assert fit(slot, said, unrelated) == 1.0


def test_a_sum_sought_is_no_sum_ordered() -> None:
    assert figures_only_expected("James is seeking $250 million in penalties.")
    assert not figures_only_expected("The judge ordered him to pay $250 million.")


@pytest.mark.parametrize(
    ("question", "game"),
    [
        ("whats the final score of that game?", True),
        ("what was the score of the match", True),
        ("what was the score in lions v raiders", True),
        ("what score did the game get on metacritic", False),
    ],
)
def test_a_game_score_is_told_from_a_rating(question: str, game: bool) -> None:
    assert bool(GAME_SCORE.search(question)) is game


MARKETS = {
    "close": (
        "title: Wall Street falls as bond yields rise\noutlet: Market Desk\npublished: 2023-10-12",
        "Wall Street fell on Thursday as bond yields climbed and shares of firms that beat "
        "estimates slipped. Analysts said investors were "
        "likely disappointed with Apple's forecast for revenue for the last three months of "
        "the year. Delta Air Lines fell 2.3 per cent despite reporting stronger profit for the "
        "summer than analysts expected. Delta is the largest carrier in Atlanta, where Delta "
        "employs thousands. Oil prices rose for a third day.",
    ),
}


@pytest.fixture
def markets(embedder, tmp_path: Path, isolated_home: Path) -> Iterator[Assistant]:
    yield from articles_home(embedder, tmp_path, MARKETS)


def test_a_yes_no_is_settled_by_a_sentence_on_the_one_asked(markets: Assistant) -> None:
    answer = markets.ask(
        "delta beat profit forecasts for the summer so its shares went up that day, right?",
        offline=True,
    )
    assert "Delta Air Lines fell 2.3 per cent" in answer.text
    assert "Apple" not in answer.text.split("[1]")[0]  # (not settled by Apple's forecast)


@pytest.mark.parametrize(
    ("question", "sentence", "contrary"),
    [
        ("did the uk block the takeover", "The UK's regulator cleared the deal in June.", True),
        ("so its shares went up that day, right?", "Delta fell 2.3 per cent.", True),
        ("did the eu approve the deal", "The EU will seek to block the deal.", False),
        (
            "did the eu approve the deal",
            "It could avoid the risk of the deal being blocked.",
            False,
        ),
        ("did the eu approve the deal", "The EU blocked the deal on Monday.", True),
    ],
)
def test_the_contrary_is_said_outright(question: str, sentence: str, contrary: bool) -> None:
    assert says_the_contrary(question, sentence) is contrary


def test_a_name_is_given_as_the_name_of_the_thing_asked() -> None:
    slot = AnswerSlot.of("whats the crispr hiv therapy called")
    named = "The therapy, named EBT-101, involves using CRISPR-Cas9 gene editing to treat HIV."
    mentioned = "This is known as latent HIV, in Herrera-Carrillo's lab."
    assert names_the_head(slot, named)
    assert not names_the_head(slot, mentioned)  # (named, but not the therapy)


def test_stuff_is_no_thing_a_figure_is_said_of() -> None:
    slot = AnswerSlot.of("how much stuff does india ship to israel in a year")
    assert slot.focus == ()
    assert fit(slot, "India shipped goods around $8billion to Israel.", unrelated) == 1.0
