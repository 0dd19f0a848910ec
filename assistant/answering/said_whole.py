"""Whether a sentence, read with its context, says every word that sets the thing a figure is
asked of apart: "midfield club season ticket", not the cheapest season ticket of all."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from assistant.answering.figure_words import ADDED, BOUNDS, NOW_WORDS, RATED
from assistant.answering.focus import MEASURES
from assistant.answering.sentences import answer_stem
from index.terms import content_words, fold_accents

if TYPE_CHECKING:
    from assistant.answering.answer_slot import AnswerSlot


def says_whole(slot: AnswerSlot, text: str) -> bool:
    """Whether a sentence, read with its context, says every word that sets the thing counted
    apart ("midfield club season ticket") and what its unit measures ("her contract")."""
    # The measure itself ("share" of "share of tiktok users") a figure shows ("62%")
    # … and "new" or "latest", which a report on the thing now need not say ("the price of the
    # new steam deck oled": "The Steam Deck OLED starts at $549")
    needed = (set(slot.focus[:-1]) | set(slot.measured)) - _measure_stems() - NOW_WORDS - RATED
    needed -= BOUNDS
    said = {answer_stem(w) for w in content_words(fold_accents(text.replace("-", " ")))}
    # (initials with stops are stemmed without them, `answer_stem`: "U.S. doctors" says "us")
    # "charge cycles": said in "discharge and recharge cycles"; "swap" in "battery-swapping"
    return all(
        word in said
        or (len(word) >= 4 and any(s.endswith(word) or s.startswith(word) for s in said))
        or bool(_doing_of(word) & said)
        # ("how many extra conscripts": "500,000 additional conscripts", "another 500,000")
        or (word in ADDED and bool(ADDED & said))
        for word in needed
    )


def _doing_of(word: str) -> set[str]:
    """The stems of the verb a doer is named by ("winner": "winn", "win"; "buyer": "buy"),
    which the stemmer roots apart: "the winner's payout" is said by "the winning driver"."""
    if len(word) < 5 or not word.endswith("er"):
        return set()
    base = word[:-2]
    return {base, base[:-1]} if base[-1] == base[-2] else {base}


@cache
def _measure_stems() -> frozenset[str]:
    return frozenset(answer_stem(w) for w in MEASURES)
