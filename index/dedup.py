"""Duplicates: exact copies are stored once; the same story from several outlets shares a story_id.

Exact duplicates are found by the normalised-body hash (`index.clean.content_hash`). Stories are
grouped by two signals, either of which suffices:
- MinHash over word 3-gram shingles: syndicated copies and lightly edited rewrites share most
  shingles (estimated Jaccard >= JACCARD_SAME_STORY);
- the article vectors (mean of chunk embeddings): a rewrite of the same event in other words by
  another outlet is close in meaning (cosine >= COSINE_SAME_STORY) and published within a few days.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

NUM_PERMUTATIONS = 64
SHINGLE_WORDS = 3
JACCARD_SAME_STORY = 0.5
COSINE_SAME_STORY = 0.8
SAME_STORY_DAYS = 3

_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20250224)  # fixed: signatures must match across runs
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERMUTATIONS, dtype=np.uint64)


def minhash(text: str) -> np.ndarray:
    """A MinHash signature of the text's word 3-grams (uint32, NUM_PERMUTATIONS slots)."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE_WORDS:
        words = words + [""] * (SHINGLE_WORDS - len(words))
    shingles = {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8"))
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    values = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
    # (a*x + b) mod p on 64-bit lanes; x < 2^32 and a < 2^61 can overflow, which only permutes
    # differently, and identically on every run: that is all MinHash needs.
    with np.errstate(over="ignore"):
        hashed = (values[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return (hashed.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    """The share of equal MinHash slots: an estimate of the shingle sets' Jaccard similarity."""
    return float(np.mean(a == b))


def article_vector(chunk_vectors: np.ndarray, headline: np.ndarray | None = None) -> np.ndarray:
    """One normalised vector for an article: the mean of its chunk vectors, and its headline's
    vector with the same weight as all of them (two outlets' reports of one event share the
    headline's news more closely than their bodies' details)."""
    if len(chunk_vectors) == 0:
        return np.zeros(0, dtype=np.float32)
    vector = _unit(chunk_vectors.mean(axis=0))
    if headline is not None:
        vector = _unit(vector + _unit(headline))
    return vector.astype(np.float32)


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(vector)
    return vector / norm if norm else vector


StoryRow = tuple[str, str, "int | None", "bytes | None", "bytes | None"]


class StoryMatcher:
    """Stored articles' MinHash signatures and vectors as matrices, so finding a new article's
    story is one vectorised comparison with all of them (linear per article, not a Python loop:
    ingest cost per article stays flat as the corpus grows)."""

    def __init__(self, rows: Sequence[StoryRow] = ()) -> None:
        self._row: dict[str, int] = {}  # article_id -> its current row
        self._stories: list[str] = []
        self._alive = np.zeros(0, dtype=bool)
        self._ts = np.zeros(0, dtype=np.float64)  # NaN: date unknown
        self._sigs = np.zeros((0, NUM_PERMUTATIONS), dtype=np.uint32)
        self._has_sig = np.zeros(0, dtype=bool)
        self._vecs: np.ndarray | None = None  # (rows, dim), dim from the first vector seen
        self._has_vec = np.zeros(0, dtype=bool)
        self._size = 0
        for article_id, story_id, ts, sig, vec in rows:
            self.add(
                article_id,
                story_id,
                ts,
                np.frombuffer(sig, dtype=np.uint32) if sig else None,
                np.frombuffer(vec, dtype=np.float32) if vec else None,
            )

    def __len__(self) -> int:
        return int(self._alive[: self._size].sum())

    def add(
        self,
        article_id: str,
        story_id: str,
        published_ts: int | None,
        signature: np.ndarray | None,
        vector: np.ndarray | None,
    ) -> None:
        """Record an article (replacing an earlier version of the same article_id)."""
        if article_id in self._row:
            self._alive[self._row[article_id]] = False
        if vector is not None and len(vector) and self._vecs is None:
            self._vecs = np.zeros((len(self._alive), len(vector)), dtype=np.float32)
        self._grow()
        row = self._size
        self._size += 1
        self._row[article_id] = row
        self._stories.append(story_id)
        self._alive[row] = True
        self._ts[row] = np.nan if published_ts is None else float(published_ts)
        self._has_sig[row] = False
        if signature is not None and signature.shape == (NUM_PERMUTATIONS,):
            self._sigs[row] = signature
            self._has_sig[row] = True
        vecs = self._vecs
        has_vec = vecs is not None and vector is not None and vector.shape == vecs.shape[1:]
        self._has_vec[row] = has_vec
        if has_vec:
            vecs[row] = vector  # type: ignore[index]

    def find(
        self,
        signature: np.ndarray,
        vector: np.ndarray,
        published_ts: int | None,
        exclude: str | None = None,
    ) -> str | None:
        """The story_id of the closest stored article of the same story, or None.

        Shared shingles (estimated Jaccard >= JACCARD_SAME_STORY) score 1 + Jaccard; otherwise
        a close meaning (cosine >= COSINE_SAME_STORY) within SAME_STORY_DAYS scores the cosine.
        """
        n = self._size
        if not n:
            return None
        alive = self._alive[:n].copy()
        if exclude is not None and exclude in self._row:
            alive[self._row[exclude]] = False
        scores = np.zeros(n, dtype=np.float64)
        jaccard = (self._sigs[:n] == signature[None, :]).mean(axis=1)
        same_text = alive & self._has_sig[:n] & (jaccard >= JACCARD_SAME_STORY)
        scores[same_text] = 1.0 + jaccard[same_text]
        vecs = self._vecs
        if vecs is not None and len(vector) and vector.shape == vecs.shape[1:]:
            ts = self._ts[:n]
            if published_ts is None:
                close = np.ones(n, dtype=bool)
            else:
                close = np.isnan(ts) | (np.abs(ts - published_ts) <= SAME_STORY_DAYS * 86400)
            cosine = vecs[:n] @ vector
            same_meaning = (
                alive & ~same_text & self._has_vec[:n] & close & (cosine >= COSINE_SAME_STORY)
            )
            scores[same_meaning] = cosine[same_meaning]
        best = int(np.argmax(scores))
        return self._stories[best] if scores[best] > 0 else None

    def _grow(self) -> None:
        capacity = len(self._alive)
        if self._size < capacity:
            return
        new = max(64, capacity * 2)
        self._alive = np.resize(self._alive, new)
        self._alive[capacity:] = False
        self._ts = np.resize(self._ts, new)
        self._has_sig = np.resize(self._has_sig, new)
        self._has_vec = np.resize(self._has_vec, new)
        self._has_sig[capacity:] = False
        self._has_vec[capacity:] = False
        sigs = np.zeros((new, NUM_PERMUTATIONS), dtype=np.uint32)
        sigs[:capacity] = self._sigs
        self._sigs = sigs
        if self._vecs is not None:
            vecs = np.zeros((new, self._vecs.shape[1]), dtype=np.float32)
            vecs[: len(self._vecs)] = self._vecs
            self._vecs = vecs


def find_story(
    signature: np.ndarray,
    vector: np.ndarray,
    published_ts: int | None,
    others: Sequence[StoryRow],
) -> str | None:
    """The story_id of the closest of `others` of the same story, or None if there is none.

    `others` are (article_id, story_id, published_ts, minhash bytes, vector bytes) rows.
    """
    return StoryMatcher(others).find(signature, vector, published_ts)


def _close_in_time(a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= SAME_STORY_DAYS * 86400
