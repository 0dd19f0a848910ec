"""The vector store: a Chroma collection, embedded (`PersistentClient`) or served (`HttpClient`).

Vectors are always computed by newsqa and passed in: Chroma's default embedding function would
download a model. The collection records the embedding model and dimension, and opening it with
another model is an error that says how to rebuild, never a silent mix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np


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
    """One Chroma collection of chunk vectors with their article metadata."""

    def __init__(self, client: Any, name: str, model: str, dimension: int) -> None:
        if len(name) < 3:
            raise StoreError(f"collection name {name!r} is too short (Chroma needs 3+ characters)")
        self.client = client
        self.name = name
        self.model = model
        self.dimension = dimension
        try:
            self.collection = client.get_or_create_collection(
                name=name,
                embedding_function=None,
                metadata={
                    "embedding_model": model,
                    "dimension": dimension,
                    "hnsw:space": "cosine",
                },
            )
        except Exception as exc:
            raise StoreError(f"cannot open Chroma collection {name!r}: {exc}") from None
        stored = self.collection.metadata or {}
        if stored.get("embedding_model") not in (None, model) or stored.get("dimension") not in (
            None,
            dimension,
        ):
            raise StoreError(
                f"collection {name!r} was built with {stored.get('embedding_model')} "
                f"({stored.get('dimension')} dimensions), not {model} ({dimension}); rebuild it "
                f"with `newsqa ingest --rebuild` or choose another with --collection"
            )

    def count(self) -> int:
        return int(self.collection.count())

    def upsert(
        self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]
    ) -> None:
        """Write vectors under stable ids: a repeated write replaces, never duplicates."""
        step = max(1, min(5000, _max_batch(self.client)))
        for start in range(0, len(ids), step):
            stop = start + step
            self.collection.upsert(
                ids=list(ids[start:stop]),
                embeddings=vectors[start:stop],  # as numpy: no Python float per value
                metadatas=list(metadatas[start:stop]),
            )

    def delete_article(self, article_id: str) -> None:
        self.collection.delete(where={"article_id": article_id})

    def delete_ids(self, ids: Sequence[str]) -> None:
        if ids:
            self.collection.delete(ids=list(ids))

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
        """Delete the whole collection (for a rebuild)."""
        self.client.delete_collection(self.name)


def _max_batch(client: Any) -> int:
    try:
        return int(client.get_max_batch_size())
    except Exception:
        return 1000
