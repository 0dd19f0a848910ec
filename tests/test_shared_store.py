"""One `chroma run` server, several clients (homes): the server is the record, nobody loses data.

Each client is an `Assistant` on its own NEWSQA_HOME (its own catalog and lexical caches) over
the same collection; some run as real `newsqa` processes, to ingest at the same time or be killed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings
from conftest import collection_for
from test_kill_recovery import write_corpus

from assistant.api import Assistant
from index.store import ARTICLES

NEWSQA = Path(sys.executable).parent / "newsqa"

TOPICS = {
    "ferry": ("Night ferry returns to Port Ellan", "The night ferry to Port Ellan resumes in May."),
    "orchard": ("Cider orchard wins award", "An orchard near Dunmore won a national cider prize."),
    "tramway": ("Tramway extension approved", "The council approved a tramway extension to Kells."),
    "glacier": ("Glacier retreat measured", "Surveyors measured the Varn glacier retreat at 40 m."),
    "lighthouse": ("Lighthouse keeper retires", "The last keeper of Skerry lighthouse retired."),
}


def write(folder: Path, key: str, body: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    title, text = TOPICS[key]
    path = folder / f"{key}.md"
    path.write_text(
        f"---\ntitle: {title}\noutlet: Harbour Post\npublished: 2024-05-02\n---\n"
        f"{body or text} It was reported on Thursday by local officials.\n",
        encoding="utf-8",
    )
    return path


def server(url: str) -> chromadb.HttpClient:
    port = int(url.rsplit(":", 1)[1])
    return chromadb.HttpClient(
        host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False)
    )


class Clients:
    """Assistants on separate homes over one collection of the shared server."""

    def __init__(self, url: str, collection: str, root: Path, embedder) -> None:
        self.url, self.collection, self.root, self.embedder = url, collection, root, embedder
        self.opened: list[Assistant] = []

    def __call__(self, name: str, embedder=None) -> Assistant:
        """The client `name`, with the session's model unless given another `embedder`."""
        a = Assistant.open(
            home=self.root / name,
            chroma_url=self.url,
            collection=self.collection,
            offline=True,
            embedder=self.embedder if embedder is None else embedder,
        )
        self.opened.append(a)
        return a

    def close(self) -> None:
        for a in self.opened:
            a.close()


@pytest.fixture
def clients(chroma_url: str, tmp_path: Path, embedder) -> Iterator[Clients]:
    made = Clients(chroma_url, collection_for(tmp_path), tmp_path, embedder)
    yield made
    made.close()


def top_article(a: Assistant, question: str) -> str:
    return a.retrieve(question, k=1)[0].article_id


def test_each_client_sees_what_the_others_ingested_edited_and_removed(
    clients: Clients, tmp_path: Path
) -> None:
    a, b = clients("a"), clients("b")
    ours = tmp_path / "a-files"
    for key in ("ferry", "orchard", "tramway"):
        write(ours, key)
    assert a.ingest([ours]).added == 3

    # A fresh home sees A's articles, and answers from them at once.
    assert b.status()["articles"] == 3
    ferry = b.retrieve("When does the night ferry to Port Ellan resume?", k=1)[0]
    assert "night ferry" in ferry.text and ferry.title == TOPICS["ferry"][0]
    answer = b.ask("When does the night ferry to Port Ellan resume?")
    assert answer.citations and "May" in answer.text

    # B's own articles reach A at A's next question.
    theirs = tmp_path / "b-files"
    for key in ("glacier", "lighthouse"):
        write(theirs, key)
    assert b.ingest([theirs]).added == 2
    assert a.status()["articles"] == b.status()["articles"] == 5
    assert "glacier" in a.retrieve("How far did the Varn glacier retreat?", k=1)[0].text

    # An edit on A reaches B: the new text, not the old.
    write(ours, "orchard", "An orchard near Dunmore lost its cider prize on appeal.")
    assert a.ingest([ours]).updated == 1
    passage = b.retrieve("What happened to the Dunmore orchard's cider prize?", k=1)[0]
    assert "on appeal" in passage.text
    assert "on appeal" in str((b.article(passage.article_id) or {})["body"])

    # A removal on A reaches B.
    (ours / "tramway.md").unlink()
    assert a.ingest([ours]).removed == 1
    assert b.status()["articles"] == 4
    assert "tramway" not in " ".join(p.text for p in b.retrieve("tramway extension to Kells"))


def test_the_sample_corpus_goes_only_into_a_new_collection(
    clients: Clients, tmp_path: Path
) -> None:
    a = clients("a")
    assert a.is_new()
    folder = tmp_path / "files"
    write(folder, "ferry")
    a.ingest([folder])
    b = clients("b")  # an empty cache, on a store that has articles
    assert not b.is_new() and b.ensure_corpus() is None
    (folder / "ferry.md").unlink()
    a.ingest([folder])
    c = clients("c")  # an emptied store is still no new one
    assert not c.is_new() and c.ensure_corpus() is None
    assert c.status()["articles"] == 0


def ingest_process(home: Path, url: str, collection: str, *folders: Path) -> subprocess.Popen:
    env = dict(os.environ, NEWSQA_EMBED_GROUP="8", TOKENIZERS_PARALLELISM="false")
    command = [str(NEWSQA), "--home", str(home), "--chroma-url", url, "--collection", collection]
    command += ["ingest", "-q", *map(str, folders)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_two_clients_ingesting_at_once_end_with_the_union(clients: Clients, tmp_path: Path) -> None:
    first, second, both = tmp_path / "first", tmp_path / "second", tmp_path / "both"
    write_corpus(first, 20)
    write_corpus(second, 20)
    for path in second.iterdir():  # the same generator: make the second set its own articles
        path.rename(second / f"second-{path.name}")
        text = (second / f"second-{path.name}").read_text(encoding="utf-8")
        (second / f"second-{path.name}").write_text(text.replace("said", "announced"), "utf-8")
    for key in ("ferry", "orchard", "glacier"):
        write(both, key)  # ingested by both clients: the same files, stored once
    runs = [
        ingest_process(tmp_path / "a", clients.url, clients.collection, first, both),
        ingest_process(tmp_path / "b", clients.url, clients.collection, second, both),
    ]
    for run in runs:
        output, _ = run.communicate(timeout=600)
        assert run.returncode == 0, output.decode()

    a, b = clients("a"), clients("b")
    status_a, status_b = a.status(), b.status()
    assert status_a["articles"] == status_b["articles"] == 43
    assert status_a["chunks"] == status_b["chunks"]
    store = server(clients.url)
    records = store.get_collection(clients.collection + ARTICLES).get(where={"kind": "article"})
    assert len(records["ids"]) == len(set(records["ids"])) == 43
    assert store.get_collection(clients.collection).count() == status_a["chunks"]


def test_a_client_killed_mid_ingest_hurts_nobody(clients: Clients, tmp_path: Path) -> None:
    keeper = clients("keeper")
    mine = tmp_path / "mine"
    write(mine, "lighthouse")
    keeper.ingest([mine])

    folder = tmp_path / "many"
    write_corpus(folder, 240)
    run = ingest_process(tmp_path / "victim", clients.url, clients.collection, folder)
    records = server(clients.url).get_or_create_collection(
        clients.collection + ARTICLES, embedding_function=None
    )
    try:
        guard = time.monotonic() + 300
        while run.poll() is None and time.monotonic() < guard:
            if records.count() >= 10:  # the keeper's record, a marker or two, a few articles
                break
            time.sleep(0.01)
    finally:
        run.kill()
        run.wait()

    # The other client still answers, and sees what the killed one committed.
    assert "keeper" in keeper.retrieve("Who retired from the Skerry lighthouse?", k=1)[0].text
    committed = keeper.status()["articles"] - 1
    assert 0 < committed < 240

    rerun = clients("victim")
    report = rerun.ingest([folder])
    assert report.added + report.unchanged == 240
    assert keeper.status()["articles"] == rerun.status()["articles"] == 241
    store = server(clients.url)
    assert store.get_collection(clients.collection).count() == keeper.status()["chunks"]


def test_a_store_of_the_previous_release_is_moved_in_without_embedding(
    clients: Clients, tmp_path: Path, embedder
) -> None:
    """Before, Chroma held vectors and metadata only and the catalog had the texts: the next
    ingest moves texts and records into Chroma, with no text embedded again."""
    a = clients("a")
    folder = tmp_path / "files"
    for key in ("ferry", "orchard", "glacier"):
        write(folder, key)
    a.ingest([folder])
    make_previous_release(clients.url, clients.collection)
    a.index.catalog.set_synced_revisions({})
    a.close()

    embedded: list[int] = []
    original = embedder.embed_documents
    counting = type(
        "Counting",
        (),
        {
            "name": embedder.name,
            "dimension": embedder.dimension,
            "embed_query": embedder.embed_query,
            "embed_documents": lambda texts: embedded.append(len(texts)) or original(texts),
        },
    )()
    again = clients("a", embedder=counting)
    stages: set[str] = set()
    report = again.ingest([folder], progress=lambda stage, done, total: stages.add(stage))
    assert (report.unchanged, report.added, embedded) == (3, 0, [])
    assert "moving" in stages

    chunks = server(clients.url).get_collection(clients.collection).get(include=["documents"])
    assert chunks["ids"] and all(doc for doc in chunks["documents"])
    fresh = clients("fresh")
    assert fresh.status()["articles"] == 3
    assert "cider prize" in fresh.retrieve("Which orchard won the cider prize?", k=1)[0].text


def make_previous_release(url: str, collection: str) -> None:
    """Rewrite a collection as the previous release left it: vectors and a few metadata fields,
    no documents, no article records."""
    store = server(url)
    chunks = store.get_collection(collection)
    kept = chunks.get(include=["embeddings", "metadatas"])
    meta = chunks.metadata
    store.delete_collection(collection)
    store.delete_collection(collection + ARTICLES)
    old = store.create_collection(collection, metadata=meta, embedding_function=None)
    fields = ("article_id", "story_id", "ordinal", "outlet", "title", "published", "published_ts")
    old.add(
        ids=kept["ids"],
        embeddings=np.asarray(kept["embeddings"]),
        metadatas=[{k: m[k] for k in fields if k in m} for m in kept["metadatas"]],
    )


def test_llamaindex_chroma_vector_store_reads_text_and_metadata(
    clients: Clients, tmp_path: Path, embedder
) -> None:
    from llama_index.core.vector_stores.types import VectorStoreQuery
    from llama_index.vector_stores.chroma import ChromaVectorStore

    a = clients("a")
    folder = tmp_path / "files"
    for key in ("ferry", "orchard"):
        write(folder, key)
    a.ingest([folder])
    store = ChromaVectorStore(
        chroma_collection=server(clients.url).get_collection(a.settings.collection)
    )
    vector = embedder.embed_query("night ferry to Port Ellan").tolist()
    result = store.query(VectorStoreQuery(query_embedding=vector, similarity_top_k=1))
    node = result.nodes[0]
    assert "night ferry to Port Ellan" in node.get_content()
    assert node.metadata["title"] == TOPICS["ferry"][0]
    assert node.metadata["outlet"] == "Harbour Post" and node.metadata["published"] == "2024-05-02"


def test_a_rebuild_on_one_client_is_seen_by_the_others(clients: Clients, tmp_path: Path) -> None:
    a, b = clients("a"), clients("b")
    folder = tmp_path / "files"
    for key in ("ferry", "orchard"):
        write(folder, key)
    a.ingest([folder])
    assert b.status()["articles"] == 2
    (folder / "orchard.md").unlink()
    a.ingest([folder], rebuild=True)
    assert b.status()["articles"] == 1
    assert {p.article_id for p in b.retrieve("cider orchard prize")} == {
        p.article_id for p in a.retrieve("cider orchard prize")
    }
