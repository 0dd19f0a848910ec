"""Each part of a question asking two things is answered on its own too: "what was caroline
ellison paid and did sbf give her any equity" wants a sentence on her pay and one on the equity,
which the sentences best for the question as a whole may not give."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answering.abstention import OfflineResult
from assistant.answering.answer_wanted import clauses_asking
from assistant.answering.yes_no_asked import YES_NO_AFTER_BREAK

# A yes/no question joined on to another: "… and did sbf give her any equity", "… and would they
# have invested if they'd known".
YES_NO_JOINED = re.compile(
    r"(?:[,;]|\s[-–—]|\band\b|\bbut\b)\s+(?=(?:did|does|do|is|was|were|would|will|can|could|"
    r"has|have|had|are)\s+(?!\w+\s+(?:or|and)\b)\w)",
    re.I,
)
# The first sentence of an answer, with its markers: "… investment [1]." of "… [1]. … [2]."
FIRST_SENTENCE = re.compile(r"^.*?\[\d+\](?:\[\d+\])*\.?", re.S)
MARKERS = re.compile(r"\s*\[\d+\]")


def parts_of(question: str) -> list[str]:
    """The question cut where each part asks on: at each asking word (`clauses_asking`) and at
    a yes/no question joined on ("… and did sbf give her any equity"); none for a question
    asking one thing."""
    clauses = clauses_asking(question)
    # (a yes/no question set off before the first that asks on: "flexport's launch event - did
    # nelly end up performing, and how much was he paid?")
    first = question.find(clauses[0]) if clauses else -1
    turned = [m.end() for m in YES_NO_AFTER_BREAK.finditer(question) if m.end() < first]
    if turned:
        clauses = [question[turned[-1] : first], *clauses]
    parts = [
        JOINING_END.sub("", part).strip(" ,;:-–—&")
        for clause in clauses
        for part in YES_NO_JOINED.split(clause)
    ]
    parts = [part for part in parts if part]
    return parts if len(parts) >= 2 else []


# A part's joining word left at its end: "how long did they give him to reply? and".
JOINING_END = re.compile(r"[\s?]*\b(?:and|n)\s*$", re.I)


def questions_in(question: str) -> list[str]:
    """Each part as a question of its own, after what the question sets out before its first
    ("the third point guy who testified at the sbf trial - would they have invested if …")."""
    parts = parts_of(question)
    if not parts:
        return []
    start = question.find(parts[0])
    context = question[:start] if start > 0 else ""
    return [f"{context}{part}" for part in parts]


def with_each_part(whole: OfflineResult, answers: list[OfflineResult]) -> OfflineResult:
    """The answer to the whole question with the first sentence of each part's own answer that
    it does not already give, after its own first (a part the articles don't answer adds
    nothing)."""
    said = MARKERS.sub("", whole.text)
    added: list[str] = []
    for answer in answers:
        first = FIRST_SENTENCE.match(answer.text) if not answer.abstained else None
        if first is None:
            continue
        plain = re.sub(r"^(?:Yes|No):\s*", "", MARKERS.sub("", first.group()).strip(" ."))
        if plain and plain not in said:
            said += " " + plain
            added.append(first.group().strip())
    if not added:
        return whole
    lead = FIRST_SENTENCE.match(whole.text)
    if lead is None:
        return replace(whole, text=" ".join([whole.text, *added]))
    rest = whole.text[lead.end() :].strip()
    return replace(whole, text=" ".join(filter(None, [lead.group().strip(), *added, rest])))


def with_parts_answered(
    whole: OfflineResult,
    question: str,
    query: str | None,
    answer: Callable[[str, str | None], OfflineResult],
) -> OfflineResult:
    """The answer to the whole question with each part's (`with_each_part`), a part answered by
    `answer(part, query)`: a follow-up's part with the words the turns before carried ("who
    were they playing in that one and where"). A whole the articles refuse stays refused unless
    each part, asked on its own, is answered ("how long did they give him to reply? and whats
    the biggest fine a DSA breach can bring", refused as a reply not yet given by the fine's
    "can face")."""
    if query is not None and not query.startswith(question):
        return whole
    parts = questions_in(question)
    if not parts:
        return whole
    carried = query[len(question) :] if query else ""
    answers = [answer(p, f"{p}{carried}" if query else None) for p in parts]
    if not whole.abstained:
        return with_each_part(whole, answers)
    if any(a.abstained for a in answers):
        return whole
    return with_each_part(answers[0], answers[1:])
