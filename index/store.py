"""The shared store: Chroma collections, embedded (`PersistentClient`) or served (`HttpClient`).

Chroma is the record; everything under `NEWSQA_HOME` is a cache of it, so several clients can
share one server. Two collections make a store:
- `<name>`: one record per chunk, its text as the document, its vector, and the metadata that
  retrieval and citations need (article id, title, outlet, dates, url, path, story, offsets,
  chunking rules, content hash);
- `<name>__articles`: one record per article (its cleaned body as the document, its article
  vector for story grouping, the manifest fields as metadata), plus one revision marker per
  writing client: a fresh token each time that client commits. Readers compare the markers with
  the ones their cache last caught up to: one small `get` per question says whether anything
  changed anywhere. Each client writes only its own marker, so two writers never overwrite
  each other's news.

Vectors are always computed by newsqa and passed in: Chroma's default embedding function would
download a model. The collection records the embedding model and dimension, and opening it with
another model is an error that says how to rebuild, never a silent mix.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

ARTICLES = "__articles"  # the companion collection's suffix
MARKER = "~revision~"  # id prefix of the writers' revision markers in the articles collection
PAGE = 2000  # records per `get` when reading a whole collection
ID_BATCH = 200  # article ids per `$in` filter


class StoreError(Exception):
    """The vector store cannot be opened or used as asked; the message says what to do."""


def open_client(chroma_dir: Path, chroma_url: str | None = None) -> Any:
    """An embedded Chroma client under `chroma_dir`, or an HTTP client for `chroma_url`."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        parsed = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        if not parsed.hostname:
            raise StoreError(f"--chroma-url {chroma_url!r} is not a URL like http://host:port")
        try:
            return chromadb.HttpClient(
                host=parsed.hostname,
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=settings,
            )
        except Exception as exc:
            raise StoreError(f"cannot reach the Chroma server at {chroma_url}: {exc}") from None
    chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(chroma_dir), settings=settings)


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    distance: float
    metadata: dict[str, Any]


class VectorStore:
    """A store's two Chroma collections: chunks with their vectors and texts, and articles."""

    def __init__(self, client: Any, name: str, model: str, dimension: int) -> None:
        if len(name) < 3:
            raise StoreError(f"collection name {name!r} is too short (Chroma needs 3+ characters)")
        self.client = client
        self.name = name
        self.model = model
        self.dimension = dimension
        self.collection = self._open(name)
        self.articles = self._open(name + ARTICLES)

    def _open(self, name: str) -> Any:
        try:
            collection = self.client.get_or_create_collection(
                name=name,
                embedding_function=None,
                metadata={
                    "embedding_model": self.model,
                    "dimension": self.dimension,
                    "hnsw:space": "cosine",
                },
            )
        except Exception as exc:
            raise StoreError(f"cannot open Chroma collection {name!r}: {exc}") from None
        stored = collection.metadata or {}
        if stored.get("embedding_model") not in (None, self.model) or stored.get(
            "dimension"
        ) not in (None, self.dimension):
            raise StoreError(
                f"collection {name!r} was built with {stored.get('embedding_model')} "
                f"({stored.get('dimension')} dimensions), not {self.model} ({self.dimension}); "
                f"rebuild it with `newsqa ingest --rebuild` or choose another with --collection"
            )
        return collection

    def count(self) -> int:
        return int(self.collection.count())

    def upsert(
        self,
        ids: Sequence[str],
        vectors: np.ndarray,
        metadatas: Sequence[dict[str, Any]],
        documents: Sequence[str] | None = None,
    ) -> None:
        """Write chunks under stable ids: a repeated write replaces, never duplicates."""
        _upsert(self.client, self.collection, ids, vectors, metadatas, documents)

    def put_articles(
        self,
        ids: Sequence[str],
        vectors: np.ndarray,
        metadatas: Sequence[dict[str, Any]],
        bodies: Sequence[str],
        writer: str | None = None,
    ) -> str | None:
        """Write article records (after their chunks: a record means its chunks are there).

        With `writer`, that client's revision marker goes in the same Chroma call, after the
        records: no reader can see the records without being told, even if the writer is killed
        right after. Returns the marker's new token.
        """
        ids, vectors, metadatas, bodies = list(ids), vectors, list(metadatas), list(bodies)
        token = None
        if writer is not None:
            token = uuid.uuid4().hex
            ids.append(MARKER + writer)
            vectors = np.vstack([vectors, self._unit()])
            metadatas.append({"kind": "revision", "token": token})
            bodies.append("")
        _upsert(self.client, self.articles, ids, vectors, metadatas, bodies)
        return token

    def update_chunks(
        self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]], documents: Sequence[str]
    ) -> None:
        """Give existing chunks their text and metadata, keeping their vectors (read back and
        written with them: Chroma's `update` with documents alone would embed them with its own
        model, and that model is a download). Chunks not there are left out."""
        result = self.collection.get(ids=list(ids), include=["embeddings"])
        vectors = dict(zip(result["ids"], result["embeddings"], strict=True))
        keep = [n for n, chunk_id in enumerate(ids) if chunk_id in vectors]
        if keep:
            self.upsert(
                [ids[n] for n in keep],
                np.asarray([vectors[ids[n]] for n in keep], dtype=np.float32),
                [metadatas[n] for n in keep],
                [documents[n] for n in keep],
            )

    def delete_article(self, article_id: str) -> None:
        """An article's record first (readers then stop asking for it), then its chunks."""
        self.articles.delete(ids=[article_id])
        self.collection.delete(where={"article_id": article_id})

    def delete_ids(self, ids: Sequence[str]) -> None:
        if ids:
            self.collection.delete(ids=list(ids))

    # --- revision markers -------------------------------------------------------------------
    def revisions(self) -> dict[str, str]:
        """Each writing client's latest token: what a reader compares with its cache's."""
        result = self.articles.get(where={"kind": "revision"}, include=["metadatas"])
        return {
            i.removeprefix(MARKER): str((m or {}).get("token", ""))
            for i, m in zip(result["ids"], result["metadatas"] or [], strict=True)
        }

    def bump(self, writer: str) -> str:
        """Tell every reader that `writer` committed something: a fresh token in its marker."""
        token = uuid.uuid4().hex
        self.articles.upsert(
            ids=[MARKER + writer],
            embeddings=self._unit(),
            metadatas=[{"kind": "revision", "token": token}],
            documents=[""],
        )
        return token

    def _unit(self) -> np.ndarray:
        """A marker's vector: Chroma wants one, and a marker is never searched."""
        unit = np.zeros((1, self.dimension), dtype=np.float32)
        unit[0, 0] = 1.0
        return unit

    def is_new(self) -> bool:
        """Nothing was ever written here: no chunk and no writer's marker."""
        return self.count() == 0 and not self.revisions()

    # --- reading back -------------------------------------------------------------------------
    def article_records(self) -> dict[str, dict[str, Any]]:
        """Every article record's metadata by article id (no bodies, no vectors)."""
        found: dict[str, dict[str, Any]] = {}
        for ids, metadatas in _pages(self.articles, ["metadatas"], {"kind": "article"}):
            found.update(zip(ids, (dict(m or {}) for m in metadatas), strict=True))
        return found

    def article_payloads(self, ids: Sequence[str]) -> list[tuple[str, str, np.ndarray]]:
        """(article id, body, article vector) of the given articles."""
        if not ids:
            return []
        result = self.articles.get(ids=list(ids), include=["documents", "embeddings"])
        return [
            (i, str(doc or ""), np.asarray(vec, dtype=np.float32))
            for i, doc, vec in zip(
                result["ids"], result["documents"], result["embeddings"], strict=True
            )
        ]

    def chunks_of(self, article_ids: Sequence[str]) -> list[tuple[str, str, dict[str, Any]]]:
        """(chunk id, text, metadata) of every chunk of the given articles."""
        found: list[tuple[str, str, dict[str, Any]]] = []
        for start in range(0, len(article_ids), ID_BATCH):
            batch = list(article_ids[start : start + ID_BATCH])
            where = {"article_id": {"$in": batch}} if len(batch) > 1 else {"article_id": batch[0]}
            result = self.collection.get(where=where, include=["documents", "metadatas"])
            found.extend(
                (i, str(doc or ""), dict(meta or {}))
                for i, doc, meta in zip(
                    result["ids"], result["documents"], result["metadatas"], strict=True
                )
            )
        return found

    def chunk_listing(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every chunk's id and metadata, a page at a time."""
        for ids, metadatas in _pages(self.collection, ["metadatas"]):
            yield from zip(ids, (dict(m or {}) for m in metadatas), strict=True)

    def ids_of_article(self, article_id: str) -> list[str]:
        result = self.collection.get(where={"article_id": article_id}, include=[])
        return list(result["ids"])

    def query(
        self,
        vector: np.ndarray,
        k: int,
        where: dict[str, Any] | None = None,
        with_metadata: bool = True,
    ) -> list[VectorHit]:
        """The `k` nearest chunks (cosine distance), optionally filtered by metadata.

        Fewer (or none) when the collection holds fewer. Retrieval needs only ids and skips
        fetching metadata (`with_metadata=False`).
        """
        include = ["distances", "metadatas"] if with_metadata else ["distances"]
        result = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=k, where=where or None, include=include
        )
        metadatas = result["metadatas"][0] if with_metadata else [None] * len(result["ids"][0])
        return [
            VectorHit(chunk_id=i, distance=float(d), metadata=dict(m or {}))
            for i, d, m in zip(result["ids"][0], result["distances"][0], metadatas, strict=True)
        ]

    def drop(self) -> None:
        """Delete both collections (for a rebuild)."""
        drop_collections(self.client, self.name)


def drop_collections(client: Any, name: str) -> None:
    """Delete a store's collections; one that is not there is nothing to drop."""
    for collection in (name, name + ARTICLES):
        with contextlib.suppress(Exception):  # not there: nothing to drop
            client.delete_collection(collection)


def _upsert(
    client: Any,
    collection: Any,
    ids: Sequence[str],
    vectors: np.ndarray,
    metadatas: Sequence[dict[str, Any]],
    documents: Sequence[str] | None,
) -> None:
    step = max(1, min(5000, _max_batch(client)))
    for start in range(0, len(ids), step):
        stop = start + step
        collection.upsert(
            ids=list(ids[start:stop]),
            embeddings=vectors[start:stop],  # as numpy: no Python float per value
            metadatas=list(metadatas[start:stop]),
            documents=None if documents is None else list(documents[start:stop]),
        )


def _pages(
    collection: Any, include: list[str], where: dict[str, Any] | None = None
) -> Iterator[tuple[list[str], list[Any]]]:
    """A whole collection's ids and metadatas, read a page at a time (a server caps a reply)."""
    offset = 0
    while True:
        result = collection.get(where=where, include=include, limit=PAGE, offset=offset)
        ids = list(result["ids"])
        if not ids:
            return
        yield ids, list(result["metadatas"] or [None] * len(ids))
        offset += len(ids)


def _max_batch(client: Any) -> int:
    try:
        return int(client.get_max_batch_size())
    except Exception:
        return 1000
