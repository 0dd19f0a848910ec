"""Keeping the local caches in step with the shared store, and moving older stores' text into it.

Chroma holds the record (`index.store`); the catalog under `NEWSQA_HOME` is a cache of it. A
reader compares the store's revision markers with the ones its cache last caught up to: equal,
nothing to do (one small `get`). Otherwise it lists the article records (metadata only), and
fetches just the articles whose hash, story or chunking differ from its own, with their chunks.

A store written before Chroma held the chunk texts (their only copy was the catalog) is moved
into it on its next ingest: texts and metadata go onto the existing chunks and the article
records are written, with the article vectors the catalog kept. Nothing is embedded again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import numpy as np

from index.catalog import RECORD_FIELDS, Catalog, StoredArticle
from index.models import Chunk
from index.store import VectorStore

Progress = Callable[[str, int, int], None]
BATCH = 100  # articles fetched (or moved) per round trip


def chunk_metadata(fields: dict[str, Any], chunk: Chunk) -> dict[str, Any]:
    """A chunk's Chroma metadata: its article's fields, its place, and nothing None (Chroma
    rejects None)."""
    meta = {
        "article_id": fields["article_id"],
        "story_id": fields.get("story_id"),
        "title": fields.get("title"),
        "outlet": fields.get("outlet"),
        "published": fields.get("published"),
        "published_ts": fields.get("published_ts"),
        "url": fields.get("url"),
        "path": fields.get("path"),
        "content_hash": fields.get("content_hash"),
        "chunking": fields.get("chunking"),
        "ordinal": chunk.ordinal,
        "start": chunk.start,
        "end": chunk.end,
    }
    return {k: v for k, v in meta.items() if v is not None}


def article_metadata(fields: dict[str, Any]) -> dict[str, Any]:
    """An article record's Chroma metadata: the manifest fields, marked as an article."""
    meta = {name: fields.get(name) for name in RECORD_FIELDS if name != "article_id"}
    return {"kind": "article", **{k: v for k, v in meta.items() if v is not None}}


def mark_written(catalog: Catalog, vectors: VectorStore) -> None:
    """After a commit: bump this client's marker, and note that the cache has its own writes."""
    note_written(catalog, vectors.bump(catalog.client_id()))


def note_written(catalog: Catalog, token: str) -> None:
    """The cache holds this client's writes up to its marker's `token`."""
    known = catalog.synced_revisions()
    known[catalog.client_id()] = token
    catalog.set_synced_revisions(known)


def catch_up(catalog: Catalog, vectors: VectorStore, progress: Progress | None = None) -> bool:
    """Bring the catalog in step with the store; True when it changed.

    The markers are read before the records, so a write that lands during the catch-up moves a
    marker after it and is caught on the next call, never lost.
    """
    server = vectors.revisions()
    known = catalog.synced_revisions()
    if server == known:
        return False
    if not server:
        if not known:
            return False  # never written by this release: new, or older (see `migrate`)
        catalog.clear_articles()  # the collections were dropped and made anew elsewhere
        catalog.set_synced_revisions({})
        return True
    records = vectors.article_records()
    local = {entry.article_id: entry for entry in catalog.stored_articles().values()}
    for article_id in local.keys() - records.keys():
        catalog.delete_article(article_id)
    wanted = [i for i, meta in records.items() if _differs(local.get(i), meta)]
    report = progress or (lambda stage, done, total: None)
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        chunks: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
        for chunk_id, text, meta in vectors.chunks_of(batch):
            chunks[str(meta.get("article_id"))].append((chunk_id, text, meta))
        for article_id, body, vector in vectors.article_payloads(batch):
            fields = {"article_id": article_id, **records[article_id]}
            parts = _complete_chunks(article_id, fields, chunks[article_id])
            if parts is not None:
                catalog.put_record(fields, body, parts, None, vector)
        report("catching up", min(start + BATCH, len(wanted)), len(wanted))
    catalog.set_synced_revisions(server)
    return True


KEPT = ("content_hash", "story_id", "chunking", "n_chunks", "source_key")  # what a diff compares


def _differs(entry: StoredArticle | None, meta: dict[str, Any]) -> bool:
    if entry is None:
        return True
    return any(getattr(entry, name) != meta.get(name) for name in KEPT)


def _complete_chunks(
    article_id: str, fields: dict[str, Any], found: list[tuple[str, str, dict[str, Any]]]
) -> list[Chunk] | None:
    """The article's chunks of its recorded version, or None while another client is still
    rewriting them (its next marker brings the article in)."""
    parts = sorted(
        (
            Chunk(chunk_id, article_id, meta["ordinal"], meta["start"], meta["end"], text)
            for chunk_id, text, meta in found
            if meta.get("content_hash") == fields.get("content_hash") and "ordinal" in meta
        ),
        key=lambda chunk: chunk.ordinal,
    )
    return parts if len(parts) == fields.get("n_chunks") else None


def needs_migration(catalog: Catalog, vectors: VectorStore) -> bool:
    """A store written before Chroma held the texts: the catalog has articles, the store has
    chunks, and no writer ever left a marker."""
    return bool(catalog.summary()["articles"]) and vectors.count() > 0 and not vectors.revisions()


def migrate(catalog: Catalog, vectors: VectorStore, progress: Progress | None = None) -> int:
    """Move an older store's chunk texts, metadata and article records into Chroma, keeping its
    vectors; returns how many articles were moved."""
    report = progress or (lambda stage, done, total: None)
    total = int(catalog.summary()["articles"])  # type: ignore[call-overload]
    moved = 0
    pending: list[tuple[dict[str, Any], str, np.ndarray, list[Chunk]]] = []
    for record in catalog.full_records():
        pending.append(record)
        if len(pending) == BATCH:
            moved += _move(vectors, pending)
            report("moving", moved, total)
            pending = []
    if pending:
        moved += _move(vectors, pending)
        report("moving", moved, total)
    mark_written(catalog, vectors)
    return moved


def _move(
    vectors: VectorStore, records: list[tuple[dict[str, Any], str, np.ndarray, list[Chunk]]]
) -> int:
    vectors.update_chunks(
        [c.chunk_id for _, _, _, chunks in records for c in chunks],
        [chunk_metadata(fields, c) for fields, _, _, chunks in records for c in chunks],
        [c.text for _, _, _, chunks in records for c in chunks],
    )
    vectors.put_articles(
        [str(fields["article_id"]) for fields, _, _, _ in records],
        np.vstack([_article_vector(v, vectors.dimension) for _, _, v, _ in records]),
        [article_metadata(fields) for fields, _, _, _ in records],
        [body for _, body, _, _ in records],
    )
    return len(records)


def _article_vector(vector: np.ndarray, dimension: int) -> np.ndarray:
    if vector.shape == (dimension,):
        return vector
    unit = np.zeros(dimension, dtype=np.float32)  # no vector kept: never used to search
    unit[0] = 1.0
    return unit
