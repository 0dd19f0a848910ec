"""Incremental ingest: adds, unchanged runs embed nothing, edits and deletions, nothing lost."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.api import Assistant
from index import pipeline
from index.lexical import LexicalIndex
from index.store import StoreError, VectorStore


class CountingEmbedder:
    """The real session model, with a count of what it is asked to embed."""

    def __init__(self, inner, name: str | None = None) -> None:
        self.inner = inner
        self.name = name or inner.name
        self.calls = 0
        self.texts: list[str] = []

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.texts.extend(texts)
        return self.inner.embed_documents(texts)

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_texts(texts)

    def embed_words(self, words: Sequence[str]) -> np.ndarray:
        return self.inner.embed_words(words)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def reset(self) -> None:
        self.calls = 0
        self.texts = []


@pytest.fixture
def counter(embedder) -> CountingEmbedder:
    """Counts the embedder calls of the `assistant` fixture (its encoder, from the start)."""
    return CountingEmbedder(embedder)


@pytest.fixture
def assistant(counter: CountingEmbedder, isolated_home: Path, store_settings: dict[str, str]):
    """An `Assistant` on the embedded store, and again on a `chroma run` server."""
    a = Assistant.open(
        home=isolated_home,
        embedder=counter,
        **store_settings,  # type: ignore[arg-type]
    )
    yield a
    a.close()


def record(n: int, topic: str) -> dict[str, object]:
    return {
        "id": f"rec-{n}",
        "title": f"Report {n} on {topic}",
        "source": "Wire",
        "published_at": f"2024-04-{n + 1:02d}",
        "body": f"Officials released report number {n} on {topic} on Thursday. The report says "
        f"{topic} improved in most regions over the last year, with the largest gains in the "
        f"north. Critics said the figures for {topic} were incomplete.",
    }


def chunk_texts(counter: CountingEmbedder, assistant: Assistant) -> list[str]:
    """The texts the encoder saw, less the headlines (one per written article, for stories)."""
    titles = {row[0] for row in assistant.index.catalog.db.execute("SELECT title FROM articles")}
    return [t for t in counter.texts if t not in titles]


def catalog_chunks(assistant: Assistant) -> set[str]:
    return {row[0] for row in assistant.index.catalog.db.execute("SELECT chunk_id FROM chunks")}


def assert_in_step(assistant: Assistant) -> None:
    """Chroma and the lexical index (in memory and on disk) hold exactly the catalog's chunks."""
    vectors = assistant.index.vectors
    stored = vectors.collection.get(include=[])["ids"]
    assert len(stored) == len(set(stored))
    assert set(stored) == catalog_chunks(assistant)
    assert vectors.count() == assistant.status()["chunks"]
    lexical = assistant.index.lexical
    assert sorted(k.rsplit("@", 1)[0] for k in lexical.keys) == sorted(catalog_chunks(assistant))
    saved = LexicalIndex(lexical.path)
    assert saved.sync(assistant.index.catalog) is False  # the file needed no catching up


def test_second_run_embeds_nothing(assistant, counter, seeds_copy: Path) -> None:
    first = assistant.ingest([seeds_copy])
    assert (first.added, first.updated, first.unchanged, first.removed) == (2, 0, 0, 0)
    assert first.chunks == assistant.status()["chunks"] == len(chunk_texts(counter, assistant)) > 0
    assert len(counter.texts) == first.chunks + 2  # and each article's headline
    assert_in_step(assistant)

    counter.reset()
    second = assistant.ingest([seeds_copy])
    assert (second.added, second.updated, second.unchanged, second.removed) == (0, 0, 2, 0)
    assert second.chunks == 0
    assert not second.changed_anything
    assert counter.calls == 0
    assert_in_step(assistant)


def test_edited_article_is_reembedded_alone(assistant, counter, seeds_copy: Path) -> None:
    assistant.ingest([seeds_copy])
    trt = seeds_copy / "trt-putin-offer.txt"
    before = assistant.index.catalog.chunk_ids("trt-putin-offer")
    trt.write_text(
        trt.read_text(encoding="utf-8").replace("15 percent", "20 percent"), encoding="utf-8"
    )

    counter.reset()
    report = assistant.ingest([seeds_copy])
    assert (report.added, report.updated, report.unchanged, report.removed) == (0, 1, 1, 0)
    after = assistant.index.catalog.chunk_ids("trt-putin-offer")
    texts = chunk_texts(counter, assistant)
    assert report.chunks == len(after) == len(texts) == len(counter.texts) - 1
    body = assistant.article("trt-putin-offer")["body"]
    assert all(t in body for t in texts)
    assert any("20 percent of US aluminium imports" in t for t in texts)
    assert after == before  # same article, same stable chunk ids
    lexical = assistant.index.lexical
    assert set(lexical.search(["20", "percent", "aluminium"], 3)) & set(after)
    assert not set(lexical.search(["15"], 50)) & set(after)  # the old figure is gone
    hits = assistant.index.vectors.collection.get(ids=after, include=["metadatas"])
    assert {m["article_id"] for m in hits["metadatas"]} == {"trt-putin-offer"}
    assert_in_step(assistant)


def test_articles_chunked_by_older_rules_are_rechunked(
    assistant, counter, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written by older chunking rules (here: rules "1", half-size chunks) is flagged by
    `status`, and its articles are chunked and embedded afresh on their next ingest, with no
    row of the old cut left in Chroma or the lexical index."""
    from index import catalog, chunk

    with monkeypatch.context() as old:
        old.setattr(pipeline, "CHUNKING", 1)
        old.setattr(catalog, "CHUNKING", 1)
        old.setattr(pipeline, "chunk_article", lambda a, o: chunk.chunk_article(a, o, 128))
        assistant.ingest([seeds_copy])
    old_chunks = catalog_chunks(assistant)
    assert assistant.status()["stale_articles"] == 2
    assert_in_step(assistant)

    counter.reset()
    report = assistant.ingest([seeds_copy])
    assert (report.added, report.updated, report.unchanged) == (0, 2, 0)
    assert len(catalog_chunks(assistant)) < len(old_chunks)
    assert report.chunks == len(chunk_texts(counter, assistant)) == len(catalog_chunks(assistant))
    assert assistant.status()["stale_articles"] == 0
    assert_in_step(assistant)
    counter.reset()
    assert assistant.ingest([seeds_copy]).unchanged == 2 and counter.calls == 0


def test_deleted_file_is_removed_everywhere(assistant, seeds_copy: Path) -> None:
    assistant.ingest([seeds_copy])
    assert assistant.index.vectors.ids_of_article("anewz-putin-offer")
    (seeds_copy / "anewz-putin-offer.txt").unlink()

    report = assistant.ingest([seeds_copy])
    assert (report.removed, report.unchanged, report.added) == (1, 1, 0)
    assert assistant.index.vectors.ids_of_article("anewz-putin-offer") == []
    assert assistant.index.catalog.chunk_ids("anewz-putin-offer") == []
    assert "anewz-putin-offer.txt" not in {
        Path(a.path).name for a in assistant.index.catalog.stored_articles().values()
    }
    assert assistant.status()["articles"] == 1
    assert_in_step(assistant)


def test_other_folders_are_left_alone(assistant, seeds_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "feed.jsonl").write_text(json.dumps(record(1, "air quality")), encoding="utf-8")
    assistant.ingest([seeds_copy])
    report = assistant.ingest([other])
    assert (report.added, report.removed) == (1, 0)
    assert assistant.status()["articles"] == 3
    assert_in_step(assistant)


def test_malformed_json_later_keeps_stored_records(assistant, counter, tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    export = folder / "export.json"
    export.write_text(json.dumps([record(n, "air quality") for n in range(3)]), encoding="utf-8")
    assert assistant.ingest([folder]).added == 3

    export.write_text(export.read_text(encoding="utf-8")[:-40], encoding="utf-8")  # cut short
    counter.reset()
    report = assistant.ingest([folder])
    assert (report.added, report.updated, report.removed) == (0, 0, 0)
    [skip] = report.skipped
    assert skip.path == str(export)
    assert skip.reason.startswith("malformed JSON")
    assert assistant.status()["articles"] == 3
    assert counter.calls == 0
    assert_in_step(assistant)

    export.write_text(json.dumps([record(n, "air quality") for n in range(2)]), encoding="utf-8")
    repaired = assistant.ingest([folder])
    assert (repaired.unchanged, repaired.removed, repaired.skipped) == (2, 1, [])
    assert_in_step(assistant)


def test_broken_jsonl_line_later_keeps_its_stored_record(assistant, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps(record(n, "water prices")) for n in range(3)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert assistant.ingest([feed]).added == 3

    lines[1] = lines[1][:-20]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = assistant.ingest([feed])
    assert (report.unchanged, report.removed) == (2, 0)
    assert [s.path for s in report.skipped] == [f"{feed}:2"]
    assert assistant.status()["articles"] == 3
    assert_in_step(assistant)


def test_file_of_nothing_but_chrome_is_skipped(assistant, tmp_path: Path) -> None:
    path = tmp_path / "promo.txt"
    path.write_text("Advertisement\n\nShare this article\n\nSubscribe to our newsletter\n")
    report = assistant.ingest([path])
    assert report.added == 0
    assert [(s.path, s.reason) for s in report.skipped] == [
        (str(path), "no article text left after cleaning")
    ]
    assert assistant.status()["articles"] == 0


def test_same_record_ids_in_two_exports_are_both_kept(assistant, counter, tmp_path: Path) -> None:
    """Exports number their records 1, 2, 3…: ids clash across files, articles must not."""
    folder = tmp_path / "exports"
    folder.mkdir()
    for name, topic in (("march.json", "air quality"), ("april.json", "water prices")):
        records = [dict(record(n, topic), id=n) for n in range(2)]
        (folder / name).write_text(json.dumps(records), encoding="utf-8")
    first = assistant.ingest([folder])
    assert first.added == 4
    assert assistant.status()["articles"] == 4
    assert_in_step(assistant)

    counter.reset()
    second = assistant.ingest([folder])
    assert (second.unchanged, second.added, second.updated) == (4, 0, 0)
    assert counter.calls == 0
    titles = {row[0] for row in assistant.index.catalog.db.execute("SELECT title FROM articles")}
    assert titles == {
        "Report 0 on air quality",
        "Report 1 on air quality",
        "Report 0 on water prices",
        "Report 1 on water prices",
    }


def test_collection_remembers_its_model(assistant, embedder, seeds_copy: Path) -> None:
    assistant.ingest([seeds_copy])
    home = assistant.settings.home
    assistant.close()

    other = Assistant.open(
        home=home,
        chroma_url=assistant.settings.chroma_url,
        collection=assistant.settings.collection,
        embedder=CountingEmbedder(embedder, name="other-model"),
    )
    with pytest.raises(StoreError, match="--rebuild"):
        _ = other.index
    other.close()

    with pytest.raises(StoreError, match="--rebuild") as caught:
        VectorStore(assistant.index.client, assistant.settings.collection, "other-model", 384)
    assert "all-MiniLM-L6-v2" in str(caught.value)


def test_rebuild_starts_from_scratch(assistant, counter, seeds_copy: Path) -> None:
    assistant.ingest([seeds_copy])
    counter.reset()
    report = assistant.ingest([seeds_copy], rebuild=True)
    assert (report.added, report.unchanged) == (2, 0)
    assert report.chunks == len(chunk_texts(counter, assistant)) == assistant.status()["chunks"]
    assert_in_step(assistant)


def test_ingest_streams_articles_through_the_encoder(
    assistant, counter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles are chunked only as the encoder needs more chunks, not all up front; every
    group stays within its size; the progress total ends exact."""
    folder = tmp_path / "feed"
    folder.mkdir()
    records = [record(n, f"topic {n}") for n in range(12)]
    (folder / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    assistant.index.group_size = 5
    chunked: list[str] = []
    chunked_at_first_call: list[int] = []
    original = pipeline.chunk_article

    def counting_chunker(article, offsets):
        chunked.append(article.article_id)
        return original(article, offsets)

    def embed_documents(texts: Sequence[str]) -> np.ndarray:
        if not chunked_at_first_call:
            chunked_at_first_call.append(len(chunked))
        return CountingEmbedder.embed_documents(counter, texts)

    monkeypatch.setattr(pipeline, "chunk_article", counting_chunker)
    monkeypatch.setattr(counter, "embed_documents", embed_documents)
    calls: list[tuple[int, int]] = []
    report = assistant.ingest(
        [folder], progress=lambda stage, done, total: calls.append((done, total))
    )
    assert report.added == 12 and len(chunked) == 12
    assert chunked_at_first_call[0] <= 5  # one group's worth (every record is at least a chunk)
    assert counter.calls >= 3 and len(chunk_texts(counter, assistant)) == report.chunks
    assert all(done <= total for done, total in calls)
    assert calls[-1] == (report.chunks, report.chunks)
    assert_in_step(assistant)


def test_an_article_of_no_outlet_is_not_counted_as_anothers(
    assistant, seeds_copy: Path, tmp_path: Path
) -> None:
    """A plain text file names no outlet: what the store is said to cover says so, instead of
    counting it among the seeds' outlets."""
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "note.txt").write_text(
        "Harbour officials said the new ferry terminal will open in the spring.\n"
        "The terminal cost 40 million euros and took three years to build.\n",
        encoding="utf-8",
    )
    assistant.ingest([seeds_copy, plain])
    assert assistant.status()["articles"] == 3
    assert assistant.corpus_facts.outlets == "AnewZ, TRT World and an unnamed outlet"
