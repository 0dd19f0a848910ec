"""What an abstention holds, and the one that says what the articles do say instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.answering.candidates import Candidate
from assistant.answering.scoring import coverage_of
from assistant.types import Passage

# Safety nets for questions the corpus has nothing on. The strong signals of an unanswerable
# question are specific: a name or number no article contains, a source the store lacks
# (`assistant.query.missing_sources`). Coverage separates little: on the MultiHop-RAG dev split,
# answerable multi-hop questions (long, spread over 2-4 articles) reach coverage as low as 0.15,
# and its null queries that the specific signals miss cover as much as answerable ones. So the
# floors sit below almost every answerable question (MH dev: 0.30 coverage refused 90 of 720;
# these refuse 6), while off-topic questions on the seed set still fall under them.
MIN_COVERAGE = 0.15  # IDF-weighted share of question words found in the chosen sentences' passages
MIN_SENTENCE = 0.32  # combined score of the best sentence


@dataclass
class OfflineResult:
    """Answer text with markers numbered by passage position (1-based), or an abstention.

    An abstention may say why: `missing`, the question's specifics no article mentions; or
    `evidence`, what the articles do say on it (cited) when it is not what was asked."""

    text: str
    abstained: bool
    coverage: float
    best: float
    missing: list[str] = field(default_factory=list)
    evidence: str = ""
    lacking: str = ""  # what the evidence lacks: "the amount", "the date"
    unsaid: list[str] = field(default_factory=list)  # specifics the articles on it don't say
    silent_outlet: str = ""  # the outlet the question asks about, which says nothing on it
    uncited: str = ""  # the source the question quotes ("according to bloomberg"), cited nowhere
    unlinked: str = ""  # the name the question is about, which the answer's sentence is not
    unsettled: bool = False  # the articles say it did not happen, or has not yet
    untold: str = ""  # what the question takes as so, which they don't say: "Sutskever was CEO"
    only: list[str] = field(default_factory=list)  # "who else covered it": these alone did


def not_what_was_asked(
    terms: dict[str, float],
    best: Candidate,
    passages: Sequence[Passage],
    lacking: str = "",
    missing: list[str] | None = None,
) -> OfflineResult:
    """An abstention that says what the articles do say on the question (cited), when that
    is close enough to be worth reading; a plain one otherwise."""
    coverage = coverage_of(terms, [best], passages)
    missing = missing or []
    if best.own < MIN_SENTENCE or coverage < MIN_COVERAGE:
        return OfflineResult("", True, coverage, best.score, missing=missing, lacking=lacking)
    evidence = best.cited(f"[{best.passage + 1}]")
    return OfflineResult(
        "", True, coverage, best.score, missing=missing, evidence=evidence, lacking=lacking
    )
