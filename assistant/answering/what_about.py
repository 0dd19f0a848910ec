"""Follow-ups of the form "what about X?": what they turn to, and the sentences on it.

"What about its second weekend?", after a question on the Renaissance film's opening: X's words
that the earlier turns did not say ("second weekend"), said in a sentence on the film.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.refusals import WHAT_ABOUT
from assistant.answering.sentences import answer_stem, answer_stems, cased_names
from assistant.types import Passage
from index.terms import content_words


def shifted_to(
    question: str, query: str | None, document_frequency: Callable[[str], int]
) -> set[str]:
    """What a follow-up of the form "what about X?" turns to, as answer stems: X's words the
    earlier turns did not say. Empty for any other question."""
    match = WHAT_ABOUT.match(question)
    if match is None or not query or query == question:
        return set()
    earlier = answer_stems(query.replace(question, " "))
    return {
        answer_stem(w)
        for w in content_words(match.group(1))
        if document_frequency(w) > 0 and answer_stem(w) not in earlier
    }


def on_the_shift(
    question: str,
    query: str | None,
    shifted: set[str],
    candidates: Sequence[Candidate],
    passages: Sequence[Passage],
) -> list[Candidate]:
    """The candidates (in their order) that say what the follow-up turns to: all of a short
    phrase ("second weekend" is not any weekend), two words of a longer one; and, when the
    earlier turns name what the conversation is about ("its": the Renaissance film), that too."""
    need = min(len(shifted), 2)
    carried = query.replace(question, " ") if query else ""
    texts = [p.text for p in passages]
    subject = {answer_stem(w) for w in cased_names(carried, texts)}
    if {answer_stem(w) for w in cased_names(question, texts)} & shifted:
        subject = set()  # "what about puskas for hungary": a name turned to is the subject now
    match = WHAT_ABOUT.match(question)
    # a number turned to is said with what it numbers: "game 1", not the 1 of "9-1"
    labels = [
        re.compile(rf"\b{re.escape(word)}\s+{number}\b", re.I)
        for word, number in LABELLED.findall(match.group(1) if match else "")
        if number in shifted
    ]
    return [
        c
        for c in candidates
        if len(shifted & (stems := answer_stems(f"{c.before} {c.text}"))) >= need
        and (not subject or subject & stems)
        and all(label.search(c.text) for label in labels)
    ]


LABELLED = re.compile(r"\b([a-z]+)\s+(\d{1,3})\b", re.I)
