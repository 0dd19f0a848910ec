"""Kinds of deeds a question may take as done, each told by its own words or by the others of
its kind: done to someone ("fired"), changes ("switched"), verdicts, and foundings."""

from __future__ import annotations

from assistant.answering.deed_doers import undoubled
from assistant.answering.doers import FOUNDING as FOUNDED_IN_ANY_WORD
from index.terms import family

# Deeds done to someone, told only of them.
DONE_TO_SOMEONE = frozenset(
    undoubled(family(w))
    for w in ("fire", "hire", "sack", "sign", "trade", "release", "bench", "suspend", "arrest",
              "sue", "charge", "indict", "oust", "dismiss", "appoint", "draft", "waive", "fine",
              "ban", "sanction", "punish", "penalize", "penalise", "expel", "drop", "dump", "axe",
              "cut")
)  # fmt: skip
# Deeds of change, each told by the others' words as well.
CHANGES = frozenset(
    undoubled(family(w))
    for w in ("switch", "shift", "change", "swap", "replace", "convert", "transition", "instead")
)

# Words for a verdict of guilt, each told by the others.
CONVICTED = frozenset(undoubled(family(w)) for w in ("convict", "convicted", "guilty"))
# … and other deeds a court or a league does to one, asked in the passive.
SENTENCED = frozenset(
    undoubled(family(w))
    for w in ("acquit", "sentence", "jail", "imprison", "eject", "toss", "disqualify", "strip")
)
# Words for founding a thing (`doers.FOUNDING`, and setting up): "when did they found fape" is
# told by "established in 1949".
FOUNDING = frozenset(undoubled(w) for w in FOUNDED_IN_ANY_WORD | {family("set")})
