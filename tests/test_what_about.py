""" "What about X?" follow-ups: what they turn to (X's words the earlier turns did not say), and
the sentences that say it of what the conversation is about."""

from __future__ import annotations

from assistant.answering.candidates import Candidate
from assistant.answering.what_about import on_the_shift, shifted_to
from assistant.types import Passage


def known(word: str) -> int:
    """Every word is in some article, but "zzz"."""
    return 0 if word == "zzz" else 1


def test_what_a_what_about_follow_up_turns_to() -> None:
    query = "what about its second weekend (renaissance film opening weekend box office)"
    assert shifted_to("what about its second weekend", query, known) == {"second"}
    assert shifted_to("what about zzz", "what about zzz (renaissance film)", known) == set()
    # not a "what about" question, or no earlier turn
    assert shifted_to("how much did it make", "how much did it make (film)", known) == set()
    assert shifted_to("what about its second weekend", None, known) == set()


def test_the_sentences_on_what_it_turns_to_and_on_the_subject() -> None:
    text = (
        "Renaissance took $21 million in its opening weekend. In its second weekend, Renaissance "
        "fell 76%. The Eras Tour film's second weekend was stronger."
    )
    passages = [Passage("c1", "a1", "Box office", "Daily", "2023-12-11", 1.0, text)]
    candidates = [
        Candidate(0, "In its second weekend, Renaissance fell 76%."),
        Candidate(0, "The Eras Tour film's second weekend was stronger."),
        Candidate(0, "Renaissance took $21 million in its opening weekend."),
    ]
    question = "what about its second weekend"
    query = f"{question} (Renaissance film opening weekend)"
    found = on_the_shift(question, query, {"second"}, candidates, passages)
    assert found == candidates[:1]  # on the second weekend, and on Renaissance


def test_a_number_turned_to_is_said_with_what_it_numbers() -> None:
    text = "Diamondbacks 9-1 Rangers, final. The Rangers took Game 1 in 11 innings."
    passages = [Passage("c1", "a1", "World Series", "Guardian", "2023-10-29", 1.0, text)]
    candidates = [
        Candidate(0, "Diamondbacks 9-1 Rangers, final from the World Series game."),
        Candidate(0, "The Rangers took Game 1 in 11 innings."),
    ]
    question = "what about game 1?"
    query = f"{question} (who won game 2 world series)"
    assert shifted_to(question, query, known) == {"1"}
    assert on_the_shift(question, query, {"1"}, candidates, passages) == candidates[1:]
