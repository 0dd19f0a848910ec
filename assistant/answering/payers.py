"""Who a question says pays, and sums a sentence tells another paying: "what is ubisoft paying
microsoft" is not answered by "Microsoft … has paid $69bn" for Activision."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.answering.deed_doers import done_by_another
from assistant.answering.yes_no_asked import indirect_asked

# The one paying, asked as the subject of the verb: "how much did ubisoft pay", "what is
# ubisoft paying", "how much has the league paid"; not one paid ("how much was he paid").
PAYER_ASKED = re.compile(
    r"\b(?:did|does|do|will|would|could|can|should|is|are|was|were|has|have|had)\s+"
    r"(?P<payer>(?:[\w'’.&-]+\s+){1,4}?)(?:agree\s+to\s+|have\s+to\s+|going\s+to\s+|need\s+to\s+)?"
    r"(?P<verb>pay|paying|paid|spend|spending|spent)\b",
    re.I,
)
PAID_ROOTS = frozenset(("pay", "spend", "spent"))
ASKED_OF_ONE_PAID = frozenset(("was", "were", "is", "are"))  # "was he paid": he is paid


def payer_asked(question: str, names: Mapping[str, str]) -> list[str]:
    """The names the question gives as the one paying (lower case); none when it names no one
    there, or asks what one was paid."""
    asked = PAYER_ASKED.search(indirect_asked(question))  # ("do we know what ubisoft paid")
    if asked is None:
        return []
    helper = asked.group().split()[0].lower()
    if helper in ASKED_OF_ONE_PAID and asked["verb"].lower() in ("paid", "spent"):
        return []
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in asked["payer"].split()]
    words = [w for w in words if w not in ("the", "a", "an")]
    # (a party named as the whole subject: not "borrowers on the save plan", which others pay
    # for too)
    return words if all(w in names for w in words) else []


def paid_by_another(sentence: str, payer: Sequence[str]) -> bool:
    """Whether a sentence tells a sum paid by another it names before the payment, not by the
    payer asked about."""
    if not payer or PAID_TO_ONE.search(sentence):
        return False
    return done_by_another(sentence, set(PAID_ROOTS), payer)


# A sum paid to the one named: "Brady was paid $55 million", "players getting paid".
PAID_TO_ONE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+)?paid\b", re.I
)
