"""The catalog: a local SQLite cache of what the shared store (Chroma, `index.store`) holds.

It keeps every article (content hash, metadata, cleaned body, story group, MinHash signature)
and its chunks, so a question reads passages without a round trip, and the lexical index
(`index.lexical`) is built from it. Chroma is the record: the catalog is built from it when
missing and caught up when the store's revision markers moved (`index.sync`). An ingest writes
Chroma first, then the catalog, so a killed ingest leaves at worst records the catalog does not
have yet: the next catch-up or run brings them in. All of newsqa's SQL on the store lives here.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.chunk import CHUNKING
from index.dedup import minhash
from index.models import Article, Chunk
from index.sqlite import connect

MIGRATIONS = [
    """
    CREATE TABLE articles (
        article_id TEXT PRIMARY KEY,
        source_key TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT, outlet TEXT, published TEXT, published_ts INTEGER,
        url TEXT, author TEXT, category TEXT,
        story_id TEXT NOT NULL,
        n_chunks INTEGER NOT NULL,
        body TEXT NOT NULL,
        minhash BLOB,
        vector BLOB
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_path ON articles(path);
    CREATE TABLE chunks (
        chunk_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX chunks_article ON chunks(article_id);
    CREATE VIRTUAL TABLE chunk_fts USING fts5(
        chunk_id UNINDEXED, title, outlet, text, tokenize = 'porter unicode61'
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # The lexical index moved to posting lists beside the catalog (index.lexical).
    "DROP TABLE IF EXISTS chunk_fts;",
    # Which chunking rules made an article's chunks (index.chunk.CHUNKING); 1 before it was kept.
    "ALTER TABLE articles ADD COLUMN chunking INTEGER NOT NULL DEFAULT 1;",
    # The files and folders the store was ingested from, so it can be re-indexed from them.
    "CREATE TABLE sources (path TEXT PRIMARY KEY);",
]


@dataclass(frozen=True)
class StoredArticle:
    """What the catalog remembers of an article, enough to decide what an ingest must do."""

    article_id: str
    source_key: str
    path: str
    content_hash: str
    story_id: str
    n_chunks: int
    chunking: int


# The article fields the catalog and the shared store's article records both hold.
RECORD_FIELDS = (
    "article_id",
    "source_key",
    "path",
    "content_hash",
    "title",
    "outlet",
    "published",
    "published_ts",
    "url",
    "author",
    "category",
    "story_id",
    "n_chunks",
    "chunking",
)


def record_fields(article: Article, n_chunks: int, chunking: int | None = None) -> dict[str, Any]:
    """An article's manifest fields (no body, signature or vector), by RECORD_FIELDS name;
    chunked by the current rules unless told otherwise."""
    return {
        "article_id": article.article_id,
        "source_key": article.source_key,
        "path": article.path,
        "content_hash": article.content_hash,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published_iso,
        "published_ts": article.published_epoch,
        "url": article.url,
        "author": article.author,
        "category": article.category,
        "story_id": article.story_id,
        "n_chunks": n_chunks,
        "chunking": CHUNKING if chunking is None else chunking,
    }


class Catalog:
    """Article manifest and chunk texts in one SQLite database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path, MIGRATIONS)
        self._data_version = self._read_data_version()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    # --- settings -------------------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def client_id(self) -> str:
        """This cache's name among the store's writers (its revision marker's id)."""
        known = self.get_setting("client_id")
        if known is None:
            known = uuid.uuid4().hex[:16]
            self.set_setting("client_id", known)
        return known

    def synced_revisions(self) -> dict[str, str]:
        """The store's revision markers as they were when this cache last caught up."""
        raw = self.get_setting("synced_revisions")
        return {} if raw is None else dict(json.loads(raw))

    def set_synced_revisions(self, revisions: dict[str, str]) -> None:
        self.set_setting("synced_revisions", json.dumps(revisions, sort_keys=True))

    # --- sources and changes --------------------------------------------------------------
    def add_sources(self, paths: Iterable[str]) -> None:
        """Remember files and folders ingested into the store (absolute paths)."""
        with self.db:
            self.db.executemany(
                "INSERT OR IGNORE INTO sources(path) VALUES(?)", [(p,) for p in paths]
            )

    def sources(self) -> list[str]:
        """The files and folders recorded at ingests; for stores older than the record, the
        files their articles came from."""
        recorded = [str(r[0]) for r in self.db.execute("SELECT path FROM sources ORDER BY path")]
        if recorded:
            return recorded
        rows = self.db.execute("SELECT DISTINCT path FROM articles ORDER BY path")
        return [str(r[0]) for r in rows]

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another process: an ingest in another terminal) has
        committed since the last call. SQLite's data_version costs no disk read."""
        version = self._read_data_version()
        previous, self._data_version = self._data_version, version
        return version != previous

    def changed_since_checked(self) -> bool:
        """Whether `changed_elsewhere()` would say True, without taking note: a look that
        changes nothing, safe beside readers (the server checks before taking the write lock)."""
        return self._read_data_version() != self._data_version

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def clear(self) -> None:
        """Forget every article, chunk, source and setting (a rebuild starts from here)."""
        with self.db:
            for table in ("chunks", "articles", "sources", "settings"):
                self.db.execute(f"DELETE FROM {table}")

    def clear_articles(self) -> None:
        """Forget every article and chunk (the store they came from was dropped)."""
        with self.db:
            self.db.execute("DELETE FROM chunks")
            self.db.execute("DELETE FROM articles")

    # --- manifest -------------------------------------------------------------------------
    def stored_articles(self) -> dict[str, StoredArticle]:
        """Every stored article by source key."""
        rows = self.db.execute(
            "SELECT article_id, source_key, path, content_hash, story_id, n_chunks, chunking "
            "FROM articles"
        )
        return {row["source_key"]: StoredArticle(**dict(row)) for row in rows}

    def hash_owner(self, content_hash: str) -> str | None:
        """The source key of a stored article with this body, if any."""
        row = self.db.execute(
            "SELECT source_key FROM articles WHERE content_hash = ? LIMIT 1", (content_hash,)
        ).fetchone()
        return None if row is None else str(row[0])

    def story_candidates(self) -> list[tuple[str, str, int | None, bytes | None, bytes | None]]:
        """(article_id, story_id, published_ts, minhash, vector) of every stored article.

        Articles caught up from the shared store come without their MinHash signature (a
        reader never needs it, and computing it took most of a fresh client's catch-up): it is
        made here, for the first ingest that groups stories, and kept."""
        missing = self.db.execute("SELECT article_id, body FROM articles WHERE minhash IS NULL")
        signatures = [
            (minhash(str(body)).astype(np.uint32).tobytes(), str(article_id))
            for article_id, body in missing.fetchall()
        ]
        if signatures:
            with self.db:
                self.db.executemany(
                    "UPDATE articles SET minhash = ? WHERE article_id = ?", signatures
                )
        rows = self.db.execute(
            "SELECT article_id, story_id, published_ts, minhash, vector FROM articles"
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]

    def put_article(
        self,
        article: Article,
        chunks: Iterable[Chunk],
        signature: np.ndarray,
        vector: np.ndarray,
    ) -> None:
        """Store (or replace) an article with its chunks, in one transaction."""
        chunk_list = list(chunks)
        fields = record_fields(article, len(chunk_list))
        self.put_record(fields, article.body, chunk_list, signature, vector)

    def put_record(
        self,
        fields: dict[str, Any],
        body: str,
        chunks: list[Chunk],
        signature: np.ndarray | None,
        vector: np.ndarray,
    ) -> None:
        """Store (or replace) an article given by its RECORD_FIELDS, as the shared store has it
        (its MinHash `signature` may wait: see `story_candidates`)."""
        values = {name: fields.get(name) for name in RECORD_FIELDS}
        values["body"] = body
        values["minhash"] = None if signature is None else signature.astype(np.uint32).tobytes()
        values["vector"] = vector.astype(np.float32).tobytes()
        names = ", ".join(values)
        with self.db:
            self._delete(str(values["article_id"]))
            self.db.execute(
                "DELETE FROM articles WHERE source_key = ?", (values["source_key"],)
            )  # an id change for the same source (front matter `id:` edited)
            self.db.execute(
                f"INSERT INTO articles ({names}) VALUES ({','.join('?' * len(values))})",
                list(values.values()),
            )
            self.db.executemany(
                "INSERT INTO chunks VALUES (?,?,?,?,?,?)",
                [(c.chunk_id, c.article_id, c.ordinal, c.start, c.end, c.text) for c in chunks],
            )

    def delete_article(self, article_id: str) -> None:
        with self.db:
            self._delete(article_id)

    def _delete(self, article_id: str) -> None:
        self.db.execute("DELETE FROM chunks WHERE article_id = ?", (article_id,))
        self.db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))

    def article(self, article_id: str) -> dict[str, object] | None:
        """A stored article's metadata and cleaned body, or None."""
        row = self.db.execute(
            "SELECT article_id, title, outlet, published, url, path, story_id, body "
            "FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else dict(row)

    def outlets(self) -> list[dict[str, object]]:
        """Each outlet with its article count and date range, most articles first."""
        rows = self.db.execute(
            "SELECT COALESCE(outlet, ''), COUNT(*), MIN(published), MAX(published) FROM articles "
            "GROUP BY COALESCE(outlet, '') ORDER BY COUNT(*) DESC, 1"
        )
        keys = ("outlet", "articles", "first_published", "last_published")
        return [dict(zip(keys, (r[0] or None, *r[1:]), strict=True)) for r in rows]

    def authors(self) -> list[str]:
        """The distinct bylines of the stored articles."""
        rows = self.db.execute(
            "SELECT DISTINCT author FROM articles WHERE author IS NOT NULL AND author != '' "
            "ORDER BY author"
        )
        return [str(row[0]) for row in rows]

    def content_hashes(self) -> list[str]:
        """Every stored article's content hash, sorted: a fingerprint of what the store holds."""
        rows = self.db.execute("SELECT content_hash FROM articles ORDER BY content_hash")
        return [str(row[0]) for row in rows]

    def chunk_records(self, chunk_ids: list[str]) -> list[dict[str, Any]]:
        """Chunks with their article's metadata: what a retrieved passage shows."""
        if not chunk_ids:
            return []
        rows = self.db.execute(
            "SELECT c.chunk_id, c.article_id, c.text, c.start, c.end, a.title, a.outlet, "
            "a.published, a.published_ts, a.story_id, a.url, a.path FROM chunks c "
            "JOIN articles a ON a.article_id = c.article_id WHERE c.chunk_id IN "
            f"({','.join('?' * len(chunk_ids))})",
            chunk_ids,
        )
        return [dict(row) for row in rows]

    def all_chunk_ids(self) -> set[str]:
        return {str(row[0]) for row in self.db.execute("SELECT chunk_id FROM chunks")}

    def lexical_fields(self) -> list[tuple[str, str, int, str | None, int | None]]:
        """(chunk id, article hash, chunking, outlet, published_ts) of every chunk: what the
        lexical index keys and filters by."""
        rows = self.db.execute(
            "SELECT c.chunk_id, a.content_hash, a.chunking, a.outlet, a.published_ts "
            "FROM chunks c JOIN articles a ON a.article_id = c.article_id"
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]

    def chunk_texts(self, chunk_ids: list[str]) -> list[tuple[str, str, int, str, str, str]]:
        """(chunk id, article hash, chunking, title, outlet, text) of the given chunks."""
        if not chunk_ids:
            return []
        rows = self.db.execute(
            "SELECT c.chunk_id, a.content_hash, a.chunking, a.title, a.outlet, c.text "
            "FROM chunks c JOIN articles a ON a.article_id = c.article_id "
            f"WHERE c.chunk_id IN ({','.join('?' * len(chunk_ids))})",
            chunk_ids,
        )
        return [(str(r[0]), str(r[1]), int(r[2]), r[3] or "", r[4] or "", str(r[5])) for r in rows]

    def full_records(self) -> Iterator[tuple[dict[str, Any], str, np.ndarray, list[Chunk]]]:
        """Every article as (RECORD_FIELDS, body, article vector, chunks): what a store written
        before Chroma held the text needs to be given."""
        ids = [str(r[0]) for r in self.db.execute("SELECT article_id FROM articles")]
        for article_id in ids:
            row = self.db.execute(
                f"SELECT {', '.join(RECORD_FIELDS)}, body, vector FROM articles "
                "WHERE article_id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                continue
            fields = {name: row[name] for name in RECORD_FIELDS}
            vector = np.frombuffer(row["vector"] or b"", dtype=np.float32)
            chunks = [
                Chunk(str(c[0]), article_id, int(c[1]), int(c[2]), int(c[3]), str(c[4]))
                for c in self.db.execute(
                    "SELECT chunk_id, ordinal, start, end, text FROM chunks "
                    "WHERE article_id = ? ORDER BY ordinal",
                    (article_id,),
                )
            ]
            yield fields, str(row["body"]), vector, chunks

    def chunk_ids(self, article_id: str) -> list[str]:
        return [
            str(row[0])
            for row in self.db.execute(
                "SELECT chunk_id FROM chunks WHERE article_id = ? ORDER BY ordinal", (article_id,)
            )
        ]

    # --- figures for `status` -------------------------------------------------------------
    def summary(self) -> dict[str, object]:
        """Counts, outlets and date range of what is stored."""
        row = self.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT story_id), MIN(published), MAX(published), "
            "COALESCE(SUM(n_chunks), 0), COALESCE(SUM(chunking != ?), 0), "
            "COALESCE(SUM(outlet IS NULL), 0) FROM articles",
            (CHUNKING,),
        ).fetchone()
        outlets = [
            str(r[0])
            for r in self.db.execute(
                "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
            )
        ]
        return {
            "articles": row[0],
            "stories": row[1],
            "first_published": row[2],
            "last_published": row[3],
            "chunks": row[4],
            "outlets": outlets,
            "stale_articles": row[5],  # chunked by older rules: re-indexed on their next ingest
            "unattributed": row[6],  # articles whose outlet is not known
        }
