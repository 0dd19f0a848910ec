"""A reason asked for a deed the articles tell of nobody the question names is refused; "who
scored the winner" is answered by the one who did it; a figure of how much two things differ
answers no "how much"; names and sources typed short are the ones the articles write out."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import on_index, seeded_index_fixture  # noqa: F401 - provides `seeded_index`

from assistant.answering.answer_kinds import sides_named
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import clauses_asking, question_wants
from assistant.answering.candidates import Candidate
from assistant.answering.cited import is_store_outlet
from assistant.answering.doers import deed_asked
from assistant.answering.event_premise import deed_taken, deed_untold
from assistant.answering.fit import fit
from assistant.answering.names_given import new_name
from assistant.answering.outcome import claimed_result, contrary_result, tells_win
from assistant.answering.specifics import spelt_out
from assistant.answering.statements import is_statement
from assistant.answering.subject import off_subject
from assistant.answering.whole_sentences import quoted_whole
from assistant.api import Assistant
from assistant.types import Passage


def unrelated(a: str, b: str) -> bool:
    return False


def test_a_deed_told_of_nobody_the_question_names_is_untold() -> None:
    # (a shop's "if you buy something through a link", in a piece on Apple, tells no purchase
    # by Apple; nor does "Best Buy", a name)
    chrome = [
        Passage("c1", "a1", "Apple blocks Beeper Mini", "TechCrunch", None, 0.9,
                "Apple blocked Beeper Mini on Friday. " + "The startup said it would keep "
                "working on a fix for its users, who had signed up in their thousands. " * 4
                + "If you buy something through a link, we may earn a commission. Apple's "
                "Watch deal is at Best Buy and Target."),
    ]  # fmt: skip
    assert deed_untold("why did apple decide to buy beeper", ["apple", "beeper"], chrome)
    bought = [
        Passage("c2", "a2", "Apple buys Beeper", "TechCrunch", None, 0.9,
                "Apple agreed to buy Beeper for $50 million on Friday."),
    ]  # fmt: skip
    assert not deed_untold("why did apple decide to buy beeper", ["apple", "beeper"], bought)
    # (told of those named just before: "Apple made a move on Beeper." then "It will buy the
    # startup")
    before = [
        Passage("c3", "a3", "Deal", "TechCrunch", None, 0.9,
                "Apple made a move on Beeper on Friday. It will buy the startup outright."),
    ]  # fmt: skip
    assert not deed_untold("why did apple decide to buy beeper", ["apple", "beeper"], before)
    # (a deed done to someone is told of them, not of another near the doer's name)
    passes = [
        Passage("c4", "a4", "Chiefs beat Bills", "CBSSports.com", None, 0.9,
                "The Chiefs led early. Mahomes fired a pass to Kelce for the score."),
    ]  # fmt: skip
    names = ["chiefs", "andy", "reid"]
    assert deed_untold("why did the chiefs fire andy reid", names, passes)
    # (… and by the one the question says did it)
    board = [
        Passage("c5", "a5", "Board ousts CEO", "TechCrunch", None, 0.9,
                "OpenAI's board fired Sam Altman on Friday. Staff were stunned."),
    ]  # fmt: skip
    names = ["openai", "microsoft", "sam", "altman"]
    assert not deed_untold("why did openai fire sam altman", names, board)
    assert deed_untold("why did microsoft fire sam altman", names, board)
    # (a doer named beside the deed did not do it: the name nearest before the deed did)
    beside = [
        Passage("c6", "a6", "Altman joins Microsoft", "TechCrunch", None, 0.9,
                "Microsoft hired Sam Altman days after OpenAI's board fired him. Microsoft "
                "shares rose. Sam Altman was fired by OpenAI's board on Friday."),
    ]  # fmt: skip
    assert deed_untold("why did microsoft fire sam altman", names, beside)
    assert not deed_untold("why did openai fire sam altman", names, beside)
    # (… or the sentence before, when the deed's sentence goes on about its doer)
    said_before = [
        Passage("c7", "a7", "Board acts", "TechCrunch", None, 0.9,
                "OpenAI's board met on Friday. It fired Sam Altman within the hour."),
    ]  # fmt: skip
    assert not deed_untold("why did openai fire sam altman", names, said_before)
    # (one the piece is on, told of by a description: "The founder … resigned")
    described = [
        Passage("c8", "a8", "Alexis Ohanian says he is a techno optimist", "TechCrunch", None,
                0.9, "Ohanian spoke at an event in Virginia. " + "Social media was the topic "
                "of a long talk with plenty of questions from the audience. " * 5 + "The "
                "founder, as you may recall, notably resigned from the board in 2020."),
    ]  # fmt: skip
    names = ["alexis", "ohanian"]
    assert not deed_untold("why did alexis ohanian resign from the board", names, described)


def test_a_deed_told_without_its_doer_or_by_another_name_of_it() -> None:
    names = ["chargers", "brandon", "staley"]
    question = "why did the chargers fire brandon staley"
    passive = [
        Passage("c9", "a9", "Chargers make changes", "ESPN", None, 0.9,
                "The Chargers lost 63-21 on Thursday. Brandon Staley was fired on Friday."),
    ]  # fmt: skip
    assert not deed_untold(question, names, passive)
    aliased = [
        Passage("c10", "a10", "Bills vs. Chargers odds", "CBS", None, 0.9,
                "The Chargers are coming off a 63-21 rout by the Raiders, which led to Los "
                "Angeles firing head coach Brandon Staley."),
    ]  # fmt: skip
    assert deed_untold(question, names, aliased)  # (the Chargers, nearest the deed, by no name)

    def also(name: str) -> list[str]:
        return ["Los Angeles"] if name == "chargers" else []

    assert not deed_untold(question, names, aliased, also=also)


def test_a_number_word_of_a_name_is_no_deed() -> None:
    names = ["erik", "hag", "man", "united"]
    taken = deed_taken("why did erik ten hag resign as man united manager?", names)
    assert taken is not None and taken[0] == "resign"


@pytest.fixture
def offline(seeded_index, embedder, isolated_home: Path) -> Assistant:
    return on_index(seeded_index, embedder, isolated_home, offline=True)


def test_a_reason_for_a_deed_two_articles_never_tell_is_refused(offline: Assistant) -> None:
    """The seed articles tell Putin's offer, and no rejection: a word two articles never hold
    says nothing of how the store uses it, so it is read as the deed it stands for."""
    answer = offline.ask("why did putin reject trump's rare earths deal?")
    assert answer.abstained, answer.text
    assert answer.text.startswith("The articles don't say that happened."), answer.text
    assert answer.citations  # with what they do tell


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("newcastle crashed out vs milan, who scored milans winner", ("scored", "winner")),
        ("who got englands stoppage time winner against the netherlands", ("", "winner")),
        ("so who eventually replaced him", ("replaced", "")),
        # who someone is, or whom someone did something to: no deed of the one asked for
        ("who is the ceo", None),
        ("who did the wild hire", None),
        ("who's the boss", None),
    ],
)
def test_the_deed_a_who_question_asks_the_doer_of(
    question: str, deed: tuple[str, str] | None
) -> None:
    assert deed_asked(question) == deed


@pytest.mark.parametrize(
    ("question", "sentence", "score"),
    [
        ("how much does it weigh", "The device weighs about 30 grams less than the original.", 0.0),
        ("how much does it weigh", "The device weighs about 640 grams.", 1.0),
        ("how much lighter is it", "The device weighs about 30 grams less than the original.", 1.0),
        ("how much does the pro cost", "The Pro costs $200 more than the base model.", 0.0),
        ("how much does the pro cost", "The Pro costs $1,599.", 1.0),
        ("how much more does the pro cost", "The Pro costs $200 more than the base model.", 1.0),
    ],
)
def test_how_much_two_things_differ_is_no_amount(
    question: str, sentence: str, score: float
) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == score


def test_names_typed_short_or_in_another_form_are_given() -> None:
    asked = frozenset({"man", "united", "out", "of", "europe", "who", "beat", "them"})
    assert not new_name(["Manchester United"], asked, ())  # "man utd"
    assert not new_name(["European"], asked, ())  # "europe"
    assert new_name(["Bayern Munich"], asked, ())
    # (a clipped word gives a name only beside another of its words: "man" alone is no
    # Manchester)
    assert new_name(["Manchester City"], frozenset({"man", "who", "beat", "them"}), ())


def test_a_competition_is_no_side() -> None:
    assert sides_named("These are not the sounds we hear after that Champions League theme.") == []
    assert sides_named("Australia lost last year's final to Canada.") == ["Canada"]


def test_an_agency_credit_closing_a_line_is_a_caption() -> None:
    assert not is_statement("Manchester United will miss out on the Europa League (PA)")
    assert not is_statement("Kingsley Coman scored the winner (AFP via Getty Images)")
    assert is_statement("The deal was examined by the Competition and Markets Authority (CMA).")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("zee biz", True),  # Zee Business, typed short
        ("roar tennis roundup", True),  # The Roar's roundup on a topic
        ("the roar", True),
        ("bbc sport", False),  # another outlet than the store's BBC News
    ],
)
def test_an_outlet_typed_short_or_with_its_piece_is_the_store_outlet(
    name: str, outlet: bool
) -> None:
    outlets = ["Zee Business", "The Roar | Sports Writers Blog", "BBC News - Technology"]
    assert is_store_outlet(name, outlets) == outlet


def test_a_university_short_form_leaves_its_u_unwritten() -> None:
    assert spelt_out("msu", "Michigan State hired Jonathan Smith.")
    assert spelt_out("fsu", "Florida State was left out.")
    assert not spelt_out("msu", "Mel Tucker was fired.")


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("whats smith's new deal with the spartans worth then?", "amount"),
        ("what's the contract worth now", "amount"),
        # a second clause joined by "n", or opening "whats", asks on its own
        ("who scored the td n how long was the play?", "number"),
    ],
)
def test_what_a_question_typed_short_asks(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_each_clause_of_a_question_asking_two_things() -> None:
    assert clauses_asking("who scored the go-ahead td n how long was the play?") == [
        "who scored the go-ahead td n ",
        "how long was the play?",
    ]
    assert len(clauses_asking("whats the new bonus and how long do u get to hit the spend?")) == 2
    assert clauses_asking("how long was the play?") == ["how long was the play?"]


def test_a_sentence_the_page_broke_in_two_is_one() -> None:
    text = (
        'They learned hacks.\n\n"We all have tips on how to dirty our costumes and\n\nmake them '
        'look raggedy," Garin said.\n\nA heading\n\nThe next one.'
    )
    assert [" ".join(parts) for parts in quoted_whole(text)] == [
        "They learned hacks.",
        '"We all have tips on how to dirty our costumes and make them look raggedy," Garin said.',
        "A heading",
        "The next one.",
    ]


def test_cents_are_money_and_per_cent_is_a_share() -> None:
    slot = AnswerSlot.of("how much did it earn per share")
    assert fit(slot, "It earned 52 cents a share.", unrelated) == 1.0
    assert fit(slot, "Its shares rose 25 per cent.", unrelated) == 0.0


def test_the_plural_of_a_thing_asked_about_counts_no_people() -> None:
    slot = AnswerSlot.of("how many people have signed up for the ad free tier")
    assert fit(slot, "It is testing three tiers of its service.", unrelated) < 1.0
    assert fit(AnswerSlot.of("how many people can play"), "Up to four players join.", unrelated)


def test_a_word_capitalised_in_a_name_names_no_one_else() -> None:
    """ "The Cup Series HMS driver" under "Larson's High Limit Sprint Car Series" is Larson;
    "Evason's contract" under "Wild fire Evason, hire Hynes" is not Hynes'."""
    larson = [
        Passage("c1", "a1", "Kyle Larson's High Limit Sprint Car Series visits Lernerville",
                "Sporting News", None, 0.9,
                "Kyle Larson raced at Lernerville. Larson won there last year. The Cup Series "
                "HMS driver could only finish in eighth place."),
    ]  # fmt: skip
    eighth = Candidate(0, "The Cup Series HMS driver could only finish in eighth place.")
    assert not off_subject(eighth, "larson", {"larson": "Larson"}, larson)
    wild = [
        Passage("c2", "a2", "Wild fire Evason, hire Hynes", "Yardbarker", None, 0.9,
                "The Wild hired John Hynes. Hynes was in Nashville. The Wild will be on the hook "
                "for the rest of Evason's contract at $2M per season."),
    ]  # fmt: skip
    contract = Candidate(0, "The Wild will be on the hook for the rest of Evason's contract.")
    assert off_subject(contract, "hynes", {"hynes": "Hynes"}, wild)


def test_results_held_on_to_told_by_a_final_score_or_in_another_year() -> None:
    assert claimed_result("why did the saints manage to hang on and beat the jaguars") == (
        "saints",
        "jaguars",
    )
    assert tells_win("Final: Jaguars 31, Saints 24", ["jaguars"], ["saints"])
    assert tells_win("Diamondbacks 9-1 Rangers, FINAL", ["diamondbacks"], ["rangers"])
    assert not tells_win("Jaguars 14, Saints 7 at the half", ["jaguars"], ["saints"])
    report = Passage("c1", "a1", "Jaguars vs. Saints", "Sporting News", "2023-10-20", 0.9,
                     "The last time they met was in 2019, with the Saints winning 13-9 over the "
                     "Jaguars. Final: Jaguars 31, Saints 24.")  # fmt: skip
    told = contrary_result("why did the saints beat the jaguars", [report], lambda side: [])
    assert told is not None and told.text.startswith("Final"), told
