"""An ingest killed with SIGKILL half-way leaves a working store that a re-run completes."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.api import Assistant

NEWSQA = Path(sys.executable).parent / "newsqa"
VOCABULARY = (
    "council budget river bridge school hospital market harbour railway farmers drought "
    "election minister court strike union factory exports tariff vaccine museum festival "
    "airport tunnel flood wildfire police mayor senate refinery pipeline reactor satellite "
    "telescope orchestra stadium league transfer coach glacier forest coral fishing grain "
    "wheat copper lithium battery charger startup lender deposit mortgage pension tourism"
)
CITIES = ["Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Perth", "Accra", "Hanoi", "Lyon"]


def write_corpus(folder: Path, count: int) -> None:
    """`count` distinct articles of about 150 words, one file each."""
    folder.mkdir(parents=True)
    for n in range(count):
        rng = random.Random(n)
        words = VOCABULARY.split()
        city = CITIES[n % len(CITIES)]
        sentences = [
            f"Officials in {city} said on day {n} that "
            + " ".join(rng.choice(words) for _ in range(12))
            + "."
            for _ in range(10)
        ]
        (folder / f"article-{n:04d}.txt").write_text(
            f"---\ntitle: Report {n} from {city}\noutlet: Test Wire\n"
            f"published: 2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}\n---\n" + " ".join(sentences),
            encoding="utf-8",
        )


def committed(catalog: Path) -> int:
    """Articles committed so far, read as another process would (0 before the table exists)."""
    if not catalog.exists():
        return 0
    try:
        db = sqlite3.connect(f"{catalog.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            db.close()
    except sqlite3.OperationalError:  # created but not migrated yet
        return 0


def recorded(home: Path) -> int:
    """Articles the killed run left on record in Chroma (the store's record; the catalog may lag
    by the batch it was committing)."""
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        str(home / "chroma"), settings=Settings(anonymized_telemetry=False)
    )
    try:
        records = client.get_collection("news__articles")
    except Exception:  # killed before the collection was made
        return 0
    return len(records.get(where={"kind": "article"}, include=[])["ids"])


def ingest_until_first_commit(home: Path, folder: Path) -> None:
    """Run `newsqa ingest` in a real process and SIGKILL it once an article is committed."""
    env = dict(os.environ, NEWSQA_EMBED_GROUP="4", TOKENIZERS_PARALLELISM="false")
    catalog = home / "catalogs" / "embedded--news.sqlite"
    process = subprocess.Popen(
        [str(NEWSQA), "--home", str(home), "ingest", "-q", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        guard = time.monotonic() + 300  # a hung child must not hang the suite
        while process.poll() is None and time.monotonic() < guard:
            if committed(catalog) >= 1:
                break
            time.sleep(0.005)
    finally:
        process.kill()
        process.wait()


@pytest.mark.slow
def test_killed_ingest_recovers(tmp_path: Path, embedder) -> None:
    for count in (60, 240, 960):
        home, folder = tmp_path / f"home-{count}", tmp_path / f"articles-{count}"
        write_corpus(folder, count)
        ingest_until_first_commit(home, folder)
        stored = recorded(home)
        if 0 < stored < count:
            break  # killed mid-way, as intended; else it finished first: try a longer run
    assert 0 < stored < count

    a = Assistant.open(home=home, embedder=embedder)
    try:
        report = a.ingest([folder])
        assert (report.added, report.unchanged, report.updated) == (count - stored, stored, 0)
        assert report.skipped == []
        status = a.status()
        assert status["articles"] == count
        ids = a.index.vectors.collection.get(include=[])["ids"]
        assert len(ids) == len(set(ids))
        catalog_ids = [r[0] for r in a.index.catalog.db.execute("SELECT chunk_id FROM chunks")]
        assert sorted(ids) == sorted(catalog_ids)
        assert a.index.vectors.count() == status["chunks"] == len(catalog_ids)
        lexical_ids = sorted(key.rsplit("@", 1)[0] for key in a.index.lexical.keys)
        assert lexical_ids == sorted(catalog_ids)
        again = a.ingest([folder])
        assert (again.unchanged, again.chunks) == (count, 0)
    finally:
        a.close()
