""" "Who scored" is answered by a sentence on the game the question names ("goals from …", "a
header"), not by another game's scorer in a round-up; results taken the other way round are
read however they are typed ("won vs", "got eliminated by", "the all blacks"); "what is it
valued at" asks an amount, "what did she earn as ceo" a wage, and a fee is told by the paying;
a result set before a yes/no question is a premise; a jury siding with one side is its win."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import articles_home

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.doers import deed_asked, deed_told
from assistant.answering.event_premise import deed_untold
from assistant.answering.figure_fit import figure_fit
from assistant.answering.fit import fit
from assistant.answering.focus import focus_phrase
from assistant.answering.measures import WAGE_ASKED
from assistant.answering.outcome import tells_win
from assistant.answering.result_claims import claimed_result
from assistant.answering.roles import names_in_role
from assistant.answering.scores import SCORE
from assistant.answering.vocabulary import CorpusWords
from assistant.api import Assistant
from assistant.query import missing_sources
from assistant.types import Passage


@pytest.fixture
def cup_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "roundup": (
                "title: Newcastle crush United to reach the cup quarter-finals\noutlet: Ledger "
                "Sport",
                "Newcastle will travel to Chelsea in the quarter-finals of the cup. Eddie Howe's "
                "side followed up their victory over City with a 3-0 win over United with goals "
                "from Miguel Almirón, Lewis Hall and Joe Willock. The Magpies will now face "
                "Chelsea, who beat Blackburn thanks to goals from Benoît Badiashile and Raheem "
                "Sterling at Stamford Bridge. Blackburn’s fortunes have dipped since Andy Cole "
                "scored the winning goal in the final of this competition twenty years ago.",
            ),
        },
    )


def test_who_scored_is_answered_from_the_game_the_question_names(cup_home: Assistant) -> None:
    answer = cup_home.ask("chelsea beat blackburn in the cup, who scored")
    assert not answer.abstained, answer.text
    first = answer.text.split(" [")[0]
    assert "Badiashile" in first, answer.text


def test_the_result_typed_the_other_way_round_is_refused(cup_home: Assistant) -> None:
    answer = cup_home.ask("blackburn won vs chelsea in the cup, what was the score")
    assert answer.abstained, answer.text
    assert "Chelsea, who beat Blackburn" in answer.text, answer.text


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Chelsea beat Blackburn thanks to goals from Benoît Badiashile.", True),
        ("A Nemanja Gudelj header from a corner put Sevilla back in it.", True),
        ("Balogun netted a fierce finish.", True),
        ("Theo Hernandez almost scored.", False),
        ("The two sides drew a big crowd.", False),
    ],
)
def test_a_goal_is_told_in_any_word_for_one(sentence: str, told: bool) -> None:
    assert deed_told(sentence, "scored") is told


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("what is flexport valued at", "amount"),
        ("what was the company valued at then?", "amount"),
        ("what is flexport's strategy", "other"),
    ],
)
def test_what_a_thing_is_valued_at_is_an_amount(question: str, wants: str) -> None:
    assert question_wants(question) == wants


def test_earned_in_a_job_is_a_wage_and_earned_by_a_film_is_not() -> None:
    assert WAGE_ASKED.search("what did caroline ellison earn as alameda ceo")
    assert WAGE_ASKED.search("how much does he make as head coach")
    assert not WAGE_ASKED.search("how much did the film earn in its opening weekend")
    assert not WAGE_ASKED.search("what did uber earn in q3")


def _truck(extender: str) -> dict[str, tuple[str, str]]:
    return {
        "truck": (
            "title: Tesla prices the Cybertruck\noutlet: Ledger Motors",
            "Tesla has finally priced its Cybertruck after years of delays. The Cyberbeast has "
            "an estimated 320-mile range and a $99,990 price tag. The company is also going to "
            f"offer a range extender that fits in a third of the truck bed. {extender}",
        )
    }


def test_a_sum_beside_another_thing_is_no_price_of_the_thing_asked(
    embedder, tmp_path: Path
) -> None:
    for a in articles_home(embedder, tmp_path, _truck("Deliveries start this week.")):
        answer = a.ask("whats the price of the cybertruck range extender")
        assert answer.abstained, answer.text
        assert "range extender" in answer.text, answer.text


def test_a_sum_said_of_the_thing_asked_answers(embedder, tmp_path: Path) -> None:
    for a in articles_home(embedder, tmp_path, _truck("The range extender costs $16,000.")):
        answer = a.ask("whats the price of the cybertruck range extender")
        assert not answer.abstained, answer.text
        assert "$16,000" in answer.text.split(" [")[0], answer.text


def test_a_verdict_for_one_side_tells_who_won_and_a_payoff_offered_does_not() -> None:
    told = (
        "A federal jury surprised the world by siding with Fortnite maker Epic Games in its fight."
    )
    assert tells_win(f"{told} Google said it would appeal.", ["epic"], ["google"])
    assert not tells_win(f"{told} Google said it would appeal.", ["google"], ["epic"])
    offered = "Google tried to do a deal with Epic when they wanted to pay us off to launch."
    assert not tells_win(offered, ["google"], ["epic"], deals=False)
    question = "epic lost its jury trial vs google - is sweeney going to appeal?"
    assert claimed_result(question) == ("google", "epic")


@pytest.fixture
def trial_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "trial": (
                "title: Epic beats Google in app store trial\noutlet: Ledger Tech",
                "On Monday, a federal jury sided with Epic Games in its fight to break Google's "
                "control over Android apps. Google said it will appeal the verdict, and its "
                "lawyers told the court they would challenge it. Chelsea forked out £42.5m for "
                "Cole Palmer, who left Manchester City in September.",
            ),
        },
    )


def test_a_result_set_before_a_yes_no_question_is_a_premise(trial_home: Assistant) -> None:
    answer = trial_home.ask("epic lost its jury trial vs google - is google going to appeal?")
    assert answer.abstained, answer.text
    assert "sided with Epic Games" in answer.text, answer.text
    answer = trial_home.ask("epic won its jury trial vs google - is google going to appeal?")
    assert not answer.abstained, answer.text


def test_a_fee_paid_is_told_by_the_paying(trial_home: Assistant) -> None:
    answer = trial_home.ask("what fee did chelsea pay man city for cole palmer")
    assert not answer.abstained, answer.text
    assert "£42.5m" in answer.text, answer.text


def test_a_figure_asked_however_exactly_is_a_figure_of_what_the_context_says() -> None:
    question = "meta removed a ton of posts in the 3 days after oct 7. whats the exact number?"
    slot = AnswerSlot.of(question, frozenset())
    assert slot.focus == ()
    said = "In the three days, we removed more than 795,000 pieces of content."
    assert figure_fit(slot, said, lambda a, b: False) == 1.0


def test_people_counted_by_a_compound() -> None:
    slot = AnswerSlot.of("how many people are in the trial", frozenset())
    said = "It is testing a therapy in a midstage, roughly 800-person trial."
    assert figure_fit(slot, said, lambda a, b: False) == 1.0


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("which firm is leading the seed round for adaptive", ("leading", "round")),
        ("what company bought beeper", ("bought", "beeper")),
        ("which team has won the title", ("won", "title")),
        # one done to, or no deed
        ("what firm was hired to audit it", None),
        ("which player is the best", None),
        ("what year did he join", None),
    ],
)
def test_the_deed_a_which_question_asks_the_doer_of(
    question: str, deed: tuple[str, str] | None
) -> None:
    assert deed_asked(question) == deed


@pytest.fixture
def plea_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "plea": (
                "title: YouTube mom pleads guilty to child abuse\noutlet: Ledger Courts",
                "Ruby Franke stood shackled in gray jail clothing as she pleaded guilty to four "
                "counts of aggravated child abuse. Each charge carries a sentence of one to 15 "
                "years in prison. She will be sentenced next month.",
            ),
        },
    )


def test_a_sentence_she_could_get_is_no_sentence_given(plea_home: Assistant) -> None:
    answer = plea_home.ask("so what sentence did ruby franke end up getting?")
    assert answer.abstained, answer.text
    assert answer.text.startswith("The articles don't give the sentence"), answer.text


def test_a_possessive_typed_without_its_apostrophe_and_with_a_slip_is_the_name() -> None:
    corpus = {"postecoglou", "tottenham"}
    words = CorpusWords(
        lambda w: int(w in corpus),
        common=frozenset({"how", "long", "was", "run"}),
        words_starting=lambda prefix: sorted(w for w in corpus if w.startswith(prefix)),
        texts_with=lambda word: ["Spurs lost, and Postecoglou said so. Ask Postecoglou again."],
    )
    assert words.in_corpus("postecoglus")  # "postecoglou's", a letter dropped
    assert words.in_corpus("postecoglous")
    assert not words.in_corpus("ange-postecoglus-rival")
    assert not words.in_corpus("vinteds")


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what kind of tv ratings did its first episode get", "tv ratings"),
        ("what type of cancer did he have", "cancer"),
        ("what sort of deal did they sign", "deal"),
    ],
)
def test_a_kind_of_thing_asked_is_the_thing(question: str, thing: str) -> None:
    assert focus_phrase(question) == thing


@pytest.fixture
def board_home(embedder, tmp_path: Path) -> Iterator[Assistant]:
    yield from articles_home(
        embedder,
        tmp_path,
        {
            "board": (
                "title: The lost ethics board\noutlet: Ledger Tech",
                "When Musk invested in DeepMind, he broke his own rule about the ethics board. "
                "The first meeting of the DeepMind ethics board was on August 14, 2015. The "
                "board had been set up at the insistence of the founders. The members convened "
                "in a conference room just outside Musk's office at SpaceX.",
            ),
        },
    )


def test_a_second_thing_asked_is_told_where_the_story_goes_on(board_home: Assistant) -> None:
    answer = board_home.ask("when did the deepmind ethics board first meet, and where was it held")
    assert "August 14, 2015" in answer.text and "SpaceX" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "why did jim jordan lose the vote to become speaker",
        "why did nfl fans get upset by taylor swift",
        "why did ireland lose to the other team",
        "what was chelsea's biggest win of the season",
        "tesla stock was hammered by rate fears, how far did it fall",
    ],
)
def test_no_result_is_taken_from_a_goal_a_feeling_or_a_description(question: str) -> None:
    assert claimed_result(question) is None


@pytest.mark.parametrize(
    ("text", "winner", "loser"),
    [
        ("Wales were knocked out by Argentina.", "England", "Wales"),
        ("Japan were sent home by Argentina.", "Argentina", "Chile"),
        ("The Chiefs have not won in Denver since 2015.", "Chiefs", "Denver"),
        ("If the jury sides with Epic, Google could appeal.", "Epic", "Google"),
        ("The jury appeared to be siding with Epic over Google.", "Epic", "Google"),
    ],
)
def test_no_win_is_told_of_sides_not_beaten_or_by_a_verdict_supposed(
    text: str, winner: str, loser: str
) -> None:
    assert not tells_win(text, [winner], [loser])


def test_a_deed_told_of_one_named_before_by_a_pronoun_is_told_of_them() -> None:
    told = "Sam Altman was ousted by the board on Friday, but Microsoft quickly hired him."
    passages = [Passage("c1", "a1", "OpenAI turmoil", "Ledger Tech", None, 0.9, told)]
    assert not deed_untold(
        "why did microsoft hire sam altman", ["microsoft", "sam", "altman"], passages
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "New Zealand beat Ireland 28-24 in the quarter-final.",
        "Detroit took down Green Bay 29-22.",
        "The Eagles won 21-17 after trailing 17-7 at the half.",
    ],
)
def test_a_result_is_a_score_whatever_words_are_near(sentence: str) -> None:
    slot = AnswerSlot.of("what was the score", frozenset())
    assert fit(slot, sentence, lambda a, b: False) == 1.0


def test_someones_post_is_no_paper_and_a_host_earns_no_wage() -> None:
    known = ["The Verge"]
    assert missing_sources("how did the musk post describe the ad boycott", known) == []
    assert missing_sources("did the openai blog post say it", known) == []
    assert not WAGE_ASKED.search("how much did las vegas make as host of the f1 grand prix")
    assert SCORE.findall("held nov 10-12, 2023; they won 3-2, who starred") == ["3-2"]


def test_a_fee_beside_another_transfer_is_no_fee_for_the_one_asked(
    embedder, tmp_path: Path
) -> None:
    articles = {
        "palmer": (
            "title: Palmer on the move\noutlet: Ledger Sport",
            "Cole Palmer has been a revelation this season. City decided that he could only "
            "leave on a permanent deal and Chelsea forked out £42.5m. Kai Havertz, who left "
            "Chelsea for Arsenal, returns to Stamford Bridge on Saturday.",
        )
    }
    for a in articles_home(embedder, tmp_path, articles):
        answer = a.ask("what fee did arsenal pay chelsea for kai havertz?")
        assert answer.abstained, answer.text
        answer = a.ask("what fee did chelsea pay man city for cole palmer")
        assert not answer.abstained and "£42.5m" in answer.text, answer.text


def test_trying_is_no_try_scored() -> None:
    sentence = "Manuel Neuer is the thing Onana is trying so earnestly to be."
    assert not names_in_role(sentence, "scor", frozenset({"united", "bayern"}))
