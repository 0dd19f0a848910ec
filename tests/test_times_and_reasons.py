"""Times and reasons asked: a year named only as what a figure is set against places the
sentence in no other time; "how long did it last" asks a stretch of time, not the question's own
"16 inch" nor a thing "from the 2021 model"; "what got him to quit" asks a reason."""

from __future__ import annotations

from store_fixtures import unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.answer_wanted import question_wants
from assistant.answering.fit import fit
from assistant.answering.sentences import SPAN
from assistant.answering.which_one import speaks_of


def test_a_year_compared_against_is_not_the_sentences_time() -> None:
    sentence = (
        "With $3.2 billion for the first half of the year, funding in Israel dropped by 73% "
        "compared to the same period in 2022."
    )
    assert speaks_of({2023}, sentence, "", "2023-10-13")
    # (a sentence on another year is still on it)
    assert not speaks_of({2023}, "Funding in Israel hit a record in 2021.", "", "2023-10-13")
    assert not speaks_of({2023}, "In 2022 funding rose more than in 2021.", "", "2023-10-13")
    assert not speaks_of({2023}, "They lost against Everton in 2022.", "", "2023-10-13")


def test_how_long_it_lasted_is_a_stretch_of_time() -> None:
    slot = AnswerSlot.of("how long did the 16 inch macbook pro last on the battery test")
    assert fit(slot, "That's a runtime of 26 hours, 45 minutes.", unrelated) == 1.0
    assert fit(slot, "Apple sent us the 16-inch with the M3 Max.", unrelated) < 1.0
    assert fit(slot, "The 14-inch model is the lighter one.", unrelated) < 1.0
    assert fit(slot, "The display is unchanged from the 2021 model.", unrelated) < 1.0
    # (a stretch of time that happens to share the question's figure is still one)
    assert fit(slot, "It lasted 16 hours on a charge.", unrelated) == 1.0
    # (a stretch of space when nothing says time: "how long was the field goal")
    kick = AnswerSlot.of("how long was his game winning field goal")
    assert fit(kick, "He nailed a 56-yard field goal as time expired.", unrelated) == 1.0


def test_a_year_after_from_is_a_stretch_only_on_its_own() -> None:
    assert SPAN.search("He has run the club from 2019 to this day.")
    assert SPAN.search("The studio has been independent since the 1990s.")
    assert not SPAN.search("The display is largely unchanged from the 2021 model.")


def test_what_brought_someone_to_a_deed_asks_a_reason() -> None:
    assert question_wants("what got robin williams to finally quit coke in the 80s?") == "reason"
    assert question_wants("what led to the split between the two founders") == "reason"
    assert question_wants("what got sent to the museum") != "reason"
    assert question_wants("what got moved to tuesday") != "reason"


def test_a_streak_is_as_long_as_its_count() -> None:
    slot = AnswerSlot.of("georgia hammered ole miss - how long is their winning streak now?")
    assert fit(slot, "A statement win to extend its win streak to 27.", unrelated) == 1.0
    assert fit(slot, "Georgia's lead now stands at 52-14.", unrelated) < 1.0
    # (a run at a number of things is no streak)
    assert fit(slot, "The play had a run at 3 theatres in London.", unrelated) < 1.0
