"""Hybrid news retrieval: dense (Chroma) + lexical (BM25), fused, news-aware, story-grouped.

Fusion is weighted reciprocal rank fusion. LlamaIndex's `QueryFusionRetriever` does plain RRF over
retrievers it runs itself; ours needs per-source weights, Chroma `where` filters mirrored on the
lexical side, outlet/date boosts and story grouping, and it must return our own `Passage`s, so the
few lines of fusion live here.
"""

from __future__ import annotations

import contextlib
import heapq
import math
import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from assistant.answering.wording import typo_neighbours
from assistant.outlet_names import aliases, name_words
from assistant.query import YEAR, DateWindow, QueryAnalysis, analyse
from assistant.retrieval_settings import Filters, RetrievalConfig
from assistant.types import Passage
from index.chunk import split_sentences
from index.lexical import porter_stem
from index.news_index import NewsIndex
from index.terms import stem, stems

STEM_CACHE = 20_000  # passages whose sentence words the rerank keeps (a few MB)
TYPO_LENGTH = 7  # a word this long one slip from a word of the store is that word mistyped
MAX_RESPELT = 2


@dataclass
class _Search:
    """One ranking to make: a text, its analysis, the filters, and whether to search densely."""

    text: str
    analysis: QueryAnalysis
    filters: Filters
    dense: bool = True
    pool: int = 0  # > 0: search densely without filters this deep, then apply them


SAMPLED = 4  # chunks read for each one `texts_with` gives, to find those that hold a word as typed


def spread(items: list[str], k: int) -> list[str]:
    """Up to `k` of the items, spread evenly over them, in their order."""
    if len(items) <= k:
        return items
    return [items[i * (len(items) - 1) // (k - 1)] for i in range(k)] if k > 1 else items[:1]


class Retriever:
    """Ranks chunks of one `NewsIndex` for a question."""

    def __init__(self, index: NewsIndex, config: RetrievalConfig | None = None) -> None:
        self.index = index
        self.config = config or RetrievalConfig()
        self.last_timings: dict[str, float] = {}
        self._timestamps: dict[str, int | None] = {}
        self._outlets: list[str] | None = None
        self._bylines: re.Pattern[str] | None = None
        self._stems: dict[tuple[str, int], list[frozenset[str]]] = {}

    def document_frequency(self, term: str) -> int:
        """How many chunks hold the term."""
        return self.index.lexical.document_frequency(term)

    def texts_with(self, word: str, k: int = 16) -> list[str]:
        """The texts of up to `k` chunks that hold the word (in any form), spread over the
        store; those that hold it as typed first. (A word's stem may be another's, far more
        common: "bowling" shares "bowl" with every Super Bowl, and a sample of those would show
        the one "Bowling Green" as how the store writes it.) Of several words ("andrew
        wilson"), the chunks that match them best, which hold them together if any does."""
        if " " in word.strip():
            ids = self.index.lexical.search(word.split(), k)
            return [row["text"] for row in self.index.catalog.chunk_records(ids)] if ids else []
        ids = self.index.lexical.sample(word, SAMPLED * k)
        texts = [row["text"] for row in self.index.catalog.chunk_records(ids)] if ids else []
        typed = re.compile(rf"\b{re.escape(word)}\b", re.I)
        holds = [typed.search(text) is not None for text in texts]
        holding = [text for text, held in zip(texts, holds, strict=True) if held]
        others = [text for text, held in zip(texts, holds, strict=True) if not held]
        return [*spread(holding, k), *others][:k]

    def article_text(self, article_id: str) -> str:
        """The whole text of a stored article, its chunks in reading order ("" if unknown)."""
        rows = self.index.catalog.chunk_records(self.index.catalog.chunk_ids(article_id))
        return " ".join(row["text"] for row in sorted(rows, key=lambda row: row["start"]))

    def idf(self, term: str) -> float:
        n, df = max(len(self.index.lexical), 1), self.document_frequency(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def outlets(self) -> list[str]:
        """The outlets in the store (read once: an ingest makes the assistant a new retriever)."""
        if self._outlets is None:
            self._outlets = list(self.index.summary()["outlets"])  # type: ignore[call-overload]
        return self._outlets

    def bylines(self) -> re.Pattern[str]:
        """The names in the store's bylines, of two words or more, in lower case ("tim biggs"),
        as one pattern (read once, as the outlets)."""
        if self._bylines is None:
            names = set()
            for byline in self.index.catalog.authors():
                for name in re.split(r",|;|\band\b|&|\bwith\b", byline.lower()):
                    words = re.findall(r"[^\W\d_]+", name)
                    if len(words) >= 2:
                        names.add(" ".join(words))
            longest_first = sorted(names, key=lambda n: (-len(n), n))
            alternatives = "|".join(map(re.escape, longest_first)) or "(?!)"  # (none: no match)
            self._bylines = re.compile(rf"\b(?:{alternatives})\b")
        return self._bylines

    def canonical_outlets(self, names: Sequence[str] | None) -> list[str] | None:
        """User-typed outlet names mapped to stored ones (case-insensitive), by their full names
        or what people call them ("TRT World" for "TRTWorld", "BBC" for each BBC section);
        unknown ones kept."""
        if not names:
            return None
        outlets = self.outlets()
        # (a full name first: "The Independent - Sports" is that section alone)
        full = {o.casefold(): [o] for o in outlets}
        known: dict[str, list[str]] = dict(full)
        for outlet in outlets:
            for name in aliases(outlet):
                if name.casefold() not in full:
                    known.setdefault(name.casefold(), []).append(outlet)
        return list(dict.fromkeys(o for n in names for o in known.get(n.casefold(), [n])))

    def analyse(self, question: str) -> QueryAnalysis:
        """The question read against the store: its terms, outlets, dates, claims."""
        return analyse(question, self.outlets(), profile=self.config.profile)

    def rest_of_articles(self, passages: list[Passage], articles: int = 2) -> list[Passage]:
        """The other chunks of the first `articles` articles among the passages, in reading
        order: the sentence that answers often sits beside the chunk retrieval ranked first."""
        seen = {p.chunk_id for p in passages}
        wanted = list(dict.fromkeys(p.article_id for p in passages))[:articles]
        ids = [
            chunk_id
            for article_id in wanted
            for chunk_id in self.index.catalog.chunk_ids(article_id)
            if chunk_id not in seen
        ]
        order = {chunk_id: i for i, chunk_id in enumerate(ids)}
        found = self._passages(dict.fromkeys(ids, 0.0))
        return sorted(found, key=lambda p: order[p.chunk_id])

    def metadata_words(self, analysis: QueryAnalysis) -> frozenset[str]:
        """The question's words that the articles' metadata accounts for: the store's outlet
        names, and the dates it names ("the report of February 24, 2025", "in 2023") when
        articles were published then. A publication date is seldom written in the body, and
        must not count as unknown."""
        known: set[str] = set()
        # The store's outlet names are metadata too ("CBSSports" for "CBSSports.com").
        for outlet in self.outlets():
            known |= name_words(" ".join([outlet, *aliases(outlet)]))  # "smh" too
        # … and its bylines, named in full: "tim biggs in the age on whether google search got
        # worse" (not "andy" of another Andy)
        typed = " ".join(re.findall(r"[^\W\d_]+", analysis.text.lower()))
        for author in self.bylines().findall(typed):
            known |= set(author.split())
        windows = list(analysis.dates)
        for match in YEAR.finditer(analysis.text):
            year = int(match.group())
            start = int(datetime(year, 1, 1, tzinfo=UTC).timestamp())
            end = int(datetime(year + 1, 1, 1, tzinfo=UTC).timestamp()) - 1
            windows.append(DateWindow(start, end, words=[match.group()]))
        for window in windows:
            if self.index.lexical.allowed(Filters(since=window.start, until=window.end)).any():
                known.update(window.words)
        return frozenset(known)

    def retrieve(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Passage]:
        """The `k` best passages for the question, best first."""
        filters = filters or Filters()
        filters.outlets = self.canonical_outlets(filters.outlets)
        analysis = self.analyse(question)
        self.last_timings = {}
        self._timestamps = {}
        searches = [_Search(question, analysis, filters)]
        if self.config.outlet_subqueries and analysis.outlets and not filters.outlets:
            # "as reported by The Verge and TechCrunch": one sub-query per named outlet, so
            # each outlet's evidence reaches the top-k rather than the loudest one's alone.
            for outlet in analysis.outlets:
                dated = self._dated_searches(outlet, analysis, filters)
                if dated:
                    searches += dated
                    continue
                only = Filters(outlets=[outlet], since=filters.since, until=filters.until)
                claim = analysis.claims.get(outlet) if self.config.claim_subqueries else None
                dense_too, pool = self.config.subquery_dense, self.config.subquery_pool
                if claim:
                    part = analyse(claim, [outlet])
                    searches.append(_Search(claim, part, only, dense_too, pool))
                else:
                    searches.append(_Search(question, analysis, only, dense_too, pool))
        lists = self._rank_all(searches)
        ranked = lists[0] if len(lists) == 1 else fuse_rankings(lists, self.config.rrf_k)
        if self.config.sentence_weight > 0:
            ranked = self._rerank_sentences(analysis, ranked)
        return diversify(ranked, self.config.per_story, self.config.per_article)[:k]

    def _dated_searches(
        self, outlet: str, analysis: QueryAnalysis, filters: Filters
    ) -> list[_Search]:
        """For "the TechCrunch report published on October 2, 2023", that outlet's sub-query
        keeps to that day (one per day it is tied to), searched with the part of the question
        naming both. Empty when the question ties no day to the outlet or the store has nothing
        of the outlet's on those days (then the outlet's usual sub-query stands)."""
        if not self.config.outlet_day_subqueries:
            return []
        searches: list[_Search] = []
        for window, part in analysis.outlet_days.get(outlet, []):
            since = max(window.start, filters.since) if filters.since is not None else window.start
            until = min(window.end, filters.until) if filters.until is not None else window.end
            day = Filters(outlets=[outlet], since=since, until=until)
            if since > until or not self.index.lexical.allowed(day).any():
                continue
            part_analysis = analyse(part, [outlet])
            pool = self.config.subquery_pool
            searches.append(_Search(part, part_analysis, day, self.config.subquery_dense, pool))
        return searches

    def _rerank_sentences(self, analysis: QueryAnalysis, ranked: list[Passage]) -> list[Passage]:
        """Favour passages holding one sentence that says much of what the question asks: a
        fact is a sentence, and chunk-level BM25 dilutes it among the chunk's other sentences.

        With `coverage`, the head is chosen greedily: words of the question that passages
        already chosen hold weigh less, so passages on the question's other parts move up; with
        `outlet_novelty`, so do passages from outlets not yet chosen."""
        terms = {stem(t): self.idf(t) for t in analysis.terms}
        total = sum(terms.values())
        if not total:
            return ranked
        weight, coverage = self.config.sentence_weight, self.config.coverage
        novelty = self.config.outlet_novelty
        head = ranked[: self.config.rerank_depth]
        sentences = [
            [[t for t in words if t in terms] for words in self._sentence_stems(p)] for p in head
        ]
        if self.config.outlet_terms and analysis.outlets:
            # A passage's outlet is part of what it says: "as reported by TechCrunch" is
            # answered by a TechCrunch passage whose sentences never name TechCrunch.
            named = {o: [t for t in stems(o) if t in terms] for o in analysis.outlets}
            for passage, found in zip(head, sentences, strict=True):
                _hold(found, named.get(passage.outlet or "", []))
        if self.config.date_terms and analysis.dates:
            # Likewise its date: "the report of December 7, 2023".
            windows = [(w, [t for t in map(stem, w.words) if t in terms]) for w in analysis.dates]
            for passage, found in zip(head, sentences, strict=True):
                ts = self._ts(passage)
                for window, words in windows:
                    if ts is not None and window.start <= ts <= window.end:
                        _hold(found, words)
        # Greedy, lazily: a passage's score only falls as more words are said (and more of its
        # outlet's passages are chosen), so a score computed in an earlier round bounds today's;
        # the top of the heap is recomputed until it is current, and then it is the best
        # (lowest position first on a tie, as a plain sort keeps). With coverage 0 and novelty 1
        # this is a sort by score.
        said: set[str] = set()
        outlets: dict[str, int] = defaultdict(int)  # passages chosen per outlet

        def score(i: int) -> float:
            share = 0.0
            for held in sentences[i]:
                value = sum(terms[t] * (1 - coverage if t in said else 1.0) for t in held)
                share = max(share, value / total)
            outlet = head[i].outlet
            seen = outlets[outlet] if outlet else 0
            return head[i].score * (1 + weight * share) * novelty**seen

        heap = [(-score(i), i, 0) for i in range(len(head))]
        heapq.heapify(heap)
        chosen: list[Passage] = []
        while heap:
            negative, i, round_ = heapq.heappop(heap)
            if round_ != len(chosen):
                heapq.heappush(heap, (-score(i), i, len(chosen)))
                continue
            head[i].score = -negative
            chosen.append(head[i])
            said.update(t for held in sentences[i] for t in held)
            outlet = head[i].outlet
            if outlet:
                outlets[outlet] += 1
        return chosen + ranked[self.config.rerank_depth :]

    def _sentence_stems(self, passage: Passage) -> list[frozenset[str]]:
        """The stemmed words of each sentence of a passage (cached: passages recur often)."""
        key = (passage.chunk_id, hash(passage.text))  # an edited article's chunk is new text
        cached = self._stems.get(key)
        if cached is None:
            text = passage.text
            cached = [frozenset(stems(text[s.start : s.end])) for s in split_sentences(text)]
            self._stems[key] = cached
            if len(self._stems) > STEM_CACHE:
                # `newsqa serve` asks from many threads: another may evict while we look.
                with contextlib.suppress(RuntimeError, StopIteration):
                    self._stems.pop(next(iter(self._stems)), None)
        return cached

    def _rank_all(self, searches: list[_Search]) -> list[list[Passage]]:
        """Each search's dense and lexical candidates fused, boosted, sorted (newer first on
        ties). (The lexical side in a second thread, overlapping encoding and Chroma, was
        measured twice: no gain, as ONNX Runtime already keeps both cores busy.)"""
        timings = self.last_timings
        started = time.perf_counter()
        embed = self.index.embedder.embed_query
        dense = [self._dense(embed(s.text), s.filters, s.pool) if s.dense else [] for s in searches]
        timings["dense"] = time.perf_counter() - started
        started = time.perf_counter()
        lexical = [self._lexical(s.analysis, s.filters) for s in searches]
        timings["lexical"] = time.perf_counter() - started
        out = []
        for search, dense_ids, lexical_ids in zip(searches, dense, lexical, strict=True):
            passages = self._passages(self._fuse(dense_ids, lexical_ids))
            self._boost(passages, search.analysis)
            passages.sort(key=lambda p: (-p.score, -(self._ts(p) or 0)))
            out.append(passages)
        return out

    # --- sources --------------------------------------------------------------------------
    def _dense(self, vector: Any, filters: Filters, pool: int = 0) -> list[str]:
        if pool:
            hits = self.index.vectors.query(vector, pool, None, with_metadata=False)
            kept = self.index.lexical.admits([h.chunk_id for h in hits], filters)
            return kept[: self.config.candidates]
        hits = self.index.vectors.query(
            vector, self.config.candidates, filters.chroma_where(), with_metadata=False
        )
        return [h.chunk_id for h in hits]

    def _lexical(self, analysis: QueryAnalysis, filters: Filters) -> list[str]:
        terms = [*analysis.terms, *self._respelt(analysis.terms)]
        return self.index.lexical.search(terms, self.config.candidates, filters)

    def _respelt(self, terms: Sequence[str]) -> list[str]:
        """For a long word no chunk holds, the words one slip from it that chunks do:
        "galatasary" is searched as "galatasaray" too (the answerer reads the passages as
        typed, and respells against them)."""
        df = self.index.lexical.document_frequency
        out: list[str] = []
        for term in terms:
            if len(term) >= TYPO_LENGTH and term.isalpha() and not df(term):
                held = sorted((w for w in typo_neighbours(term) if df(w)), key=df, reverse=True)
                by_stem: dict[str, str] = {}  # (one word a stem: "pensioners", "pensiones")
                for word in held:
                    by_stem.setdefault(porter_stem(word), word)
                out += list(by_stem.values())[:MAX_RESPELT]
        return out

    def _fuse(self, dense: list[str], lexical: list[str]) -> dict[str, float]:
        c = self.config
        scores: dict[str, float] = defaultdict(float)
        for weight, ranking in ((c.dense_weight, dense), (c.lexical_weight, lexical)):
            for rank, chunk_id in enumerate(ranking, start=1):
                scores[chunk_id] += weight / (c.rrf_k + rank)
        return scores

    def _passages(self, scores: dict[str, float]) -> list[Passage]:
        if not scores:
            return []
        rows = self.index.catalog.chunk_records(list(scores))
        out = []
        for row in rows:
            self._timestamps[row["chunk_id"]] = row["published_ts"]
            out.append(
                Passage(
                    chunk_id=row["chunk_id"],
                    article_id=row["article_id"],
                    title=row["title"],
                    outlet=row["outlet"],
                    published=row["published"],
                    score=scores[row["chunk_id"]],
                    text=row["text"],
                    story_id=row["story_id"],
                    url=row["url"],
                    path=row["path"],
                    start=row["start"],
                    end=row["end"],
                )
            )
        return out

    def _ts(self, passage: Passage) -> int | None:
        return self._timestamps.get(passage.chunk_id)

    def _boost(self, passages: list[Passage], analysis: QueryAnalysis) -> None:
        named = {o for o in analysis.outlets}
        for passage in passages:
            if named and passage.outlet in named:
                passage.score *= self.config.outlet_boost
            ts = self._ts(passage)
            if ts is None:
                continue
            inside = [w for w in analysis.dates if w.start <= ts <= w.end]
            if any(w.day for w in inside):
                passage.score *= self.config.day_boost
            elif inside:
                passage.score *= self.config.date_boost


def _hold(sentences: list[list[str]], terms: list[str]) -> None:
    """Count `terms` as said by every sentence of a passage (its outlet, its date)."""
    for found in sentences:
        found.extend(t for t in terms if t not in found)


def fuse_rankings(rankings: list[list[Passage]], rrf_k: int) -> list[Passage]:
    """Reciprocal rank fusion of several rankings of passages (same passage, summed scores)."""
    scores: dict[str, float] = defaultdict(float)
    first: dict[str, Passage] = {}
    for ranking in rankings:
        for rank, passage in enumerate(ranking, start=1):
            scores[passage.chunk_id] += 1.0 / (rrf_k + rank)
            first.setdefault(passage.chunk_id, passage)
    fused = sorted(first.values(), key=lambda p: -scores[p.chunk_id])
    for passage in fused:
        passage.score = scores[passage.chunk_id]
    return fused


def diversify(passages: list[Passage], per_story: int, per_article: int) -> list[Passage]:
    """Keep rank order, but let no story (or article) take more than its share of places
    before the others get a turn; the rest follow in order."""
    kept, overflow = [], []
    stories: dict[str, int] = defaultdict(int)
    articles: dict[str, int] = defaultdict(int)
    for passage in passages:
        story = passage.story_id or passage.article_id
        if stories[story] < per_story and articles[passage.article_id] < per_article:
            stories[story] += 1
            articles[passage.article_id] += 1
            kept.append(passage)
        else:
            overflow.append(passage)
    return kept + overflow


def group_stories(passages: list[Passage], per_story: int) -> list[Passage]:
    """Keep rank order, but let no story take more than `per_story` places before others."""
    return diversify(passages, per_story, per_article=len(passages) + 1)


def today() -> date:
    return datetime.now(UTC).date()
