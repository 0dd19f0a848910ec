"""`NewsIndex`: the catalog, vector store and embedder of one collection, opened together."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from index.catalog import Catalog
from index.chunk import TokenOffsets, tokenizer_offsets
from index.embed import Embedder, bundled_tokenizer_path
from index.lexical import LexicalIndex
from index.models import RawDocument
from index.pipeline import EMBED_GROUP, Ingestor, IngestReport, Progress
from index.store import StoreError, VectorStore, drop_collections, open_client
from index.sync import Progress as SyncProgress
from index.sync import catch_up, migrate, needs_migration


class NewsIndex:
    """Everything stored for one collection: open it, ingest into it, read its figures."""

    def __init__(
        self,
        catalog_path: Path,
        chroma_dir: Path,
        collection: str,
        embedder: Embedder,
        chroma_url: str | None = None,
        group_size: int = EMBED_GROUP,
    ) -> None:
        self.group_size = group_size
        self.catalog = Catalog(catalog_path)
        self.collection_name = collection
        self.embedder = embedder
        self.chroma_url = chroma_url
        self._chroma_dir = chroma_dir
        self._catching_up = threading.Lock()
        self._check_model()

    def _check_model(self) -> None:
        recorded = self.catalog.get_setting("embedding_model")
        if recorded is None:
            self.catalog.set_setting("embedding_model", self.embedder.name)
        elif recorded != self.embedder.name:
            raise StoreError(
                f"this store was built with the embedding model {recorded}, not "
                f"{self.embedder.name}; rebuild it with `newsqa ingest --rebuild` or use "
                f"another --collection"
            )

    @cached_property
    def client(self) -> Any:
        return open_client(self._chroma_dir, self.chroma_url)

    @cached_property
    def vectors(self) -> VectorStore:
        return VectorStore(
            self.client, self.collection_name, self.embedder.name, self.embedder.dimension
        )

    @cached_property
    def lexical(self) -> LexicalIndex:
        """The BM25 index of the chunks, in step with the catalog (caught up when opened)."""
        lexical = LexicalIndex(lexical_path(self.catalog.path))
        if lexical.sync(self.catalog):
            _save_quietly(lexical)
        return lexical

    @cached_property
    def offsets(self) -> TokenOffsets:
        return tokenizer_offsets(bundled_tokenizer_path())

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        records: Iterable[RawDocument] = (),
    ) -> IngestReport:
        """Index files and folders, and ready-made records, incrementally (see
        `index.pipeline`), against what the shared store holds now: the cache catches up first,
        and an older store's texts are moved into Chroma before anything new is written."""
        self.catch_up(progress)
        if needs_migration(self.catalog, self.vectors):
            migrate(self.catalog, self.vectors, progress)
        ingestor = Ingestor(
            self.catalog,
            self.vectors,
            self.embedder,
            self.offsets,
            progress,
            self.group_size,
            self.lexical,
        )
        try:
            return ingestor.run(paths, records)
        finally:  # also after a failure: what was committed is searchable
            if self.lexical.sync(self.catalog) or self.lexical.changed:
                _save_quietly(self.lexical)

    def catch_up(self, progress: SyncProgress | None = None) -> bool:
        """Follow what other clients committed since the last call, True if anything changed.

        Another process on this home (an ingest in another terminal) shows in the catalog's
        SQLite data_version: an embedded Chroma client is then opened afresh, as its in-memory
        vector index does not see other processes' writes. Other homes on a shared server show
        in the store's revision markers (`index.sync`): the catalog fetches what they wrote.
        Costs one pragma and one small Chroma `get` when nothing changed.
        """
        with self._catching_up:  # the UI's thread and an answer's worker may both ask
            local = self.catalog.changed_elsewhere()
            if local and self.chroma_url is None and "client" in self.__dict__:
                self._close_client()
            try:
                remote = catch_up(self.catalog, self.vectors, progress)
            except Exception:
                # Another client rebuilt the store: this client's collection handles point to
                # collections that are gone. Open them afresh, once.
                self.__dict__.pop("vectors", None)
                remote = catch_up(self.catalog, self.vectors, progress)
            if not (local or remote):
                return False
            if "lexical" in self.__dict__ and self.lexical.sync(self.catalog):
                _save_quietly(self.lexical)
            return True

    def is_new(self) -> bool:
        """Nothing was ever written to this store (by any client): the bundled corpus may go in."""
        return self.vectors.is_new() and not self.catalog.summary()["articles"]

    def _close_client(self) -> None:
        client = self.__dict__.pop("client")
        self.__dict__.pop("vectors", None)
        close = getattr(client, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()

    def rebuild(self) -> None:
        """Forget everything stored for this collection (vectors, records and catalog)."""
        drop_collections(self.client, self.collection_name)
        self.__dict__.pop("vectors", None)
        self.__dict__.pop("lexical", None)
        lexical_path(self.catalog.path).unlink(missing_ok=True)
        self.catalog.clear()
        self.catalog.set_setting("embedding_model", self.embedder.name)

    def summary(self) -> dict[str, object]:
        """Counts, outlets and date range (from the catalog: no Chroma round trip)."""
        return self.catalog.summary()

    def close(self) -> None:
        self.catalog.close()


def lexical_path(catalog_path: Path) -> Path:
    """The lexical index's file: beside the catalog, named after it."""
    return catalog_path.with_name(catalog_path.stem + ".lexical.npz")


def _save_quietly(lexical: LexicalIndex) -> None:
    """Save the index; a store on a read-only disk still works, catching up on each open."""
    with contextlib.suppress(OSError):
        lexical.save()
