"""A word of the question no article holds in any form, which the sentences chosen speak of in
no word akin to it: "how many people died in the maui fires", answered from a piece on another
fire, says nothing of Maui."""

from __future__ import annotations

from assistant.answering.abstention import OfflineResult
from assistant.answering.asked_names import NOT_A_SPECIFIC
from assistant.answering.draft import Draft, Parts
from assistant.answering.focus import COMPARATIVES, HEDGES
from assistant.answering.sentences import answer_stem
from assistant.answering.yes_no import FRAMING, LIGHT_VERBS
from assistant.answering.yes_no_written import ACT

# Loosely akin by the encoder: a word said another way ("gig" and "concert", 0.43), where a
# place no article holds is nearer only its own region ("maui" and "hawaii") than anything a
# piece on another place says ("hills", 0.34). (Looser than `scoring.AKIN`: a refusal before an
# answer that may be one asks more.)
LOOSELY_AKIN = 0.4


def word_unheld(d: Draft, parts: Parts) -> OfflineResult | None:
    """The refusal naming the words no article holds that the chosen sentences do not speak
    of, by the encoder; none when each is spoken of ("gig", of a concert), or is a verb or an
    act ("rehire", "joining": told in other words too often), or frames the question. (A
    yes/no question weighs them in `yes_no_written`.)"""
    if d.yes_no:
        return None
    words = parts.words
    absent = [
        w
        for w in words.absent_words(NOT_A_SPECIFIC.sub(" ", d.question), d.known)
        if w.isalpha()
        and answer_stem(w) not in FRAMING | LIGHT_VERBS
        and w not in COMPARATIVES | HEDGES
        and not ACT.fullmatch(w)
        and not words.verb_like(w)
    ]
    texts = [c.text for c in d.chosen]
    unheld = [w for w in absent if not parts.meaning.speaks_of(w, texts, LOOSELY_AKIN)]
    if not unheld:
        return None
    return d.refuse(d.chosen[0], missing=unheld)
