"""Ingestion: files → load → clean → dedup → chunk → embed → store, incrementally.

Content hashes decide what is new, changed, unchanged or gone; only new and changed articles are
chunked and embedded. Each article is committed on its own (vectors first, then the catalog), so
an ingest killed half-way leaves a working store and a re-run completes it.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from index.background import Writer, trim_heap
from index.catalog import Catalog, StoredArticle, record_fields
from index.chunk import CHUNKING, TokenOffsets, chunk_article
from index.clean import to_article
from index.dedup import StoryMatcher, article_vector, minhash
from index.embed import Embedder
from index.lexical import LexicalIndex, row_key
from index.load import iter_files, read_documents
from index.models import Article, Chunk, RawDocument, Skipped
from index.store import VectorStore
from index.sync import article_metadata, chunk_metadata, mark_written, note_written

EMBED_GROUP = 512  # chunks per encoder call: large enough for length-sorted batching

# progress(stage, done, total): stages are "reading", "embedding", "removing"
Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport:
    """What an ingest did; `to_dict()` is the `newsqa ingest --json` contract."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "duplicates": self.duplicates,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class _Pending:
    article: Article
    chunks: list[Chunk]
    vectors: list[np.ndarray] = field(default_factory=list)
    headline: np.ndarray | None = None  # the title's vector, for story grouping


class MissingSourceError(Exception):
    """A file or folder named for ingest does not exist; nothing was read or removed."""


class Ingestor:
    """Runs one ingest against a catalog and a vector store."""

    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorStore,
        embedder: Embedder,
        offsets: TokenOffsets,
        progress: Progress | None = None,
        group_size: int = EMBED_GROUP,
        lexical: LexicalIndex | None = None,
    ) -> None:
        self.group_size = group_size
        self.lexical = lexical
        self.catalog = catalog
        self.vectors = vectors
        self.embedder = embedder
        self.offsets = offsets
        self.progress = progress or (lambda stage, done, total: None)

    def run(self, paths: Iterable[str | Path], records: Iterable[RawDocument] = ()) -> IngestReport:
        """Ingest the files under `paths`, and `records` made by a caller (LlamaIndex Documents:
        keyed by their own source key, never under a root, so never removed as gone)."""
        started = time.perf_counter()
        report = IngestReport()
        roots = [Path(os.path.abspath(p)) for p in paths]  # normalised: "a/../b" is "b"
        # A root that is not there (a typo, a renamed folder, an unmounted disk) would look as if
        # every article under it had been deleted: refuse before anything is read or removed.
        missing = [str(root) for root in roots if not root.exists()]
        if missing:
            raise MissingSourceError(
                f"no such file or folder: {', '.join(missing)} (nothing was changed)"
            )
        self._reconcile(roots)
        stored = self.catalog.stored_articles()
        files_read: set[str] = set()

        to_write: list[Article] = []  # unchanged articles are dropped as they are read
        read_hashes: dict[str, str] = {}  # source key -> hash, of everything read
        seen_hashes: dict[str, str] = {}
        held_back: list[tuple[Article, str]] = []  # duplicates, with the source holding the body
        claimed = {entry.article_id: key for key, entry in stored.items()}
        read = self._read(roots, report, files_read)
        for article in itertools.chain(read, (self._clean(raw) for raw in records)):
            read_hashes[article.source_key] = article.content_hash
            _unique_id(article, claimed)
            previous = stored.get(article.source_key)
            if (
                previous is not None
                and previous.content_hash == article.content_hash
                and previous.article_id == article.article_id
                and previous.chunking == CHUNKING
            ):
                report.unchanged += 1
                seen_hashes[article.content_hash] = article.source_key
                continue
            owner = seen_hashes.get(article.content_hash) or self.catalog.hash_owner(
                article.content_hash
            )
            if previous is None and owner is not None and owner != article.source_key:
                report.duplicates += 1
                held_back.append((article, owner))
                continue
            if not article.body.strip():
                report.skipped.append(Skipped(article.path, "no article text left after cleaning"))
                continue
            seen_hashes[article.content_hash] = article.source_key
            to_write.append(article)
            if previous is None:
                report.added += 1
            else:
                report.updated += 1

        gone = [
            entry
            for key, entry in stored.items()
            if key not in read_hashes
            and _under_roots(entry.path, roots)
            and (entry.path in files_read or not Path(entry.path).exists())
        ]
        self._promote(held_back, stored, gone, read_hashes, to_write, report)
        self._write(to_write, stored, report)
        for number, entry in enumerate(gone, start=1):
            self._remove(entry)
            report.removed += 1
            self.progress("removing", number, len(gone))
        if gone:
            mark_written(self.catalog, self.vectors)
        self.catalog.add_sources(str(root) for root in roots)
        report.seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _promote(
        held_back: list[tuple[Article, str]],
        stored: dict[str, StoredArticle],
        gone: list[StoredArticle],
        read_hashes: dict[str, str],
        to_write: list[Article],
        report: IngestReport,
    ) -> None:
        """A duplicate is stored after all when the source that held its body will not hold it
        once this run is done (its file was deleted, or edited to say something else): the copy
        is then the only one left, and losing it would lose the article."""
        gone_keys = {entry.source_key for entry in gone}
        kept: set[str] = {a.content_hash for a in to_write}
        for article, owner in held_back:
            if article.content_hash in kept:
                continue
            owner_keeps_it = owner not in gone_keys and (
                read_hashes.get(owner, stored[owner].content_hash if owner in stored else None)
                == article.content_hash
            )
            if owner_keeps_it:
                continue
            kept.add(article.content_hash)
            to_write.append(article)
            report.duplicates -= 1
            report.added += 1

    # --- stages ---------------------------------------------------------------------------
    def _read(
        self, roots: list[Path], report: IngestReport, files_read: set[str]
    ) -> Iterator[Article]:
        """Load and clean everything under the roots; files read without error are noted."""
        files = []
        for found in iter_files(roots):
            if isinstance(found, Skipped):
                report.skipped.append(found)
            else:
                files.append(found)
        for number, path in enumerate(files, start=1):
            resolved = Path(os.path.abspath(path))
            whole_file_ok = True
            for item in read_documents(resolved):
                if isinstance(item, Skipped):
                    report.skipped.append(item)
                    # A file, or a JSONL line, that could not be read may still hold stored
                    # articles: nothing of that file is removed until it reads cleanly again.
                    if item.path == str(resolved) or (
                        item.path.startswith(f"{resolved}:") and "malformed JSON" in item.reason
                    ):
                        whole_file_ok = False
                    continue
                yield self._clean(item)
            if whole_file_ok:
                files_read.add(str(resolved))
            self.progress("reading", number, len(files))

    @staticmethod
    def _clean(raw: RawDocument) -> Article:
        return to_article(raw)

    def _write(
        self, articles: list[Article], stored: dict[str, StoredArticle], report: IngestReport
    ) -> None:
        """Chunk, embed in large groups, and commit each article once all its chunks are in,
        streaming: articles are chunked only as the encoder needs more chunks, and let go once
        committed, so memory holds a few groups however large the corpus.

        Encoding runs here; committing runs in a writer thread, so Chroma and SQLite writes
        overlap with the next group's encoding (the encoders release the GIL). The writer takes
        the articles finished by a group together: their old vectors go, all their new vectors
        go in with one Chroma call, then each article commits in the catalog, in order. Vectors
        always land before the catalog row, so a killed run is still completed by a re-run.
        """
        if not articles:
            return
        waiting = deque(articles)
        articles.clear()  # the queue holds them now, and lets each go once it is chunked
        unfinished: deque[_Pending] = deque()  # chunked, in order, not all embedded yet
        to_encode: deque[tuple[_Pending, Chunk]] = deque()  # chunks waiting for the encoder
        candidates = StoryMatcher(self.catalog.story_candidates())
        chunked = articles_chunked = done = 0
        writer: Writer[list[_Pending]] = Writer(
            lambda batch: self._commit_batch(batch, stored, candidates, report)
        )
        try:
            while waiting or to_encode:
                while waiting and len(to_encode) < self.group_size:
                    article = waiting.popleft()
                    item = _Pending(article, chunk_article(article, self.offsets))
                    unfinished.append(item)
                    to_encode.extend((item, chunk) for chunk in item.chunks)
                    chunked += len(item.chunks)
                    articles_chunked += 1
                count = min(self.group_size, len(to_encode))
                group = [to_encode.popleft() for _ in range(count)]
                vectors = self.embedder.embed_documents([c.text for _, c in group])
                for (owner, _chunk), vector in zip(group, vectors, strict=True):
                    owner.vectors.append(vector)
                done += len(group)
                ready: list[_Pending] = []
                while unfinished and len(unfinished[0].vectors) == len(unfinished[0].chunks):
                    ready.append(unfinished.popleft())
                if ready:
                    self._embed_headlines(ready)
                    writer.put(ready)
                # Chunks still to come are estimated from the articles chunked so far.
                total = chunked + round(len(waiting) * chunked / max(articles_chunked, 1))
                self.progress("embedding", done, total)
        finally:
            writer.close()

    def _embed_headlines(self, items: list[_Pending]) -> None:
        """The titles of articles about to be committed, in one call to the encoder the chunks
        went through (a title is no chunk: it is never searched, only grouped by)."""
        titled = [item for item in items if item.article.title]
        if titled:
            vectors = self.embedder.embed_documents([item.article.title or "" for item in titled])
            for item, vector in zip(titled, vectors, strict=True):
                item.headline = vector

    def _commit_batch(
        self,
        batch: list[_Pending],
        stored: dict[str, StoredArticle],
        candidates: StoryMatcher,
        report: IngestReport,
    ) -> None:
        """A few finished articles into the shared store: their chunks (texts, vectors and
        metadata) in one Chroma call, then their article records with this client's revision
        marker in another (so other clients catch up), then each one's catalog row."""
        prepared = [self._prepare(item, stored, candidates) for item in batch]
        stale = [i for _, _, old in prepared for i in old]
        fields = [record_fields(item.article, len(item.chunks)) for item in batch]
        pairs = list(zip(fields, batch, strict=True))
        self.vectors.delete_ids(stale)
        self.vectors.upsert(
            [c.chunk_id for item in batch for c in item.chunks],
            np.vstack([v for item in batch for v in item.vectors]),
            [chunk_metadata(f, c) for f, item in pairs for c in item.chunks],
            [c.text for item in batch for c in item.chunks],
        )
        # Others are told with the records, before this cache commits: a kill in between leaves
        # records the other clients see, and that a re-run here finds and writes again.
        token = self.vectors.put_articles(
            [item.article.article_id for item in batch],
            np.vstack([vector for _, vector, _ in prepared]),
            [article_metadata(f) for f in fields],
            [item.article.body for item in batch],
            writer=self.catalog.client_id(),
        )
        for item, (signature, vector, _old) in zip(batch, prepared, strict=True):
            self.catalog.put_article(item.article, item.chunks, signature, vector)
            if self.lexical is not None:  # tokenised here, in the writer thread, beside encoding
                article = item.article
                for chunk in item.chunks:
                    key = row_key(chunk.chunk_id, article.content_hash, CHUNKING)
                    self.lexical.add(key, article.title or "", article.outlet or "", chunk.text)
            report.chunks += len(item.chunks)
            item.vectors = []  # free memory as we go
        note_written(self.catalog, str(token))
        trim_heap()

    def _prepare(
        self,
        item: _Pending,
        stored: dict[str, StoredArticle],
        candidates: StoryMatcher,
    ) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Story grouping for one article; returns (minhash, article vector, stale chunk ids)."""
        article = item.article
        matrix = np.vstack(item.vectors)
        signature = minhash(article.body)
        vector = article_vector(matrix, item.headline)
        found = candidates.find(signature, vector, article.published_epoch, article.article_id)
        article.story_id = found or article.article_id
        stale: list[str] = []
        previous = stored.get(article.source_key)
        if previous is not None:
            old_ids = self.catalog.chunk_ids(previous.article_id)
            new_ids = {c.chunk_id for c in item.chunks}
            stale = [i for i in old_ids if i not in new_ids]
        candidates.add(
            article.article_id,
            article.story_id,
            article.published_epoch,
            signature.astype(np.uint32),
            vector,
        )
        return signature, vector, stale

    def _remove(self, entry: StoredArticle) -> None:
        self.vectors.delete_article(entry.article_id)
        self.vectors.delete_ids(self.catalog.chunk_ids(entry.article_id))
        self.catalog.delete_article(entry.article_id)

    def _reconcile(self, roots: list[Path]) -> None:
        """After a killed run, drop chunks no article record owns: those from files under this
        run's roots (another client may be writing its own right now), and those left over from
        before Chroma held the texts (they carry no content hash)."""
        known = self.catalog.all_chunk_ids()
        if self.vectors.count() == len(known):
            return
        stray = [
            chunk_id
            for chunk_id, meta in self.vectors.chunk_listing()
            if chunk_id not in known
            and ("content_hash" not in meta or _under_roots(str(meta.get("path", "")), roots))
        ]
        self.vectors.delete_ids(stray)


def _unique_id(article: Article, claimed: dict[str, str]) -> None:
    """Keep article ids unique across sources: two exports may both number records 1, 2, 3…

    The first source to claim an id keeps it; another gets a suffix from its own source key, the
    same on every run, so neither overwrites the other's vectors and catalog rows.
    """
    owner = claimed.setdefault(article.article_id, article.source_key)
    if owner != article.source_key:
        suffix = hashlib.sha1(article.source_key.encode("utf-8")).hexdigest()[:8]
        article.article_id = f"{article.article_id}~{suffix}"
        claimed.setdefault(article.article_id, article.source_key)


def _under_roots(path: str, roots: list[Path]) -> bool:
    candidate = Path(path)
    return any(candidate == root or root in candidate.parents for root in roots)
