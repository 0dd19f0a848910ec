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


def article_vector(chunk_vectors: np.ndarray) -> np.ndarray:
    """One normalised vector for an article: the mean of its chunk vectors."""
    if len(chunk_vectors) == 0:
        return np.zeros(0, dtype=np.float32)
    mean = chunk_vectors.mean(axis=0)
    norm = np.linalg.norm(mean)
    return (mean / norm if norm else mean).astype(np.float32)


def find_story(
    signature: np.ndarray,
    vector: np.ndarray,
    published_ts: int | None,
    others: Sequence[tuple[str, str, int | None, bytes | None, bytes | None]],
) -> str | None:
    """The story_id of the closest stored article of the same story, or None if there is none.

    `others` are (article_id, story_id, published_ts, minhash bytes, vector bytes) rows.
    """
    best: tuple[float, str] | None = None
    for _article_id, story_id, other_ts, other_hash, other_vec in others:
        score = 0.0
        if other_hash:
            jaccard = jaccard_estimate(signature, np.frombuffer(other_hash, dtype=np.uint32))
            if jaccard >= JACCARD_SAME_STORY:
                score = 1.0 + jaccard
        if not score and other_vec and len(vector) and _close_in_time(published_ts, other_ts):
            other = np.frombuffer(other_vec, dtype=np.float32)
            if other.shape == vector.shape:
                cosine = float(np.dot(vector, other))
                if cosine >= COSINE_SAME_STORY:
                    score = cosine
        if score and (best is None or score > best[0]):
            best = (score, story_id)
    return None if best is None else best[1]


def _close_in_time(a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= SAME_STORY_DAYS * 86400
