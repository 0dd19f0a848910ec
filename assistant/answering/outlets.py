"""The outlets a question names or asks about, and the sentences that speak for each."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.candidates import Candidate, same_claim
from assistant.answering.published import publication_answer
from assistant.outlet_names import ASKS_FOR_SOURCES, named_outlets, outlets_set_aside
from assistant.types import Passage

MAX_SOURCES = 4  # outlets that speak in an answer to "which outlets reported …"
OUTLET_RATIO = 0.5  # a named outlet's own sentence joins the answer from this share of the best
# "Which outlet said …" asks for one.
ONE_SOURCE = re.compile(
    r"\b(?:outlet|source|publication|newspaper|paper|magazine|site|website)\b", re.I
)


def outlets_named(
    question: str,
    passages: Sequence[Passage],
    earlier: Sequence[str] = (),
    cited_before: Sequence[str] = (),
) -> list[str]:
    """The outlets of the passages that the question names; all of them, in rank order, when
    it asks which outlets reported something."""
    outlets = list(dict.fromkeys(p.outlet for p in passages if p.outlet))
    asks = ASKS_FOR_SOURCES.search(question)
    # ("which outlet said …" asks for one: the one whose sentence says it best)
    if asks and not ONE_SOURCE.search(asks.group()):
        aside = outlets_set_aside(question, outlets, earlier, cited_before)
        return [o for o in outlets if o not in aside][:MAX_SOURCES]
    return named_outlets(question, outlets)


def outlet_lines(
    chosen: list[Candidate], passages: Sequence[Passage], also: Sequence[int] = ()
) -> list[str]:
    """ "The Verge published “…” on December 19, 2023 [1]." for each outlet of the chosen
    sentences, in order, and of the passages `also` saying the same (cited beside them)."""
    first: dict[str, int] = {}
    for i in [c.passage for c in chosen] + list(also):
        outlet = passages[i].outlet
        if outlet:
            first.setdefault(outlet, i)
    lines = [publication_answer(passages[i], f"[{i + 1}]") for i in first.values()]
    return [line for line in lines if line]


def named_outlets_left_out(
    named: list[str],
    chosen: list[Candidate],
    candidates: list[Candidate],
    passages: Sequence[Passage],
    best: float,
) -> list[Candidate]:
    """For a question naming outlets ("Did TechCrunch report X before The Verge reported Y?",
    "Did AnewZ report it too?"), the best sentence of each named outlet the chosen sentences
    leave out, if it scores at least OUTLET_RATIO of the best: an answer should speak for every
    source it is asked about."""
    covered = {passages[c.passage].outlet for c in chosen}
    extra: list[Candidate] = []
    for outlet in named:
        if outlet in covered:
            continue
        for c in candidates:  # best first
            if passages[c.passage].outlet == outlet and c.score >= OUTLET_RATIO * best:
                # (a sentence a chosen one says too is cited by its markers, not said twice)
                if not any(same_claim(c.text, k.text) for k in chosen):
                    extra.append(c)
                break
    return extra
