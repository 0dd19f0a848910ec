"""A real `chroma run` server on 127.0.0.1: ingest stores the vectors there, not on disk here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings

from assistant.api import Assistant


def http_client(port: int) -> chromadb.HttpClient:
    return chromadb.HttpClient(
        host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False)
    )


@pytest.fixture
def remote(chroma_url: str, isolated_home: Path, embedder) -> Iterator[Assistant]:
    a = Assistant.open(
        home=isolated_home, chroma_url=chroma_url, collection="news", embedder=embedder
    )
    yield a
    a.close()


def test_ingest_into_the_server(remote: Assistant, chroma_url: str, seeds_copy: Path) -> None:
    first = remote.ingest([seeds_copy])
    assert (first.added, first.skipped) == (2, [])
    status = remote.status()
    assert (status["articles"], status["stories"], status["chroma"]) == (2, 1, chroma_url)
    assert status["chunks"] == first.chunks > 0

    second = remote.ingest([seeds_copy])
    assert (second.unchanged, second.added, second.updated, second.chunks) == (2, 0, 0, 0)

    port = int(chroma_url.rsplit(":", 1)[1])
    collection = http_client(port).get_collection("news")
    assert collection.count() == status["chunks"]
    assert collection.metadata["embedding_model"] == "all-MiniLM-L6-v2"
    ids = collection.get(include=[])["ids"]
    assert {i.rsplit(":", 1)[0] for i in ids} == {"anewz-putin-offer", "trt-putin-offer"}
    assert not (remote.settings.home / "chroma").exists()  # nothing embedded on local disk


def test_removal_reaches_the_server(
    chroma_url: str, isolated_home: Path, embedder, seeds_copy: Path
) -> None:
    a = Assistant.open(
        home=isolated_home, chroma_url=chroma_url, collection="removals", embedder=embedder
    )
    try:
        a.ingest([seeds_copy])
        (seeds_copy / "trt-putin-offer.txt").unlink()
        assert a.ingest([seeds_copy]).removed == 1
        port = int(chroma_url.rsplit(":", 1)[1])
        collection = http_client(port).get_collection("removals")
        ids = collection.get(include=[])["ids"]
        assert ids and all(i.startswith("anewz-putin-offer:") for i in ids)
        assert len(ids) == a.status()["chunks"]
        hits = a.index.vectors.query(embedder.embed_query("rare earth metals"), k=3)
        assert hits and {h.metadata["outlet"] for h in hits} == {"AnewZ"}
    finally:
        a.close()
