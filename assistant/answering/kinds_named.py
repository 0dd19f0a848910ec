"""A kind asked for by name, "which hotel did they live in": answered by a sentence that sets one
apart ("the Mandarin Oriental hotel", "Hotel Lutetia"), not by one that only speaks of the kind
("lived together in a hotel for three months")."""

from __future__ import annotations

import re

from assistant.answering.abstention import OfflineResult
from assistant.answering.draft import Draft, Parts

TRIES = 3  # the best sentences looked at for one that sets the kind apart


def kind_unnamed(d: Draft, parts: Parts) -> OfflineResult | None:
    """ "Which hotel": the chosen sentences speak of a hotel and set none apart, nor does one
    close to the best: the articles don't name it."""
    kind = d.slot.kind
    if not kind or d.yes_no or d.wants != "other" or not d.slot.shaped:
        return None
    if any(c.fit >= 1.0 for c in d.chosen) or any(c.fit < 0.5 for c in d.chosen[:1]):
        return None  # (one that does not speak of it at all is `kind_unspoken`'s)
    best = d.chosen[0]
    if not only_bare(kind.lower(), best.text):
        return None  # ("rare earths were a priority sector", "a Wonder Flower": one, said)
    naming = [c for c in d.candidates[:TRIES] if c.fit >= 1.0 and d.close_enough(c, best)]
    if naming:
        return None
    return d.refuse(best, f"the name of the {kind.lower()}")


# Words that only point at a thing: "in a hotel", "the hotel", "their hotel".
POINTERS = frozenset(("a", "an", "the", "this", "that", "its", "their", "his", "her", "our"))


def only_bare(kind: str, sentence: str) -> bool:
    """Whether a sentence says the kind only bare, each time after a word that merely points at
    it ("lived together in a hotel"): nothing sets one apart."""
    said = list(re.finditer(rf"\b(\w+)\s+{re.escape(kind)}(?:s|es)?\b", sentence, re.I))
    return bool(said) and all(m.group(1).lower() in POINTERS for m in said)
