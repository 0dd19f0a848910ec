"""Words as people type them, read as the articles write them: two words run together
("westindies"), a name's "'s" without its apostrophe ("googles opening statement"), the thing
after "the biggest", a length of time asked with "how much time", viewers as the people who
watched, and a switch told by "instead of"."""

from __future__ import annotations

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.event_premise import deed_untold
from assistant.answering.figure_fit import figure_fit, is_focus
from assistant.answering.slot_words import SUPERLATIVE
from assistant.answering.vocabulary import CorpusWords
from assistant.conversation import needs_context
from assistant.types import Passage

WINDIES = "West Indies beat England by four wickets. Google spent its 45 minutes on Android."


def words(*held: str) -> CorpusWords:
    return CorpusWords(lambda w: int(w in held))


def test_two_words_run_together_are_read_as_the_passages_write_them() -> None:
    respelt = words().respelt("westindies beat england, how did rashid go?", [WINDIES])
    assert respelt.startswith("west indies beat")
    # (only as a pair the passages write: "duolingo" is no "duo lingo")
    assert words().respelt("did duolingo cut jobs", ["A duo and some lingo."]) == (
        "did duolingo cut jobs"
    )


def test_a_names_s_without_its_apostrophe_is_its_possessive() -> None:
    question = "how long did googles opening statement go on for"
    assert "google's opening" in words().respelt(question, [WINDIES]).lower()
    # (a word the passages hold as it is typed stays)
    assert words().respelt("how many wickets", [WINDIES]) == "how many wickets"


def test_the_thing_after_the_biggest_is_the_thing_asked() -> None:
    slot = AnswerSlot.of("whats the biggest DSA fine the EU could hit it with in dollars?")
    assert slot.head == "fine"
    assert AnswerSlot.of("whats the max clip length").head == "length"


def test_how_much_time_asks_a_length_of_time_not_money() -> None:
    slot = AnswerSlot.of("how much time per day do people spend in it vs amazon?")
    assert not slot.money and not slot.paid
    assert slot.span == "length"
    assert AnswerSlot.of("how much did people spend in it").money


def test_the_people_who_watched_are_its_viewers() -> None:
    slot = AnswerSlot.of("how many people watched it on nbc?")
    assert is_focus(slot, "viewers", lambda a, b: False)
    assert not is_focus(AnswerSlot.of("how many people work there?"), "viewers", lambda a, b: False)


def test_the_people_who_get_a_newsletter_are_its_subscribers() -> None:
    slot = AnswerSlot.of("how many people get their newsletter every friday?")
    assert is_focus(slot, "subscriber", lambda a, b: False)
    assert not is_focus(AnswerSlot.of("how many people died?"), "subscribers", lambda a, b: False)


def test_a_switch_is_told_by_a_shift_or_instead_of() -> None:
    passage = Passage(
        "c1",
        "a1",
        "When was the first Cricket World Cup?",
        "Hindustan Times",
        "2023-10-01",
        0.9,
        "The 1987 World Cup saw a shift of venue, and games played in 50 overs instead of 60.",
    )
    question = "why did the world cup switch from 60 over to 50 over games in 1987?"
    assert not deed_untold(question, ["cup"], [passage])
    # (a deed of another kind is not told by them)
    assert deed_untold("why did the cup scrap the longer format in 1987?", ["cup"], [passage])


def test_what_is_known_asks_too() -> None:
    """ "Any word on when season 2 drops" asks when; "any update on where" asks where."""
    assert question_wants("any word on when season 2 drops?") == "date"
    assert question_wants("any update on where the trial is?") == "place"


def test_a_short_follow_up_naming_nothing_leans_on_the_turns_before() -> None:
    assert needs_context("any word on when season 2 drops?")
    assert not needs_context("who won the 2019 Davis Cup final in Madrid?")


def test_the_most_of_something_names_nothing() -> None:
    """ "the max wattage", asked of passages on the "iPhone 15 Pro Max": no name "Max"."""
    assert all(SUPERLATIVE.fullmatch(w) for w in ("max", "biggest", "latest", "top"))
    assert not any(SUPERLATIVE.fullmatch(w) for w in ("forrest", "everest", "budapest", "west"))


def test_a_figure_asked_in_a_unit_is_one_in_that_unit() -> None:
    """ "whats the battery capacity in mah": "a 24,000-mAh capacity", not "18 to 20 percent"."""
    slot = AnswerSlot.of("whats the battery capacity in mah?")
    assert slot.unit == "mah"
    assert figure_fit(slot, "It has a gargantuan 24,000-mAh battery capacity.", lambda a, b: False)
    drained = "Using them drained the battery capacity by about 18 to 20 percent."
    assert not figure_fit(slot, drained, lambda a, b: False)
    assert AnswerSlot.of("how far is it in km?").unit == "km"
    assert AnswerSlot.of("whats the capacity").unit == ""
