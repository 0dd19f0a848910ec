"""A deed a question takes as done that the articles deny of the one who would have done it:
"when kay burley apologised to eylon levy, what did she say?" of a piece saying "Kate Burley did
not apologize"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.deed_denied import CLAUSE_TURN, negated
from assistant.answering.deed_doers import deed_root, says_any, undoubled
from assistant.answering.deed_stated import DEED_STATED, PAST_VERB
from assistant.answering.event_premise import deed_taken
from assistant.answering.scoring import sentences_of
from assistant.answering.vocabulary import past_bases
from assistant.answering.wording import other_spellings
from assistant.types import Passage
from index.terms import family

# A deed set in a clause before the question: "when kay burley apologised to eylon levy on sky
# news, what exactly did she say?", "after apple blocked beeper - what did beeper do?"
DEED_WHEN = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+)?(?:when|after|once|since)\s+"
    rf"(?P<clause>(?:[a-z][\w'’.&-]*\s+){{1,4}}?(?P<deed>{PAST_VERB})\b[^?.,;:–—]{{0,80}}?)"
    r"\s*(?:[,:;]|\s[-–—])\s+(?=.*\?)",
    re.I,
)


def deed_stated(question: str, names: Sequence[str]) -> tuple[str, list[str]] | None:
    """The deed a question takes as done, and the names said before it (who did it): in a
    "when …," or "so …," clause before the question, or asked why or when it was done."""
    for pattern in (DEED_WHEN, DEED_STATED):
        stated = pattern.match(question)
        if stated is None:
            continue
        before = stated["clause"][: stated.start("deed") - stated.start("clause")].lower()
        doers = [n for n in names if re.search(rf"\b{re.escape(n)}\b", before)]
        return (stated["deed"].lower(), doers) if doers else None
    taken = deed_taken(question, names)
    if taken is None:
        return None
    deed, named = taken
    found = re.search(rf"\b{re.escape(deed)}\b", question.lower())
    before = question.lower()[: found.start()] if found else ""
    doers = [n for n in named if re.search(rf"\b{re.escape(n)}\b", before)]
    return (deed, doers) if doers else None


def deed_roots(deed: str) -> set[str]:
    """The roots a text may tell a deed by, in either spelling ("apologised", "apologize")."""
    forms = set(past_bases(deed))
    forms |= {o for f in list(forms) for o in other_spellings(f)}
    forms |= {re.sub(r"is(e|ed|es|ing)?$", r"iz\1", f) for f in forms}
    return {undoubled(family(f)) for f in forms}


def denied_deed(
    question: str,
    names: Sequence[str],
    passages: Sequence[Passage],
    sentences: Sequence[Candidate] | None = None,
) -> Candidate | None:
    """The sentence denying of the question's doer the deed it takes as done ("Kate Burley did
    not apologize"), when no headline or sentence tells that doer did it; None otherwise.
    `sentences`: the passages' statements, when already split (`Draft.sentences`)."""
    stated = deed_stated(question, names)
    if stated is None:
        return None
    deed, doers = stated
    roots = deed_roots(deed)
    headlines = [Candidate(0, p.title) for p in passages if p.title]
    denial = None
    statements = sentences_of(passages) if sentences is None else sentences
    for candidate in [*headlines, *statements]:
        for clause in CLAUSE_TURN.split(candidate.text):
            tokens = re.findall(r"[\w'’-]+", clause)
            told = [
                i
                for i, w in enumerate(tokens)
                if deed_root(w, " ".join(tokens[i + 1 : i + 2])) in roots
            ]
            if not told:
                continue
            if not negated(clause, roots):
                # (told as done, of the doer named anywhere in it, or before it when it goes on
                # about them: "Days later she apologised on air")
                said = candidate.text
                if GOES_ON.match(candidate.text):
                    said = f"{candidate.before} {said}"
                if says_any(doers, said):
                    return None
                continue
            if denial is None and _denied_of(tokens, told[0], doers):
                denial = candidate
    return denial


def _denied_of(tokens: Sequence[str], at: int, doers: Sequence[str]) -> bool:
    """Whether the name nearest before a denied deed is the doer's, with no clause of another
    between: "Kate Burley did not apologize"; not "Burley said Levy did not apologise", nor
    "Burley interviewed Levy, who did not apologise"."""
    for word in reversed(tokens[:at]):
        low = word.lower()
        if low in ("who", "which", "that"):
            return False
        if word[0].isupper():
            return low in doers
    return False


GOES_ON = re.compile(r"\W*(?:[\w'’-]+\s+){0,2}?(?:he|she|they|it)\b", re.I)
