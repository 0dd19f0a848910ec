"""What a figure measures and counts as people ask it; deeds and results a question takes that
the articles tell otherwise; names that are times, verbs or another's headline (session 52)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import outlets_home, unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import kinds_asked
from assistant.answering.candidates import counted_off_after
from assistant.answering.event_premise import deed_taken, deed_untold
from assistant.answering.fit import fit
from assistant.answering.premises import contrary_premise
from assistant.answering.refusals import WHAT_ABOUT
from assistant.answering.result_claims import claimed_result
from assistant.answering.scoring import sentences_of
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.wording import expand_abbreviations
from assistant.api import Assistant
from assistant.types import Passage

BARBIES = "how many wilma mankiller barbies has mattel sold so far?"


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a figure that counts a thing of its own is no count of the thing asked, however near
        # the sentence names it
        (
            BARBIES,
            "As noted by Mattel, the Barbie doll of Mankiller wears a dress with ribbon striping "
            "that represents the four directions.",
            0.5,
        ),
        (BARBIES, "Mattel has sold 40,000 Wilma Mankiller Barbies so far.", 1.0),
        # the dead are counted by any word for people
        (
            "how many people died",
            "Partnair Flight 394 crashed in September 1989, killing all 55 passengers and crew.",
            1.0,
        ),
        ("how many people can play", "It drew 5,000 voters.", 0.5),
        # a crowd's size is a head count, not a length (a figure of something else)
        (
            "how big was the crowd at cazaly's stadium?",
            "McClelland was gifted a 50-metre penalty after a bump.",
            0.5,
        ),
        # "that whole barrier": all of it, no word the sentence must say
        (
            "what did that whole anti-tunnel barrier cost to build?",
            "The cost of the anti-tunnel barriers was NIS 3.5 billion.",
            1.0,
        ),
    ],
)
def test_a_figure_measures_what_is_asked(question: str, sentence: str, expected: float) -> None:
    assert fit(AnswerSlot.of(question), sentence, unrelated) == expected


@pytest.mark.parametrize(
    "question",
    [
        "whats mayo clinic paying bhavik patel as chief ai officer?",  # (a wage, "whats" typed)
        "how big a fine did the dmv hit them with?",  # (a fine is money, however big)
        "how much have they frozen in total since the war started?",  # (frozen funds)
    ],
)
def test_a_sum_of_money_is_asked(question: str) -> None:
    assert kinds_asked(expand_abbreviations(question)) == ["amount"]
    assert AnswerSlot.of(expand_abbreviations(question)).money


def test_a_rate_named_before_its_verb_is_what_is_asked() -> None:
    slot = AnswerSlot.of("what interest rate is rugby australia paying on that ares loan")
    assert slot.focus == ("interest", "rat")
    assert kinds_asked("what did microsoft end up paying for activision blizzard") == ["amount"]


def test_a_crowd_asked_how_big_is_counted() -> None:
    assert kinds_asked("how big a crowd turned up?") == ["number"]
    assert not AnswerSlot.of("how big a crowd turned up?").money


def test_teams_go_by_the_names_fans_type() -> None:
    assert "49ers" in expand_abbreviations("how long a streak did the niners have going?")
    assert "76ers" in expand_abbreviations("did the sixers win")


def test_a_verbs_past_done_again_is_an_ordinary_word() -> None:
    words = CorpusWords(lambda w: 0, common=frozenset({"ran"}))
    assert words.ordinary("reran")
    assert not words.ordinary("renzo")


def test_an_owners_word_is_no_result() -> None:
    assert claimed_result("how long had they been away from europe's top competition?") is None
    assert claimed_result("who scored man united's winner against bayern") == ("united", "bayern")
    assert claimed_result("how did the jets hang on to beat the chiefs") == ("jets", "chiefs")


def test_a_name_opening_a_longer_one_is_on_its_line() -> None:
    """ "Kansas City" opens "Kansas City Chiefs"; "Jets" above "Chiefs" in a table of scores,
    or "Zuerlein." ending a sentence before it, does not."""
    texts = [
        "Final\nJets\nChiefs 23",
        "A kick by Greg Zuerlein. Chiefs lead.",
        "the Kansas City Chiefs",
    ]
    words = CorpusWords(lambda w: 1, common=frozenset(), texts_with=lambda w: texts)
    assert words.openings_in("chiefs", texts) == frozenset({"Kansas City"})


def _passages(*texts: str) -> list[Passage]:
    return [
        Passage(f"a{i}:0", f"a{i}", "", "TechCrunch", "2023-12-01", 1.0, text)
        for i, text in enumerate(texts)
    ]


def test_telling_is_no_deed_the_articles_must_word_alike() -> None:
    question = "when did meta first tell ireland's data protection commission about its plan"
    assert deed_taken(question, ["meta", "ireland"]) is None


def test_a_thing_done_to_another_in_the_passive_tells_no_deed_to_the_one_asked() -> None:
    passages = _passages(
        "Beeper Mini is priced at $1.99 a month, compared with $15 a month for the recently "
        "acquired competitor Texts.com bought by Automattic."
    )
    names = ["automattic", "beeper"]
    assert deed_untold("why did automattic end up buying beeper?", names, passages)
    bought = _passages("Automattic bought Beeper for $50 million last month.")
    assert not deed_untold("why did automattic end up buying beeper?", names, bought)


def test_a_change_by_the_same_share_the_other_way_is_its_contrary() -> None:
    passages = _passages(
        "Coinbase shares rocketed more than 60% in November, their second-best month.",
        "Coinbase lost 86% of its value in 2022.",
    )
    sentences = sentences_of(passages)
    turned = contrary_premise(
        "why did coinbase stock crash 60% in november?", sentences, sentences, {"coinbase"}
    )
    assert turned is not None and "rocketed" in turned.text
    rose = contrary_premise(
        "why did coinbase shares soar 60% in november?", sentences, sentences, {"coinbase"}
    )
    assert rose is None


NEWS = {
    "michigan": (
        "Sporting News",
        "Michigan's sign-stealing scandal keeps growing.\n\n"
        "The NCAA's investigation has found that linebackers coach Chris Partridge, who was fired "
        "by Michigan on Friday, is alleged to have destroyed evidence on a computer.\n",
    ),
    "hostage": (
        "FOX News",
        "Thomas Hand spoke about his daughter Emily, held in Gaza.\n\n"
        "A lean man to begin with, Hand said he has lost 8 kilos, about 18 pounds, since his "
        "little girl was taken hostage.\n\n"
        "Programs such as Weight Watchers and Noom Weight have seen sign-ups rise.\n",
    ),
    "auction": (
        "The Age",
        "This piece first ran in The New York Times.\n\n"
        "Geoffrey Hinton and his two students auctioned themselves at a Lake Tahoe casino.\n\n"
        "Finally, at $US44 million, Hinton and his students stopped the auction and went with "
        "Google.\n",
    ),
    "settlements": (
        "Fortune",
        "The US Virgin Islands went after those close to Jeffrey Epstein.\n\n"
        "A year ago, the Epstein estate agreed to pay the US Virgin Islands $105 million to "
        "settle.\n\n"
        "Each settlement paid the US Virgin Islands more than $50 million.\n\n"
        "Then, last January, Wall Street billionaire Leon Black settled for $62.5 million.\n\n"
        "Next came JPMorgan Chase, in September, for $75 million.\n",
    ),
    "game": (
        "Sporting News",
        "The Chiefs visited the Jets on Sunday night.\n\n"
        "Trailing by 17 points, the Jets tied the game at 20 heading into the fourth quarter.\n\n"
        "Final: Chiefs 23, Jets 20\n",
    ),
    "times": (
        "The New York Times",
        "The New York Times covers the business of artificial intelligence.\n",
    ),
}


@pytest.fixture
def news(tmp_path: Path, embedder) -> Iterator[Assistant]:
    yield from outlets_home(embedder, tmp_path, NEWS)


def test_questions_people_type_are_answered_from_the_right_sentence(news: Assistant) -> None:
    # (a month is no one the deed must be told of)
    fired = news.ask(
        "michigan fired another assistant mid nov in the sign stealing mess, the one accused of "
        "destroying evidence on a computer. who was that?",
        offline=True,
    )
    assert not fired.abstained and "Chris Partridge" in fired.text
    # (what is measured is no name, whatever a program's name says)
    weight = news.ask("how much weight has emily hand's dad lost?", offline=True)
    assert not weight.abstained and "18 pounds" in weight.text
    # (an outlet that ran another's piece answers for it)
    rerun = news.ask(
        "that nyt piece the age reran says hinton auctioned himself off at a lake tahoe casino. "
        "what did the bidding stop at?",
        offline=True,
    )
    assert not rerun.abstained and "44 million" in rerun.text
    # (a figure for each of the two asked of)
    each = news.ask(
        "what did leon black and jpmorgan each pay the us virgin islands to settle?", offline=True
    )
    assert "62.5 million" in each.text and "75 million" in each.text
    # (a result told the other way says which one the articles do not tell)
    beat = news.ask("so how did the jets hang on to beat the chiefs on sunday night?", offline=True)
    assert beat.abstained and beat.text.startswith("The articles don't say Jets beat Chiefs.")


def test_what_about_with_a_question_of_its_own_asks_that_question() -> None:
    assert WHAT_ABOUT.match("what about ppl, can humans catch it?") is None
    match = WHAT_ABOUT.match("what about apple, google and meta?")
    assert match is not None and match.group(1) == "apple, google and meta?"


def test_a_ground_is_named() -> None:
    assert kinds_asked("what ground was it played at?") == ["name"]


THEORY = (
    "Uber didn't say why. Abrams has her own theory as to why Uber has been slow to add cameras. "
    "“Cost isn’t the issue,” she said. “It’s that it would deter drivers.” Many drivers add "
    "dash cams."
)


def test_a_sentence_announcing_a_theory_is_read_with_the_next() -> None:
    passage = _passages(THEORY)[0]
    theory = next(c for c in sentences_of([passage]) if "own theory" in c.text)
    parts = counted_off_after(theory, passage).parts
    assert parts[1:] == ["“Cost isn’t the issue,” she said.", "“It’s that it would deter drivers.”"]
    plain = next(c for c in sentences_of([passage]) if c.text.startswith("Many drivers"))
    assert counted_off_after(plain, passage).parts == plain.parts
