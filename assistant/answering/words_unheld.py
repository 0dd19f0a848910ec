"""A word of the question no article holds in any form, which the sentences chosen speak of in
no word akin to it: "how many people died in the maui fires", answered from a piece on another
fire, says nothing of Maui."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.answering.abstention import OfflineResult
from assistant.answering.asked_names import NOT_A_SPECIFIC
from assistant.answering.draft import Draft, Parts
from assistant.answering.focus import COMPARATIVES, HEDGES
from assistant.answering.sentences import answer_stem
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.yes_no import FRAMING, LIGHT_VERBS
from assistant.answering.yes_no_written import ACT

# Loosely akin by the encoder: a word said another way ("gig" and "concert", 0.43), where a
# place no article holds is nearer only its own region ("maui" and "hawaii") than anything a
# piece on another place says ("hills", 0.34). (Looser than `scoring.AKIN`: a refusal before an
# answer that may be one asks more.)
LOOSELY_AKIN = 0.4
# The chunks a store must hold for a word's absence to tell anything: a few articles lack most
# ordinary words ("soon", "remarks"), however they phrase what they tell.
WORDS_TOLD = 1000


def words_unheld(
    question: str,
    known: frozenset[str],
    words: CorpusWords,
    akin: Callable[[str], bool],
    chunks: int,
) -> list[str]:
    """The question's words no article of a large store (`WORDS_TOLD` chunks) holds in any
    form and the sentences chosen do not speak of (`akin(word)`); not a verb or an act
    ("rehire", "joining": told in other words too often), nor a word that frames the
    question."""
    if chunks < WORDS_TOLD:
        return []
    absent = [
        w
        for w in words.absent_words(NOT_A_SPECIFIC.sub(" ", question), known)
        if w.isalpha()
        and answer_stem(w) not in FRAMING | LIGHT_VERBS
        and w not in COMPARATIVES | HEDGES
        and not ACT.fullmatch(w)
        and not words.verb_like(w)
    ]
    return [w for w in absent if not akin(w)]


def word_unheld(d: Draft, parts: Parts) -> OfflineResult | None:
    """The refusal naming the words the articles do not hold (`words_unheld`). (A yes/no
    question weighs them in `yes_no_written`.)"""
    if d.yes_no:
        return None
    texts: Sequence[str] = [c.text for c in d.chosen]
    unheld = words_unheld(
        d.question,
        d.known,
        parts.words,
        lambda word: parts.meaning.speaks_of(word, texts, LOOSELY_AKIN),
        parts.chunks,
    )
    return d.refuse(d.chosen[0], missing=unheld) if unheld else None
