"""A part of a whole asked ("how much of their spend did they get back") is answered by a share,
and a part in words ("a third of the money") is a share as any other."""

from __future__ import annotations

from store_fixtures import unrelated

from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.figure_fit import figure_fit
from assistant.answering.figures import shares_spelt
from assistant.answering.sentences import TYPE_PATTERNS


def test_parts_in_words_read_as_shares() -> None:
    assert shares_spelt("they got a third of the money back") == "they got 33% of the money back"
    assert shares_spelt("two-thirds of voters and a quarter of its staff") == (
        "67% of voters and 25% of its staff"
    )
    # (an ordinal is no part: "the third quarter of 2023", "a third straight win")
    assert shares_spelt("in the third quarter of 2023") == "in the third quarter of 2023"
    assert shares_spelt("a third straight win") == "a third straight win"
    assert shares_spelt("a quarter of an hour later") == "a quarter of an hour later"
    assert TYPE_PATTERNS["amount"].search("it saw them get a third of the money spent back")


def test_how_much_of_a_whole_is_answered_by_a_share() -> None:
    slot = AnswerSlot.of("how much of their r&d spend did small startups get back?")
    assert slot.portion
    sentence = "The credit saw them get a third of the money spent in R&D back."
    assert figure_fit(slot, sentence, unrelated) == 1.0
    assert figure_fit(slot, "They got back 40% of their R&D spend.", unrelated) == 1.0
    # a sum paid asked, not a part: a share is no answer ("how much of a raise" asks a size)
    paid = AnswerSlot.of("how much did startups pay for the credit?")
    assert not paid.portion
    assert not figure_fit(paid, sentence, unrelated)
    assert not AnswerSlot.of("how much of a raise did he get?").portion
