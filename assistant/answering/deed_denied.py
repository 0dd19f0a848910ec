"""Whether a sentence tells a deed as done: not denied ("you'll never be able to buy"), not only
supposed ("if Red Devils sack Dutch boss"), and in which of its clauses ("…, but Travis Hunter
shined" tells nothing of Hunter's)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.deed_doers import deed_root
from assistant.answering.vocabulary import BARE_CONTRACTION

NEGATION = re.compile(rf"not|never|no|\w+n['’]t|{BARE_CONTRACTION.pattern}")


# Where a sentence turns to another subject: ", but", ", while", "; ".
CLAUSE_TURN = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\s+|;\s+", re.I)


def deed_clause(
    sentence: str, roots: set[str], roots_in: Callable[[str], set[str]]
) -> tuple[str, bool]:
    """The clauses of a sentence that tell the deed, and whether the first of them does (the
    one a name before the sentence may be the subject of). `roots_in(text)` gives the roots of
    the deeds a text tells."""
    clauses = CLAUSE_TURN.split(sentence)
    telling = [c for c in clauses if roots & roots_in(c)]
    # (a clause that names its one by a pronoun goes on about one named before: "Altman was
    # ousted by the board, but Microsoft quickly hired him")
    if not telling or len(clauses) == 1 or any(POINTING.search(c) for c in telling):
        return sentence, True
    return " ".join(telling), telling[0] is clauses[0]


POINTING = re.compile(r"\b(?:he|she|him|her|his|they|them|their|it|its)\b", re.I)


def negated(sentence: str, roots: set[str]) -> bool:
    """Whether every telling of the deed in a sentence is denied, by a negation whose only
    words before the deed are helpers ("you'll never be able to buy another", "the board hadn't
    resigned"; not "did not hesitate to ban", "not only did apple buy", "which had no music
    service, acquired"), or only supposed ("if Red Devils sack Dutch boss")."""
    typed = re.findall(r"[\w'’-]+|[,;:]", sentence)
    words = [w.lower() for w in typed]
    told = [i for i, w in enumerate(words) if deed_root(w, " ".join(typed[i + 1 : i + 2])) in roots]

    def denied(at: int) -> bool:
        if at >= 2 and words[at - 1] == "to" and words[at - 2] in DECLINING:
            return True  # "the Biden administration also declined to veto another ban"
        for i in range(at - 1, max(-1, at - NEGATION_REACH - 1), -1):
            if NEGATION.fullmatch(words[i]) and words[i + 1 : i + 2] != ["only"]:
                return True
            if words[i] not in DENIAL_HELPERS:
                return False
        return False

    def supposed(at: int) -> bool:
        # (in a clause of what may happen: "… replace Erik ten Hag if Red Devils sack Dutch
        # boss"; not "after United sacked him, if anything …")
        # (nor "In May Microsoft fired …", a month; nor "This might explain why Apple blocked
        # Beeper", whose deed is told in a clause of its own)
        for i in range(at - 1, max(-1, at - SUPPOSED_REACH - 1), -1):
            if words[i] in ",;:" or words[i] in CLAUSE_OPENERS:
                return False
            if words[i] in SUPPOSING and typed[i] != "May":
                return True
        return False

    return bool(told) and all(denied(i) or supposed(i) for i in told)


# Words that open a clause of what may happen, not what did.
# ("would" is left out: "Microsoft would later hire Altman" tells what came to pass)
SUPPOSING = frozenset(
    ("if", "whether", "unless", "could", "might", "may", "should", "considering", "consider",
     "considers", "mulling", "mull", "mulls",
     # ("has the opportunity to veto the ban")
     "opportunity", "chance", "option")
)  # fmt: skip
# Verbs that say a deed was not done, before its "to": "declined to veto", "failed to reach".
DECLINING = frozenset(
    ("declined", "declines", "decline", "refused", "refuses", "refuse", "failed", "fails",
     "fail")
)  # fmt: skip
CLAUSE_OPENERS = frozenset(("why", "that", "how", "when", "after", "because", "which", "who"))
SUPPOSED_REACH = 4  # words between such a word and the deed
NEGATION_REACH = 4  # words before a deed that may deny it ("never be able to buy")
# The words a denial may stand apart from its deed by: "never be able to buy", "not yet sold".
DENIAL_HELPERS = frozenset(
    ("be", "been", "being", "able", "to", "have", "has", "had", "yet", "ever", "even", "actually",
     "really", "officially", "formally", "already", "get", "got")
)  # fmt: skip
