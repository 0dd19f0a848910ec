"""The settings of hybrid retrieval (`RetrievalConfig`, measured on MultiHop-RAG's development
split) and the user's hard filters (`Filters`: outlets and a date range), which the lexical index
takes as they are and Chroma as a `where`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from index.lexical import RowFilter

PROFILES = ("general", "multihop")


@dataclass
class RetrievalConfig:
    """The knobs of hybrid retrieval (values chosen on the MultiHop-RAG development split)."""

    # Measured on the MultiHop-RAG dev split (non-null queries, official rule): BM25 alone beats
    # equal-weight fusion (Hits@10 0.896 vs 0.883); dense at 0.3 with rrf_k 20 beats both
    # (Hits@10 0.915, Hits@4 0.801, MRR@10 0.633, MAP@10 0.325).
    candidates: int = 50  # from each of dense and lexical
    rrf_k: int = 20
    dense_weight: float = 0.3
    lexical_weight: float = 1.0
    outlet_boost: float = 1.5  # multiplier for passages from outlets the question names
    date_boost: float = 1.2  # multiplier for passages published in a period the question names
    # On a day the question names ("published on November 9, 2023"). MH dev, 720 queries: 1.2
    # -> 2.0 moved Hits@4 0.815 -> 0.826, MRR@10 0.638 -> 0.641, MAP@10 0.339 -> 0.341.
    day_boost: float = 2.0
    # Rerank the top passages by their best single sentence's IDF-weighted share of the
    # question's words (score × (1 + weight × share)). MH dev, 720 queries, weight 0 / 2 / 4 / 8:
    # MRR@10 0.641 / 0.709 / 0.717 / 0.720, MAP@10 0.341 / 0.376 / 0.379 / 0.381, Hits@4
    # 0.826 / 0.844 / 0.840 / 0.846, Hits@10 0.939 / 0.943 / 0.939 / 0.938. Depth 15/30/50 alike.
    # Scoring an outlet's passages against that outlet's own claim was worse (MAP 0.372).
    sentence_weight: float = 4.0
    rerank_depth: int = 30  # passages the sentence rerank looks at
    # Coverage: the rerank picks passages one at a time, and a question word already said by a
    # passage ranked above counts only (1 - coverage) as much again: the 2nd/3rd piece of a
    # multi-hop question's evidence rises over more passages on the 1st.
    coverage: float = 0.7
    # Source novelty: each passage already chosen from an outlet scales that outlet's further
    # passages by this much, so the top spreads over the outlets a multi-source question needs
    # (an MMR at the level of sources; 1 turns it off). MH dev, 720 queries, 1 / 0.9 / 0.85 /
    # 0.8 / 0.7 / 0.5: MAP@10 0.3945 / 0.3981 / 0.3985 / 0.3985 / 0.3978 / 0.3964, Hits@10
    # 0.9486 / 0.9500 / 0.9514 / 0.9528 / 0.9500 / 0.9486, Hits@4 0.8736 / 0.8694 / 0.8653 /
    # 0.8653 / 0.8667 / 0.8639, evidence recall 0.697 -> 0.708 at 0.85. The same decay per
    # article was worse (0.8: MAP 0.3933, Hits@10 0.9347): an article's second passage is
    # evidence more often than another article of an outlet already there.
    outlet_novelty: float = 0.85
    outlet_terms: bool = True  # a passage from an outlet the question names holds its name
    date_terms: bool = True  # ... and one from a period it names holds that period's words
    per_story: int = 4  # passages of one story in the results before others get a turn
    per_article: int = 99  # passages of one article before other articles get a turn
    outlet_subqueries: bool = True  # one extra ranking per outlet the question names
    claim_subqueries: bool = True  # ... searched with that outlet's own part of the question
    subquery_dense: bool = True  # sub-queries use the dense side too
    # A sub-query's dense side: the nearest `subquery_pool` chunks of the whole store, then those
    # of its outlet. Chroma's own filtered query costs 8.6 ms against 1.4 unfiltered (7,443
    # chunks), as it reads the metadata of every chunk first. MH dev (720): filtered Chroma /
    # pool 200 / no dense side: Hits@10 0.9486 / 0.9486 / 0.942, Hits@4 0.8736 / 0.8736 /
    # 0.864, MAP@10 0.3945 / 0.3941 / 0.392.
    subquery_pool: int = 200
    # A publication day the question ties to an outlet ("the TechCrunch report published on
    # October 2, 2023") narrows that outlet's sub-query to the day (as Multi-Meta-RAG's
    # LLM-extracted outlet and date filters, without the LLM). MH dev (720, with source novelty;
    # 103 questions tie a day to an outlet): Hits@10 0.9514 -> 0.9556, MRR@10 0.7230 -> 0.7278,
    # Hits@4 0.8653 -> 0.8681, MAP@10 0.3986 -> 0.3992. Any date after the outlet, not only a
    # publication day (140 questions): 0.9542 / 0.7273 / 0.8667 / 0.3984.
    outlet_day_subqueries: bool = True
    # "general" for everybody; "multihop" reads sources as MultiHop-RAG's question templates name
    # them ("a TechCrunch report", "the story from X": every such name is an outlet there), for
    # `newsqa eval --profile multihop` only.
    profile: str = "general"

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise ValueError(f"unknown profile {self.profile!r} (one of {', '.join(PROFILES)})")
        # Both are shares: coverage outside 0..1 would count a word said again negatively or
        # more than once, and a novelty above 1 would let scores rise as passages are chosen,
        # which the rerank's lazy greedy cannot follow.
        for name in ("coverage", "outlet_novelty"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"RetrievalConfig.{name} must be between 0 and 1, not {value}")


@dataclass
class Filters(RowFilter):
    """Hard filters from the user: outlets and a publication date range (epoch seconds); the
    lexical index takes them as they are, Chroma as a `where`."""

    @classmethod
    def build(
        cls,
        outlets: list[str] | None = None,
        since: str | date | datetime | None = None,
        until: str | date | datetime | None = None,
    ) -> Filters:
        return cls(
            outlets=list(outlets) if outlets else None,
            since=_epoch(since, end_of_day=False),
            until=_epoch(until, end_of_day=True),
        )

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.outlets:
            clauses.append({"outlet": {"$in": list(self.outlets)}})
        if self.since is not None:
            clauses.append({"published_ts": {"$gte": self.since}})
        if self.until is not None:
            clauses.append({"published_ts": {"$lte": self.until}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _epoch(value: str | date | datetime | None, end_of_day: bool) -> int | None:
    if value is None or value == "":
        return None
    from index.dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")
    if end_of_day and (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0):
        parsed = parsed + timedelta(days=1, seconds=-1)
    return int(parsed.astimezone(UTC).timestamp())
